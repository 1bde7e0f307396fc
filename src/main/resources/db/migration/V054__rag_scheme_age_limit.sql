-- How old a value a scheme still rates: at most this many periods of the value's own kind behind
-- the newest a report could show; null rates a value of any age.
alter table rag_scheme add column periods_behind_allowed integer
  check (periods_behind_allowed between 0 and 60);
