#!/usr/bin/env bash
# JMH micro-benchmarks of the rendering done on every write (comment HTML, article Markdown).
#   bench/run-jmh.sh [JMH options, e.g. -f 1 -wi 2 -i 3]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl platform-support,articles-service,comments-service -am install
mvn -B -q -f bench/jmh/pom.xml package
java -cp "bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)" org.openjdk.jmh.Main "$@"
