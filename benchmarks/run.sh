#!/usr/bin/env bash
# The benchmark in one command: builds what it needs, generates synthetic policies at 1, 100,
# 1,000 and 10,000 versions, times lint+render against the floor and pandoc, measures the heap,
# prints the table, and ends with the RESULT line.
#   benchmarks/run.sh                 all sizes
#   SIZES="1 100" benchmarks/run.sh   fewer sizes (the RESULT line then shows NA where a size lacks)
#   SIZES= benchmarks/run.sh          only the flagship in Maven (maven_flagship_ms)
#   MVN_FLAGS=-o benchmarks/run.sh    extra Maven flags for every mvn call (here: offline)
#   BASELINE=v0.1 benchmarks/run.sh   also times the code of another commit (a tag, a branch, a
#                                     SHA) over the same folders, right after this tree, sizes up
#                                     to 1,000: the machine's speed drifts within a day, so only
#                                     figures taken side by side compare
# The pandoc comparison needs pandoc: it is installed with apt-get when missing (as root, or with
# sudo), and the script stops if it cannot be, rather than print NA for it.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES-"1 100 1000 10000"}
WORK=${WORK:-benchmarks/target/bench}
MAVEN_RUNS=${MAVEN_RUNS:-5}
# shellcheck disable=SC2206 # MVN_FLAGS is meant to split into flags
MVN=(mvn -B ${MVN_FLAGS:-})

# pandoc first: a missing pandoc stops the script before the long runs, not after them.
if [ -n "$SIZES" ] && ! command -v pandoc > /dev/null; then
  echo "pandoc is not on PATH; installing it (apt-get install -y pandoc)..." >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get install -y pandoc >&2 || { apt-get update >&2 && apt-get install -y pandoc >&2; } || true
  elif command -v sudo > /dev/null; then
    sudo apt-get install -y pandoc >&2 || { sudo apt-get update >&2 && sudo apt-get install -y pandoc >&2; } || true
  fi
  if ! command -v pandoc > /dev/null; then
    echo "error: pandoc is needed for the pandoc comparison and could not be installed." >&2
    echo "Install it (Debian/Ubuntu: sudo apt-get install -y pandoc; or https://pandoc.org/installing.html)" >&2
    echo "and run benchmarks/run.sh again." >&2
    exit 1
  fi
fi

echo "Building (mvn package -DskipTests)..." >&2
# One invocation: the classpath goal resolves the reactor's modules only from jars packaged in the
# same build (on a new machine nothing of ours is in ~/.m2).
"${MVN[@]}" -q -pl benchmarks -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime > /dev/null
# The reactor's own modules from their freshly built jars, not from ~/.m2.
# (Any dev.policyascode jar in ~/.m2 is left out: it may be an older build.)
LIBS=$(tr ':' '\n' < benchmarks/target/classpath.txt | grep -v '/dev/policyascode/' | paste -sd: -)
CP="benchmarks/target/classes:policy-model/target/classes:templates/target/classes:$LIBS"
JAVA=(java -cp "$CP")

rm -rf "$WORK"
mkdir -p "$WORK"
: > "$WORK/time.txt"
if [ -n "$SIZES" ]; then
  "${JAVA[@]}" dev.policyascode.bench.Bench generate "$WORK" $SIZES > "$WORK/generate.txt"
  echo "Timing end to end and floor (one JVM, sizes in increasing order)..." >&2
  "${JAVA[@]}" -Xmx4g dev.policyascode.bench.Bench time "$WORK" $SIZES | tee "$WORK/time.txt" >&2
fi

# The same sizes with the code of BASELINE, built from 'git archive' in the work folder (the
# repository's worktrees and branches are left alone), its own Bench over this tree's folders.
: > "$WORK/baseline.txt"
BASE_SIZES=$(for s in $SIZES; do [ "$s" -le 1000 ] && printf '%s ' "$s"; done; true)
if [ -n "${BASELINE:-}" ] && [ -n "$BASE_SIZES" ]; then
  BASE_SHA=$(git rev-parse --short "$BASELINE^{commit}")
  echo "Timing the baseline $BASELINE ($BASE_SHA) over the same folders: $BASE_SIZES..." >&2
  BASE_SRC="$WORK/baseline-src"
  mkdir -p "$BASE_SRC"
  git archive "$BASE_SHA" | tar -x -C "$BASE_SRC"
  (cd "$BASE_SRC" && "${MVN[@]}" -q -pl benchmarks -am package dependency:build-classpath \
      -DskipTests -Dspotless.check.skip=true -Dmdep.outputFile=target/classpath.txt \
      -Dmdep.includeScope=runtime > /dev/null)
  BASE_LIBS=$(tr ':' '\n' < "$BASE_SRC/benchmarks/target/classpath.txt" | grep -v '/dev/policyascode/' | paste -sd: -)
  BASE_CP="$BASE_SRC/benchmarks/target/classes:$BASE_SRC/policy-model/target/classes:$BASE_SRC/templates/target/classes:$BASE_LIBS"
  # shellcheck disable=SC2086 # one argument per size
  if ! java -cp "$BASE_CP" -Xmx4g dev.policyascode.bench.Bench time "$WORK" $BASE_SIZES \
      > "$WORK/baseline.txt" 2> "$WORK/baseline.err"; then
    echo "error: the baseline could not time these folders; see $WORK/baseline.err" >&2
    : > "$WORK/baseline.txt"
  fi
  cat "$WORK/baseline.txt" >&2
fi

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
  PANDOC_VERSION="not run (no size asked for)"
fi

# Issue 18: lint+render after a one-version change of the 100-version policy, with the lint cache
# and the render's build state warm, as a share of a full lint+render (IncrementalRun). Two flows,
# each in its own JVM: a published version's summary edited (the figure's history; an edit the
# lint refuses, see IncrementalRun) and a draft's summary edited (a pull request's flow). It
# generates the 100-version policy if SIZES left it out.
: > "$WORK/incremental.txt"
: > "$WORK/incremental-draft.txt"
if [ -n "$SIZES" ]; then
  for flow in published draft; do
    out="$WORK/incremental.txt"
    [ "$flow" = draft ] && out="$WORK/incremental-draft.txt"
    echo "Incremental: a one-version change of 100 versions against a full build ($flow)..." >&2
    if ! "${JAVA[@]}" -Xmx2g dev.policyascode.bench.Bench incremental "$WORK" 100 7 "$flow" \
        > "$out" 2> "$WORK/incremental-$flow.err"; then
      echo "INCREMENTAL size=100 flow=$flow pct=FAILED" > "$out"
    fi
    cat "$out" >&2
  done
fi

# The flagship in a real Maven build, cold: each run a new JVM, so the plugin's classes are loaded
# and interpreted afresh, as in a developer's or a CI build. The figure is the goals' own time as
# they log it (lint: 'Policy lint took N ms'; render: 'Rendered ... in N ms'), without Maven's
# own start-up; policies/pom.xml takes the plugin from ~/.m2 when run with -pl policies alone,
# so the plugin built from this tree is installed first.
# Two JVM set-ups, run in turn so that both meet the same machine: the JVM options that
# 'policy:init' writes into a team's repository (.mvn/jvm.config: C1 only, serial collector), the
# figure of the target, and the JVM's defaults (plain), for a repository without that file.
JVM_CONFIG=$(tr '\n' ' ' < policy-model/src/main/resources/dev/policyascode/start/jvm.config)
echo "The flagship in Maven, $MAVEN_RUNS cold runs each with init's JVM options ($JVM_CONFIG) and without (mvn -pl policies package)..." >&2
"${MVN[@]}" -q -pl maven-plugin -am install -DskipTests
: > "$WORK/maven.txt"
for run in $(seq 1 "$MAVEN_RUNS"); do
  for setup in init plain; do
    opts=${MAVEN_OPTS:-}
    [ "$setup" = init ] && opts="$JVM_CONFIG $opts"
    log="$WORK/maven-$setup-$run.log"
    MAVEN_OPTS="$opts" "${MVN[@]}" -pl policies package -DskipTests -Dpolicy.incremental=false > "$log" 2>&1 \
      || { echo "error: the flagship's build failed; see $log" >&2; exit 1; }
    lint_ms=$(sed -n 's/.*Policy lint took \([0-9]*\) ms.*/\1/p' "$log" | head -1)
    render_ms=$(sed -n 's/.*\] Rendered .* in \([0-9]*\) ms$/\1/p' "$log" | head -1)
    if [ -z "$lint_ms" ] || [ -z "$render_ms" ]; then
      echo "error: no goal time in $log (lint '$lint_ms', render '$render_ms')" >&2
      exit 1
    fi
    echo "MAVEN setup=$setup run=$run lint_ms=$lint_ms render_ms=$render_ms total_ms=$((lint_ms + render_ms))" \
      | tee -a "$WORK/maven.txt" >&2
  done
done
median() { sort -n | awk '{a[NR]=$1} END{if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# The cold yardstick for that figure (ColdRun): in a fresh JVM with init's options, outside Maven,
# the floor's work for the flagship (its YAML composed, its texts rendered by commonmark), the same
# followed by FreeMarker's least work for the site (the libraries: a configuration, the pages'
# built-in templates parsed, one small page), and the tool's lint and render of it, in turn,
# $MAVEN_RUNS runs each. The core's jars, as Maven loads them. The floor is what any JVM tool built
# on SnakeYAML and commonmark pays cold before its own work; the libraries, with FreeMarker too.
echo "The flagship cold outside Maven, the floor's work, the libraries' and lint+render, $MAVEN_RUNS fresh JVMs each..." >&2
COLD_CP="benchmarks/target/classes:$(ls policy-model/target/policy-model-*.jar | grep -v sources | head -1):$(ls templates/target/policy-templates-*.jar | grep -v sources | head -1):$LIBS"
# shellcheck disable=SC2086 # JVM_CONFIG is meant to split into options
COLD=(java $JVM_CONFIG -cp "$COLD_CP" dev.policyascode.bench.ColdRun)
"${JAVA[@]}" dev.policyascode.bench.ColdRun texts policies "$WORK/flagship-texts.bin"
: > "$WORK/cold.txt"
for run in $(seq 1 "$MAVEN_RUNS"); do
  "${COLD[@]}" floor policies "$WORK/flagship-texts.bin" | tee -a "$WORK/cold.txt" >&2
  "${COLD[@]}" libraries policies "$WORK/flagship-texts.bin" | tee -a "$WORK/cold.txt" >&2
  "${COLD[@]}" tool policies "$WORK/cold-site" | tee -a "$WORK/cold.txt" >&2
done
maven_col() { grep "setup=$1 " "$WORK/maven.txt" | tr ' ' '\n' | sed -n "s/^$2=//p" | median; }
MAVEN_LINT=$(maven_col init lint_ms)
MAVEN_RENDER=$(maven_col init render_ms)
MAVEN_TOTAL=$(maven_col init total_ms)
PLAIN_LINT=$(maven_col plain lint_ms)
PLAIN_RENDER=$(maven_col plain render_ms)
PLAIN_TOTAL=$(maven_col plain total_ms)
cold_col() { grep "what=$1 " "$WORK/cold.txt" | tr ' ' '\n' | sed -n "s/^ms=//p" | median; }
COLD_FLOOR=$(cold_col floor)
COLD_LIBRARIES=$(cold_col libraries)
COLD_TOOL=$(cold_col tool)

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
# sed, not head: it reads Maven's whole output (no broken pipe) and drops its colour codes.
echo "Maven: $("${MVN[@]}" -v 2>/dev/null | sed -n '1{s/\x1b\[[0-9;]*m//g;p;}'); flagship, median of $MAVEN_RUNS cold runs: with init's JVM options lint $MAVEN_LINT ms + render $MAVEN_RENDER ms, lint+render $MAVEN_TOTAL ms (median of the sums); with the JVM's defaults lint $PLAIN_LINT ms + render $PLAIN_RENDER ms, lint+render $PLAIN_TOTAL ms"
echo "Cold outside Maven (fresh JVMs with init's options, median of $MAVEN_RUNS): the flagship's floor $COLD_FLOOR ms, lint+render $COLD_TOOL ms"
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
draft100=$(field "$WORK/incremental-draft.txt" 100 pct)
if [ -s "$WORK/baseline.txt" ]; then
  echo "Baseline $BASELINE ($BASE_SHA), timed right after this tree over the same folders:"
  echo
  printf '| %8s | %16s | %16s | %13s | %13s | %14s |\n' versions "e2e ms (tree)" "e2e ms (base)" "floor ratio" "base ratio" "tree / base"
  printf '|%s|%s|%s|%s|%s|%s|\n' ---------: -----------------: -----------------: --------------: --------------: ---------------:
  for s in $BASE_SIZES; do
    e=$(field "$WORK/time.txt" "$s" e2e_ms); f=$(field "$WORK/time.txt" "$s" floor_ms)
    be=$(field "$WORK/baseline.txt" "$s" e2e_ms); bf=$(field "$WORK/baseline.txt" "$s" floor_ms)
    printf '| %8s | %16s | %16s | %13s | %13s | %14s |\n' "$s" "$e" "${be:-NA}" "$(ratio "$e" "$f")" \
      "$(ratio "$be" "$bf")" "$(ratio "$e" "$be")"
  done
  echo
  BASE_RESULT=" baseline=$BASE_SHA baseline_ratio_floor_1000=$(ratio "$(field "$WORK/baseline.txt" 1000 e2e_ms)" "$(field "$WORK/baseline.txt" 1000 floor_ms)") vs_baseline_1000=$(ratio "$e1000" "$(field "$WORK/baseline.txt" 1000 e2e_ms)")"
fi
echo "RESULT ratio_floor_1000=$(ratio "$e1000" "$f1000") linear_10000_1000=$(ratio "$e10000" "$e1000") vs_pandoc=$(ratio "$e1000" "${p1000:-}") heap_mb_10000=${h10000:-NA} incremental_pct=${inc100:-NA} incremental_draft_pct=${draft100:-NA} maven_flagship_ms=$MAVEN_TOTAL maven_flagship_plain_ms=$PLAIN_TOTAL cold_floor_ms=$COLD_FLOOR cold_libraries_ms=$COLD_LIBRARIES cold_tool_ms=$COLD_TOOL${BASE_RESULT:-}"
