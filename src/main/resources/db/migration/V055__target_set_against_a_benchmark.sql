-- A target set against a benchmark, as councils write them ("at least the statistical neighbour
-- average", "target set to the national average"): the comparator, the year of its figure, and
-- how far above (or below, negative) it the target is. Its figure is read from the indicator's
-- benchmarks whenever the target is read, so a corrected benchmark moves the target with it.
-- A target is either a figure or a comparator, never both.
alter table target alter column target drop not null;
alter table target add column comparator text
  check (comparator in ('ENGLAND', 'REGION', 'STATISTICAL_NEIGHBOURS', 'CIPFA_NEIGHBOURS'));
alter table target add column comparator_period_code text;
alter table target add column comparator_offset numeric;
alter table target add constraint target_figure_or_comparator
  check ((target is null) = (comparator is not null)
     and (comparator is null or comparator_period_code is not null)
     and (comparator is not null or comparator_offset is null));
