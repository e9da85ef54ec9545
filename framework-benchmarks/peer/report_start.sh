#!/bin/sh
# Re-measures goal 5 of issue 15 (docs/performance.md section 8): `report` on the bundled plan
# as a whole process, wall and CPU, median of ROUNDS alternating runs after an untimed warm-up
# (which also lets the launcher train its start-up archive), every run printing the same report:
#   - the plain `java -jar improvement-framework.jar report` (default JVM options),
#   - the launcher `improvement-framework report` with the default java (AppCDS before Java 25),
#   - the launcher with JAVA_HOME=$JAVA25_HOME (an AOT cache), when that folder exists,
#   - and, given a BEFORE folder holding an older improvement-framework.jar and launcher, the same
#     two of it, so that before and after meet the same load.
# The jar and launcher are copied to a fresh folder, so that the archives start from nothing.
#
# usage (from the repository root):
#   sh framework-benchmarks/peer/report_start.sh [--no-build] [ROUNDS] [BEFORE]
# ROUNDS defaults to 10; JAVA25_HOME defaults to /usr/lib/jvm/temurin-25-jdk-amd64.
set -eu
build=yes rounds=10 before=
for a in "$@"; do
  case $a in
    --no-build) build=no ;;
    *[!0-9]*) before=$a ;;
    *) rounds=$a ;;
  esac
done
J25=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ $build = yes ]; then
  ./mvnw -B -q -pl framework-examples -am package -DskipTests
fi
W=$(mktemp -d "${TMPDIR:-/tmp}/report-start.XXXXXX")
mkdir "$W/after"
cp framework-examples/target/improvement-framework.jar improvement-framework "$W/after/"
set -- "java -jar $W/after/improvement-framework.jar report" \
  "sh $W/after/improvement-framework report"
if [ -x "$J25/bin/java" ]; then
  set -- "$@" "env JAVA_HOME=$J25 sh $W/after/improvement-framework report"
fi
if [ -n "$before" ]; then
  mkdir "$W/before"
  cp "$before/improvement-framework.jar" "$before/improvement-framework" "$W/before/"
  set -- "$@" "java -jar $W/before/improvement-framework.jar report" \
    "sh $W/before/improvement-framework report"
fi
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1)"
[ -x "$J25/bin/java" ] && echo "# JAVA_HOME=$J25: $("$J25/bin/java" -version 2>&1 | head -1)"
/usr/bin/python3 framework-benchmarks/peer/alternate.py --warmup --same "$rounds" "$@"
rm -rf "$W"
