-- Addresses a topic answered at before its slug changed: they redirect (301) to the current one forever.
create table slug_history (
    slug     varchar(120) not null primary key,
    topic_id bigint       not null references topic (id)
);

-- One counter bumped by every content change. Replicas poll it to know when their page caches are stale, and the
-- sitemap derives its validators from it.
create table content_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into content_version (id, version) values (1, 1);
