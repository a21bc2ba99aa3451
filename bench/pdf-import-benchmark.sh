#!/usr/bin/env bash
# Benchmark: PDF import time per report (issue 12), cold (each report in a fresh JVM: class
# loading, PDFBox and font set-up, the framework catalogue) and warm (one JVM, after warm-up
# rounds). The PDFs are the ones the project generates: the five seed reports typeset by the test
# helper support.pdf.SeedTypesetter (running header, footer and page numbers, ruled tables), and
# the report renderer's PDF of the Kingston and Richmond figures when ReportReadsBackTest has
# written it (target/report/kingston-richmond-readback.pdf). Needs the seeds (../shared/seeds).
#   usage: bench/pdf-import-benchmark.sh [WARMUPS] [RUNS]      (default 5 10)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/cp.txt)"
MAIN=org.yjinspect.published.pdf.PdfImportBenchmark
OUT=target/bench-pdf
java -cp "$CP" $MAIN typeset "$OUT" 2>/dev/null
FILES=("$OUT"/*.pdf)
if [[ -f target/report/kingston-richmond-readback.pdf ]]; then
  FILES+=(target/report/kingston-richmond-readback.pdf)
fi
for f in "${FILES[@]}"; do
  printf '%s: %s pages, %s bytes\n' "$(basename "$f")" \
    "$(pdfinfo "$f" 2>/dev/null | awk '/^Pages/{print $2}')" \
    "$(stat -c %s "$f")"
done
echo "cold (a fresh JVM per report; time inside the JVM, then the whole process):"
for f in "${FILES[@]}"; do
  /usr/bin/time -f "  whole process %e s" java -cp "$CP" $MAIN cold "$f" 2>&1 | grep -v "INFO\|WARN" | sed 's/^/  /'
done
echo "warm:"
java -cp "$CP" $MAIN warm "${1:-5}" "${2:-10}" "${FILES[@]}" 2>/dev/null | sed 's/^/  /'
