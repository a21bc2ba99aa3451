#!/usr/bin/env bash
# Server time of the comparison pages and API with a library of 200 synthetic published
# inspections (issue 12's bar: the comparison page's p99), measured with wrk over loopback with a
# lead inspector's bearer token. The server is org.yjinspect.comparison.bench.ComparisonBenchServer
# (test sources) on a throwaway embedded database. Usage: bench/comparison-benchmark.sh [SECONDS]
# Needs wrk (apt-get install wrk). Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
PORT=${PORT:-7398}
DATA=$(mktemp -d)
LOG=$DATA/server.log
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  org.yjinspect.comparison.bench.ComparisonBenchServer "$DATA/work" "$PORT" > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do
  grep -q "READY" "$LOG" 2>/dev/null && break
  kill -0 $SERVER 2>/dev/null || { echo "the server stopped; see its log:" >&2; cat "$LOG" >&2; exit 1; }
  sleep 1
done
read -r KEPT INSPECTION TOKEN < <(grep -o "library [0-9]* inspections; READY [0-9]* [0-9]* .*" "$LOG" \
  | sed -E 's/library ([0-9]+) inspections; READY [0-9]+ ([0-9]+) (.*)/\1 \2 \3/')
echo "library: $KEPT synthetic inspections; live inspection $INSPECTION"
echo "| page | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
for path in "/inspections/$INSPECTION/comparison" "/library/compare?version=2021&standard=2.2" \
    "/library/compare?version=2021&keyQuestion=2.2.child-safety" "/library/services/synthetic-service-7" \
    "/api/inspections/$INSPECTION/comparison" "/api/library/comparisons?version=2018&keyQuestion=3.4.joint-decisions"; do
  STATUS=$(curl -s -o /dev/null -w "%{http_code}" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path")
  [ "$STATUS" = 200 ] || { echo "$path answered $STATUS, not 200; see $LOG" >&2; exit 1; }
  OUT=$(wrk -t1 -c4 -d"${SECONDS_EACH}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$path")
  RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')
  P50=$(echo "$OUT" | awk '$1 == "50%" {print $2}')
  P99=$(echo "$OUT" | awk '$1 == "99%" {print $2}')
  ERRORS=$(echo "$OUT" | awk '/Non-2xx/ {print $5}')
  echo "| \`${path/\/$INSPECTION\//\/ID\/}\` | $RPS | $P50 | $P99 |${ERRORS:+ $ERRORS non-2xx}"
done
