-- The day a benchmark was published, when known: a national publication's figures for 2018/19 came
-- out in the autumn of 2019, so a paper for the fourth quarter of 2018/19 printed 2017/18's. A
-- scorecard shows a benchmark only once it was published by its reporting period's end; one
-- without this day once its own period has ended.
alter table benchmark add column published_on date;
