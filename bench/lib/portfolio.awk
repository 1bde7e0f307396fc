# Writes the files a council imports for a portfolio of COUNT quarterly percentage indicators (a third
# aiming low) in three priorities of two themes each, into DIR: indicators.csv; values.csv, twelve
# quarters, Q1 2022/23 to Q4 2024/25; targets.csv, one a year; benchmarks.csv, England, the region
# and the statistical neighbours for 2023/24; titles.txt, the indicators' titles one a line. The
# figures are random, but the same on every run.
# Usage: awk -v dir=DIR -v count=60 -v portfolio=NAME -f bench/lib/portfolio.awk
BEGIN {
  srand(60)
  split("child and family assessments completed within 45 working days|re-referrals to children's social care within 12 months|children subject to a second or subsequent child protection plan|child protection reviews held on time|children in care with three or more placements in the year|care leavers in education, employment or training|looked after children visited within timescale|Education, Health and Care plans issued within 20 weeks|pupils attending a good or outstanding school|fixed term exclusions in primary schools|young people not in education, employment or training|children achieving a good level of development|two-year-olds taking up funded early education|health assessments for children in care completed on time|referrals with a decision within one working day", subject, "|")
  split("Safe children|Good education|Healthy lives", priority, "|")
  print "code,title,definition,polarity,unit,decimals,frequency,portfolio,priority,theme,owner" > dir "/indicators.csv"
  print "indicator_code,period,value" > dir "/values.csv"
  print "indicator_code,period,target,tolerance" > dir "/targets.csv"
  print "indicator_code,comparator,period,value,source" > dir "/benchmarks.csv"
  for (n = 1; n <= count; n++) {
    low = n % 3 == 0
    code = sprintf("BEN-%02d", n)
    s = subject[(n - 1) % 15 + 1]
    t = int((n - 1) * 6 / count)           # six themes, two in each of three priorities
    p = priority[int(t / 2) + 1]
    print "Percentage of " s " (" n ")" > dir "/titles.txt"
    printf "%s,\"Percentage of %s (%d)\",\"The percentage of %s, counted at the quarter's end\",%s,percent,1,quarterly,%s,%s,%s,Head of Service %d\n", \
      code, s, n, s, low ? "low" : "high", portfolio, p, p ": theme " (t % 2 + 1), n % 6 + 1 > dir "/indicators.csv"
    level = low ? 12 + rand() * 16 : 65 + rand() * 30
    for (q = 0; q < 12; q++) {
      v = level + (rand() - 0.5) * 8
      v = v < 0 ? 0 : v > 100 ? 100 : v
      printf "%s,%d-%02d-Q%d,%.1f\n", code, 2022 + int(q / 4), (23 + int(q / 4)) % 100, q % 4 + 1, v > dir "/values.csv"
    }
    for (y = 2022; y <= 2024; y++) printf "%s,%d-%02d,%d,2\n", code, y, (y + 1) % 100, low ? 20 : 80 > dir "/targets.csv"
    printf "%s,England,2023-24,%.1f,LAIT\n", code, low ? 21.4 : 78.6 > dir "/benchmarks.csv"
    printf "%s,South East,2023-24,%.1f,LAIT\n", code, low ? 19.8 : 80.1 > dir "/benchmarks.csv"
    printf "%s,Statistical Neighbours,2023-24,%.1f,LAIT\n", code, low ? 22.3 : 77.2 > dir "/benchmarks.csv"
  }
}
