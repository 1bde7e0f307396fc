-- A club's mean is a benchmark of every member sharing the measure, so scorecards are built from
-- the clubs too: a change to a club, its members or its shares moves the number kept scorecards
-- are checked against, as a change to a benchmark does.
do $$
declare
  t text;
begin
  foreach t in array array['benchmarking_club', 'club_member', 'club_share']
  loop
    execute format('create trigger %I after insert or update or delete or truncate on %I '
        || 'for each statement execute function count_change()', t || '_changed', t);
  end loop;
end;
$$;
