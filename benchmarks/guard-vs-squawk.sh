#!/usr/bin/env bash
# Runs the guard and squawk (squawk-cli from npm) on the same labelled corpus,
# migrate-core/src/test/resources/guard/corpus/postgresql, and regenerates the comparison table in
# docs/guard.md (between the guard-vs-squawk markers): rule-by-rule agreement, each deliberate
# difference, and the recall and precision of both against the labels.
#   benchmarks/guard-vs-squawk.sh            # installs squawk-cli into benchmarks/guard-compare (git-ignored)
#   SQUAWK=/path/to/squawk benchmarks/guard-vs-squawk.sh
#   benchmarks/guard-vs-squawk.sh --out -    # print the table instead of rewriting docs/guard.md
# Needs Java 17+, Node.js with npm (unless SQUAWK is set) and python3. Takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=migrate-core/src/test/resources/guard/corpus/postgresql
work=$(mktemp -d)
trap '[[ -n ${KEEP_WORK:-} ]] || rm -rf "$work"' EXIT

squawk=${SQUAWK:-benchmarks/guard-compare/node_modules/.bin/squawk}
if [[ ! -x $squawk ]]; then
  npm install --silent --no-audit --no-fund --prefix benchmarks/guard-compare >/dev/null
fi
jar=migrate-core/target/migrate-cli.jar
if [[ ! -f $jar ]]; then
  ./mvnw -B -q -pl migrate-core package -DskipTests
fi

# The guard: one check of the whole corpus (every file is a base revision, hence a multiple-heads
# finding, which the comparison leaves out).
java -jar "$jar" --locations "filesystem:$corpus" --dialect postgresql check --json > "$work/guard.json" || true

# squawk: the upgrade section of each revision, as squawk sees a migration file; transactional
# revisions (migrate's default) with --assume-in-transaction.
mkdir -p "$work/tx" "$work/notx"
for file in "$corpus"/*.sql; do
  name=$(basename "$file")
  mode=tx
  grep -q '^-- transactional: false' "$file" && mode=notx
  awk '/^-- migrate:downgrade/ { exit } seen { print } /^-- migrate:upgrade/ { seen = 1 }' "$file" > "$work/$mode/$name"
done
"$squawk" --version > "$work/squawk.version"
"$squawk" --pg-version 15 --assume-in-transaction --reporter json "$work"/tx/*.sql > "$work/squawk-tx.json" || true
if compgen -G "$work/notx/*.sql" > /dev/null; then
  "$squawk" --pg-version 15 --reporter json "$work"/notx/*.sql > "$work/squawk-notx.json" || true
else
  echo '[]' > "$work/squawk-notx.json"
fi

python3 benchmarks/guard-compare/compare.py --corpus "$corpus" --work "$work" --doc docs/guard.md "$@"
