#!/usr/bin/env bash
# The benchmark in one command: builds what it needs, generates synthetic policies at 1, 100,
# 1,000 and 10,000 versions, times lint+render against the floor and pandoc, measures the heap,
# prints the table, and ends with the RESULT line.
#   benchmarks/run.sh                 all sizes
#   SIZES="1 100" benchmarks/run.sh   fewer sizes (the RESULT line then shows NA where a size lacks)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1 100 1000 10000"}
WORK=${WORK:-benchmarks/target/bench}

echo "Building (mvn package -DskipTests)..." >&2
mvn -B -q -pl benchmarks -am package -DskipTests
mvn -B -q -pl benchmarks -am dependency:build-classpath -Dmdep.outputFile=target/classpath.txt \
  -Dmdep.includeScope=runtime > /dev/null
# The reactor's own modules from their freshly built jars, not from ~/.m2.
# (Any dev.policyascode jar in ~/.m2 is left out: it may be an older build.)
LIBS=$(tr ':' '\n' < benchmarks/target/classpath.txt | grep -v '/dev/policyascode/' | paste -sd: -)
CP="benchmarks/target/classes:policy-model/target/classes:templates/target/classes:$LIBS"
JAVA=(java -cp "$CP")

rm -rf "$WORK"
mkdir -p "$WORK"
"${JAVA[@]}" dev.policyascode.bench.Bench generate "$WORK" $SIZES > "$WORK/generate.txt"

echo "Timing end to end and floor (one JVM, sizes in increasing order)..." >&2
"${JAVA[@]}" -Xmx4g dev.policyascode.bench.Bench time "$WORK" $SIZES | tee "$WORK/time.txt" >&2

echo "Peak heap (a JVM per size, -Xmx1g -XX:+UseSerialGC)..." >&2
: > "$WORK/heap.txt"
for s in $SIZES; do
  if ! "${JAVA[@]}" -Xmx1g -XX:+UseSerialGC dev.policyascode.bench.Bench heap "$WORK" "$s" \
      >> "$WORK/heap.txt" 2> "$WORK/heap-$s.err"; then
    echo "HEAP size=$s peak_mb=FAILED max_mb=1024" >> "$WORK/heap.txt"
  fi
done

: > "$WORK/pandoc.txt"
if command -v pandoc > /dev/null; then
  PANDOC_VERSION=$(pandoc --version | head -1)
  echo "pandoc: $PANDOC_VERSION, one process over every body of a size, concatenated..." >&2
  for s in $SIZES; do
    if [ "$s" -gt 1000 ]; then
      # ~100 MB of Markdown in one pandoc process takes minutes and gigabytes: not run.
      echo "PANDOC size=$s ms=NA" >> "$WORK/pandoc.txt"
      continue
    fi
    # Same bodies as the floor, one file; commonmark with pipe tables, as commonmark-java reads them.
    best=
    for run in 1 2 3; do
      t0=$(date +%s%N)
      pandoc -f commonmark+pipe_tables -t html -o /dev/null "$WORK/$s.md"
      t=$(( ($(date +%s%N) - t0) / 1000000 ))
      if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
    done
    echo "PANDOC size=$s ms=$best" >> "$WORK/pandoc.txt"
  done
else
  PANDOC_VERSION="not installed (apt-get install -y pandoc): the pandoc column is NA"
  echo "pandoc is not installed; the pandoc comparison is NA" >&2
fi

# Issue 18: lint+render after a one-version change of the 100-version policy, with the lint cache
# and the render's build state warm, as a share of a full lint+render (IncrementalRun). Its own JVM;
# it generates the 100-version policy if SIZES left it out.
echo "Incremental: a one-version change of 100 versions against a full build..." >&2
if ! "${JAVA[@]}" -Xmx2g dev.policyascode.bench.Bench incremental "$WORK" 100 \
    > "$WORK/incremental.txt" 2> "$WORK/incremental.err"; then
  echo "INCREMENTAL size=100 pct=FAILED" > "$WORK/incremental.txt"
fi
cat "$WORK/incremental.txt" >&2

field() { # field <file> <size> <name>
  { grep -E "^[A-Z]+ size=$2 " "$1" || true; } | tr ' ' '\n' | sed -n "s/^$3=//p" | head -1
}
ratio() { # ratio a b: a/b to two decimals, or NA
  if [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]] && awk "BEGIN{exit !($2>0)}"; then
    awk "BEGIN{printf \"%.2f\", $1/$2}"
  else
    echo NA
  fi
}

echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
echo "pandoc: $PANDOC_VERSION"
echo
printf '| %8s | %8s | %8s | %10s | %10s | %9s | %9s | %8s | %10s | %8s | %9s |\n' \
  versions policies "YAML MB" "e2e ms" "versions/s" "YAML MB/s" "floor ms" "e2e/floor" "pandoc ms" "e2e/pandoc" "heap MB"
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' ---------: ---------: ---------: -----------: -----------: ----------: ----------: ---------: -----------: ---------: ----------:
for s in $SIZES; do
  e2e=$(field "$WORK/time.txt" "$s" e2e_ms)
  floor=$(field "$WORK/time.txt" "$s" floor_ms)
  bytes=$(field "$WORK/time.txt" "$s" yaml_bytes)
  pol=$(field "$WORK/time.txt" "$s" policies)
  pandoc=$(field "$WORK/pandoc.txt" "$s" ms); pandoc=${pandoc:-NA}
  heap=$(field "$WORK/heap.txt" "$s" peak_mb)
  mb=$(awk "BEGIN{printf \"%.2f\", $bytes/1048576}")
  printf '| %8s | %8s | %8s | %10s | %10s | %9s | %9s | %8s | %10s | %8s | %9s |\n' \
    "$s" "$pol" "$mb" "$e2e" "$(awk "BEGIN{printf \"%.0f\", $s/($e2e/1000)}")" \
    "$(awk "BEGIN{printf \"%.2f\", $mb/($e2e/1000)}")" "$floor" "$(ratio "$e2e" "$floor")" \
    "$pandoc" "$(ratio "$e2e" "$pandoc")" "$heap"
done
echo
e1000=$(field "$WORK/time.txt" 1000 e2e_ms)
f1000=$(field "$WORK/time.txt" 1000 floor_ms)
e10000=$(field "$WORK/time.txt" 10000 e2e_ms)
p1000=$(field "$WORK/pandoc.txt" 1000 ms)
h10000=$(field "$WORK/heap.txt" 10000 peak_mb)
inc100=$(field "$WORK/incremental.txt" 100 pct)
echo "RESULT ratio_floor_1000=$(ratio "$e1000" "$f1000") linear_10000_1000=$(ratio "$e10000" "$e1000") vs_pandoc=$(ratio "$e1000" "${p1000:-}") heap_mb_10000=${h10000:-NA} incremental_pct=${inc100:-NA}"
