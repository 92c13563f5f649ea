-- The latest published topics of a language, newest first (the home page's list, and what a topic page offers to read
-- next, read again after every content change), and the latest changed (the feed, rendered again after every English
-- change). Read through these indexes in their order, both databases stop after the rows asked for instead of reading
-- every published topic of the language and sorting them. H2 follows an index's order only when the ORDER BY starts
-- with the index's columns, so PublishedTopics orders by language and status first (the queries fix both anyway).
create index topic_latest_published_idx on topic (language, status, published_at desc, id desc);
create index topic_latest_modified_idx on topic (language, status, modified_at desc, id desc);
-- The (language, status) index goes: both indexes above start with its columns and serve what it served (the count of
-- a language's published topics), and while it stayed H2 kept reading through it and sorting (ReadsByKeyTest).
drop index topic_language_status_idx;
