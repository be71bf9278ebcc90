#!/usr/bin/env bash
# Manchette's public read path side by side with nginx serving the same bytes, in one run.
#
#   bench/run.sh [--articles N] [--duration 10s] [--connections 32] [--threads 2] [--keep-data]
#
# Builds the production jar, creates a fresh database (manchette_bench), loads a deterministic
# data set (bench/load.sql), starts the jar as the README recommends (-Xmx256m), copies the
# answers of each measured endpoint into an nginx document root, then drives both with wrk,
# interleaved. Prints the table and writes it under bench/results/ (CSV and Markdown).
set -euo pipefail

ARTICLES=10000
DURATION=10s
CONNECTIONS=32
THREADS=2
KEEP_DATA=false
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --keep-data) KEEP_DATA=true; shift ;;   # reuse the database of the previous run (same --articles)
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

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
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }

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
  "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
fi

step "Start Manchette (-Xmx256m) and let Flyway create the schema"
QUARKUS_HTTP_PORT=$APP_PORT \
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB \
QUARKUS_DATASOURCE_USERNAME=postgres \
MANCHETTE_ADMIN_PASSWORD=bench-admin-password \
QUARKUS_LOG_LEVEL=WARN \
  java -Xmx256m -XX:+UseSerialGC -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "$APP/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$APP/q/health/ready" >/dev/null || { echo "Manchette did not start; see $WORK/app.log"; exit 1; }

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
mkdir -p "$WORK/www"
for name in "${NAMES[@]}"; do
  curl -fs "$APP${PATHS[$name]}" -o "$WORK/www/$name.json"
done
ETAG=$(curl -fsI "$APP${PATHS[article]}" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  sendfile on;
  tcp_nopush on;
  open_file_cache max=64 inactive=10m;
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
NGINX_ETAG=$(curl -fsI "$NGX/article" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
cmp -s <(curl -fs "$APP${PATHS[article]}") <(curl -fs "$NGX/article") && echo "nginx serves byte-identical answers"

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

# Resident memory of the JVM, sampled every half second while the load runs.
( while kill -0 "$APP_PID" 2>/dev/null; do
    awk '/VmRSS/{print $2}' "/proc/$APP_PID/status" 2>/dev/null
    sleep 0.5
  done ) > "$WORK/rss.txt" &
SAMPLER_PID=$!

# wrk once, as "req/s p50(ms) p99(ms)".
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" 2>/dev/null | python3 -c '
import re, sys
out = sys.stdin.read()
def ms(v):
    n, u = float(re.match(r"[\d.]+", v).group()), re.search(r"[a-z]+", v).group()
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"{rps:.0f} {p50:.2f} {p99:.2f} {errors.group(1) if errors else 0}")'
}

step "Warm up"
for name in "${NAMES[@]}"; do
  wrk -t1 -c4 -d2s "$APP${PATHS[$name]}" >/dev/null 2>&1
done
wrk -t1 -c4 -d2s -s "$WORK/search.lua" "$APP" >/dev/null 2>&1

step "Measure: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, Manchette then nginx for each endpoint"
declare -a ROWS=()
run() { # name, manchette args..., --, nginx args...
  local name="$1"; shift
  local app_args=() ngx_args=()
  while [ "$1" != "--" ]; do app_args+=("$1"); shift; done
  shift
  ngx_args=("$@")
  read -r a_rps a_p50 a_p99 a_err < <(measure "${app_args[@]}")
  if [ ${#ngx_args[@]} -gt 0 ]; then
    read -r n_rps n_p50 n_p99 _ < <(measure "${ngx_args[@]}")
    ratio=$(python3 -c "print(f'{$a_rps / $n_rps:.2f}')")
  else
    n_rps="-"; n_p50="-"; n_p99="-"; ratio="-"
  fi
  printf '%-14s manchette %8s req/s p50 %6s ms p99 %7s ms | nginx %8s req/s p50 %6s ms p99 %7s ms | ratio %s%s\n' \
    "$name" "$a_rps" "$a_p50" "$a_p99" "$n_rps" "$n_p50" "$n_p99" "$ratio" "$([ "$a_err" != 0 ] && echo " ($a_err errors)")"
  ROWS+=("$name,$a_rps,$a_p50,$a_p99,$n_rps,$n_p50,$n_p99,$ratio")
}
run article "$APP${PATHS[article]}" -- "$NGX/article"
run article-304 -H "If-None-Match: $ETAG" "$APP${PATHS[article]}" -- -H "If-None-Match: $NGINX_ETAG" "$NGX/article"
run list-page-1 "$APP${PATHS[list-page-1]}" -- "$NGX/list-page-1"
run list-page-51 "$APP${PATHS[list-page-51]}" -- "$NGX/list-page-51"
run section "$APP${PATHS[section]}" -- "$NGX/section"
run feed "$APP${PATHS[feed]}" -- "$NGX/feed"
run search-cached "$APP${PATHS[search]}" -- "$NGX/search"
run search-varied -s "$WORK/search.lua" "$APP" --

kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=""
max_rss_mb=$(sort -n "$WORK/rss.txt" | tail -1 | awk '{printf "%d", $1/1024}')

step "Results"
stamp=$(date -u +%Y-%m-%dT%H:%MZ)
commit=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
cores=$(nproc)
base="$ROOT/bench/results/$(date -u +%Y%m%d-%H%M)-$commit-${ARTICLES}"
{
  echo "endpoint,manchette_rps,manchette_p50_ms,manchette_p99_ms,nginx_rps,nginx_p50_ms,nginx_p99_ms,ratio"
  printf '%s\n' "${ROWS[@]}"
} > "$base.csv"
{
  echo "# Manchette vs nginx, $stamp"
  echo
  echo "Commit \`$commit\`, $cores cores, $ARTICLES articles (${load_text}), wrk -t$THREADS -c$CONNECTIONS -d$DURATION,"
  echo "JVM -Xmx256m, resident memory at most ${max_rss_mb} MB during the run."
  echo
  echo "| endpoint | Manchette req/s | p50 ms | p99 ms | nginx req/s | p50 ms | p99 ms | ratio |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for row in "${ROWS[@]}"; do
    IFS=, read -r n a1 a2 a3 b1 b2 b3 r <<< "$row"
    echo "| $n | $a1 | $a2 | $a3 | $b1 | $b2 | $b3 | $r |"
  done
} > "$base.md"
cp "$base.md" "$ROOT/bench/results/latest.md"
cat "$base.md"
echo
echo "written: $base.csv, $base.md"
