-- The article page as a hand-written endpoint would fetch it: one statement returning the article with
-- slug 'article-<slug_number>' as JSON (body blocks, bylines, hero image, four related stories with hero
-- image and bylines). pgbench sets slug_number at random; check.py passes it to psql with -v.
select json_build_object(
         'slug', a.slug, 'headline', a.headline, 'standfirst', a.standfirst, 'blocks', a.blocks,
         'publishedAt', a.published_at,
         'heroImage', (select json_build_object('url', im.url, 'altText', im.alt_text, 'caption', im.caption)
                         from image im where im.id = a.hero_image_id),
         'authors', (select coalesce(json_agg(json_build_object('slug', au.slug, 'name', au.name)
                                              order by b.position), '[]')
                       from article_byline b join author au on au.id = b.author_id
                      where b.article_id = a.id),
         'related', (select coalesce(json_agg(json_build_object(
                              'slug', r.slug, 'headline', r.headline,
                              'heroImageUrl', (select url from image where id = r.hero_image_id),
                              'authors', (select coalesce(json_agg(au.name order by b.position), '[]')
                                            from article_byline b join author au on au.id = b.author_id
                                           where b.article_id = r.id))
                            order by r.position), '[]')
                       from (select ra.id, ra.slug, ra.headline, ra.hero_image_id, rel.position
                               from related_article rel join article ra on ra.id = rel.related_article_id
                              where rel.article_id = a.id and ra.published_at <= now()
                              order by rel.position limit 4) r))
  from article a
 where a.slug = 'article-' || :slug_number and a.published_at <= now();
