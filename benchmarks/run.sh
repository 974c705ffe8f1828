#!/usr/bin/env bash
# Builds migrate-core and the benchmarks, runs every benchmark of issue 6 and rewrites
# docs/benchmarks.md with the results. Needs a local PostgreSQL whose user may create databases:
#   benchmarks/run.sh                                   # defaults: 127.0.0.1:5432, user postgres
#   benchmarks/run.sh --server jdbc:postgresql://host:5432/ --user me --rounds 7
#   benchmarks/run.sh --skip replicas --graph quick --out -     # a quick look, report on stdout
# Every option: java -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.Compare --help
# It takes about 20 minutes (the command line's whole-process runs of issue 17 add about 2 to the
# 18 of before, estimated). The machine should be quiet: the script shows the load first.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q install -DskipTests
./mvnw -B -q -f benchmarks/pom.xml package
./mvnw -B -q -f benchmarks/boot/pom.xml clean package   # the Spring Boot apps of the startup benchmark; clean, or
                                                        # a jar already repackaged keeps the migrate it was built with

echo "CPUs: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit+changes"
exec java "-Dmigrate.commit=$commit" -cp benchmarks/target/benchmarks.jar dev.migrate.benchmarks.Compare "$@"
