#!/bin/sh
# Signing benchmark: LienThong's CMS and PAdES signing/verification vs bare Bouncy Castle, on a 200 KB PDF.
# Needs ejb/target/classes (run `mvn -q -B -pl ejb test` first) and the jars Maven already put in ~/.m2.
# Usage: bench/signing/run.sh [SECONDS_PER_ROUND]   (default 2)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
m2=${M2_REPO:-$HOME/.m2/repository}
classes="$root/ejb/target/classes"
[ -d "$classes/vn/lienthong/signing" ] || { echo "Missing $classes: run 'mvn -q -B -pl ejb test' first" >&2; exit 1; }

# The versions the build uses, read from the parent POM so that the benchmark runs what ships.
version() { sed -n "s|.*<version.$1>\(.*\)</version.$1>.*|\1|p" "$root/pom.xml" | head -n 1; }
bc=$(version bouncycastle)
pdfbox=$(version pdfbox)
cp="$classes"
for jar in \
    org/bouncycastle/bcprov-jdk18on/$bc/bcprov-jdk18on-$bc.jar \
    org/bouncycastle/bcpkix-jdk18on/$bc/bcpkix-jdk18on-$bc.jar \
    org/bouncycastle/bcutil-jdk18on/$bc/bcutil-jdk18on-$bc.jar \
    org/apache/pdfbox/pdfbox/$pdfbox/pdfbox-$pdfbox.jar \
    org/apache/pdfbox/pdfbox-io/$pdfbox/pdfbox-io-$pdfbox.jar \
    org/apache/pdfbox/fontbox/$pdfbox/fontbox-$pdfbox.jar \
    commons-logging/commons-logging/1.4.0/commons-logging-1.4.0.jar; do
    [ -f "$m2/$jar" ] || { echo "Missing $m2/$jar: run 'mvn -q -B -pl ejb test' first" >&2; exit 1; }
    cp="$cp:$m2/$jar"
done

out="$here/target"
mkdir -p "$out"
javac -nowarn -d "$out" -cp "$cp" "$here/SigningBench.java"
exec java -Xms512m -Xmx512m -cp "$out:$cp" SigningBench "${SHARED_DIR:-$root/../shared}" "$@"
