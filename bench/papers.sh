#!/usr/bin/env bash
# Measures the committee papers of a portfolio of 60 quarterly indicators with twelve quarters of
# values, targets, benchmarks and commentary, set up on the demo council (825) as a council does:
# the portfolio, priorities and themes on the catalogue's forms, the indicators, values, targets and
# benchmarks imported as files through /api/v1/organisations/825/imports, and each indicator's
# commentary and improvement actions on its commentary form, all with an API token made on the
# tokens page after signing in.
# Then asks for each layout (exceptions, scorecard, indicator-blocks, committee-summary) in each
# format (html, pdf, docx, xlsx, csv) from /api/v1/organisations/825/reports/{layout}, WARMUP times
# left out and RUNS times measured, and prints the median and slowest of each beside the floor
# measured in the same run (the static file /beacon.css) and the paper's own HTML, then whether the
# goals are met: PDF <= 2 s and Word <= 1 s, for the slowest layout's median.
# Every answer must be 200, of the format's content type, and that file: a PDF, a Word or Excel zip,
# or CSV with a row for each indicator, holding every indicator's title. At the first that is not,
# nothing is reported and the script exits with status 1.
# Usage: ./mvnw -q package -DskipTests && bench/papers.sh
# RUNS (7), WARMUP (3) and INDICATORS (60) change the size of the run; LAYOUTS and FORMATS (lists
# separated by commas) measure only those.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/beacon.sh
beacon_require_jar

runs=${RUNS:-7}
warmup=${WARMUP:-3}
indicators=${INDICATORS:-60}
layouts=${LAYOUTS:-exceptions,scorecard,indicator-blocks,committee-summary}
formats=${FORMATS:-html,pdf,docx,xlsx,csv}
org=825
period=2024-25-Q4
portfolio="Benchmark Children's Services"


work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-papers-XXXXXX")
trap 'beacon_stop; rm -rf "$work"' EXIT
port=${PORT:-$(beacon_free_port)}

# The PDF reader the checks use is the one Beacon ships.
mkdir -p "$work/lib"
(cd "$work/lib" && jar xf "$OLDPWD/$BEACON_JAR" $(jar tf "$OLDPWD/$BEACON_JAR" |
  grep -E '^BOOT-INF/lib/(pdfbox|pdfbox-io|fontbox|commons-logging)-[0-9.]+\.jar$'))
classpath=$(find "$work/lib" -name '*.jar' | tr '\n' :)

echo "Starting Beacon..."
BEACON_JAVA_OPTIONS=${BEACON_JAVA_OPTIONS:--Xmx1g} beacon_start "$work/db" "$port"
beacon_wait_for_sign_in
beacon_wait_for_ready
beacon_token
beacon_wait_for "/api/v1/organisations/$org"
export BEACON_TOKEN

# post WHAT PATH FIELDS...: sends a form with the token; a form saved answers with a redirect.
post() {
  local what=$1 path=$2 status
  shift 2
  local fields=()
  for field in "$@"; do fields+=(--data-urlencode "$field"); done
  status=$(curl -s -o "$work/answer" -w '%{http_code}' -H "Authorization: Bearer $BEACON_TOKEN" \
    "${fields[@]}" "$BEACON_BASE$path")
  [ "$status" = 302 ] || { echo "Refused to report: $what was not saved ($BEACON_BASE$path answered $status)" >&2; exit 1; }
}

echo "Setting up a portfolio of $indicators indicators as a council does..."
awk -v dir="$work" -v count="$indicators" -v portfolio="$portfolio" -f bench/lib/portfolio.awk
post "the portfolio" "/organisations/$org/catalogue/portfolios/new" "name=$portfolio" \
  "cabinetMember=Cllr Alex Morgan, Cabinet Member for Children"
priorities=("Safe children" "Good education" "Healthy lives")
for priority in "${priorities[@]}"; do
  post "the priority $priority" "/organisations/$org/catalogue/priorities/new" "name=$priority"
done
form=$(curl -fsS -H "Authorization: Bearer $BEACON_TOKEN" "$BEACON_BASE/organisations/$org/catalogue/themes/new")
for priority in "${priorities[@]}"; do
  id=$(printf '%s' "$form" | sed -n "s/.*<option value=\"\([0-9]*\)\">$priority<\/option>.*/\1/p" | head -1)
  [ -n "$id" ] || { echo "Refused to report: the theme form offers no priority $priority" >&2; exit 1; }
  for theme in 1 2; do
    post "the theme $priority: theme $theme" "/organisations/$org/catalogue/themes/new" \
      "priority=$id" "name=$priority: theme $theme" "position=$theme"
  done
done
for kind in indicators values targets benchmarks; do
  rows=$(($(wc -l <"$work/$kind.csv") - 1))
  status=$(curl -s -o "$work/answer" -w '%{http_code}' -H "Authorization: Bearer $BEACON_TOKEN" \
    -F "file=@$work/$kind.csv" "$BEACON_BASE/api/v1/organisations/$org/imports/$kind")
  if [ "$status" != 200 ] || ! grep -q "\"added\":$rows," "$work/answer"; then
    echo "Refused to report: the import of $kind answered $status, not $rows rows added:" >&2
    head -c 600 "$work/answer" >&2
    exit 1
  fi
done
paragraphs=(
  "Performance this quarter reflects the continued pressure on the front door, where contacts rose by eleven per cent on the same quarter last year. Managers have reviewed every case open for longer than the timescale, and most delays were caused by waiting for information from partner agencies rather than by the capacity of the social work teams themselves."
  "Recruitment to the assessment service has improved since the autumn campaign, with six experienced social workers starting in January and two more due to join in April. Agency use has fallen to fourteen per cent of the workforce, the lowest level for three years, which gives children more stable relationships with the workers who support them."
  "Audits of a sample of forty cases found that the quality of practice was good or better in most of them, and that children's voices were clearly recorded. Where practice required improvement, the learning has been shared through practice weeks and team meetings, and the themes will be followed up in the next quarterly audit cycle."
  "Comparison with statistical neighbours shows that the council remains close to the average, although the gap to the best performing authorities has widened slightly. The service has asked two of those authorities to share their approach, and a peer visit is planned for the spring to test whether their methods would work here."
  "The data for this measure is checked each month by the performance team with the service manager before it is published. A small number of records were corrected this quarter after the audit, and the figures shown here include those corrections, so they differ slightly from the figures given in the previous report to this committee.")
actions=(
  "Weekly performance clinics led by the Head of Service to review every case approaching its timescale, starting in April."
  "Agree a shared protocol with health partners for returning information within five working days, to be signed off by the Safeguarding Partnership in May."
  "Complete the recruitment of two permanent team managers and reduce agency staff to below ten per cent by September."
  "Extend the case audit programme to include a focus on timeliness, with findings reported to the improvement board each quarter.")
for n in $(seq 1 "$indicators"); do
  narrative=""
  for p in $(seq 0 $((2 + n % 2))); do
    narrative+="${paragraphs[$(((n + p) % 5))]}"$'\n\n'
  done
  todo=""
  for a in $(seq 0 $((1 + n % 2))); do
    todo+="${actions[$(((n + a) % 4))]}"$'\n'
  done
  code=$(printf 'BEN-%02d' "$n")
  post "the commentary of $code" "/organisations/$org/indicators/$code/commentary?period=$period" \
    "narrative=$narrative" "actions=$todo" "author=Head of Service $((n % 6 + 1))" "state=APPROVED"
done
# The national data loads in the background on the first start: the papers are measured after it.
until [ "$(beacon_status "/api/v1/national/CP_conf_15days?year=2022&la=$org")" = 200 ]; do
  kill -0 "$BEACON_PID" 2>/dev/null || { echo "Beacon stopped; the end of its log:" >&2; tail -40 "$BEACON_LOG" >&2; exit 1; }
  sleep 1
done

echo "Measuring each paper..."
java -cp "$classpath" bench/Papers.java "$BEACON_BASE" "$org" "$period" "$portfolio" \
  "$work/titles.txt" "$warmup" "$runs" "$layouts" "$formats" >"$work/figures.txt" ||
  { cat "$work/figures.txt" >&2; beacon_errors; exit 1; }
cat "$work/figures.txt"
