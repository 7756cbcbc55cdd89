-- How texts address a person where a language marks grammatical gender (feminine,
-- masculine, neutral). Chosen by the person or their caseworker; NULL means neutral wording.
ALTER TABLE accounts ADD COLUMN grammatical_form TEXT;
