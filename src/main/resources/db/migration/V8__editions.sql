-- Editions: a topic's text in another language is a topic row of its own (its slug, title, text, sections, FAQ,
-- review and revisions), tied to the English topic it translates. The subject (about, audience) is the English
-- topic's: the site reads it from there.
alter table topic add column language varchar(8) default 'en' not null;
alter table topic add column translation_of bigint;
-- Who translated the edition: a person's name, or null for the editorial team (the site's organisation).
alter table topic add column translator varchar(120);
alter table topic add constraint topic_translation_of_fk foreign key (translation_of) references topic (id);
alter table topic add constraint topic_edition_unique unique (translation_of, language);
alter table topic add constraint topic_language_known check (language in ('en', 'es'));
alter table topic add constraint topic_translation_language check ((translation_of is null and language = 'en') or (translation_of is not null and language <> 'en'));
create index topic_language_status_idx on topic (language, status);
