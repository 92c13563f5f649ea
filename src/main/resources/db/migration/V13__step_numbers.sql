-- A step keeps the number its article gave it: steps 3 and 4 after a note, or a list that starts at 10, are shown as
-- written rather than numbered again from 1. Null for paragraphs and bullets, and for steps that simply follow on.
alter table section_item add column step_number integer;
alter table section_item add constraint section_item_step_number check (
    step_number is null or (kind = 'STEP' and step_number between 1 and 999));
