--liquibase formatted sql

--changeset news-gateway:006-ordered-links-carry-their-target
-- The lists in an editor's order (bylines, tags, related stories, presenters) are read by owner and position to
-- find what they point at. With that id carried in the primary key's index, PostgreSQL reads a list from the
-- index alone, already in order, instead of visiting a heap page per entry (the benchmark's entries of one list
-- lie on four pages). The related-stories statement of a home page (17 articles, 4 related each, with bylines)
-- reads 911 → 750 buffers and takes 2.30 → 1.79 ms (pgbench, 2 clients, medians of 4 alternations).
alter table article_byline drop constraint article_byline_pkey,
  add constraint article_byline_pkey primary key (article_id, position) include (author_id);
alter table article_tag drop constraint article_tag_pkey,
  add constraint article_tag_pkey primary key (article_id, position) include (tag_id);
alter table related_article drop constraint related_article_pkey,
  add constraint related_article_pkey primary key (article_id, position) include (related_article_id);
alter table feed_item_presenter drop constraint feed_item_presenter_pkey,
  add constraint feed_item_presenter_pkey primary key (feed_item_id, position) include (author_id);
