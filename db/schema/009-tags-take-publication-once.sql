--liquibase formatted sql

--changeset news-gateway:009-tags-take-publication-once
-- Publishing an article wrote its new time on its tags (article_give_publication_to_tags), and each tag row's own
-- trigger then looked that time up again in `article`: one more call and lookup per tag. A tag row updated from
-- within a trigger (only 008's article trigger writes article_tag), with its article unchanged, now keeps the
-- time it is given. Written any other way, by hand or when tagging, it still takes the article's own.
drop trigger article_tag_takes_publication on article_tag;

create trigger article_tag_takes_publication_on_insert
  before insert on article_tag
  for each row execute function article_tag_take_publication();

create trigger article_tag_takes_publication_on_update
  before update of article_id, article_published_at on article_tag
  for each row when (pg_trigger_depth() = 0 or new.article_id <> old.article_id)
  execute function article_tag_take_publication();
