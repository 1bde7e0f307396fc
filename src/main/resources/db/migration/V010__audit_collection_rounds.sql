-- Collection rounds (V009) came after the audit trail (V008) and were left out of it: opening a
-- round, changing its due dates (the earlier pair kept, with the reason) and naming an approver
-- are recorded, with who and when, as every other change is.
do $$
declare
  t text;
begin
  foreach t in array array['collection_round', 'collection_round_earlier_dates', 'approver']
  loop
    execute format('create trigger %I after insert or update or delete on %I '
        || 'for each row execute function audit_change()', t || '_audited', t);
    execute format('create trigger %I after truncate on %I '
        || 'for each statement execute function audit_truncate()', t || '_truncation_audited', t);
  end loop;
end;
$$;
