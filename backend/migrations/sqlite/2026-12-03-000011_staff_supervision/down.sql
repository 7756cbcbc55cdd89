DROP TABLE staff_supervision;
