#!/usr/bin/env bash
# Measures the indicator list and the indicator page under 50 concurrent users on loopback, with the
# demo data plus the generated council (code 900: 1,000 monthly indicators, ten years of values).
# Prints, for each page, the throughput and the 50th, 95th and 99th percentile response times.
# Usage: ./mvnw -q package -DskipTests && bench/pages.sh
# Each run is made twice: with users who pause a second between pages, as people reading them do,
# and with users who ask again at once, which finds the most Beacon can answer on this machine.
# USERS, THINK (milliseconds, a list), WARMUP and SECONDS_MEASURED change the number of users,
# their pauses, and the warm-up and measured times.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/beacon.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
users=${USERS:-50}
warmup=${WARMUP:-10}
seconds=${SECONDS_MEASURED:-30}
thinks=${THINK:-1000 0}
data=$(mktemp -d "${TMPDIR:-/tmp}/beacon-bench-XXXXXX")
port=${PORT:-18081}
base="http://localhost:$port/organisations/900"
period="period=2025-26-Q4"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; sleep 2; rm -rf "$data"' EXIT

echo "Starting Beacon with the generated council (first start loads 120,000 values)..."
BEACON_GENERATED_COUNCIL=true java -Xmx1g -jar "$jar" --server.port="$port" \
  --beacon.database.directory="$data/db" >"$data/beacon.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "$base/indicators?$period"; do
  kill -0 "$pid" 2>/dev/null || { echo "Beacon stopped; see the log:" >&2; tail -50 "$data/beacon.log" >&2; exit 1; }
  sleep 0.2
done
echo "Ready. $(nproc) cores, Beacon and the load generator on the same machine."

list=(
  "$base/indicators?$period"
  "$base/indicators?$period&page=7"
  "$base/indicators?$period&rag=RED"
  "$base/indicators?$period&q=indicator+42"
  "$base/indicators?$period&sort=value&order=desc"
  "$base/indicators?$period&portfolio=Portfolio+3&rag=AMBER"
)
pages=()
for n in 1 17 123 250 333 404 512 678 777 901 999 1000; do
  pages+=("$base/indicators/G$(printf %04d "$n")?$period")
done

for think in $thinks; do
  java bench/Load.java "indicator list (1,000)" "$users" "$think" "$warmup" "$seconds" "${list[@]}"
  java bench/Load.java "indicator page (120 months)" "$users" "$think" "$warmup" "$seconds" "${pages[@]}"
done
