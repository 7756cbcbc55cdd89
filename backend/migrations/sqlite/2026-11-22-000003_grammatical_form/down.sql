ALTER TABLE accounts DROP COLUMN grammatical_form;
