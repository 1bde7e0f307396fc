-- A target range (Lincolnshire: "a tolerance of 2 percentage points below and 1 point above" the
-- target): within it achieved, beyond it on the good side exceeded, both Green; beyond it on the
-- other side not achieved, Red. Its band is how far the range reaches below the green threshold,
-- band_above how far above it.
alter table rag_scheme add column band_above numeric;
alter table rag_scheme drop constraint rag_scheme_kind_check;
alter table rag_scheme drop constraint rag_scheme_band_needed_check;
alter table rag_scheme add constraint rag_scheme_kind_check
  check (kind in ('TWO_STATE', 'RELATIVE_BAND', 'ABSOLUTE_BAND', 'FLOOR', 'RELATIVE_BAND_WITH_TRAVEL',
                  'TARGET_RANGE'));
alter table rag_scheme add constraint rag_scheme_band_needed_check
  check ((kind in ('RELATIVE_BAND', 'ABSOLUTE_BAND', 'RELATIVE_BAND_WITH_TRAVEL', 'TARGET_RANGE'))
         = (band is not null));
alter table rag_scheme add constraint rag_scheme_band_above_needed_check
  check ((kind = 'TARGET_RANGE') = (band_above is not null));
