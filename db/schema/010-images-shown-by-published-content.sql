--liquibase formatted sql

--changeset news-gateway:010-images-shown-by-published-content
-- `node` returns an image by its ID only when published content shows it: as a published article's hero image
-- or body picture, a published author's avatar or a published video's thumbnail. These indexes let it ask each
-- of those by the image's id instead of reading every article, author and feed item.
create function article_block_image_ids(blocks jsonb) returns bigint[]
  language sql immutable parallel safe
  return array(select (b.block ->> 'imageId')::bigint
                 from jsonb_array_elements(blocks) as b(block)
                where b.block ->> 'type' = 'image');

create index article_block_images on article using gin (article_block_image_ids(blocks));
create index article_hero_image on article (hero_image_id);
create index author_avatar_image on author (avatar_image_id);
create index feed_item_thumbnail_image on feed_item (thumbnail_image_id);
