--liquibase formatted sql

--changeset news-gateway:008-tags-carry-publication splitStatements:false
-- An article's tags carry its publication time, kept by triggers, so related_stories ranks the articles sharing
-- tags from the tag index alone. 007 counted the shared tags from article_tag, then read each candidate of the
-- levels it needed from `article` for its publication time: on the benchmark's data, where a tag covers some
-- 1000 articles, an article with one tag read 1000 articles, and an article without editors' picks cost 5–7 ms.
alter table article_tag add column article_published_at timestamptz;

update article_tag
   set article_published_at = article.published_at
  from article
 where article.id = article_tag.article_id;

create function article_tag_take_publication() returns trigger
  language plpgsql
as $$
begin
  new.article_published_at := (select published_at from article where id = new.article_id);
  return new;
end
$$;

create trigger article_tag_takes_publication
  before insert or update of article_id, article_published_at on article_tag
  for each row execute function article_tag_take_publication();

create function article_give_publication_to_tags() returns trigger
  language plpgsql
as $$
begin
  update article_tag set article_published_at = new.published_at where article_id = new.id;
  return null;
end
$$;

create trigger article_gives_publication_to_tags
  after update of published_at on article
  for each row when (old.published_at is distinct from new.published_at)
  execute function article_give_publication_to_tags();

-- Replaces (tag_id, article_id): a tag's articles newest first, with everything the ranking reads.
drop index article_tag_tag;
create index article_tag_tag_published on article_tag (tag_id, article_published_at desc, article_id desc);

-- The same ranking and the same editors' picks as 007; the top-up ranks the candidates on article_tag's rows and
-- reads nothing else. The rank is numbered after the limit, on the few rows kept.
create or replace function related_stories(article_ids bigint[], wanted integer)
  returns table (article_id bigint, related_id bigint, rank bigint)
  language sql stable parallel safe
as $$
  select asked.article_id, story.id, story.rank
    from unnest(article_ids) as asked(article_id)
   cross join lateral (
     with picked as materialized (
       select pick.related_article_id as id, row_number() over (order by pick.position) as rank
         from related_article pick
         join article story on story.id = pick.related_article_id
        where pick.article_id = asked.article_id and story.published_at <= now()
        order by pick.position
        limit wanted)
     select picked.id, picked.rank from picked
     union all
     select shared.id,
            (select count(*) from picked)
              + row_number() over (order by shared.tags desc, shared.published_at desc, shared.id desc)
       from (select theirs.article_id as id, theirs.article_published_at as published_at, count(*) as tags
               from article_tag mine
               join article_tag theirs on theirs.tag_id = mine.tag_id
              where mine.article_id = asked.article_id
                and theirs.article_id <> asked.article_id
                and theirs.article_published_at <= now()
                and theirs.article_id not in (select pick.related_article_id from related_article pick
                                               where pick.article_id = asked.article_id)
                and (select count(*) from picked) < wanted
              group by theirs.article_id, theirs.article_published_at
              order by count(*) desc, theirs.article_published_at desc, theirs.article_id desc
              limit greatest(wanted - (select count(*) from picked), 0)) shared
   ) story
$$;
