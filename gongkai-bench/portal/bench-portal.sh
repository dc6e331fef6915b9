#!/usr/bin/env bash
# The portal's load benchmark (./dev bench-portal): generate N synthetic units, import them into a
# fresh GONGKAI_HOME (the import rate printed), serve them, and with wrk on loopback measure one
# document page against nginx serving the same bytes as a static file (the physical-limit anchor),
# alternating, then search (/search?q= and /api/disclosures?q=) once /search exists.
#
#   gongkai-bench/portal/bench-portal.sh [--units 10000] [--warmup 10s] [--duration 30s] [--rounds 3]
#                                        [--docs DIR] [--keep] [--search-only]
#
# --docs DIR reuses generated documents (gongkai generate --units N --seed 1 -o DIR).
# GONGKAI_JAVA_OPTS reaches the server's JVM (the launcher runs serve on the full JIT and the parallel
# collector). Everything started is stopped on
# exit, Ctrl-C included; the temporary folder is removed unless --keep.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

units=10000 warm=10s dur=30s rounds=3 keep=0 docs="" search_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --warmup) warm="$2"; shift 2 ;;
    --duration) dur="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --docs) docs="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --search-only) search_only=1; shift ;;
    *) echo "bench-portal: unknown argument $1" >&2; exit 64 ;;
  esac
done
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench-portal: needs $tool (apt-get install $tool)" >&2; exit 1; }
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$nginx_bin" ] || { echo "bench-portal: needs nginx (apt-get install nginx-light)" >&2; exit 1; }
./gongkai --version >/dev/null

work="$(mktemp -d)"
pids=()
cleanup() {
  trap - EXIT INT TERM
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  if [ "$keep" = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'echo "bench-portal: interrupted" >&2; exit 130' INT TERM

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port="$(free_port)"
nport="$(free_port)"
now() { date +%s.%N; }
rate() { python3 -c "import sys; n, a, b = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print(f'{n} documents in {b - a:.1f} s ({n / (b - a):.1f}/s)')" "$@"; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem/ {print $2}') GB, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== JVM: $(java -version 2>&1 | sed -n 2,3p | tr '\n' ' ')"
echo "== server JVM options: the launcher's for serve (full JIT, -XX:+UseParallelGC) ${GONGKAI_JAVA_OPTS:-}"
echo "== $("$nginx_bin" -v 2>&1), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2); wrk -t2 -c50 --latency, warm-up $warm, measured $dur, $rounds rounds each, alternating"

# 1. generate and import
if [ -z "$docs" ]; then
  docs="$work/docs"
  t0=$(now)
  ./gongkai generate --units "$units" --seed 1 -o "$docs" </dev/null
  echo "== generate: $(rate "$units" "$t0" "$(now)")"
fi
count="$(find "$docs" -name '*.txt' | wc -l)"
export GONGKAI_HOME="$work/home" GONGKAI_ADMIN_PASSWORD=bench-portal
t0=$(now)
if ! ./gongkai import "$docs" </dev/null >"$work/import.log" 2>&1; then
  tail -5 "$work/import.log"
  echo "bench-portal: import failed" >&2
  exit 1
fi
echo "== import: $(rate "$count" "$t0" "$(now)") (embedded PostgreSQL start included)"
tail -1 "$work/import.log"

# 2. serve, and the same page as a static file for nginx
./gongkai serve --port "$port" </dev/null >"$work/serve.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { tail -20 "$work/serve.log"; echo "bench-portal: serve stopped" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/api/health" >/dev/null || { tail -20 "$work/serve.log"; echo "bench-portal: serve does not answer" >&2; exit 1; }
# the search index catches up with the store in the background at the first start: measure nothing before it is done
t0="$(now)"
for _ in $(seq 1 1200); do
  pending="$(curl -s "http://127.0.0.1:$port/api/disclosures?q=%E5%B1%80" | python3 -c 'import json, sys; print(json.load(sys.stdin).get("pending", 0))' 2>/dev/null || echo 1)"
  [ "$pending" = 0 ] && break
  sleep 1
done
echo "== search index ready after $(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.0f}')" "$t0" "$(now)") s (pending: $pending)"
id="$(curl -sf "http://127.0.0.1:$port/api/disclosures" | python3 -c '
import json, sys
d = json.load(sys.stdin)
if isinstance(d, dict):
    d = next(v for v in d.values() if isinstance(v, list))
print(d[len(d) // 2]["id"])')"
page="/disclosures/$id"
mkdir -p "$work/www" "$work/tmp"
curl -sf "http://127.0.0.1:$port$page" -o "$work/www/page.html"
echo "== page: $page, $(stat -c %s "$work/www/page.html") bytes; nginx serves the same bytes as /page.html"
# run as the current user (as root nginx would hand its workers to "nobody", who cannot read the temp folder)
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat >"$work/nginx.conf" <<EOF
$user_line
worker_processes 2;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/tmp;
  proxy_temp_path $work/tmp;
  fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp;
  scgi_temp_path $work/tmp;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nport;
    root $work/www;
  }
}
EOF
"$nginx_bin" -c "$work/nginx.conf" -p "$work" 2>>"$work/nginx-error.log" &
pids+=($!)
for _ in $(seq 1 40); do curl -sf "http://127.0.0.1:$nport/page.html" -o /dev/null && break; sleep 0.25; done
curl -sf "http://127.0.0.1:$nport/page.html" | cmp -s - "$work/www/page.html" \
  || { cat "$work/nginx-error.log"; echo "bench-portal: nginx does not serve the page" >&2; exit 1; }

# 3. the document page against nginx, alternating
run_wrk() { # LABEL URL DURATION
  wrk -t2 -c50 -d"$3" --latency -s "$here/report.lua" "$2" | grep '^RESULT' | sed "s|^RESULT|$1|"
}
if [ "$search_only" = 0 ]; then
  echo "-- warm-up, $warm each"
  run_wrk gongkai "http://127.0.0.1:$port$page" "$warm" >/dev/null
  run_wrk nginx "http://127.0.0.1:$nport/page.html" "$warm" >/dev/null
  for r in $(seq 1 "$rounds"); do
    run_wrk gongkai "http://127.0.0.1:$port$page" "$dur" | sed "s|^gongkai|gongkai round=$r|" | tee -a "$work/page.txt"
    run_wrk nginx "http://127.0.0.1:$nport/page.html" "$dur" | sed "s|^nginx|nginx round=$r|" | tee -a "$work/page.txt"
  done
  python3 "$here/medians.py" page "$work/page.txt"
fi

# 4. search, once /search exists
status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/search?q=%E5%B0%B1%E4%B8%9A")"
if [ "$status" = 404 ]; then
  echo "== search: skipped, /search answers 404 (the search page is not in this build)"
  exit 0
fi
python3 - "$docs" "$work/queries.txt" <<'EOF'
import os, random, sys, urllib.parse
names = sorted(n for n in os.listdir(sys.argv[1]) if n.endswith(".txt"))
rnd = random.Random(1)
units = [n.split("_")[1] for n in rnd.sample(names, min(40, len(names)))]
words = ["就业补助资金", "职业技能培训", "公益性岗位", "信息化建设", "普法宣传", "低保", "疾病防控", "不动产登记",
         "2080101", "2010301", "2101101", "2210201", "三公经费", "机关运行经费", "平遥县", "沛县", "淳安县",
         "社会保障", "卫生健康", "人力资源", "政府采购", "项目支出", "基本支出"]
queries = units + [u[:3] for u in units[:10]] + words
rnd.shuffle(queries)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("\n".join(urllib.parse.quote(q) for q in queries) + "\n")
print(f"== search: {len(queries)} queries cycled (unit names, counties, project words, codes, Chinese words)")
EOF
# each path at 1 client (a query's own latency) and at 50 (the page's load)
for path in "/search?q=" "/api/disclosures?q="; do
  SEARCH_PATH="$path" QUERIES_FILE="$work/queries.txt" wrk -t2 -c50 -d"$warm" --latency -s "$here/report.lua" \
    "http://127.0.0.1:$port/" >/dev/null
  for clients in 1 50; do
    threads=$(( clients < 2 ? 1 : 2 ))
    for r in $(seq 1 "$rounds"); do
      SEARCH_PATH="$path" QUERIES_FILE="$work/queries.txt" wrk -t"$threads" -c"$clients" -d"$dur" --latency -s "$here/report.lua" \
        "http://127.0.0.1:$port/" | grep '^RESULT' | sed "s|^RESULT|${path}@c$clients round=$r|" | tee -a "$work/search.txt"
    done
  done
done
python3 "$here/medians.py" search "$work/search.txt"
