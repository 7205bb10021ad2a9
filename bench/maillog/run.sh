#!/bin/sh
# Mail-log import benchmark: LienThong's importer against pflogsumm on the same big log.
# Needs ejb/target/classes (cd <repo> && mvn -q -B -pl ejb test) and pflogsumm (apt-get install -y pflogsumm).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
fixture=${FIXTURE:-$repo/../shared/fixtures/maillog/mail.log}
work=${WORK:-/tmp/lienthong-bench-maillog}
lines=${LINES:-5000000}
classes=${CLASSES:-$repo/ejb/target/classes} # another build's classes, to compare before and after in one sitting
mkdir -p "$work/classes"

[ -d "$classes/vn/lienthong/adoption" ] || { echo "build first: mvn -q -B -pl ejb test" >&2; exit 1; }
javac -d "$work/classes" -cp "$classes" "$here/MailLogBench.java"

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== LienThong MailLogImporter (java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores)"
cp="$work/classes:$classes"
if [ -f "$work/mail.log" ] && [ "$(cat "$work/build.lines" 2>/dev/null)" = "$lines" ]; then
    cat "$work/build.txt" # the same log as the last run: building it again only takes time
else
    java -cp "$cp" MailLogBench build "$fixture" "$work/mail.log" "$lines" | tee "$work/build.txt"
    echo "$lines" > "$work/build.lines"
fi
lines_built=$(sed -n 's/.*, \([0-9,]*\) lines.*/\1/p' "$work/build.txt" | tr -d ,)
sync # let the build's writes settle, so that the timing reads from the page cache, not against write-back
cat "$work/mail.log" > /dev/null # both programs read it from the page cache, the first one too

# Cold, like with like: each program a fresh process on the same file, timed whole (start-up included) from outside.
echo "== cold: one import in a fresh JVM (nothing warmed), the whole process timed"
/usr/bin/time -f "%e %U %S" -o "$work/cold.time" java -Xms2g -Xmx2g -cp "$cp" MailLogBench once "$work/mail.log"
read -r cold cold_user cold_sys < "$work/cold.time"
cold_cpu=$(echo "$cold_user + $cold_sys" | bc)
echo "cold: $cold s wall, $cold_cpu s CPU = $(echo "$lines_built / $cold" | bc) lines/s"

# Warm: a server that imports every day runs the importer warm; rounds in one JVM, median of the last five.
echo "== warm: rounds in one JVM after warming on the fixture"
java -Xms2g -Xmx2g -cp "$cp" MailLogBench measure "$fixture" "$work/mail.log" | tee "$work/lienthong.txt"
ours=$(grep "^RESULT" "$work/lienthong.txt" | sed "s/.*median_seconds=\([0-9.]*\).*/\1/")
ours_cpu=$(grep "^RESULT" "$work/lienthong.txt" | sed "s/.*median_cpu_seconds=\([0-9.]*\).*/\1/")

# pflogsumm is a fresh perl every run: it has no warm state, so its one figure is compared with both of ours.
echo "== pflogsumm $(dpkg-query -W -f='${Version}' pflogsumm 2>/dev/null || echo '?') on the same file"
/usr/bin/time -f "%e %U %S" -o "$work/pflogsumm.time" pflogsumm "$work/mail.log" > "$work/pflogsumm.txt" 2>&1
read -r theirs user sys < "$work/pflogsumm.time"
theirs_cpu=$(echo "$user + $sys" | bc)
echo "pflogsumm: $theirs s wall, $theirs_cpu s CPU = $(echo "$lines_built / $theirs" | bc) lines/s"
echo "RATIO cold (both fresh processes) wall pflogsumm/lienthong = $(echo "scale=1; $theirs / $cold" | bc)" \
     "CPU = $(echo "scale=1; $theirs_cpu / $cold_cpu" | bc)"
echo "RATIO warm (our median warm round) wall pflogsumm/lienthong = $(echo "scale=1; $theirs / $ours" | bc)" \
     "CPU = $(echo "scale=1; $theirs_cpu / $ours_cpu" | bc)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
