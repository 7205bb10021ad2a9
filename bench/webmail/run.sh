#!/bin/sh
# Webmail benchmark: a demo leader's INBOX grown to 10,000 messages on the embedded GreenMail (straight into its
# store: -Dlienthong.demo.large-inbox); the first page and a message opened at the HTTP level (Faces pages and API)
# beside the bare IMAP operations, p50/p95/p99 in one run. JFR=1 also records the server with Flight Recorder
# (written to /tmp/lienthong-bench-webmail-$OFF.jfr when the server stops). Builds offline (mvn -o).
# The server is the one the integration tests start (ports moved by OFF so that other builds keep theirs).
# ALSO=WebmailIT,WebmailUsageIT runs those integration tests after the benchmark against the same server.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
off=${OFF:-0}
messages=${MESSAGES:-10000}
opts="-Xms256m -Xmx1536m -Dlienthong.demo=true -Djboss.socket.binding.port-offset=$off"
opts="$opts -Dlienthong.demo.large-inbox=quanly.quan3@tphcm.gov.vn:$messages"
if [ "${JFR:-0}" = 1 ]; then
  opts="$opts -XX:StartFlightRecording=settings=profile,dumponexit=true,filename=/tmp/lienthong-bench-webmail-$off.jfr"
fi
cd "$repo"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
LIENTHONG_SMTP_PORT=$((3025 + off)) LIENTHONG_IMAP_PORT=$((3143 + off)) \
  mvn -B -o verify -pl ear -am -DskipUnitTests=true -Dit.test=WebmailBench${ALSO:+,$ALSO} -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.port.offset="$off" -Dit.http.port=$((8080 + off)) -Dit.management.port=$((9990 + off)) \
  "-Dserver.java.opts=$opts" -Dbench.messages="$messages" -Dbench.rounds="${ROUNDS:-300}" -Dbench.warmup="${WARMUP:-10}" \
  > /tmp/lienthong-bench-webmail-$off.log 2>&1 || { tail -50 /tmp/lienthong-bench-webmail-$off.log; exit 1; }
grep -h '^BENCH' ear/target/failsafe-reports/vn.lienthong.it.WebmailBench-output.txt 2>/dev/null \
  || grep '^BENCH' /tmp/lienthong-bench-webmail-$off.log
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
