#!/bin/sh
# Routing benchmark: drives the real EAR on the unpacked WildFly (demo city) over HTTP.
# Build first: mvn -B -DskipTests package
# Usage: bench/routing/run.sh [DOCUMENTS] [CONCURRENCY]        (defaults 2000 and 8)
# PostgreSQL: DB=postgresql bench/routing/run.sh  (schema lienthong_bench in database test on 127.0.0.1:5432)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
documents=${1:-2000}
concurrency=${2:-8}
work=${WORK:-/tmp/lienthong-bench-routing}
jboss="$repo/ear/target/wildfly-39.0.1.Final"
ear="$repo/ear/target/lienthong.ear"
m2=${M2_REPO:-$HOME/.m2/repository}
[ -f "$ear" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
mkdir -p "$work"

pdfbox=$(ls "$m2/org/apache/pdfbox/pdfbox" | sort -V | tail -1)
cp="$m2/org/apache/pdfbox/pdfbox/$pdfbox/pdfbox-$pdfbox.jar:$m2/org/apache/pdfbox/pdfbox-io/$pdfbox/pdfbox-io-$pdfbox.jar:$m2/org/apache/pdfbox/fontbox/$pdfbox/fontbox-$pdfbox.jar:$(ls $m2/commons-logging/commons-logging/*/commons-logging-*.jar | tail -1)"
java -cp "$cp" "$here/MakePdf.java" "$work/letter.pdf" 204800

if [ "${DB:-h2}" = postgresql ]; then
    psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA IF EXISTS lienthong_bench CASCADE; CREATE SCHEMA lienthong_bench;"
    export LIENTHONG_DB_DRIVER=postgresql LIENTHONG_DB_USER=postgres LIENTHONG_DB_PASSWORD=postgres
    export LIENTHONG_DB_URL='jdbc:postgresql://127.0.0.1:5432/test?currentSchema=lienthong_bench'
else
    rm -rf "$jboss/standalone/data/lienthong"
fi
port=${HTTP_PORT:-8080}
offset=$((port - 8080))
"$jboss/bin/standalone.sh" -c standalone-full.xml -Dlienthong.demo=true -Djboss.socket.binding.port-offset=$offset \
    > "$work/server.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; pkill -f "jboss.home.dir=$jboss" 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$((9990 + offset))/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
"$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + offset)) -c "deploy --force $ear" >/dev/null
for i in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/lienthong/api/health" >/dev/null 2>&1 && break
    sleep 1
done
echo "database: ${DB:-h2}; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); $(nproc) cores;" \
     "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$here/RoutingBench.java" "http://127.0.0.1:$port/lienthong" "$documents" "$concurrency" "$work/letter.pdf"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
"$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + offset)) -c "undeploy lienthong.ear" >/dev/null || true
