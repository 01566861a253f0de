#!/usr/bin/env bash
# Whole-process timings of the runner jar (docs/performance.md). Build first:
#   mvn -B -DskipTests package
# Usage:
#   scripts/bench-process.sh cold [RUNS]            cold `check` of the seed vs `--version`, interleaved, medians and ratio
#   scripts/bench-process.sh each [BODIES] [DEVICES] [JOBS]   `check --each` over generated bodies: bodies per second
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=compliance-examples/target/anjian.jar
BENCH=compliance-bench/target/benchmarks.jar
SEED=compliance-examples/examples/seed-bureau
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

case "${1:-cold}" in
cold)
  runs=${2:-5}; v=(); c=()
  for _ in $(seq "$runs"); do
    s=$(date +%s%N); java -jar "$JAR" --version >/dev/null 2>&1; v+=("$(ms "$s")")
    s=$(date +%s%N); java -jar "$JAR" check "$SEED" --format json --fail-on none >/dev/null 2>&1; c+=("$(ms "$s")")
  done
  mv=$(median "${v[@]}"); mc=$(median "${c[@]}")
  echo "--version ms: ${v[*]}"
  echo "check ms:     ${c[*]}"
  echo "cold check ${mc} ms vs --version ${mv} ms: ratio $(awk "BEGIN{printf \"%.2f\", $mc/$mv}") (target <= 2.5)"
  ;;
each)
  bodies=${2:-1000}; devices=${3:-200}; jobs=${4:-$(nproc)}
  dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
  java -cp "$BENCH" io.github.anjian.bench.BodyGenerator "$dir" "$bodies" "$devices"
  s=$(date +%s%N)
  java -jar "$JAR" check --each "$dir" --format json --fail-on none --jobs "$jobs" >"$dir.jsonl" 2>/dev/null || true
  t=$(ms "$s"); lines=$(wc -l <"$dir.jsonl"); rm -f "$dir.jsonl"
  echo "check --each: $lines of $bodies bodies ($devices devices each, --jobs $jobs) in $t ms:" \
       "$(awk "BEGIN{printf \"%.0f\", $bodies*1000/$t}") bodies/s (whole process, target >= 300)"
  ;;
*) echo "usage: $0 cold [RUNS] | each [BODIES] [DEVICES] [JOBS]" >&2; exit 2 ;;
esac
