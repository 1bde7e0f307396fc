#!/usr/bin/env bash
# Measures the committee papers: each layout (exceptions, scorecard, indicator-blocks,
# committee-summary) in each format (html, pdf, docx, xlsx, csv) for a portfolio of 60 quarterly
# indicators with twelve quarters of values, targets, benchmarks and commentary, built and written
# through the same code as /api/v1/organisations/{org}/reports, inside Beacon's Spring context on its
# embedded PostgreSQL.
# Prints, for each, the median and slowest of the measured runs (and the two steps: building the
# paper from the data, writing the file), the first run, the memory allocated per paper, the heap in
# use afterwards, the file size, then whether the goals are met: PDF <= 2 s, Word <= 1 s.
# Usage: bench/papers.sh [-Dbench.warmup=3] [-Dbench.runs=7] [-Dbench.heap=1g]
#        [-Dbench.layouts=exceptions,scorecard,indicator-blocks,committee-summary] [-Dbench.formats=html,pdf,docx,xlsx,csv]
# The table is also written to target/papers-benchmark.txt; Maven's output to target/papers-benchmark.log.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
log=target/papers-benchmark.log
rm -f target/papers-benchmark.txt
echo "Measuring the committee papers (a few minutes)..."
if ! ./mvnw -B -Pbench-papers test "$@" >"$log" 2>&1; then
  echo "The benchmark failed; the end of $log:" >&2
  tail -60 "$log" >&2
  exit 1
fi
cat target/papers-benchmark.txt
