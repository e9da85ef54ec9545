#!/bin/sh
# Re-measures, in one command on a quiet machine, the whole-process figures of docs/performance.md:
# section 5 (each case-record indicator at 10^6 records: the Java program through the library,
# with the default JVM options (one thread, the byte-level reader), the same reading on two
# threads (-Dparts=2: a large file in parts; ICPC its two files, -DtwoThreads=true), and with
# the launcher's start-up aids (C1 only, serial GC, an AppCDS archive), on one thread and with
# -DtwoThreads=true (ICPC's two files, or placement moves' periods of care beside its placements,
# at once through the byte-level reader; re-referrals reads one file on one thread either way),
# against pandas, Polars and DuckDB; every answer checked equal; wall and CPU, median of ROUNDS
# alternating runs after an untimed warm-up) and section 8 (`report` on the bundled plan: the
# plain `java -jar` against the launcher). With --report-benchmark it also runs ReportBenchmark
# at 10^4, 10^5 and 10^6 milestones (section 3, goal 4: the time per milestone flat within 25%).
#
# usage (from the repository root, the peers installed as peer/README.md says):
#   sh framework-benchmarks/peer/measure.sh [--report-benchmark] [--no-build] [ROUNDS]
# ROUNDS defaults to 5. The case-record files go to $MEASURE_DATA (default /tmp/if-measure).
set -eu
report_benchmark=no build=yes rounds=5
for a in "$@"; do
  case $a in
    --report-benchmark) report_benchmark=yes ;;
    --no-build) build=no ;;
    *) rounds=$a ;;
  esac
done
P=framework-benchmarks/peer
J=framework-benchmarks/target/benchmarks.jar
X=framework-examples/target/improvement-framework.jar
V=$P/.venv/bin/python
H=framework-metrics/src/main/resources/org/improvementframework/metrics/casework/bank-holidays-england-and-wales.csv
D=${MEASURE_DATA:-/tmp/if-measure}
M=org.improvementframework.benchmarks
[ -x "$V" ] || { echo "measure.sh: no $V; install the peers (peer/README.md)" >&2; exit 2; }

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
if [ $build = yes ]; then
  ./mvnw -B -q -pl framework-benchmarks,framework-examples -am package -DskipTests
fi
[ -f "$D/icpc/initial_conferences.csv" ] || java -cp $J $M.CaseRecordFiles "$D/icpc" 1000000
[ -f "$D/care/referrals.csv" ] || java -cp $J $M.CareRecordFiles "$D/care" 1000000

# The Java side with the launcher's aids: C1 only, the serial collector (no GC threads to start
# for a run of a second or two) and an AppCDS archive of the same class path, written by one
# training run (as the launcher's first run does).
AIDS="-Xshare:auto -Xlog:cds=off,cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
race() { # indicator main script period extra
  indicator=$1 main=$2 script=$3 period=$4 extra=${5:-}
  echo
  echo "## $indicator ($period)"
  sh $P/same_answer.sh "$indicator" $period
  archive=$D/$main.jsa
  rm -f "$archive"
  java $AIDS -XX:ArchiveClassesAtExit="$archive" -cp $J $M.$main $period > /dev/null
  # $period and $extra are words without spaces: left unquoted on purpose
  /usr/bin/python3 $P/alternate.py --warmup --same "$rounds" \
    "java -cp $J $M.$main $period" \
    "java -Dparts=2 -DtwoThreads=true -cp $J $M.$main $period" \
    "java $AIDS -XX:SharedArchiveFile=$archive -cp $J $M.$main $period" \
    "java $AIDS -DtwoThreads=true -XX:SharedArchiveFile=$archive -cp $J $M.$main $period" \
    "/usr/bin/python3 $P/$script.py $period $extra" \
    "$V $P/${script}_polars.py $period $extra" \
    "$V $P/${script}_duckdb.py $period $extra"
}
race icpc IcpcMain icpc_timeliness "$D/icpc 2015-04-01 2027-03-31" "$H"
race re-referrals ReReferralsMain re_referrals "$D/care 2016-04-01 2026-03-31"
race placement-moves PlacementMovesMain placement_moves "$D/care 2024-04-01 2025-03-31"

echo
echo "## report on the bundled plan: plain java -jar against the launcher"
rm -f framework-examples/target/improvement-framework*.jsa framework-examples/target/improvement-framework*.aot
/usr/bin/python3 $P/alternate.py --warmup --same "$rounds" \
  "java -jar $X report" "sh ./improvement-framework report"

if [ $report_benchmark = yes ]; then
  echo
  echo "## ReportBenchmark per milestone (goal 4: flat within 25%)"
  java -jar $J 'benchmarks\.ReportBenchmark\.' -p milestones=10000,100000,1000000 -rf csv -rff "$D/report.csv"
  # ms per operation / milestones = time per milestone
  awk -F, 'NR > 1 { gsub(/"/, ""); n = $NF; printf "%9s milestones: %.1f ns per milestone\n", n, $5 * 1e6 / n }' \
    "$D/report.csv"
fi
echo
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
