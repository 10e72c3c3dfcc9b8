--liquibase formatted sql

--changeset news-gateway:003-related-stories splitStatements:false
-- The related stories of a page of articles, ranked per article: the editors' published picks in their order,
-- then, only for an article whose picks fall short of `wanted`, published articles sharing tags with it
-- (most shared tags first, then newest). A single-SELECT, STABLE, non-strict SQL function: PostgreSQL inlines
-- it into the calling statement, and the gateway's statement stays one short text for every page size (one
-- array parameter), prepared once per connection. Each branch joins `article` itself, so the top-up branch,
-- skipped by its one-time filter when the picks suffice, never builds anything over the whole table.
create function related_stories(article_ids bigint[], wanted integer)
  returns table (article_id bigint, related_id bigint, rank bigint)
  language sql stable parallel safe
as $$
  select asked.article_id, picked.id,
         row_number() over (partition by asked.article_id
                            order by picked.source, picked.position, picked.shared_tags desc,
                                     picked.published_at desc, picked.id desc)
    from unnest(article_ids) as asked(article_id)
   cross join lateral (
     (select pick.related_article_id as id, 0 as source, pick.position::integer as position,
             0::bigint as shared_tags, story.published_at
        from related_article pick
        join article story on story.id = pick.related_article_id
       where pick.article_id = asked.article_id and story.published_at <= now())
     union all
     (select theirs.article_id, 1, 0, count(*), max(story.published_at)
        from article_tag mine
        join article_tag theirs on theirs.tag_id = mine.tag_id
        join article story on story.id = theirs.article_id
       where mine.article_id = asked.article_id
         and theirs.article_id <> asked.article_id
         and story.published_at <= now()
         and theirs.article_id not in (select pick.related_article_id from related_article pick
                                        where pick.article_id = asked.article_id)
         and (select count(*) from related_article pick
                join article picked_story on picked_story.id = pick.related_article_id
               where pick.article_id = asked.article_id and picked_story.published_at <= now()) < wanted
       group by theirs.article_id)
     order by source, position, shared_tags desc, published_at desc, id desc
     limit wanted
   ) picked
$$;
