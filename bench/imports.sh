#!/usr/bin/env bash
# Measures the values import: a generated file of 1,000,000 rows (1,000 monthly indicators by 1,000
# months) imported through the same code as POST /api/v1/organisations/{org}/imports/values, then
# the same rows loaded into the same table with PostgreSQL's COPY; prints both times, their ratio (goal: 2 or less) and the
# heap the import used (goal: flat, the file is streamed). Runs inside Beacon's Spring context on its
# embedded PostgreSQL, with a 512 MB heap. Usage: bench/imports.sh [-Dbench.months=1000] [-Dbench.heap=512m]
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
log=target/imports-benchmark.log
rm -f target/imports-benchmark.txt
echo "Measuring the values import: 1,000,000 rows, then the same with COPY (a few minutes)..."
if ! ./mvnw -B -Pbench-imports test "$@" >"$log" 2>&1; then
  echo "The benchmark failed; the end of $log:" >&2
  tail -60 "$log" >&2
  exit 1
fi
cat target/imports-benchmark.txt
