#!/usr/bin/env bash
# CPU time per cache hit: what one public read served from the cache costs the process.
#
#   bench/cpu-per-hit.sh [--rounds 3] [--duration 10s] JAR [JAR…]
#
# Each JAR (target/quarkus-app/quarkus-run.jar of a build, e.g. this branch's and main's) is
# started in turn as bench/run.sh starts it (-Xmx256m -XX:+UseSerialGC, production profile) on a
# fresh database of 200 articles (bench/load.sql). One article's page is warmed (JIT) by wrk, then
# wrk reads it for --duration while the process's CPU time (utime + stime of /proc/<pid>/stat) is
# taken before and after: CPU per request = that difference / the requests wrk completed. Rounds
# alternate between the jars, so both see the same machine; the median of the rounds is printed.
set -euo pipefail

ROUNDS=3
DURATION=10s
JARS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    *) JARS+=("$1"); shift ;;
  esac
done
[ ${#JARS[@]} -gt 0 ] || { echo "usage: $0 [--rounds N] [--duration 10s] JAR [JAR…]" >&2; exit 2; }

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DB=${BENCH_CPU_DATABASE:-manchette_cpu}
PORT=18481
APP=http://127.0.0.1:$PORT
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
TICKS=$(getconf CLK_TCK)
WORK="$(mktemp -d /tmp/manchette-cpu.XXXXXX)"
APP_PID=""
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; wait 2>/dev/null || true' EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

declare -A RESULTS=()
for round in $(seq 1 "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    "${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
    QUARKUS_HTTP_PORT=$PORT \
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$DB \
    QUARKUS_DATASOURCE_USERNAME=postgres \
    MANCHETTE_ADMIN_PASSWORD=bench-admin-password \
    QUARKUS_LOG_LEVEL=WARN \
      java -Xmx256m -XX:+UseSerialGC -jar "$jar" > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 240); do curl -fs "$APP/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fs "$APP/q/health/ready" >/dev/null || { echo "$jar did not start; see $WORK/app.log"; exit 1; }
    "${PSQL[@]}" -d "$DB" -v articles=200 -f "$ROOT/bench/load.sql" >/dev/null
    slug=$(curl -fs "$APP/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
    path="/api/articles/$slug"
    curl -fs "$APP$path" >/dev/null
    status=$(curl -fsi "$APP$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="cache-status"{print $2}')
    [ "$status" = "Manchette; hit" ] || { echo "no cache hit on $path ($status)"; exit 1; }
    wrk -t2 -c32 -d10s "$APP$path" >/dev/null                      # warm-up: the JIT compiles the hit path
    before=$(cpu_ticks "$APP_PID")
    out=$(wrk -t2 -c32 -d"$DURATION" "$APP$path")
    after=$(cpu_ticks "$APP_PID")
    requests=$(echo "$out" | awk '/requests in/{print $1}')
    non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    [ -z "$non2xx" ] || { echo "$non2xx answers were not 2xx"; exit 1; }
    us=$(python3 -c "print(round(($after - $before) / $TICKS * 1e6 / $requests, 2))")
    echo "round $round  $jar  $requests requests  $us µs CPU per request"
    RESULTS[$jar]="${RESULTS[$jar]:-} $us"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  done
done
echo
for jar in "${JARS[@]}"; do
  median=$(python3 -c "import statistics; print(statistics.median([float(x) for x in '${RESULTS[$jar]}'.split()]))")
  echo "median  $jar  $median µs CPU per request  (rounds:${RESULTS[$jar]})"
done
"${PSQL[@]}" -d postgres -c "drop database if exists $DB with (force)"
