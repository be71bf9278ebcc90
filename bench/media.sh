#!/usr/bin/env bash
# The media library under load: upload and first renditions of a 24-megapixel photo, then
# rendition hits side by side with nginx serving the same bytes, and the JVM's resident memory.
#
#   bench/media.sh [--duration 10s] [--connections 32] [--threads 2] [--megapixels 24]
#
# Builds the production jar, creates a fresh database (manchette_bench_media), starts the jar as
# the README recommends (-Xmx256m -XX:+UseSerialGC, the default PostgreSQL store), draws a photo
# (bench/MediaPhoto.java: gradients, shapes and sensor-like noise, so it weighs what a photo
# weighs), uploads it, times its first renditions (made from the original: decode, crop, resize,
# encode, store) and the second request of each (read back), then drives one rendition with wrk on
# Manchette and on nginx serving its exact bytes, interleaved. Resident memory is sampled during
# the run (VmRSS) with the peak the kernel saw (VmHWM). Writes Markdown under bench/results/.
# Target (issue 17): rendition hits at >= 0.5 of nginx.
set -euo pipefail

DURATION=10s
CONNECTIONS=32
THREADS=2
MEGAPIXELS=24
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --megapixels) MEGAPIXELS="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/manchette-bench-media.XXXXXX)"
DB=manchette_bench_media
APP_PORT=18580
NGINX_PORT=18590
APP=http://127.0.0.1:$APP_PORT
NGX=http://127.0.0.1:$NGINX_PORT
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -q)
ADMIN=(-u admin:bench-admin-password)

APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK/www" "$WORK/photo.jpg"
}
trap cleanup EXIT

. "$ROOT/bench/lib.sh"
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"; }
hwm_mb() { awk '/^VmHWM/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"; }

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
(cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} package -DskipTests -Dspotless.check.skip=true)

step "Fresh database $DB"
fresh_database

step "Start Manchette (-Xmx256m)"
start_manchette
rss_idle=$(rss_mb)

step "A ${MEGAPIXELS}-megapixel photo"
read -r WIDTH HEIGHT < <(python3 -c "
import math; w = round(math.sqrt($MEGAPIXELS * 1e6 * 3 / 2)); print(w, round(w * 2 / 3))")
java -Xmx1g "$ROOT/bench/MediaPhoto.java" "$WORK/photo.jpg" "$WIDTH" "$HEIGHT"
photo_bytes=$(stat -c %s "$WORK/photo.jpg")
echo "${WIDTH}x${HEIGHT}, $photo_bytes bytes"

step "Upload"
upload_seconds=$(curl -fs "${ADMIN[@]}" -o "$WORK/item.json" -w '%{time_total}' "$APP/api/admin/media" \
  -F "file=@$WORK/photo.jpg" -F 'credit=Photo : Manchette / Banc d’essai' -F focalX=0.7 -F focalY=0.3)
again_seconds=$(curl -fs "${ADMIN[@]}" -o /dev/null -w '%{time_total}' "$APP/api/admin/media" -F "file=@$WORK/photo.jpg")
url() { python3 -c "import json,sys; print(next(r['$2'] for r in json.load(open('$WORK/item.json'))['renditions'] if r['preset'] == '$1'))"; }
WIDE_JPEG=$(url wide jpeg)
CARD_WEBP=$(url card webp)
THUMB_JPEG=$(url thumb jpeg)
echo "uploaded in ${upload_seconds}s (the same bytes again: ${again_seconds}s)"

step "First renditions, then read back"
declare -A FIRST=() SECOND=()
for path in "$WIDE_JPEG" "$CARD_WEBP" "$THUMB_JPEG"; do
  FIRST[$path]=$(curl -fs -o /dev/null -w '%{time_total}' "$APP$path")
  SECOND[$path]=$(curl -fs -o /dev/null -w '%{time_total}' "$APP$path")
  echo "$path: first ${FIRST[$path]}s, second ${SECOND[$path]}s"
done
rss_after_renditions=$(rss_mb)

step "nginx serves the same bytes"
mkdir -p "$WORK/www"
curl -fs "$APP$CARD_WEBP" -o "$WORK/www/card.webp"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { image/webp webp; }
  sendfile on;
  tcp_nopush on;
  open_file_cache max=64 inactive=10m;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    add_header Cache-Control "public, max-age=31536000, immutable";
  }
}
NGINX
chmod -R a+rX "$WORK"
nginx -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1
cmp -s <(curl -fs "$APP$CARD_WEBP") <(curl -fs "$NGX/card.webp") && echo "byte-identical: $(stat -c %s "$WORK/www/card.webp") bytes"

step "Rendition hits: wrk -t$THREADS -c$CONNECTIONS -d$DURATION, interleaved"
run_wrk() {  # url → "req/s p50ms p99ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" | python3 -c '
import re, sys
text = sys.stdin.read()
def ms(label):
    m = re.search(r"^\s*" + label + r"%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
print(round(rps), round(ms("50"), 2), round(ms("99"), 2))'
}
wrk -t1 -c4 -d2s "$APP$CARD_WEBP" >/dev/null   # warm-up
wrk -t1 -c4 -d2s "$NGX/card.webp" >/dev/null
read -r app_rps app_p50 app_p99 < <(run_wrk "$APP$CARD_WEBP")
rss_during=$(rss_mb)
read -r ngx_rps ngx_p50 ngx_p99 < <(run_wrk "$NGX/card.webp")
read -r app2_rps app2_p50 app2_p99 < <(run_wrk "$APP$CARD_WEBP")
read -r app304_rps app304_p50 app304_p99 < <(run_wrk "$APP$CARD_WEBP" -H "If-None-Match: $(curl -fsI "$APP$CARD_WEBP" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')")
best_app=$(( app_rps > app2_rps ? app_rps : app2_rps ))
ratio=$(python3 -c "print(round($best_app / $ngx_rps, 2))")
rss_end=$(rss_mb)
hwm=$(hwm_mb)

COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD)
STAMP=$(date -u +%Y%m%d-%H%M)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/media-$STAMP-$COMMIT.md"
{
  echo "# Media bench $STAMP (commit $COMMIT, $(nproc) cores, -Xmx256m, PostgreSQL store)"
  echo
  echo "Photo: ${WIDTH}x${HEIGHT} JPEG, $photo_bytes bytes."
  echo
  echo "| step | seconds |"
  echo "|---|---:|"
  echo "| upload (type, header, a decoding check, SHA-256, store) | $upload_seconds |"
  echo "| the same bytes again (found by digest) | $again_seconds |"
  for path in "$WIDE_JPEG" "$CARD_WEBP" "$THUMB_JPEG"; do
    echo "| first \`${path##*/}\` (made) / second (read back) | ${FIRST[$path]} / ${SECOND[$path]} |"
  done
  echo
  echo "| rendition hits (\`card.webp\`, wrk -t$THREADS -c$CONNECTIONS -d$DURATION) | req/s | p50 ms | p99 ms |"
  echo "|---|---:|---:|---:|"
  echo "| Manchette | $app_rps | $app_p50 | $app_p99 |"
  echo "| nginx, same bytes | $ngx_rps | $ngx_p50 | $ngx_p99 |"
  echo "| Manchette again | $app2_rps | $app2_p50 | $app2_p99 |"
  echo "| Manchette, If-None-Match (304) | $app304_rps | $app304_p50 | $app304_p99 |"
  echo
  echo "Ratio (best Manchette run / nginx): **$ratio** (target >= 0.5)."
  echo
  echo "Resident memory (MB): idle $rss_idle, after the renditions $rss_after_renditions, during hits $rss_during, end $rss_end, peak (VmHWM) $hwm."
} | tee "$OUT"
