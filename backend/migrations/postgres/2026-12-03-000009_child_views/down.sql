ALTER TABLE case_stage_changes DROP COLUMN child_views;
DROP TABLE child_views;
