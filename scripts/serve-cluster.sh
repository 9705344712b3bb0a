#!/usr/bin/env bash
# nginx (caching reverse proxy, load balancer) in front of two `next start` instances.
#   CLUSTER_PORT=8080 bash scripts/serve-cluster.sh   # nginx on 8080, instances on 8081 and 8082
# Needs a production build (`npm run build`; CLUSTER_BUILD=1 runs it). Installs Debian's nginx when
# it is missing and this runs as root. Stops everything it started on exit (Ctrl-C, SIGTERM).
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

PORT="${CLUSTER_PORT:-8080}"
UP1=$((PORT + 1))
UP2=$((PORT + 2))

if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "nginx missing: installing Debian's nginx package"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx
  else
    echo "serve-cluster needs nginx. Install it with: sudo apt-get install -y nginx"
    exit 1
  fi
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

[ "${CLUSTER_BUILD:-0}" = 1 ] && npm run build
if [ ! -f .next/BUILD_ID ]; then
  echo "serve-cluster needs a production build: run npm run build (or set CLUSTER_BUILD=1)"
  exit 1
fi

PREFIX="$(mktemp -d "${TMPDIR:-/tmp}/serve-cluster.XXXXXX")"
pids=()
cleanup() {
  trap - EXIT INT TERM
  [ -f "$PREFIX/nginx.pid" ] && kill "$(cat "$PREFIX/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$PREFIX"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

chmod 755 "$PREFIX"
mkdir -p "$PREFIX/cache"
# As root, nginx's workers run as nobody: they need to write the cache.
USER_LINE=""
if [ "$(id -u)" = 0 ]; then
  USER_LINE="user nobody nogroup;"
  chown nobody:nogroup "$PREFIX/cache"
fi
sed -e "s|@USER@|$USER_LINE|" -e "s|@PREFIX@|$PREFIX|g" -e "s|@PORT@|$PORT|g" \
  -e "s|@UPSTREAM_1@|$UP1|g" -e "s|@UPSTREAM_2@|$UP2|g" \
  deploy/nginx.conf.template >"$PREFIX/nginx.conf"
"$NGINX" -t -q -p "$PREFIX" -c "$PREFIX/nginx.conf"

for port in "$UP1" "$UP2"; do
  # Each instance in its own process group, so cleanup stops npx and next alike.
  setsid npx next start -p "$port" -H 127.0.0.1 >"$PREFIX/next-$port.log" 2>&1 &
  pids+=("$!")
done
for port in "$UP1" "$UP2"; do
  for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/api/charts" 2>/dev/null && break
    sleep 0.5
  done
  curl -fsS -o /dev/null "http://127.0.0.1:$port/api/charts" || {
    echo "instance on $port did not start:"
    cat "$PREFIX/next-$port.log"
    exit 1
  }
done

"$NGINX" -p "$PREFIX" -c "$PREFIX/nginx.conf" -g 'daemon off;' &
pids+=("$!")
for _ in $(seq 1 40); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/api/charts" 2>/dev/null && break
  sleep 0.25
done
echo "serve-cluster: http://127.0.0.1:$PORT (nginx cache) → 127.0.0.1:$UP1, 127.0.0.1:$UP2"
wait -n "${pids[@]}"
echo "serve-cluster: a process stopped; stopping the rest"
exit 1
