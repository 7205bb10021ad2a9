#!/usr/bin/env bash
# Content inspection benchmark: LienThong's typing + extraction vs bare Tika, same corpus, same JVM.
# Usage: bench/content/run.sh [rounds]   (from anywhere; needs only Maven and a JDK 17)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=ejb/target/bench-content
mkdir -p "$out"
mvn -q -B -pl ejb compile dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="ejb/target/classes:$(cat "$out/classpath.txt")"
javac -d "$out" -cp "$cp" bench/content/ContentBench.java
java -Xmx1g -cp "$out:$cp" ContentBench "${SHARED_DIR:-../shared}" "${1:-10}" 2>&1 | grep -v -e '^SLF4J' -e 'Log4j API'
