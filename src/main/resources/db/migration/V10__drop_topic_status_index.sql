-- Nearly every topic is published, so an index on the status alone cannot narrow a read of published topics; H2 used
-- it anyway once it had statistics, reading every published topic and sorting them for each slice of the sitemap
-- instead of walking the primary key from the last id (ReadsByKeyTest). Reads by language and status keep
-- topic_language_status_idx.
drop index topic_status_idx;
