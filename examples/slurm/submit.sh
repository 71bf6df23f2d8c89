#!/usr/bin/env bash
# Runs qmine over a corpus on a Slurm cluster: a job array of SHARDS tasks (one shard each), then the
# merge job, which waits for every task to succeed. Prints the two job ids (array, then merge).
#
#   examples/slurm/submit.sh SHARDS OUT_DIR INPUT...  [-- extra sbatch options]
#
#   SHARDS    how many shards (array tasks); each reads every input and processes 1/SHARDS of them
#   OUT_DIR   folder on a shared file system for part-K.db, the logs and the merged qmine.db
#   INPUT...  files, folders or globs, as qmine run takes them (paths every node sees)
#
# Environment: QMINE (how to call qmine, default "qmine"), QMINE_JOBS (threads per task),
# QMINE_DB (merged database, default OUT_DIR/qmine.db). Extra sbatch options after `--` go to both
# jobs (e.g. -- --partition=short --account=lab).
set -euo pipefail

if [ "$#" -lt 3 ]; then
  sed -n '2,14p' "$0" >&2
  exit 2
fi
shards="$1"
out="$2"
shift 2
inputs=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
  inputs+=("$1")
  shift
done
[ "${1:-}" = "--" ] && shift
extra=("$@")

here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "${out}/logs"
out="$(cd "${out}" && pwd)"
export QMINE_OUT="${out}" QMINE_INPUTS="${inputs[*]}"

array=$(sbatch --parsable --array="0-$((shards - 1))" --output="${out}/logs/shard-%a.out" \
  --export=ALL "${extra[@]}" "${here}/qmine-array.sbatch")
array="${array%%;*}"
merge=$(sbatch --parsable --dependency="afterok:${array}" --kill-on-invalid-dep=yes --output="${out}/logs/merge.out" \
  --export=ALL "${extra[@]}" "${here}/qmine-merge.sbatch")
merge="${merge%%;*}"
echo "${array} ${merge}"
