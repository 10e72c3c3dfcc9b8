--liquibase formatted sql

--changeset news-gateway:002-search-functions
-- Full-text search as typed functions, so the Java side stays on jOOQ's generated routines. These are single
-- expression SQL functions: PostgreSQL inlines them, so `article_matches` still uses the GIN index.
create function article_matches(search_vector tsvector, query text) returns boolean
  language sql immutable parallel safe
  return search_vector @@ websearch_to_tsquery('english', query);

create function article_rank(search_vector tsvector, query text) returns real
  language sql immutable parallel safe
  return ts_rank_cd(search_vector, websearch_to_tsquery('english', query));

create function article_highlight(standfirst text, blocks jsonb, query text) returns text
  language sql immutable parallel safe
  return ts_headline('english', concat_ws(' ', standfirst, article_blocks_text(blocks)),
                     websearch_to_tsquery('english', query),
                     'StartSel=<mark>, StopSel=</mark>, MinWords=12, MaxWords=30, MaxFragments=1');

--changeset news-gateway:002-visible-blocks
-- The body blocks a reader may see: teasers for articles that are not published (or not yet) and pictures
-- that no longer exist are dropped, in the same statement that reads the body.
create function article_visible_blocks(blocks jsonb) returns jsonb
  language sql stable parallel safe
  return (select coalesce(jsonb_agg(b.block order by b.position), '[]'::jsonb)
            from jsonb_array_elements(blocks) with ordinality as b(block, position)
           where (b.block ->> 'type' <> 'related'
                  or exists (select from article a
                              where a.id = (b.block ->> 'articleId')::bigint and a.published_at <= now()))
             and (b.block ->> 'type' <> 'image'
                  or exists (select from image i where i.id = (b.block ->> 'imageId')::bigint)));
