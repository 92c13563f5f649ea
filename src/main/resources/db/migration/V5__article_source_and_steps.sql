-- Articles come in as plain text from a trend source ("US Trends"): the topic keeps where it came from, as data for
-- editors, never as page text. Numbered bullets are steps, shown as an ordered list.

alter table topic add column source varchar(120);

update topic set source = 'US Trends' where slug = 'what-is-occupational-therapy-for-kids';

alter table section_item drop constraint section_item_kind_known;
alter table section_item add constraint section_item_kind_known check (kind in ('PARAGRAPH', 'BULLET', 'STEP'));

-- A revision says where an imported article came from: "imported from US Trends".
alter table topic_revision alter column action set data type varchar(200);
