-- "Top quartile" as councils set targets ("to be in the top quartile nationally"): where the best
-- of the LAIT's quartile bands begins for a measure and year, held as a benchmark filled from the
-- national data, so a target may be set against it as against an average.
alter table benchmark drop constraint benchmark_comparator_check;
alter table benchmark add constraint benchmark_comparator_check
  check (comparator in ('ENGLAND', 'REGION', 'STATISTICAL_NEIGHBOURS', 'CIPFA_NEIGHBOURS',
                        'TOP_QUARTILE', 'AUTHORITY', 'OTHER'));
alter table target drop constraint target_comparator_check;
alter table target add constraint target_comparator_check
  check (comparator in ('ENGLAND', 'REGION', 'STATISTICAL_NEIGHBOURS', 'CIPFA_NEIGHBOURS',
                        'TOP_QUARTILE'));
