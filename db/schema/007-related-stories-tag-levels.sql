--liquibase formatted sql

--changeset news-gateway:007-related-stories-tag-levels splitStatements:false
-- related_stories with the same ranking and the same editors' picks, its top-up by shared tags reading an article
-- only when its level is reached: the candidates are counted by shared tags from article_tag alone, then taken
-- level by level, most shared tags first (an incremental sort under the limit), so only the levels the top-up
-- needs are joined to article for the publication date. 005 joined every candidate: on the benchmark's data,
-- where a tag covers some 1000 articles, a home page whose 17 articles have no picks took 148–157 ms in the
-- related-stories statement and now takes 97–101 ms (pgbench, 3 alternations); with picks, as the benchmark's
-- pages have them, the top-up does not run and the statement is as fast as before. The results were the same as
-- 005's for 2000 articles in batches of 20 with 0, 1, 4, 6, 9 and 30 wanted, with picks removed from some
-- articles and stories unpublished. Still one SELECT: PostgreSQL still inlines it into the calling statement.
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
     (with shared as materialized (
        select theirs.article_id as id, count(*) as tags
          from article_tag mine
          join article_tag theirs on theirs.tag_id = mine.tag_id
         where mine.article_id = asked.article_id
           and theirs.article_id <> asked.article_id
           and theirs.article_id not in (select pick.related_article_id from related_article pick
                                          where pick.article_id = asked.article_id)
           and (select count(*) from picked) < wanted
         group by theirs.article_id)
      select story.id,
             (select count(*) from picked)
               + row_number() over (order by shared.tags desc, story.published_at desc, story.id desc)
        from (select distinct shared.tags from shared order by shared.tags desc) level
        join shared on shared.tags = level.tags
        join article story on story.id = shared.id
       where story.published_at <= now()
       order by level.tags desc, story.published_at desc, story.id desc
       limit greatest(wanted - (select count(*) from picked), 0))
   ) story
$$;
