-- Deterministic benchmark dataset, loaded into a database that the gateway's Liquibase migrations created.
-- Every choice comes from hashint8extended(row number, salt), not from random(): the same scale gives the
-- same rows on any machine, whatever order PostgreSQL evaluates them in.
-- Usage: psql -v scale=1.0 -f dataset.sql   (scale 1.0 = 200 authors, 20 000 images, 20 000 articles with
-- ~3 KB bodies, 4 related stories each, 50 000 feed items).
\set ON_ERROR_STOP on
\set QUIET on
set client_min_messages = warning;

select greatest(5, round(200 * :scale))::int    as authors,
       greatest(50, round(20000 * :scale))::int as images,
       greatest(50, round(20000 * :scale))::int as articles,
       greatest(100, round(50000 * :scale))::int as feed_items,
       40                                        as tags
\gset

begin;

create schema bench_gen;

-- A number in 1..n chosen by (i, salt): the generator's only source of variety.
create function bench_gen.pick(i bigint, salt bigint, n bigint) returns bigint
  language sql immutable parallel safe
  return 1 + ((hashint8extended(i, salt) & 9223372036854775807) % n);

create table bench_gen.word (id int primary key, word text not null);
insert into bench_gen.word
select n, w from unnest(string_to_array(
  'harbour council city port ferry bridge storm coast budget housing school river market station museum '
  'festival election mayor plan vote tide energy grid solar wind water street district village quay island '
  'winter summer autumn spring morning evening night week year decade century record crowd team season match '
  'goal league players manager fans stadium workers union business profits jobs prices rents homes families '
  'children teachers doctors nurses hospital patients research scientists data survey study report results '
  'rules law court judge police officers residents neighbours volunteers visitors tourists shops traders '
  'cafes bakery library theatre cinema music album band choir novel writer painter gallery exhibition '
  'railway trains buses cyclists lanes roads traffic journeys repairs engineers builders designs towers '
  'meadows seagrass fish birds whales forest gardens parks beaches cliffs lighthouse boats sailors regatta '
  'quietly slowly sharply again still already finally nearly almost largely mostly newly openly '
  'new old small large busy quiet early late cheap costly local national public private fresh bold',
  ' ')) with ordinality as t(w, n);

select count(*) as words from bench_gen.word \gset

-- 2 000 sentences of 12 words, and 400 paragraphs of 5 sentences (~430 characters each).
create table bench_gen.sentence as
select s as id,
       initcap(left(string_agg(w.word, ' ' order by k), 1))
         || substr(string_agg(w.word, ' ' order by k), 2) || '.' as text
  from generate_series(1, 2000) s
 cross join generate_series(1, 12) k
  join bench_gen.word w on w.id = bench_gen.pick(s * 100 + k, 1, :words)
 group by s;

create table bench_gen.paragraph as
select p as id, string_agg(s.text, ' ' order by k) as text
  from generate_series(1, 400) p
 cross join generate_series(1, 5) k
  join bench_gen.sentence s on s.id = bench_gen.pick(p * 10 + k, 2, 2000)
 group by p;

create function bench_gen.words(i bigint, salt bigint, how_many int) returns text
  language sql stable
  return (select string_agg(w.word, ' ' order by k)
            from generate_series(1, how_many) k
            join bench_gen.word w on w.id = bench_gen.pick(i * 100 + k, salt, :words));

insert into section (id, slug, name, description) values
  (1, 'news', 'News', 'Local news.'), (2, 'world', 'World', 'World news.'),
  (3, 'business', 'Business', 'Business and the economy.'), (4, 'science', 'Science', 'Science and climate.'),
  (5, 'culture', 'Culture', 'Arts and culture.'), (6, 'sport', 'Sport', 'Sport.');

insert into tag (id, slug, name)
select t, 'topic-' || t, 'Topic ' || t from generate_series(1, :tags) t;

insert into image (id, url, width, height, alt_text, caption, credit)
select i, 'https://media.bench.example/photos/' || i || '.jpg', 1600, 900,
       'Photo ' || i || ': ' || bench_gen.words(i, 3, 5),
       (select text from bench_gen.sentence where id = bench_gen.pick(i, 4, 2000)),
       'Photographer ' || bench_gen.pick(i, 5, 50) || ' / Bench Press'
  from generate_series(1, :images) i;

insert into author (id, slug, name, job_title, bio, avatar_image_id, published_at)
select a, 'author-' || a,
       (array['Ada','Ben','Chiara','Dev','Elif','Femi','Greta','Hugo','Ines','Jonas','Kofi','Lena','Mina','Nils',
              'Oona','Priya','Quentin','Rosa','Sami','Tove'])[bench_gen.pick(a, 6, 20)]
         || ' ' || initcap(bench_gen.words(a, 7, 1)) || 'son ' || a,
       'Correspondent', (select text from bench_gen.sentence where id = bench_gen.pick(a, 8, 2000)),
       bench_gen.pick(a, 9, :images), timestamptz '2024-01-01 00:00:00Z'
  from generate_series(1, :authors) a;

-- Article i is published 30 minutes after article i - 1; the newest on 2025-12-31.
insert into article (id, slug, headline, standfirst, kicker, section_id, hero_image_id, blocks, published_at,
                     updated_at)
select i, 'article-' || i,
       initcap(left(bench_gen.words(i, 10, 8), 1)) || substr(bench_gen.words(i, 10, 8), 2),
       (select text from bench_gen.sentence where id = bench_gen.pick(i, 11, 2000)),
       case bench_gen.pick(i, 12, 5) when 1 then 'Analysis' when 2 then 'Explainer' end,
       bench_gen.pick(i, 13, 6), bench_gen.pick(i, 14, :images),
       (select jsonb_agg(jsonb_build_object('type', 'paragraph', 'text', p.text) order by k)
          from generate_series(1, 7) k
          join bench_gen.paragraph p on p.id = bench_gen.pick(i * 10 + k, 15, 400)),
       timestamptz '2025-12-31 00:00:00Z' - (:articles - i) * interval '30 minutes',
       timestamptz '2025-12-31 00:00:00Z' - (:articles - i) * interval '30 minutes'
         + bench_gen.pick(i, 16, 120) * interval '1 minute'
  from generate_series(1, :articles) i;

-- One byline each, a second (another author) on 40 % of them.
insert into article_byline (article_id, position, author_id)
select i, 0, bench_gen.pick(i, 17, :authors) from generate_series(1, :articles) i
union all
select i, 1, 1 + (bench_gen.pick(i, 17, :authors) - 1 + bench_gen.pick(i, 18, :authors - 1)) % :authors
  from generate_series(1, :articles) i where bench_gen.pick(i, 19, 10) <= 4;

insert into article_tag (article_id, position, tag_id)
select i, k, 1 + (bench_gen.pick(i, 20, :tags) - 1 + k * 7) % :tags
  from generate_series(1, :articles) i
 cross join generate_series(0, 2) k
 where k < bench_gen.pick(i, 21, 3);

-- Four related stories each: i + step, i + 2 step, ... (mod articles) with 4 step < articles, so the four
-- are distinct and never the article itself.
insert into related_article (article_id, position, related_article_id)
select i, k - 1, 1 + (i - 1 + k * bench_gen.pick(i, 22, greatest(1, :articles / 5 - 1))) % :articles
  from generate_series(1, :articles) i
 cross join generate_series(1, 4) k;

-- Feed item j is published 10 minutes after item j - 1, the newest on 2025-12-31 06:00: 80 % articles,
-- 12 % videos, 8 % notes (half of them linking an article).
insert into feed_item (id, kind, title, section_id, published_at, article_id, video_url, duration_seconds,
                       thumbnail_image_id, body)
select j, kind,
       case kind when 'ARTICLE' then a.headline
                 else initcap(left(bench_gen.words(j, 23, 7), 1)) || substr(bench_gen.words(j, 23, 7), 2) end,
       case kind when 'ARTICLE' then a.section_id else bench_gen.pick(j, 24, 6) end,
       timestamptz '2025-12-31 06:00:00Z' - (:feed_items - j) * interval '10 minutes',
       case kind when 'ARTICLE' then a.id
                 when 'NOTE' then case when bench_gen.pick(j, 25, 2) = 1 then bench_gen.pick(j, 26, :articles) end
       end,
       case kind when 'VIDEO' then 'https://video.bench.example/v/' || j || '.m3u8' end,
       case kind when 'VIDEO' then 30 + bench_gen.pick(j, 27, 600) end,
       case kind when 'VIDEO' then bench_gen.pick(j, 28, :images) end,
       case kind when 'NOTE' then (select text from bench_gen.sentence where id = bench_gen.pick(j, 29, 2000)) end
  from generate_series(1, :feed_items) j
 cross join lateral (select case when bench_gen.pick(j, 30, 100) <= 80 then 'ARTICLE'
                                 when bench_gen.pick(j, 30, 100) <= 92 then 'VIDEO'
                                 else 'NOTE' end as kind) k
  left join article a on k.kind = 'ARTICLE' and a.id = bench_gen.pick(j, 31, :articles);

insert into feed_item_presenter (feed_item_id, position, author_id)
select id, 0, bench_gen.pick(id, 32, :authors) from feed_item where kind = 'VIDEO';

drop schema bench_gen cascade;

commit;

vacuum analyze;
