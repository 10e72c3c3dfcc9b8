--liquibase formatted sql

-- Demo feed: 1-44 ARTICLE items (same id as their article), 45-56 and 71, 73 VIDEO, 57-70 and 72 NOTE.

--changeset news-gateway:demo-009 context:demo
--comment: Demo feed items
insert into feed_item (id, kind, title, section_id, published_at, article_id, video_url, duration_seconds, thumbnail_image_id, body) values
  (1, 'ARTICLE', 'Harbour bridge to close for six weeks of repairs', 1, '2026-09-01T06:00:00Z', 1, null, null, null, null),
  (2, 'ARTICLE', 'Seagrass meadows return to the outer bay after a decade', 4, '2026-09-02T14:30:00Z', 2, null, null, null, null),
  (3, 'ARTICLE', 'Ferry operator orders three battery-electric vessels', 3, '2026-09-04T08:15:00Z', 3, null, null, null, null),
  (4, 'ARTICLE', 'Rovers hold the leaders to a goalless draw', 6, '2026-09-06T11:00:00Z', 4, null, null, null, null),
  (5, 'ARTICLE', 'Lisbon tests a four-day week for its city workforce', 2, '2026-09-08T07:45:00Z', 5, null, null, null, null),
  (6, 'ARTICLE', 'A lighthouse keeper’s diaries become the season’s surprise bestseller', 5, '2026-09-10T16:20:00Z', 6, null, null, null, null),
  (7, 'ARTICLE', 'Council approves 1,200 homes on the old rail yards', 1, '2026-09-12T09:00:00Z', 7, null, null, null, null),
  (8, 'ARTICLE', 'Why the autumn storms are arriving earlier', 4, '2026-09-14T13:10:00Z', 8, null, null, null, null),
  (9, 'ARTICLE', 'Family bakery chain hands a quarter of its profits to staff', 3, '2026-09-16T06:30:00Z', 9, null, null, null, null),
  (10, 'ARTICLE', 'Harbour regatta crowns a 15-year-old champion', 6, '2026-09-18T18:45:00Z', 10, null, null, null, null),
  (11, 'ARTICLE', 'Nairobi’s rooftop solar boom outpaces the grid', 2, '2026-09-20T10:00:00Z', 11, null, null, null, null),
  (12, 'ARTICLE', 'Review: The Salt Choir’s debut is hushed and heartfelt', 5, '2026-09-22T15:30:00Z', 12, null, null, null, null),
  (13, 'ARTICLE', 'Free school breakfast pilot expands to every primary in the district', 1, '2026-09-24T08:00:00Z', 13, null, null, null, null),
  (14, 'ARTICLE', 'A satellite built in a classroom sends its first picture home', 4, '2026-09-26T12:20:00Z', 14, null, null, null, null),
  (15, 'ARTICLE', 'Port container volumes fall for a third quarter', 3, '2026-09-28T17:00:00Z', 15, null, null, null, null),
  (16, 'ARTICLE', 'Montreal’s winter bike lanes get a snowplough of their own', 2, '2026-09-30T07:15:00Z', 16, null, null, null, null),
  (17, 'ARTICLE', 'The independent cinema that refused to close', 5, '2026-10-02T11:40:00Z', 17, null, null, null, null),
  (18, 'ARTICLE', 'Rovers sign a goalkeeper from the reserve league', 6, '2026-10-04T14:00:00Z', 18, null, null, null, null),
  (19, 'ARTICLE', 'Bus fares frozen for another year after budget deal', 1, '2026-10-06T06:45:00Z', 19, null, null, null, null),
  (20, 'ARTICLE', 'Hospitals trial an AI tool that reads chest X-rays', 4, '2026-10-08T09:30:00Z', 20, null, null, null, null),
  (21, 'ARTICLE', 'Small firms cautious as AI assistants reach the high street', 3, '2026-10-10T16:00:00Z', 21, null, null, null, null),
  (22, 'ARTICLE', 'Osaka’s ageing suburbs experiment with shared housing', 2, '2026-10-12T10:15:00Z', 22, null, null, null, null),
  (23, 'ARTICLE', 'Harbour arts festival draws record crowds', 5, '2026-10-14T13:45:00Z', 23, null, null, null, null),
  (24, 'ARTICLE', 'Women’s cycling tour will finish on the Kellsport seafront', 6, '2026-10-16T19:30:00Z', 24, null, null, null, null),
  (25, 'ARTICLE', 'Flood defences tested as high tide meets storm surge', 1, '2026-10-18T08:20:00Z', 25, null, null, null, null),
  (26, 'ARTICLE', 'Mayoral race: three candidates, one housing question', 1, '2026-10-20T12:00:00Z', 26, null, null, null, null),
  (27, 'ARTICLE', 'Whale song recordings reveal a new dialect off the coast', 4, '2026-10-22T15:15:00Z', 27, null, null, null, null),
  (28, 'ARTICLE', 'Energy bills to fall as wholesale prices ease', 3, '2026-10-24T07:00:00Z', 28, null, null, null, null),
  (29, 'ARTICLE', 'Valparaíso rebuilds its funiculars, one carriage at a time', 2, '2026-10-26T10:45:00Z', 29, null, null, null, null),
  (30, 'ARTICLE', 'The novelist who writes only on the night ferry', 5, '2026-10-28T14:30:00Z', 30, null, null, null, null),
  (31, 'ARTICLE', 'Rovers’ cup run ends in extra-time heartbreak', 6, '2026-10-30T17:45:00Z', 31, null, null, null, null),
  (32, 'ARTICLE', 'Early voting opens with queues at the central library', 1, '2026-11-01T19:10:00Z', 32, null, null, null, null),
  (33, 'ARTICLE', 'Researchers map microplastics in the harbour mud', 4, '2026-11-03T13:20:00Z', 33, null, null, null, null),
  (34, 'ARTICLE', 'Gullhaven shipyard wins contract for a polar research vessel', 3, '2026-11-05T08:40:00Z', 34, null, null, null, null),
  (35, 'ARTICLE', 'Rotterdam’s floating homes weather their first big storm', 2, '2026-11-07T11:55:00Z', 35, null, null, null, null),
  (36, 'ARTICLE', 'Review: a brave, messy Tempest at the Corn Exchange', 5, '2026-11-09T16:10:00Z', 36, null, null, null, null),
  (37, 'ARTICLE', 'Dunmore wins mayoral race by 612 votes as rival requests recount', 1, '2026-11-12T07:30:00Z', 37, null, null, null, null),
  (38, 'ARTICLE', 'The November night sky: what to look for this month', 4, '2026-11-14T12:40:00Z', 38, null, null, null, null),
  (39, 'ARTICLE', 'Sailing club opens its doors to wheelchair users', 6, '2026-11-17T15:00:00Z', 39, null, null, null, null),
  (40, 'ARTICLE', 'What the new budget means for renters', 3, '2026-11-20T18:00:00Z', 40, null, null, null, null),
  (41, 'ARTICLE', 'The hidden cost of cheap parcels', 3, null, 41, null, null, null, null),
  (42, 'ARTICLE', 'Inside the lifeboat station’s busiest summer', 1, null, 42, null, null, null, null),
  (43, 'ARTICLE', 'Harbour tunnel opening day: everything you need to know', 1, '2099-01-01T08:00:00Z', 43, null, null, null, null),
  (44, 'ARTICLE', 'Kellsport centenary celebrations: the full programme', 5, '2099-06-01T08:00:00Z', 44, null, null, null, null),
  (45, 'VIDEO', 'Watch: divers survey the returning seagrass meadows', 4, '2026-09-03T10:00:00Z', null, 'https://video.harbourledger.example/v/seagrass-survey.m3u8', 184, 65, null),
  (46, 'VIDEO', 'Explained: how a swing bridge swings', 1, '2026-09-07T12:30:00Z', null, 'https://video.harbourledger.example/v/swing-bridge-explained.m3u8', 142, 66, null),
  (47, 'VIDEO', 'The Kellsport Cup: a 15-year-old''s winning race', 6, '2026-09-19T09:15:00Z', null, 'https://video.harbourledger.example/v/kellsport-cup-winner.m3u8', 96, 67, null),
  (48, 'VIDEO', 'Inside the Regal''s projection booth', 5, '2026-10-03T19:00:00Z', null, 'https://video.harbourledger.example/v/regal-projection-booth.m3u8', 310, 68, null),
  (49, 'VIDEO', 'Nairobi rooftops: solar power street by street', 2, '2026-09-21T08:30:00Z', null, 'https://video.harbourledger.example/v/nairobi-rooftop-solar.m3u8', 420, 69, null),
  (50, 'VIDEO', 'A tour of KELL-1''s rooftop ground station', 4, '2026-09-27T15:45:00Z', null, 'https://video.harbourledger.example/v/kell-1-ground-station.m3u8', 265, 70, null),
  (51, 'VIDEO', 'Meet Tomás Reyes, Rovers'' new goalkeeper', 6, '2026-10-05T11:00:00Z', null, 'https://video.harbourledger.example/v/meet-tomas-reyes.m3u8', 58, 71, null),
  (52, 'VIDEO', 'Election explainer: how the mayoral vote works', 1, '2026-10-13T07:30:00Z', null, 'https://video.harbourledger.example/v/mayoral-vote-explained.m3u8', 175, 72, null),
  (53, 'VIDEO', 'Storm surge night: timelapse from the Saltmarket wall', 1, '2026-10-18T13:00:00Z', null, 'https://video.harbourledger.example/v/storm-surge-timelapse.m3u8', 45, 73, null),
  (54, 'VIDEO', 'Debate highlights: the three mayoral candidates', 1, '2026-10-28T21:30:00Z', null, 'https://video.harbourledger.example/v/mayoral-debate-highlights.m3u8', 900, 74, null),
  (55, 'VIDEO', 'Results night at the Corn Exchange', 1, '2026-11-12T07:30:00Z', null, 'https://video.harbourledger.example/v/results-night.m3u8', 240, 75, null),
  (56, 'VIDEO', 'How a polar research ship is built', 3, '2026-11-18T12:00:00Z', null, 'https://video.harbourledger.example/v/polar-ship-build.m3u8', 385, 76, null),
  (57, 'NOTE', 'Bridge closure date confirmed', 1, '2026-09-02T08:00:00Z', 1, null, null, null, 'The council has confirmed that the harbour bridge will close at 10pm on Sunday 4 October. The shuttle ferry between the two quays starts the following morning at 6am.'),
  (58, 'NOTE', 'Heavy rain warning for the coast', 1, '2026-09-11T15:20:00Z', null, null, null, null, 'Forecasters have issued a yellow warning for heavy rain along the coast from midnight until noon tomorrow. Drivers are advised to avoid the Esplanade, which is prone to surface flooding.'),
  (59, 'NOTE', 'Regatta result confirmed', 6, '2026-09-18T18:45:00Z', 10, null, null, null, 'The race committee has confirmed Mina Castellan as winner of the Kellsport Cup after a protest in the final race was dismissed.'),
  (60, 'NOTE', 'Shuttle ferry adds late sailings', 1, '2026-10-10T09:05:00Z', null, null, null, null, 'Bay Crossings is adding late sailings until 1am on Fridays and Saturdays while the harbour bridge is closed. The last shuttle from Northquay now leaves at 12.50am.'),
  (61, 'NOTE', 'Festival concert moved indoors', 5, '2026-10-09T17:40:00Z', null, null, null, null, 'Tonight''s concert on the floating stage has moved to the Corn Exchange because of strong winds. Tickets remain valid and doors open at 7pm.'),
  (62, 'NOTE', 'Flood gates closing now', 1, '2026-10-17T21:55:00Z', null, null, null, null, 'Flood gates at the Ropewalk slipway and the fish market are being closed ahead of tonight''s high tide. Please keep well clear of the harbour walls.'),
  (63, 'NOTE', 'Esplanade reopens after storm', 1, '2026-10-18T15:10:00Z', 25, null, null, null, 'The Esplanade has reopened after crews cleared debris from last night''s storm surge. The Saltmarket flood wall held, with the water peaking 30 centimetres below the top.'),
  (64, 'NOTE', 'New price cap confirmed', 3, '2026-10-25T10:00:00Z', 28, null, null, null, 'The regulator has confirmed the new energy price cap for January. Our explainer sets out what it means for households in Kellsport.'),
  (65, 'NOTE', 'Mayoral debate tonight', 1, '2026-10-28T16:00:00Z', null, null, null, null, 'Doors open at 6.30pm for tonight''s mayoral debate at the Corn Exchange. Remaining tickets go on sale at the box office at 5pm, and the debate will be streamed on this site.'),
  (66, 'NOTE', 'Bellweather back in training', 6, '2026-11-02T12:00:00Z', null, null, null, null, 'Rovers goalkeeper Sam Bellweather returned to light training this morning, a month ahead of schedule. Declan Farrow said he would not be rushed back.'),
  (67, 'NOTE', 'Polls close at 10pm', 1, '2026-11-11T08:00:00Z', 32, null, null, null, 'Polling stations are open until 10pm. You do not need your poll card to vote, but you must bring photo ID.'),
  (68, 'NOTE', 'Count update: ballot boxes arriving', 1, '2026-11-11T22:40:00Z', null, null, null, null, 'The first ballot boxes have arrived at the Corn Exchange. Officials expect first-preference results at around 3am.'),
  (69, 'NOTE', 'Recount request declined', 1, '2026-11-13T14:20:00Z', 37, null, null, null, 'The returning officer has declined a request for a partial recount in the mayoral election, saying the count had been properly checked. Marcus Leyland said he accepted the result.'),
  (70, 'NOTE', 'Budget questions for renters', 3, '2026-11-20T17:30:00Z', null, null, null, null, 'Our housing team will answer readers'' questions about the budget changes this evening. Our full analysis for renters follows shortly.'),
  (71, 'VIDEO', 'Lifeboat crew: a day on call', 1, null, null, 'https://video.harbourledger.example/v/lifeboat-day-on-call.m3u8', 330, 77, null),
  (72, 'NOTE', 'Lifeboat station open evening', 1, null, null, null, null, null, 'The lifeboat station is holding an open evening for prospective volunteers next Thursday from 7pm. No sailing experience is needed.'),
  (73, 'VIDEO', 'Harbour tunnel: the first drive through', 1, '2099-02-01T08:00:00Z', null, 'https://video.harbourledger.example/v/harbour-tunnel-first-drive.m3u8', 150, 78, null);

--changeset news-gateway:demo-010 context:demo
--comment: Demo video presenters
insert into feed_item_presenter (feed_item_id, position, author_id) values
  (45, 0, 7),
  (46, 0, 1),
  (47, 0, 6),
  (48, 0, 5),
  (49, 0, 4),
  (49, 1, 7),
  (50, 0, 2),
  (51, 0, 6),
  (52, 0, 1),
  (53, 0, 7),
  (54, 0, 1),
  (54, 1, 3),
  (55, 0, 1),
  (56, 0, 3),
  (56, 1, 2),
  (71, 0, 1),
  (73, 0, 1);

--changeset news-gateway:demo-011 context:demo
--comment: Move identity sequences past the explicit demo ids
select setval(pg_get_serial_sequence('image', 'id'), (select max(id) from image));
select setval(pg_get_serial_sequence('section', 'id'), (select max(id) from section));
select setval(pg_get_serial_sequence('tag', 'id'), (select max(id) from tag));
select setval(pg_get_serial_sequence('author', 'id'), (select max(id) from author));
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article));
select setval(pg_get_serial_sequence('feed_item', 'id'), (select max(id) from feed_item));
