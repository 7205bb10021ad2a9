#!/bin/sh
# Routing benchmark: drives the real EAR on the unpacked WildFly (demo city) over HTTP.
# Build first: mvn -B -DskipTests package
# Usage: bench/routing/run.sh [DOCUMENTS] [CONCURRENCY] [nofiles]        (defaults 2000 and 8)
# PostgreSQL: DB=postgresql bench/routing/run.sh  (schema $SCHEMA, lienthong_bench by default, in database test
#             on 127.0.0.1:5432; dropped and made again)
# UPLOAD=separate drafts and uploads the main file in two calls (by default one multipart call).
# HTTP_PORT=8280 moves every port of the server by 200; JFR=file.jfr records a profile of the server during the run.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
documents=${1:-2000}
concurrency=${2:-8}
work=${WORK:-/tmp/lienthong-bench-routing}
# JBOSS and EAR point at a copy, so that a build or a test server in the worktree can run beside the benchmark.
jboss=${JBOSS:-$repo/ear/target/wildfly-39.0.1.Final}
ear=${EAR:-$repo/ear/target/lienthong.ear}
m2=${M2_REPO:-$HOME/.m2/repository}
[ -f "$ear" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 1; }
mkdir -p "$work"

pdfbox=$(ls "$m2/org/apache/pdfbox/pdfbox" | sort -V | tail -1)
cp="$m2/org/apache/pdfbox/pdfbox/$pdfbox/pdfbox-$pdfbox.jar:$m2/org/apache/pdfbox/pdfbox-io/$pdfbox/pdfbox-io-$pdfbox.jar:$m2/org/apache/pdfbox/fontbox/$pdfbox/fontbox-$pdfbox.jar:$(ls $m2/commons-logging/commons-logging/*/commons-logging-*.jar | tail -1)"
java -cp "$cp" "$here/MakePdf.java" "$work/letter.pdf" 204800

if [ "${DB:-h2}" = postgresql ]; then
    schema=${SCHEMA:-lienthong_bench}
    psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;"
    export LIENTHONG_DB_DRIVER=postgresql LIENTHONG_DB_USER=postgres LIENTHONG_DB_PASSWORD=postgres
    export LIENTHONG_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
else
    rm -rf "$jboss/standalone/data/lienthong"
fi
port=${HTTP_PORT:-8080}
offset=$((port - 8080))
# The demo mail server follows the port offset too, so that it does not collide with another server's.
export LIENTHONG_SMTP_PORT=$((3025 + offset)) LIENTHONG_IMAP_PORT=$((3143 + offset))
"$jboss/bin/standalone.sh" -c standalone-full.xml -Dlienthong.demo=true -Djboss.socket.binding.port-offset=$offset \
    > "$work/server.out" 2>&1 &
server=$!
trap 'pkill -P $server java 2>/dev/null; kill $server 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$((9990 + offset))/health/ready" >/dev/null 2>&1 && break
    sleep 1
done
"$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + offset)) -c "deploy --force $ear" >/dev/null
for i in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/lienthong/api/health" >/dev/null 2>&1 && break
    sleep 1
done
# The demo fills its leaders' mailboxes in the background after deployment: wait for it, or it is measured too.
for i in $(seq 1 300); do
    grep -qE "Demo mailboxes filled|demo mail server is not started" "$work/server.out" && break
    sleep 1
done
# The server's JVM is the script's child; its CPU time per document is read from /proc by the harness.
SERVER_PID=$(pgrep -P "$server" java | head -1)
export SERVER_PID
trap 'kill $SERVER_PID $server 2>/dev/null || true' EXIT
[ -z "${JFR:-}" ] || jcmd "$SERVER_PID" JFR.start name=routing settings=profile filename="$JFR" >/dev/null
echo "database: ${DB:-h2}; java $(java -version 2>&1 | head -1 | cut -d'"' -f2); $(nproc) cores;" \
     "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$here/RoutingBench.java" "http://127.0.0.1:$port/lienthong" "$documents" "$concurrency" "$work/letter.pdf" ${3:-}
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ -z "${JFR:-}" ] || jcmd "$SERVER_PID" JFR.stop name=routing >/dev/null
"$jboss/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + offset)) -c "undeploy $(basename "$ear")" >/dev/null || true
