#!/usr/bin/env bash
# Benchmark: answer saves over HTTP with 50 concurrent autosaving clients (wrk if installed, else
# a small Java client), on the embedded
# PostgreSQL (fsync and synchronous commit on) in a throwaway data directory, beside the same
# machine's bare JDBC single-row UPDATE rate as the ceiling. Client and server share the machine.
#   usage: bench/assessment-benchmark.sh [CLIENTS] [MEASURE_SECONDS]      (default 50 clients, 20 s)
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-50}
measure=${2:-20}
warmup=5
jar=target/yjinspect.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
[ -f target/cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

java -jar "$jar" caseload generate --rows 2000 --seed 1 --announced 2024-10-14 --output "$work/caseload.csv"
java -jar "$jar" serve --port 0 --data-dir "$work/pgdata" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "serving on" "$work/serve.log" && break; sleep 0.5; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve.log" | head -1)
echo "server: $url ($(nproc) cores, $(java -version 2>&1 | head -1))"

if command -v wrk > /dev/null; then
  # wrk: one connection per thread, each an autosaving inspector (bench/answer-saves.lua).
  for layout in paths paths-shared-case; do
    java bench/AnswerSaveLoad.java "$url" "$work/caseload.csv" "$clients" "--$layout" "$work/$layout.txt"
    PATHS="$work/$layout.txt" OFFSET="$clients" wrk -t "$clients" -c "$clients" -d "${warmup}s" \
        -s bench/answer-saves.lua "$url" > /dev/null
    PATHS="$work/$layout.txt" OFFSET=0 wrk -t "$clients" -c "$clients" -d "${measure}s" \
        -s bench/answer-saves.lua "$url" | grep "answer saves"
  done
else
  # No wrk (apt-get install -y wrk): the same load from a small Java client, which itself takes CPU.
  java bench/AnswerSaveLoad.java "$url" "$work/caseload.csv" "$clients" "$warmup" "$measure"
  java bench/AnswerSaveLoad.java "$url" "$work/caseload.csv" "$clients" "$warmup" "$measure" --shared-case
fi

kill "$server"; wait "$server" 2>/dev/null || true; server=
java -cp "target/classes:$(cat target/cp.txt)" bench/JdbcUpdateCeiling.java "$work/ceiling" "$clients" "$warmup" "$measure"
java -cp "target/classes:$(cat target/cp.txt)" bench/JdbcUpdateCeiling.java "$work/ceiling" 10 "$warmup" "$measure"
