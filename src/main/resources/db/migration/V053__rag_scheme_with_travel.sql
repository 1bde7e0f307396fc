-- A scheme whose Amber depends on direction of travel (Havering 2013/14): Green within a
-- percentage of the target; further off, Amber when improved or maintained against the same
-- period a year earlier, else Red. It has a band, as the relative and absolute bands do.
alter table rag_scheme drop constraint rag_scheme_kind_check;
alter table rag_scheme drop constraint rag_scheme_check;
alter table rag_scheme add constraint rag_scheme_kind_check
  check (kind in ('TWO_STATE', 'RELATIVE_BAND', 'ABSOLUTE_BAND', 'FLOOR', 'RELATIVE_BAND_WITH_TRAVEL'));
alter table rag_scheme add constraint rag_scheme_band_needed_check
  check ((kind in ('RELATIVE_BAND', 'ABSOLUTE_BAND', 'RELATIVE_BAND_WITH_TRAVEL')) = (band is not null));
