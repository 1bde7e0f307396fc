-- The titles a layout of paper prints for some indicators, kept with its front sheet, where the
-- council's paper words an indicator otherwise than the catalogue (an earlier year's wording, a
-- committee's shorter one): one "CODE = title" a line. Every other indicator is printed with its
-- catalogue title.
alter table front_sheet add column printed_titles text not null default '';
