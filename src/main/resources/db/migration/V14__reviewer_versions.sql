-- A reviewer record has a version, as a topic has: editors changing one at the same time are told, not overwritten.
alter table reviewer add column version bigint default 0 not null;
