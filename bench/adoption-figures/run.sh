#!/bin/sh
# Adoption figures benchmark: 10,000 leaders, one year of use (~20 million events as per-day aggregates), then the
# city-wide per-agency figures for a month and for the year, on H2 (file) and on PostgreSQL (own schema).
# Needs ejb/target/classes (cd <repo> && mvn -q -B -o -pl ejb test-compile) and, for PostgreSQL, a server at
# 127.0.0.1:5432 with database test (user postgres). DB=h2 or DB=postgresql runs one only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${WORK:-/tmp/lienthong-bench-adoption}
m2=${M2:-$HOME/.m2/repository}
db=${DB:-both}
schema=${SCHEMA:-lienthong_adoption_bench}
load=${LOAD:-yes} # LOAD=no measures the databases the last run loaded
[ "$load" = no ] || rm -rf "$work"
mkdir -p "$work/classes"

[ -d "$repo/ejb/target/classes/vn/lienthong/adoption" ] || { echo "build first: mvn -q -B -o -pl ejb test-compile" >&2; exit 1; }
cp="$repo/ejb/target/classes:$m2/com/h2database/h2/2.2.224/h2-2.2.224.jar:$m2/org/postgresql/postgresql/42.7.8/postgresql-42.7.8.jar:$m2/jakarta/platform/jakarta.jakartaee-api/10.0.0/jakarta.jakartaee-api-10.0.0.jar"
javac -d "$work/classes" -cp "$cp" "$here/vn/lienthong/adoption/AdoptionFiguresBench.java"
run="java -Xms1g -Xmx2g -cp $work/classes:$cp vn.lienthong.adoption.AdoptionFiguresBench"
migrations="$repo/ejb/src/main/resources/db/migration"

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores"
if [ "$db" != postgresql ]; then
    echo "== H2 2.2.224 (file database, as the server's default)"
    url="jdbc:h2:file:$work/h2/bench;DB_CLOSE_ON_EXIT=FALSE"
    [ "$load" = no ] || $run load "$url" sa sa "$migrations"
    echo "-- again, from a cold JVM on the loaded database"
    $run measure "$url" sa sa "$migrations"
fi
if [ "$db" != h2 ]; then
    echo "== PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'show server_version' test), schema $schema"
    url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema&reWriteBatchedInserts=true"
    if [ "$load" != no ]; then
        psql -q -h 127.0.0.1 -U postgres test -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
        $run load "$url" postgres postgres "$migrations"
        psql -q -h 127.0.0.1 -U postgres test -c "VACUUM ANALYZE" >/dev/null
    fi
    echo "-- again, from a cold JVM after ANALYZE"
    $run measure "$url" postgres postgres "$migrations"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
