-- V9 published the Spanish edition without moving the content's version and time, which every page that lists topics
-- takes its validators from: the sitemap kept its ETag and the pages their Last-Modified although they now list the
-- edition, so a cache that revalidated got 304 and kept its copy without it; on a new database the Spanish pages said
-- they were last modified before they were published. Moved now (ContentVersionMigrationTest); a migration that
-- changes what pages show must move them in the same script.
update content_version set version = version + 1, changed_at = greatest(changed_at, current_timestamp) where id = 1;
