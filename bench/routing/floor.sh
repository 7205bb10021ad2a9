#!/usr/bin/env bash
# The routing benchmark's floor: the library work one document needs (typing, Tika/PDFBox text, stamp detector,
# SHA-256, PAdES signing at issue, one PAdES verification on arrival), with LienThong's own classes, single thread,
# warm, on the harness's own 200 KB letter. Printed as CPU ms per document next to the 10 ms budget of 200/s on 2 cores.
# Usage: bench/routing/floor.sh [DOCUMENTS_PER_ROUND] [ROUNDS]     (defaults 300 and 5; needs Maven's ~/.m2 filled)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=ejb/target/bench-floor
mkdir -p "$out"
mvn -o -q -B -pl ejb compile dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="ejb/target/classes:$(cat "$out/classpath.txt")"
# The letter exactly as bench/routing/run.sh writes it.
java -cp "$cp" bench/routing/MakePdf.java "$out/letter.pdf" 204800
javac -nowarn -d "$out" -cp "$cp" bench/routing/FloorBench.java bench/routing/RoutingBench.java
java -Xms512m -Xmx512m -cp "$out:$cp" FloorBench "$out/letter.pdf" "${SHARED_DIR:-../shared}" "${1:-300}" "${2:-5}" \
    2>&1 | grep -v -e '^SLF4J' -e 'Log4j API'
