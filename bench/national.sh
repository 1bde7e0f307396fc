#!/usr/bin/env bash
# Measures the national data: loads the whole LAIT data set and the EES files (1,050,376 figures)
# as the command load-national does, then the same rows, already clean, into the same table with
# PostgreSQL's COPY, and prints both times and their ratio (goal: 2 or less); then computes every
# statistic for every measure, year and authority (goal: 2 s or less), printing the times and the
# heap. Runs inside Beacon's Spring context on its embedded PostgreSQL.
# Usage: bench/national.sh [-Dbench.heap=512m]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
log=target/national-benchmark.log
rm -f target/national-benchmark.txt
echo "Measuring the national data load and statistics (a minute or two)..."
if ! ./mvnw -B -Pbench-national test "$@" >"$log" 2>&1; then
  echo "The benchmark failed; the end of $log:" >&2
  tail -60 "$log" >&2
  exit 1
fi
cat target/national-benchmark.txt
