#!/bin/sh
# Mail-log import benchmark: LienThong's importer against pflogsumm on the same big log.
# Needs ejb/target/classes (cd <repo> && mvn -q -B -pl ejb test) and pflogsumm (apt-get install -y pflogsumm).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
fixture=${FIXTURE:-$repo/../shared/fixtures/maillog/mail.log}
work=${WORK:-/tmp/lienthong-bench-maillog}
lines=${LINES:-5000000}
mkdir -p "$work/classes"

[ -d "$repo/ejb/target/classes/vn/lienthong/adoption" ] || { echo "build first: mvn -q -B -pl ejb test" >&2; exit 1; }
javac -d "$work/classes" -cp "$repo/ejb/target/classes" "$here/MailLogBench.java"

echo "== LienThong MailLogImporter (java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores)"
cp="$work/classes:$repo/ejb/target/classes"
java -cp "$cp" MailLogBench build "$fixture" "$work/mail.log" "$lines"
sync # let the build's writes settle, so that the timing reads from the page cache, not against write-back
java -Xms2g -Xmx2g -cp "$cp" MailLogBench measure "$fixture" "$work/mail.log" | tee "$work/lienthong.txt"
ours=$(grep "^RESULT" "$work/lienthong.txt" | sed "s/.*median_seconds=//")

echo "== pflogsumm $(dpkg-query -W -f='${Version}' pflogsumm 2>/dev/null || echo '?') on the same file"
start=$(date +%s.%N)
pflogsumm "$work/mail.log" > "$work/pflogsumm.txt" 2>&1
end=$(date +%s.%N)
theirs=$(echo "$end - $start" | bc)
echo "pflogsumm: $theirs s"
echo "RATIO pflogsumm_seconds/lienthong_seconds = $(echo "scale=1; $theirs / $ours" | bc)"
