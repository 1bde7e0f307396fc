-- The headings a layout of paper prints otherwise than Beacon words them, kept with its front
-- sheet beside its order and titles: one "Beacon's heading = the paper's heading" a line, as
-- "Education and Children's Services Portfolio RED = 4. Education and Childrens Services Portfolio
-- RED" for Buckinghamshire's Q4 2022/23 report.
alter table front_sheet add column printed_headings text not null default '';
