#!/usr/bin/env bash
# Times whole ./faultline processes, each a new JVM: the median, min and max of RUNS runs, in wall time and in
# CPU time (user + sys, which other load on the machine inflates less than wall time).
# usage: releng/scripts/startup-benchmark.sh RUNS FAULTLINE-ARGS...
#   e.g. releng/scripts/startup-benchmark.sh 9 review
#        FAULTLINE_NO_CACHE=1 releng/scripts/startup-benchmark.sh 9 --help
set -uo pipefail
runs="${1:?usage: startup-benchmark.sh RUNS FAULTLINE-ARGS...}"
shift
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sample="$(mktemp)"
trap 'rm -f "$sample"' EXIT
walls=() cpus=()
for ((i = 0; i < runs; i++)); do
  /usr/bin/time -o "$sample" -f "%e %U %S %x" "$here/faultline" "$@" >/dev/null 2>&1
  read -r wall user sys code < <(tail -n 1 "$sample")  # a non-zero exit adds a line before
  walls+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
  cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
done
stats() {
  local sorted
  sorted=($(printf '%s\n' "$@" | sort -n))
  echo "median ${sorted[$(($# / 2))]} ms (min ${sorted[0]}, max ${sorted[$(($# - 1))]})"
}
echo "faultline $*: wall $(stats "${walls[@]}"); cpu $(stats "${cpus[@]}"); exit $code; load $(cut -d' ' -f1-3 /proc/loadavg)"
