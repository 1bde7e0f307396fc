#!/usr/bin/env bash
# Measures one Beacon for a whole region or for England: every English authority set up from the
# national library on a fresh database by the command line (organisation add --every-authority
# --starter-set), then the dashboard, the indicator list and an indicator page of several of them
# at once, each page asked for with an API token made on the tokens page.
#   1. The time to load the national data (load-national, a bulk COPY of a million figures: the
#      floor of the set-up) and the time to set up the authorities, with the indicators and values
#      they were given; the database's size on disk before and after.
#   2. USERS users pausing THINK ms between pages ask for the static file /beacon.css (the floor),
#      the dashboards, the lists and the indicator pages of the councils in PAGES_OF in turn: each
#      group's p95 is printed as a multiple of the floor's, against the goal of 3x.
# Every answer must be 200 and the page asked for (the council's name in its title, the indicator's
# code): at the first that is not, nothing is reported and the script exits with status 1.
# Usage: ./mvnw -q package -DskipTests && bench/hub.sh
# AUTHORITIES (all: 153) sets up only the first so many by name; USERS (50), THINK (1000 ms),
# WARMUP (10 s) and SECONDS_MEASURED (20 s) change the size of the page run; PAGES_OF names the
# councils whose pages are asked for (the first authorities set up, by default).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/beacon.sh
beacon_require_jar

authorities=${AUTHORITIES:-all}
users=${USERS:-50}
think=${THINK:-1000}
warmup=${WARMUP:-10}
seconds=${SECONDS_MEASURED:-20}
period=2024-25-Q4
indicators="CSC-REREFERRALS CLA-RATE CL-EET WF-TURNOVER"


work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-hub-XXXXXX")
trap 'beacon_stop; rm -rf "$work"' EXIT
db="$work/db"
cli() { java ${BEACON_JAVA_OPTIONS:-} -jar "$BEACON_JAR" "$@" --beacon.database.directory="$db" --beacon.demo-data=false; }
size_mb() { du -sk "$db" | awk '{ printf "%.0f", $1 / 1024 }'; }

echo "Loading the national data into a fresh database..."
start=$(date +%s%N)
cli load-national >"$work/load.txt" 2>&1 || { echo "Refused to report: load-national failed:" >&2; cat "$work/load.txt" >&2; exit 1; }
load_ms=$(( ($(date +%s%N) - start) / 1000000 ))
national_mb=$(size_mb)

first=()
[ "$authorities" = all ] || first=(--first "$authorities")
echo "Setting up $authorities authorities from the national library..."
start=$(date +%s%N)
cli organisation add --every-authority "${first[@]}" --starter-set >"$work/hub.txt" 2>&1 \
  || { echo "Refused to report: setting up the authorities failed:" >&2; cat "$work/hub.txt" >&2; exit 1; }
hub_ms=$(( ($(date +%s%N) - start) / 1000000 ))
hub_mb=$(size_mb)
said=$(grep '^Set up [0-9]* authorities' "$work/hub.txt" || true)
[ -n "$said" ] || { echo "Refused to report: the command did not say what it set up:" >&2; cat "$work/hub.txt" >&2; exit 1; }
set_up=$(printf '%s' "$said" | sed -n 's/^Set up \([0-9]*\) authorities.*/\1/p')
[ "$authorities" = all ] || [ "$set_up" = "$authorities" ] \
  || { echo "Refused to report: asked for $authorities authorities, it set up $set_up" >&2; exit 1; }

port=${PORT:-$(beacon_free_port)}
echo "Starting Beacon on the hub's database..."
BEACON_JAVA_OPTIONS=${BEACON_JAVA_OPTIONS:--Xmx1g} beacon_start "$db" "$port" --beacon.demo-data=false
beacon_wait_for_sign_in
beacon_wait_for_ready
beacon_token

councils=$(curl -fsS -H "Authorization: Bearer $BEACON_TOKEN" "$BEACON_BASE/api/v1/organisations?size=500" \
  | grep -o '"code":"[^"]*","name":"[^"]*"' | sed 's/"code":"\([^"]*\)","name":"\([^"]*\)"/\1\t\2/')
held=$(printf '%s\n' "$councils" | grep -c . || true)
[ "$held" = "$set_up" ] || { echo "Refused to report: Beacon holds $held councils, the command set up $set_up" >&2; exit 1; }
pages_of=${PAGES_OF:-$(printf '%s\n' "$councils" | head -5 | cut -f1 | tr '\n' ' ')}

all="$work/pages.tsv"
{
  printf 'static file /beacon.css, no token\tno token\tGDS Transport\t%s/beacon.css\n' "$BEACON_BASE"
  for org in $pages_of; do
    name=$(printf '%s\n' "$councils" | awk -F'\t' -v c="$org" '$1 == c { print $2 }')
    [ -n "$name" ] || { echo "Refused to report: there is no council $org in the hub" >&2; exit 1; }
    printf 'dashboard\ttoken\t<title>%s: \t%s/organisations/%s?period=%s\n' "$name" "$BEACON_BASE" "$org" "$period"
    printf 'indicator list\ttoken\tIndicators: Q4 2024/25\t%s/organisations/%s/indicators?period=%s\n' "$BEACON_BASE" "$org" "$period"
    for code in $indicators; do
      printf 'indicator page\ttoken\t<title>%s: \t%s/organisations/%s/indicators/%s?period=%s\n' "$code" "$BEACON_BASE" "$org" "$code" "$period"
    done
  done
} >"$all"

export BEACON_TOKEN
echo "Asking for every page once, to check each..."
java bench/Load.java "$all" once
figures="$work/figures.txt"
{
  echo "Beacon for $set_up authorities on this machine ($(nproc) cores), on its embedded PostgreSQL:"
  awk -v ms="$load_ms" 'BEGIN { printf "  load-national (the floor: a bulk COPY of the national figures): %.1f s\n", ms / 1000 }'
  awk -v ms="$hub_ms" -v said="$said" 'BEGIN { printf "  setting them up from the national library: %.1f s (%s)\n", ms / 1000, said }'
  echo "  database on disk: $hub_mb MB ($national_mb MB with the national data alone)"
  echo "$users users pausing $think ms between pages of $(echo "$pages_of" | wc -w) councils, $warmup s warm-up, $seconds s measured:"
} >"$figures"
echo "Measuring $users users pausing $think ms..."
java bench/Load.java "$all" together "$users" "$think" "$warmup" "$seconds" --p95-within 3 >>"$figures"
cat "$figures"
