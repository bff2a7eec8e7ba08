#!/usr/bin/env bash
# Compares two builds of Faultline on one command, fairly on a shared machine: their ./faultline alternated run
# by run (each a new JVM, with its start-up cache once ready), one line per run with wall and CPU time and the
# load average, and whether the two outputs are byte-identical.
# usage: releng/scripts/compare-builds.sh ROUNDS OLD-CHECKOUT NEW-CHECKOUT FAULTLINE-ARGS...
#   e.g. releng/scripts/compare-builds.sh 5 /tmp/old . diff --sample --tree /work/kernels/linux-4.6.2 \
#            --base refs/faultline/versions/seed-base
# Each checkout needs its product built (./mvnw -B -o -q verify -DskipTests); run each ./faultline once first and
# wait until its cache is ready (the launcher makes it in the background).
set -uo pipefail
rounds="${1:?usage: compare-builds.sh ROUNDS OLD-CHECKOUT NEW-CHECKOUT FAULTLINE-ARGS...}"
old="$(cd "${2:?old checkout}" && pwd)"
new="$(cd "${3:?new checkout}" && pwd)"
shift 3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((i = 0; i < rounds; i++)); do
  for build in old new; do
    dir="$old"
    [ "$build" = new ] && dir="$new"
    /usr/bin/time -o "$work/time" -f "%e %U %S" "$dir/faultline" "$@" >"$work/$build.out" 2>/dev/null
    read -r wall user sys < <(tail -n 1 "$work/time") # a non-zero exit adds a line before
    echo "$build: wall $wall s, user $user s, sys $sys s, load $(cut -d' ' -f1 /proc/loadavg)"
  done
  cmp -s "$work/old.out" "$work/new.out" || echo "round $((i + 1)): the outputs differ"
done
