-- An indicator may aim to stay close to its target, neither above nor below it (Kent's polarity
-- T): Green within the tolerance either side.
alter table indicator drop constraint indicator_polarity_check;
alter table indicator add constraint indicator_polarity_check
  check (polarity in ('HIGH', 'LOW', 'NONE', 'CLOSE'));
