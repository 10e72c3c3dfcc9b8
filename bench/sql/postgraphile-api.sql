-- Benchmark database only, for PostGraphile: the gateway's visibility rule (published_at <= now()) as two
-- SQL functions, since PostGraphile's generated conditions only compare with values the client sends.
-- PostGraphile exposes them as Query.publishedFeed (a connection) and Query.publishedArticle(slug).
\set ON_ERROR_STOP on

create function published_feed() returns setof feed_item
  language sql stable
  as $$ select * from feed_item where published_at <= now() order by published_at desc, id desc $$;

create function published_article(slug text) returns article
  language sql stable
  as $$ select * from article where article.slug = published_article.slug and published_at <= now() $$;
