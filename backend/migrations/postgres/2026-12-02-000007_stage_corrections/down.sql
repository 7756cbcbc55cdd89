DROP TABLE stage_corrections;
