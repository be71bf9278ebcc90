#!/usr/bin/env bash
# Manchette's public read path side by side with nginx serving the same bytes, in one run.
#
#   bench/run.sh [--articles N] [--duration 10s] [--connections 32] [--threads 2] [--keep-data]
#                [--only ROWS]
#
# Builds the production jar, creates a fresh database (manchette_bench), loads a deterministic
# data set (bench/load.sql), starts the jar as the README recommends (-Xmx256m), copies the
# answers of each measured endpoint into an nginx document root, then drives both with wrk,
# interleaved. Prints the table and writes it under bench/results/ (CSV and Markdown).
#
# Rows: the endpoints (article, article-304, list-page-1, list-page-51, section, feed,
# search-cached, search-varied), then the readers' scenarios:
#   mixed  GET /api/articles/{slug} over every published article (bench/mixed.lua): 80% of the
#          requests on the 200 newest (the hot set), the rest uniformly over all the others; nginx
#          serves the exact bytes of every answer under the same paths. Target: >= 0.8 of nginx.
#   churn  the same traffic while bench/ChurnWriter.java edits the lead of the 10 newest articles
#          in turn (2 a second, JSON Merge Patch with If-Match) and approves pending comments of the
#          hot set (5 a second), with an API token. Targets: >= 0.7 of mixed with p99 < 25 ms, and
#          the writer's p50 < 50 ms without a failed request.
#   admin-basic    GET /api/admin/me with HTTP Basic: the credential-check rate (21 req/s before
#                  credentials were remembered). Target: >= 50 times that.
#   stream  bench/stream_idle.py: 500 idle connections to /api/feed/stream (BENCH_STREAMS): resident
#           memory, threads and CPU of the JVM without and with them, then the time one publication
#           takes to reach all of them. Written as its own table after the others.
#   article-flood  the article row while wrk floods /api/admin/me with wrong passwords from the same
#                  address, against the same reads just before. Target: >= 0.9. It runs last.
# --only takes a comma-separated list of rows; "endpoints" stands for the eight endpoint rows
# (e.g. --only mixed,churn). The run exits 1 when the writer failed or a check after churn did.
set -euo pipefail

ARTICLES=10000
DURATION=10s
CONNECTIONS=32
THREADS=2
KEEP_DATA=false
ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --keep-data) KEEP_DATA=true; shift ;;   # reuse the database of the previous run (same --articles)
    --only) ONLY="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# The readers' scenarios (the environment may change them for an experiment; the targets are set
# for these values).
HOT=${BENCH_HOT:-200}                          # the hot set: the newest published articles
HOT_SHARE=${BENCH_HOT_SHARE:-0.8}              # share of the requests that go to the hot set
LIVE=${BENCH_LIVE:-10}                         # the articles the writer edits in turn (the newest)
EDITS_PER_SECOND=${BENCH_EDITS_PER_SECOND:-2}
APPROVALS_PER_SECOND=${BENCH_APPROVALS_PER_SECOND:-5}
WRITER_WARMUP=${BENCH_WRITER_WARMUP:-2s}       # the writer's schedule, unmeasured, before churn

ENDPOINT_ROWS=(article article-304 list-page-1 list-page-51 section feed search-cached search-varied)
declare -A WANT=()
if [ -z "$ONLY" ]; then
  for row in "${ENDPOINT_ROWS[@]}" mixed churn admin-basic stream article-flood; do WANT[$row]=1; done
else
  IFS=, read -ra only_rows <<< "$ONLY"
  for row in "${only_rows[@]}"; do
    case " ${ENDPOINT_ROWS[*]} mixed churn admin-basic stream article-flood endpoints " in
      *" $row "*) ;;
      *) echo "unknown row $row for --only (rows: endpoints ${ENDPOINT_ROWS[*]} mixed churn admin-basic stream article-flood)" >&2; exit 2 ;;
    esac
    if [ "$row" = endpoints ]; then
      for r in "${ENDPOINT_ROWS[@]}"; do WANT[$r]=1; done
    else
      WANT[$row]=1
    fi
  done
fi
want() { [ -n "${WANT[$1]:-}" ]; }
want_endpoints() { local r; for r in "${ENDPOINT_ROWS[@]}"; do want "$r" && return 0; done; return 1; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/manchette-bench.XXXXXX)"
DB=manchette_bench
APP_PORT=18480
NGINX_PORT=18490
APP=http://127.0.0.1:$APP_PORT
NGX=http://127.0.0.1:$NGINX_PORT
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)

APP_PID=""
NGINX_PID=""
SAMPLER_PID=""
WRITER_PID=""
cleanup() {
  [ -n "$WRITER_PID" ] && kill "$WRITER_PID" 2>/dev/null || true
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK/www"   # a copy of every answer; the logs stay
}
trap cleanup EXIT

. "$ROOT/bench/lib.sh"
FAILURES=()

step "Tools"
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

step "Build the production jar"
(cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dspotless.check.skip=true)

if [ "$KEEP_DATA" = false ]; then
  step "Fresh database $DB"
  fresh_database
fi

step "Start Manchette (-Xmx256m) and let Flyway create the schema"
start_manchette

if [ "$KEEP_DATA" = false ]; then
  step "Load $ARTICLES articles"
  start=$(date +%s.%N)
  "${PSQL[@]}" -d "$DB" -v articles="$ARTICLES" -f "$ROOT/bench/load.sql"
  load_seconds=$(python3 -c "print(round($(date +%s.%N) - $start, 1))")
  echo "loaded in ${load_seconds}s"
  load_text="loaded in ${load_seconds} s"
else
  load_text="kept from an earlier run"
  ARTICLES=$("${PSQL[@]}" -d "$DB" -At -c "select count(*) from articles")
fi

mkdir -p "$WORK/www"
if want_endpoints; then
  step "Endpoints and their answers"
  SLUG=$(curl -fs "$APP/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
  cursor=""
  for _ in $(seq 1 50); do   # page 51 of 20: deep in the cursor chain
    cursor=$(curl -fs "$APP/api/articles?limit=20${cursor:+&cursor=$cursor}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["nextCursor"])')
  done
  declare -a NAMES=(article list-page-1 list-page-51 section feed search)
  declare -A PATHS=(
    [article]="/api/articles/$SLUG"
    [list-page-1]="/api/articles?limit=20"
    [list-page-51]="/api/articles?limit=20&cursor=$cursor"
    [section]="/api/sections/monde/articles?limit=20"
    [feed]="/api/feed?scope=all&limit=20"
    [search]="/api/search?q=budget+climat&limit=20"
  )
  for name in "${NAMES[@]}"; do
    curl -fs "$APP${PATHS[$name]}" -o "$WORK/www/$name.json"
  done
  ETAG=$(curl -fsI "$APP${PATHS[article]}" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
fi

PUBLISHED=0
if want mixed || want churn; then
  step "Every published article, for the mixed traffic"
  # Newest first: the first $HOT lines are the hot set, the first $LIVE the live articles.
  "${PSQL[@]}" -d "$DB" -At -F ' ' \
    -c "select id, slug from articles where status = 'PUBLISHED' order by published_at desc, id desc" \
    > "$WORK/published.txt"
  PUBLISHED=$(wc -l < "$WORK/published.txt")
  [ "$PUBLISHED" -gt 0 ] || { echo "no published article"; exit 1; }
  [ "$PUBLISHED" -lt "$HOT" ] && HOT=$PUBLISHED
  awk '{print "/api/articles/" $2}' "$WORK/published.txt" > "$WORK/mixed-paths.txt"
fi

if want churn; then
  step "The writer's token, live articles and pending comments"
  TOKEN=$(curl -fs -u admin:bench-admin-password -H 'Content-Type: application/json' "$APP/api/admin/tokens" \
            -d '{"name": "bench churn writer", "scopes": ["content:write", "comments:moderate"]}' \
          | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
  head -n "$LIVE" "$WORK/published.txt" | awk '{print $1}' > "$WORK/live-ids.txt"
  # Enough for the writer's warm-up and measurement, with a margin.
  wanted=$(python3 -c "
import math, re
def seconds(text):
    n, unit = re.fullmatch(r'([\d.]+)([smh]?)', text).groups()
    return float(n) * {'': 1, 's': 1, 'm': 60, 'h': 3600}[unit]
print(math.ceil($APPROVALS_PER_SECOND * (seconds('$WRITER_WARMUP') + seconds('$DURATION')) * 1.2) + 20)")
  "${PSQL[@]}" -d "$DB" -v hot="$HOT" -v wanted="$wanted" -f "$ROOT/bench/pending-comments.sql"
  "${PSQL[@]}" -d "$DB" -At -c "
    select c.id from comments c
      join (select id from articles where status = 'PUBLISHED' order by published_at desc, id desc limit $HOT) hot
        on hot.id = c.article_id
     where c.status = 'PENDING' order by c.id" > "$WORK/pending-ids.txt"
  echo "$(wc -l < "$WORK/live-ids.txt") live articles, $(wc -l < "$WORK/pending-ids.txt") pending comments on the hot set"
fi

if want mixed || want churn; then
  step "Every published article's answer, for nginx"
  # Last before measuring: anything written through the API after this (the token above)
  # would empty Manchette's cache, which this fetch fills.
  # nginx mirrors the path: /api/articles/<slug> is the file api/articles/<slug>.json.
  mkdir -p "$WORK/www/api/articles"
  awk -v app="$APP" -v dir="$WORK/www/api/articles" \
    '{printf "url = \"%s/api/articles/%s\"\noutput = \"%s/%s.json\"\n", app, $2, dir, $2}' \
    "$WORK/published.txt" > "$WORK/fetch.curlrc"
  start=$(date +%s.%N)
  curl --fail --silent --show-error --parallel --parallel-max 8 --config "$WORK/fetch.curlrc" 2> "$WORK/fetch.err" \
    || { echo "fetching the articles' answers failed:"; head -5 "$WORK/fetch.err"; exit 1; }
  fetched=$(find "$WORK/www/api/articles" -name '*.json' -size +0 | wc -l)
  [ "$fetched" -eq "$PUBLISHED" ] || { echo "fetched $fetched answers of $PUBLISHED articles"; exit 1; }
  echo "$PUBLISHED answers in $(python3 -c "print(round($(date +%s.%N) - $start, 1))")s; hot set: the $HOT newest"
fi

# nginx keeps every file it serves open: room for all of them, and descriptors to match.
open_files=$(( PUBLISHED + 1024 ))
nofile=$(( open_files + 2048 ))
nr_open=$(cat /proc/sys/fs/nr_open 2>/dev/null || echo 1048576)
if [ "$nofile" -gt "$nr_open" ]; then nofile=$nr_open; open_files=$(( nr_open - 2048 )); fi
cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
worker_rlimit_nofile $nofile;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=$open_files inactive=10m;
  open_file_cache_valid 10m;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri.json =404; }
  }
}
NGINX
chmod -R a+rX "$WORK"   # nginx's workers run as an unprivileged user
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
if want_endpoints; then
  NGINX_ETAG=$(curl -fsI "$NGX/article" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  cmp -s <(curl -fs "$APP${PATHS[article]}") <(curl -fs "$NGX/article") && echo "nginx serves byte-identical answers"
fi
if want mixed || want churn; then
  same=0
  for line in 1 "$HOT" "$PUBLISHED"; do   # a hot article, the last hot one, the oldest
    path=$(sed -n "${line}p" "$WORK/mixed-paths.txt")
    cmp -s <(curl -fs "$APP$path") <(curl -fs "$NGX$path") && same=$(( same + 1 ))
  done
  echo "mixed: nginx serves byte-identical answers for $same of 3 articles sampled"
  [ "$same" -eq 3 ] || { echo "nginx does not serve the articles' bytes; see $WORK/nginx-error.log"; exit 1; }
fi

# Search is measured with many different queries, so that it is not served from the cache.
cat > "$WORK/search.lua" <<'LUA'
local words = {"gouvernement","elections","armee","reforme","budget","secheresse","emeutes","negociations",
  "president","ministre","parlement","region","ville","ecole","hopital","sante","energie","climat",
  "agriculteurs","recolte","entreprise","salaries","greve","syndicats","inflation","prix","marche",
  "banque","football","equipe","match","victoire","festival","cinema","musique","theatre","chercheurs"}
local n = 0
request = function()
  n = n + 1
  local a = words[math.random(#words)]
  local b = words[math.random(#words)]
  return wrk.format("GET", "/api/search?q=" .. a .. "+" .. b .. "&limit=" .. (1 + n % 20))
end
LUA
MIXED=(-s "$ROOT/bench/mixed.lua")   # then the base URL, then MIXED_ARGS
MIXED_ARGS=("$WORK/mixed-paths.txt" "$HOT" "$HOT_SHARE")

# Resident memory of the JVM, sampled every half second while the load runs.
( while kill -0 "$APP_PID" 2>/dev/null; do
    awk '/VmRSS/{print $2}' "/proc/$APP_PID/status" 2>/dev/null
    sleep 0.5
  done ) > "$WORK/rss.txt" &
SAMPLER_PID=$!

# wrk once, as "req/s p50(ms) p99(ms) non-2xx/3xx".
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" 2>"$WORK/wrk.err" | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, u = float(re.match(r"[\d.]+", v).group()), re.search(r"[a-z]+", v).group()
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
try:
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
except AttributeError:
    sys.exit("wrk gave no figures:\n" + out + open(sys.argv[1]).read())
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {errors.group(1) if errors else 0}")' "$WORK/wrk.err"
}
# Python's arithmetic for the table: ratio A B, or a condition that prints yes or no.
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
check() { python3 -c "print('yes' if $1 else 'no')"; }
mark() { [ "$1" = yes ] && echo "✓" || echo "✗"; }

step "Warm up"
if want_endpoints; then
  for name in "${NAMES[@]}"; do
    wrk -t1 -c4 -d2s "$APP${PATHS[$name]}" >/dev/null 2>&1
  done
  want search-varied && wrk -t1 -c4 -d2s -s "$WORK/search.lua" "$APP" >/dev/null 2>&1
fi
if want mixed || want churn; then
  # As long as the measure itself, at the same concurrency: the JIT compiles the hit path over
  # ten thousand answers (the first pass runs at about half the speed of the next).
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${MIXED[@]}" "$APP" "${MIXED_ARGS[@]}" >/dev/null 2>&1
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${MIXED[@]}" "$NGX" "${MIXED_ARGS[@]}" >/dev/null 2>&1
fi

step "Measure: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, Manchette then nginx for each row"
# One row: name,manchette rps,p50,p99,nginx rps,p50,p99,ratio,target,met,errors
declare -a ROWS=()
row() { # name a_rps a_p50 a_p99 n_rps n_p50 n_p99 ratio target met errors [error detail]
  local target_text="$9"
  [ -n "${10}" ] && target_text="$9 $(mark "${10}")"
  printf '%-14s manchette %8s req/s p50 %6s ms p99 %7s ms | nginx %8s req/s p50 %6s ms p99 %7s ms | ratio %s%s%s\n' \
    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "${target_text:+ | target $target_text}" \
    "$([ "${11}" != 0 ] && echo " (${11} errors${12:+: ${12}})")"
  ROWS+=("$1,$2,$3,$4,$5,$6,$7,$8,$9,${10},${11},${12:-}")
}
run() { # name, manchette args..., --, nginx args...
  local name="$1"; shift
  want "$name" || return 0
  local app_args=() ngx_args=()
  while [ "$1" != "--" ]; do app_args+=("$1"); shift; done
  shift
  ngx_args=("$@")
  read -r a_rps a_p50 a_p99 a_err < <(measure "${app_args[@]}")
  if [ ${#ngx_args[@]} -gt 0 ]; then
    read -r n_rps n_p50 n_p99 _ < <(measure "${ngx_args[@]}")
    r=$(ratio "$a_rps" "$n_rps")
  else
    n_rps="-"; n_p50="-"; n_p99="-"; r="-"
  fi
  row "$name" "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$r" "" "" "$a_err"
}
if want_endpoints; then
  run article "$APP${PATHS[article]}" -- "$NGX/article"
  run article-304 -H "If-None-Match: $ETAG" "$APP${PATHS[article]}" -- -H "If-None-Match: $NGINX_ETAG" "$NGX/article"
  run list-page-1 "$APP${PATHS[list-page-1]}" -- "$NGX/list-page-1"
  run list-page-51 "$APP${PATHS[list-page-51]}" -- "$NGX/list-page-51"
  run section "$APP${PATHS[section]}" -- "$NGX/section"
  run feed "$APP${PATHS[feed]}" -- "$NGX/feed"
  run search-cached "$APP${PATHS[search]}" -- "$NGX/search"
  run search-varied -s "$WORK/search.lua" "$APP" --
fi

MIXED_RPS=""
if want mixed; then
  read -r a_rps a_p50 a_p99 a_err < <(measure "${MIXED[@]}" "$APP" "${MIXED_ARGS[@]}")
  read -r n_rps n_p50 n_p99 _ < <(measure "${MIXED[@]}" "$NGX" "${MIXED_ARGS[@]}")
  MIXED_RPS=$a_rps
  r=$(ratio "$a_rps" "$n_rps")
  row mixed "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$r" "≥ 0.80 of nginx" "$(check "$r >= 0.8")" "$a_err"
fi

if want churn; then
  # The writer compiles and reads its articles' versions, runs its warm-up, then creates the
  # ready file and starts its measured schedule; wrk starts reading at that moment.
  BENCH_TOKEN="$TOKEN" java -XX:+UseSerialGC -Xmx64m -XX:TieredStopAtLevel=1 "$ROOT/bench/ChurnWriter.java" \
    --base "$APP" --articles "$WORK/live-ids.txt" --comments "$WORK/pending-ids.txt" \
    --duration "$DURATION" --warmup "$WRITER_WARMUP" \
    --edits-per-second "$EDITS_PER_SECOND" --approvals-per-second "$APPROVALS_PER_SECOND" \
    --ready "$WORK/writer.ready" > "$WORK/writer.out" 2> "$WORK/writer.err" &
  WRITER_PID=$!
  for _ in $(seq 1 1200); do
    [ -e "$WORK/writer.ready" ] && break
    kill -0 "$WRITER_PID" 2>/dev/null || break
    sleep 0.05
  done
  if [ ! -e "$WORK/writer.ready" ]; then
    echo "the writer did not start:"; cat "$WORK/writer.out" "$WORK/writer.err"; exit 1
  fi
  read -r a_rps a_p50 a_p99 a_err < <(measure "${MIXED[@]}" "$APP" "${MIXED_ARGS[@]}")
  writer_rc=0
  wait "$WRITER_PID" || writer_rc=$?
  WRITER_PID=""
  sed 's/^/  /' "$WORK/writer.out"; sed 's/^/  /' "$WORK/writer.err" >&2
  result=$(grep '^RESULT ' "$WORK/writer.out" | tail -1 || true)
  [ -n "$result" ] || { echo "the writer printed no result (exit $writer_rc)"; exit 1; }
  field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$result"; }
  w_rate=$(field rate); w_p50=$(field p50_ms); w_p99=$(field p99_ms)
  w_errors=$(field errors); w_statuses=$(field statuses)
  [ "$w_statuses" = "-" ] && w_statuses=""

  # What readers saw once the writer stopped: every hot article's public answer carries the lead
  # and the count of approved comments the database holds; and no count went wrong.
  sleep 1
  "${PSQL[@]}" -d "$DB" -At -F ' ' -c "
    select a.slug, a.comment_count, md5(coalesce(a.lead, ''))
      from articles a where a.status = 'PUBLISHED' order by a.published_at desc, a.id desc limit $HOT" \
    > "$WORK/hot-after.txt"
  stale=$(python3 - "$APP" "$WORK/hot-after.txt" <<'PY'
import hashlib, json, sys, urllib.request
app, listing = sys.argv[1], sys.argv[2]
stale = 0
for line in open(listing):
    slug, count, lead_md5 = line.split()
    try:
        with urllib.request.urlopen(f"{app}/api/articles/{slug}") as answer:
            article = json.load(answer)
    except Exception as e:
        print(f"GET /api/articles/{slug}: {e}", file=sys.stderr)
        stale += 1
        continue
    if article["commentCount"] != int(count) or hashlib.md5((article.get("lead") or "").encode()).hexdigest() != lead_md5:
        stale += 1
print(stale)
PY
)
  wrong_counts=$("${PSQL[@]}" -d "$DB" -At -c "
    select count(*) from articles a
     where a.comment_count <> (select count(*) from comments c where c.article_id = a.id and c.status = 'APPROVED')")
  CHURN_CHECK="after churn: $stale of $HOT hot articles answered stale (lead or comment count), $wrong_counts articles with a wrong comment_count"
  echo "$CHURN_CHECK"
  [ "$stale" = 0 ] || FAILURES+=("$stale hot articles answered stale after churn")
  [ "$wrong_counts" = 0 ] || FAILURES+=("$wrong_counts articles have a comment_count that is not their approved comments")
  [ "$writer_rc" = 0 ] || FAILURES+=("the writer exited $writer_rc (${w_errors} errors: ${w_statuses:-see $WORK/writer.err})")

  read -r n_rps n_p50 n_p99 _ < <(measure "${MIXED[@]}" "$NGX" "${MIXED_ARGS[@]}")
  if [ -n "$MIXED_RPS" ]; then
    r=$(ratio "$a_rps" "$MIXED_RPS")
    met=$(check "$r >= 0.7 and $a_p99 < 25")
  else
    r="-"; met=""   # churn/mixed needs the mixed row in the same run
  fi
  row churn "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$r" "≥ 0.70 of mixed; p99 < 25 ms" "$met" "$a_err"
  row churn-writer "$w_rate" "$w_p50" "$w_p99" "-" "-" "-" "-" "p50 < 50 ms; no error" \
    "$(check "$w_p50 < 50 and $w_errors == 0")" "$w_errors" "${w_statuses//,/ }"
fi

# Sign-ins. The credential-check rate: an editors' script reading the management API with HTTP
# Basic (before remembered credentials: about 21 req/s, one bcrypt check each). Then public reads
# under a flood of wrong passwords from one client, against the same reads without it. The flood
# comes last: it leaves this address throttled for the failure period.
if want admin-basic; then
  BASIC=$(printf 'admin:bench-admin-password' | base64)
  read -r a_rps a_p50 a_p99 a_err < <(measure -H "Authorization: Basic $BASIC" "$APP/api/admin/me")
  row admin-basic "$a_rps" "$a_p50" "$a_p99" "-" "-" "-" "-" "≥ 1050 req/s (50 × 21)" "$(check "$a_rps >= 1050")" "$a_err"
fi
if want stream; then
  step "Idle stream connections"
  python3 "$ROOT/bench/stream_idle.py" --url "$APP" --pid "$APP_PID" --connections "${BENCH_STREAMS:-500}" \
    --hold 20 --admin admin:bench-admin-password | tee "$WORK/stream.md" || FAILURES+=("stream")
fi
if want article-flood; then
  FLOOD_SLUG=$(curl -fs "$APP/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
  cat > "$WORK/flood.lua" <<'LUA'
-- Wrong passwords for the newsroom's accounts: 4 connections, one every 40 ms each (100 a second,
-- five times the 18 a second that brought reads from 30,000 to 3,200 req/s before the throttle).
local users = {"admin", "redaction", "plume"}
function delay()
  return 40
end
local n = 0
request = function()
  n = n + 1
  local credentials = users[n % #users + 1] .. ":devine-" .. n
  return wrk.format("GET", "/api/admin/me", {["Authorization"] = "Basic " .. mime_b64(credentials)})
end
LUA
  # wrk's Lua has no base64: a small one, prepended.
  python3 - "$WORK/flood.lua" <<'PY'
import sys
path = sys.argv[1]
b64 = """local chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function mime_b64(data)
  return ((data:gsub('.', function(x)
    local r, b = '', x:byte()
    for i = 8, 1, -1 do r = r .. (b % 2 ^ i - b % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return chars:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#data % 3 + 1])
end
"""
body = open(path).read()
open(path, "w").write(b64 + body)
PY
  read -r q_rps q_p50 q_p99 q_err < <(measure "$APP/api/articles/$FLOOD_SLUG")
  wrk -t1 -c4 -d"$DURATION" -s "$WORK/flood.lua" "$APP" > "$WORK/flood.out" 2>&1 &
  FLOOD_PID=$!
  sleep 0.5
  read -r a_rps a_p50 a_p99 a_err < <(measure "$APP/api/articles/$FLOOD_SLUG")
  wait "$FLOOD_PID" || true
  flood_rps=$(awk '/Requests\/sec/{printf "%d", $2}' "$WORK/flood.out")
  r=$(ratio "$a_rps" "$q_rps")
  echo "the flood sent $flood_rps wrong sign-ins a second (answered 401, then 429 before any hash)"
  row article-flood "$a_rps" "$a_p50" "$a_p99" "$q_rps" "$q_p50" "$q_p99" "$r" "≥ 0.90 of the same reads without the flood ($flood_rps wrong sign-ins/s)" "$(check "$r >= 0.9")" "$a_err"
fi

kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
max_rss_mb=$(sort -n "$WORK/rss.txt" | tail -1 | awk '{printf "%d", $1/1024}')

step "Results"
stamp=$(date -u +%Y-%m-%dT%H:%MZ)
commit=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
cores=$(nproc)
base="$ROOT/bench/results/$(date -u +%Y%m%d-%H%M)-$commit-${ARTICLES}"
{
  echo "endpoint,manchette_rps,manchette_p50_ms,manchette_p99_ms,nginx_rps,nginx_p50_ms,nginx_p99_ms,ratio,target,met,errors,error_detail"
  printf '%s\n' "${ROWS[@]}"
} > "$base.csv"
{
  echo "# Manchette vs nginx, $stamp"
  echo
  echo "Commit \`$commit\`, $cores cores, $ARTICLES articles (${load_text}), wrk -t$THREADS -c$CONNECTIONS -d$DURATION,"
  echo "JVM -Xmx256m, resident memory at most ${max_rss_mb} MB during the run."
  if want mixed || want churn; then
    echo
    echo "*mixed*: \`GET /api/articles/{slug}\` over all $PUBLISHED published articles, $(python3 -c "print(round($HOT_SHARE * 100))")% of the"
    echo "requests on the $HOT newest (uniformly), the rest uniformly over the others (bench/mixed.lua, the"
    echo "same paths on nginx). *churn*: the same traffic while bench/ChurnWriter.java, with an API token,"
    echo "patches the lead of the $LIVE newest articles in turn ($EDITS_PER_SECOND a second) and approves pending comments of"
    echo "the hot set ($APPROVALS_PER_SECOND a second), open-loop; its latencies run from each request's due time. The"
    echo "churn row's ratio is churn/mixed; its nginx figures are the same traffic again (nginx has no"
    echo "writer). The writer row's req/s is its own requests a second, all answered or failed."
  fi
  if [ -n "${CHURN_CHECK:-}" ]; then
    echo
    echo "Checked ${CHURN_CHECK}."
  fi
  echo
  echo "| endpoint | Manchette req/s | p50 ms | p99 ms | nginx req/s | p50 ms | p99 ms | ratio | target | errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|"
  for entry in "${ROWS[@]}"; do
    IFS=, read -r n a1 a2 a3 b1 b2 b3 r t m e d <<< "$entry"
    echo "| $n | $a1 | $a2 | $a3 | $b1 | $b2 | $b3 | $r | $t${m:+ $(mark "$m")} | $e${d:+ ($d)} |"
  done
  if [ -s "$WORK/stream.md" ]; then
    echo
    echo "## Live stream: ${BENCH_STREAMS:-500} idle connections to /api/feed/stream (a fifth scope=front)"
    echo
    cat "$WORK/stream.md"
  fi
} > "$base.md"
cp "$base.md" "$ROOT/bench/results/latest.md"
cat "$base.md"
echo
echo "written: $base.csv, $base.md"
if [ ${#FAILURES[@]} -gt 0 ]; then
  echo
  printf 'FAILED: %s\n' "${FAILURES[@]}"
  echo "(logs in $WORK)"
  exit 1
fi
