#!/usr/bin/env bash
# Benchmark: import and sample a 50,000-row generated caseload, end to end through the command
# line, on the embedded PostgreSQL (fsync and synchronous commit on) in a throwaway data directory.
# Each step is a separate `java -jar` run, so each figure includes JVM start-up and starting the
# embedded database; `inspection list` is timed as that fixed overhead.
#   usage: bench/sampling-benchmark.sh [ROWS]      (default 50000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-50000}
jar=target/yjinspect.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
yj() { java -jar "$jar" "$@" --data-dir "$work/pgdata"; }
# Changes are made in the name of an account (--as, here from the environment).
export YJINSPECT_AS=bench
seconds() { local start=$(date +%s.%N); "$@" > "$work/out.txt"; awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }'; }

java -jar "$jar" caseload generate --rows "$rows" --seed 1 --announced 2024-10-14 --output "$work/caseload.csv"
echo "caseload: $rows rows, $(du -h "$work/caseload.csv" | cut -f1)"
head -c 24 /dev/urandom | base64 | yj user create "$YJINSPECT_AS" --password-stdin > /dev/null
yj inspection create --service "Benchmark YJS" --framework 2021 --announced 2024-10-14 \
   --fieldwork-start 2024-11-04 --fieldwork-end 2024-11-08 > /dev/null
overhead=$(seconds yj inspection list)
import=$(seconds yj caseload import --inspection 1 "$work/caseload.csv")
tail -1 "$work/out.txt"
draw=$(seconds yj sample draw --inspection 1 --seed 42)
grep -E "^(Court disposal|Out-of-court disposal|Resettlement):|within one case|WARNING" "$work/out.txt"
show=$(seconds yj sample show --inspection 1 --json)
printf '%-40s %6.2f s\n' "start-up overhead (inspection list)" "$overhead" \
  "caseload import ($rows rows)" "$import" "sample draw" "$draw" "sample show --json" "$show"
