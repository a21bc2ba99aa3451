#!/usr/bin/env bash
# Server time of every page on the demonstration data (issue 10's bar: p99 <= 100 ms), measured
# with wrk over loopback as the demo's lead inspector. Usage: bench/pages-benchmark.sh [SECONDS]
# Needs wrk (apt-get install wrk), curl and a built jar. Results go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
PORT=${PORT:-7399}
DATA=$(mktemp -d)
LOG=$DATA/demo.log
JAR=target/yjinspect.jar
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

java -jar "$JAR" demo --port "$PORT" --data-dir "$DATA/pgdata" > "$LOG" 2>&1 &
DEMO=$!
trap 'kill $DEMO 2>/dev/null; wait $DEMO 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 120); do
  grep -q "demo-lead .*password: " "$LOG" 2>/dev/null && curl -s -o /dev/null "http://127.0.0.1:$PORT/sign-in" && break
  sleep 1
done
PASSWORD=$(grep -o "demo-lead .*password: .*" "$LOG" | sed 's/.*password: //')
INSPECTION=$(grep -o "demonstration inspection [0-9]*" "$LOG" | grep -o "[0-9]*$")
JAR_COOKIES=$DATA/cookies
FORM=$(curl -s -c "$JAR_COOKIES" "http://127.0.0.1:$PORT/sign-in")
TOKEN=$(echo "$FORM" | grep -o 'name="formToken" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "formToken=$TOKEN" \
  --data-urlencode "username=demo-lead" --data-urlencode "password=$PASSWORD" "http://127.0.0.1:$PORT/sign-in"
SESSION=$(grep yjinspect_session "$JAR_COOKIES" | awk '{print $7}')
[ -n "$SESSION" ] || { echo "could not sign in as demo-lead; see $LOG" >&2; exit 1; }
CASE=$(curl -s -H "Cookie: yjinspect_session=$SESSION" "http://127.0.0.1:$PORT/inspections/$INSPECTION/cases" \
  | grep -o "/inspections/$INSPECTION/cases/[0-9]*" | head -1)

echo "| page | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
for path in / "/inspections/$INSPECTION" "/inspections/$INSPECTION/cases" "$CASE" \
    "/inspections/$INSPECTION/team" "/inspections/$INSPECTION/allocations" "/inspections/$INSPECTION/caseload" \
    "/inspections/$INSPECTION/sample" "/inspections/$INSPECTION/organisation" "/inspections/$INSPECTION/panel" \
    "/inspections/$INSPECTION/history" /account /published; do
  STATUS=$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: yjinspect_session=$SESSION" "http://127.0.0.1:$PORT$path")
  [ "$STATUS" = 200 ] || { echo "$path answered $STATUS, not 200; see $LOG" >&2; exit 1; }
  OUT=$(wrk -t1 -c4 -d"${SECONDS_EACH}s" --latency -H "Cookie: yjinspect_session=$SESSION" \
    "http://127.0.0.1:$PORT$path")
  RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')
  P50=$(echo "$OUT" | awk '$1 == "50%" {print $2}')
  P99=$(echo "$OUT" | awk '$1 == "99%" {print $2}')
  ERRORS=$(echo "$OUT" | awk '/Non-2xx/ {print $5}')
  echo "| \`${path//$INSPECTION/ID}\` | $RPS | $P50 | $P99 |${ERRORS:+ $ERRORS non-2xx}"
done
