-- The order a council lists the indicators of a layout of paper in, kept with its front sheet: the
-- indicator codes, one per line. Within each section of the paper the listed indicators come first
-- in that order, the rest after them in catalogue order. Empty for catalogue order throughout.
alter table front_sheet add column indicator_order text not null default '';
