-- The home feed as a hand-written endpoint would fetch it: one statement returning the page as JSON
-- (the newest published feed items, each article card with headline, byline, hero image and four related
-- stories with their bylines). pgbench runs it with -M prepared; check.py reads its output through psql.
with item as (
  select f.*
    from feed_item f
   where f.published_at <= now()
   order by f.published_at desc, f.id desc
   limit 20
)
select json_agg(json_build_object(
         'id', i.id, 'kind', i.kind, 'title', i.title, 'publishedAt', i.published_at,
         'videoUrl', i.video_url, 'durationSeconds', i.duration_seconds, 'body', i.body,
         'thumbnailUrl', (select url from image where id = i.thumbnail_image_id),
         'presenters', (select coalesce(json_agg(au.name order by p.position), '[]')
                          from feed_item_presenter p join author au on au.id = p.author_id
                         where p.feed_item_id = i.id),
         'article', card.article)
       order by i.published_at desc, i.id desc)
  from item i
  left join lateral (
    select json_build_object(
             'slug', a.slug, 'headline', a.headline,
             'heroImageUrl', (select url from image where id = a.hero_image_id),
             'authors', (select coalesce(json_agg(au.name order by b.position), '[]')
                           from article_byline b join author au on au.id = b.author_id
                          where b.article_id = a.id),
             'related', (select coalesce(json_agg(json_build_object(
                                  'slug', r.slug, 'headline', r.headline,
                                  'authors', (select coalesce(json_agg(au.name order by b.position), '[]')
                                                from article_byline b join author au on au.id = b.author_id
                                               where b.article_id = r.id))
                                order by r.position), '[]')
                           from (select ra.id, ra.slug, ra.headline, rel.position
                                   from related_article rel join article ra on ra.id = rel.related_article_id
                                  where rel.article_id = a.id and ra.published_at <= now()
                                  order by rel.position limit 4) r)) as article
      from article a
     where a.id = i.article_id and a.published_at <= now()
  ) card on true;
