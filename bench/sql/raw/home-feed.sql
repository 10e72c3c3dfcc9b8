-- The home feed as a hand-written endpoint would fetch it: one statement returning the page as JSON
-- (the newest published feed items, each article card with headline, byline, hero image and four related
-- stories with their bylines). pgbench runs it with -M prepared; check.py reads its output through psql.
-- Set by set, as one writes it for speed: the page's cards, their related stories, then every byline of both
-- in one join. A subquery per card and per story, with a hash join over the authors in each, returned the
-- same bytes at half the page loads per second (2026-12-02: 364-451 against 722-806, pgbench -c16, 3 runs).
with item as materialized (
  select f.id, f.kind, f.title, f.published_at, f.video_url, f.duration_seconds, f.body,
         f.thumbnail_image_id, f.article_id
    from feed_item f
   where f.published_at <= now()
   order by f.published_at desc, f.id desc
   limit 20
), card as materialized (
  select a.id, a.slug, a.headline, a.hero_image_id
    from article a
   where a.id in (select article_id from item) and a.published_at <= now()
), related as materialized (
  select card.id as article_id, r.id, r.slug, r.headline, r.position
    from card
   cross join lateral (select ra.id, ra.slug, ra.headline, rel.position
                         from related_article rel join article ra on ra.id = rel.related_article_id
                        where rel.article_id = card.id and ra.published_at <= now()
                        order by rel.position limit 4) r
), byline as materialized (
  select b.article_id, json_agg(au.name order by b.position) as names
    from article_byline b join author au on au.id = b.author_id
   where b.article_id in (select id from card union all select id from related)
   group by b.article_id
), related_json as (
  select related.article_id,
         json_agg(json_build_object('slug', related.slug, 'headline', related.headline,
                                    'authors', coalesce(byline.names, '[]'))
                  order by related.position) as stories
    from related left join byline on byline.article_id = related.id
   group by related.article_id
)
select json_agg(json_build_object(
         'id', i.id, 'kind', i.kind, 'title', i.title, 'publishedAt', i.published_at,
         'videoUrl', i.video_url, 'durationSeconds', i.duration_seconds, 'body', i.body,
         'thumbnailUrl', thumb.url,
         'presenters', (select coalesce(json_agg(au.name order by p.position), '[]')
                          from feed_item_presenter p join author au on au.id = p.author_id
                         where p.feed_item_id = i.id),
         'article', case when card.id is not null then json_build_object(
             'slug', card.slug, 'headline', card.headline, 'heroImageUrl', hero.url,
             'authors', coalesce(byline.names, '[]'), 'related', coalesce(related_json.stories, '[]')) end)
       order by i.published_at desc, i.id desc)
  from item i
  left join image thumb on thumb.id = i.thumbnail_image_id
  left join card on card.id = i.article_id
  left join image hero on hero.id = card.hero_image_id
  left join byline on byline.article_id = card.id
  left join related_json on related_json.article_id = card.id;
