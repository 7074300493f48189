-- A staff member may belong to a city department (担当課): city staff see only their department's
-- escalations. NULL for contractor staff, who are not in a department.
ALTER TABLE staff ADD COLUMN department TEXT;
