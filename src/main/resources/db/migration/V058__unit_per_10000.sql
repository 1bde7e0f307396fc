-- A rate per 10,000 children, printed as papers print it ("47.3 per 10,000").
alter table indicator drop constraint indicator_unit_check;
alter table indicator add constraint indicator_unit_check
  check (unit in ('PERCENT', 'NUMBER', 'SCORE', 'RATE', 'DAYS', 'PER_10000'));
