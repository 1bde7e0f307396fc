-- A target range may reach one way only (from the target up to a point above it, or from a point
-- below it up to the target): its band, or its band above, may then be 0, but neither below 0.
alter table rag_scheme add constraint rag_scheme_band_above_check check (band_above >= 0);
alter table rag_scheme drop constraint rag_scheme_band_check;
alter table rag_scheme add constraint rag_scheme_band_check
  check (band > 0 or (kind = 'TARGET_RANGE' and band >= 0));
