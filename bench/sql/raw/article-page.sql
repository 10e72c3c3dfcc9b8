-- The article page as a hand-written endpoint would fetch it: one statement returning the article with
-- slug 'article-<slug_number>' as JSON (body blocks, bylines, hero image, four related stories with hero
-- image and bylines). pgbench sets slug_number at random; check.py passes it to psql with -v.
-- Set by set, like the home feed: the article, its related stories, then the bylines of all five in one join
-- (a subquery per story with a hash join over the authors in each: 0.79-0.92x the page loads per second).
with page as materialized (
  select a.id, a.slug, a.headline, a.standfirst, a.blocks, a.published_at, a.hero_image_id
    from article a
   where a.slug = 'article-' || :slug_number and a.published_at <= now()
), related as materialized (
  select ra.id, ra.slug, ra.headline, ra.hero_image_id, rel.position
    from page
    join related_article rel on rel.article_id = page.id
    join article ra on ra.id = rel.related_article_id
   where ra.published_at <= now()
   order by rel.position
   limit 4
), byline as materialized (
  select b.article_id, json_agg(json_build_object('slug', au.slug, 'name', au.name) order by b.position) as authors,
         json_agg(au.name order by b.position) as names
    from article_byline b join author au on au.id = b.author_id
   where b.article_id in (select id from page union all select id from related)
   group by b.article_id
)
select json_build_object(
         'slug', page.slug, 'headline', page.headline, 'standfirst', page.standfirst, 'blocks', page.blocks,
         'publishedAt', page.published_at,
         'heroImage', case when hero.id is not null
                           then json_build_object('url', hero.url, 'altText', hero.alt_text, 'caption', hero.caption) end,
         'authors', coalesce((select byline.authors from byline where byline.article_id = page.id), '[]'),
         'related', (select coalesce(json_agg(json_build_object(
                              'slug', related.slug, 'headline', related.headline, 'heroImageUrl', image.url,
                              'authors', coalesce(byline.names, '[]'))
                            order by related.position), '[]')
                       from related
                       left join image on image.id = related.hero_image_id
                       left join byline on byline.article_id = related.id))
  from page left join image hero on hero.id = page.hero_image_id;
