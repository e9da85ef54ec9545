#!/bin/sh
# Runs the Java program and the pandas, Polars and DuckDB peers of one indicator on the same
# files and fails unless all four print the same line.
#
# usage: framework-benchmarks/peer/same_answer.sh icpc|re-referrals|placement-moves DIR FROM TO
# (from the repository root, after building framework-benchmarks/target/benchmarks.jar and
# installing the peers as peer/README.md says)
set -eu
indicator=$1 dir=$2 from=$3 to=$4
J=framework-benchmarks/target/benchmarks.jar
P=framework-benchmarks/peer
V=$P/.venv/bin/python
H=framework-metrics/src/main/resources/org/improvementframework/metrics/casework/bank-holidays-england-and-wales.csv
case $indicator in
  icpc) main=IcpcMain script=icpc_timeliness extra=$H ;;
  re-referrals) main=ReReferralsMain script=re_referrals extra= ;;
  placement-moves) main=PlacementMovesMain script=placement_moves extra= ;;
  *) echo "unknown indicator: $indicator" >&2; exit 2 ;;
esac
java=$(java -cp $J org.improvementframework.benchmarks.$main "$dir" "$from" "$to")
echo "java:   $java"
status=0
for peer in "/usr/bin/python3 $P/$script.py" "$V $P/${script}_polars.py" "$V $P/${script}_duckdb.py"; do
  # $extra is empty or one path without spaces: left unquoted on purpose.
  line=$($peer "$dir" "$from" "$to" $extra)
  if [ "$line" = "$java" ]; then
    echo "same:   $peer"
  else
    echo "DIFFER: $peer printed: $line" >&2
    status=1
  fi
done
exit $status
