#!/usr/bin/env bash
# Integration test of the Slurm example (examples/slurm/): starts a one-node Slurm cluster on this
# machine (munged, slurmctld, slurmd; proctrack/linuxproc, task/none: up in seconds), runs a corpus in
# SHARDS shards through `sbatch --array` and the dependent merge job, and checks that the merged database
# equals a single run's (facts exported as JSON Lines, documents, duplicate marks, search results:
# test/slurm/compare.ts). Everything lives in one temporary folder; the daemons are stopped by their pid
# and the folder removed on any exit.
#
#   test/slurm/run.sh [CORPUS] [SHARDS]   (default ../shared/corpus, else corpus/examples; 4 shards)
#
# Needs root (slurmd), slurm-wlm and munge, and the build (npx tsc -p tsconfig.json).
#
# Without slurmctld it prints why and exits 0, unless QMINE_SLURM_REQUIRED=1 (as .ci/run sets), then 1.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
# The shared corpus when it is there (a clone without ../shared gets the bundled examples).
default_corpus="${root}/../shared/corpus"
[ -d "${default_corpus}" ] || default_corpus="${root}/corpus/examples"
corpus="$(cd "${1:-${default_corpus}}" && pwd)"
shards="${2:-4}"

skip() {
  echo "slurm test: $1"
  [ "${QMINE_SLURM_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
}
for tool in munged slurmctld slurmd sbatch squeue scontrol; do
  command -v "${tool}" >/dev/null || skip "${tool} not found (apt-get install slurm-wlm munge): skipped"
done
[ "$(id -u)" = 0 ] || skip "needs root to run slurmd: skipped"
[ -f "${root}/dist/cli/main.js" ] || {
  echo "slurm test: build first (npx tsc -p tsconfig.json)" >&2
  exit 1
}

work="$(mktemp -d /tmp/qmine-slurm.XXXXXX)"
chmod 755 "${work}" # slurmd reads job scripts here; munged refuses keys in folders others can write
pids=()
cleanup() {
  local status=$?
  # Jobs first (their processes belong to slurmd), then the daemons, newest first, each by its pid.
  if [ -n "${SLURM_CONF:-}" ] && [ -f "${work}/slurmctld.pid" ]; then scancel --quiet --user="$(id -un)" 2>/dev/null || true; fi
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "${pid}" 2>/dev/null || break; sleep 0.1; done
    kill -9 "${pid}" 2>/dev/null || true
  done
  if [ "${status}" -ne 0 ] && [ -d "${work}/log" ]; then
    echo "--- slurm logs (last lines) ---" >&2
    tail -n 15 "${work}"/log/* "${work}"/out/logs/* >&2 2>/dev/null || true
  fi
  rm -rf "${work}"
  exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# pid_of FILE: the pid a daemon wrote, waiting up to 10 s for it.
pid_of() {
  for _ in $(seq 100); do
    if [ -s "$1" ]; then
      cat "$1"
      return 0
    fi
    sleep 0.1
  done
  echo "slurm test: no pid file $1" >&2
  return 1
}

free_port() {
  node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'
}

mkdir -p "${work}"/{munge,state,spool,log,out}
chmod 700 "${work}/munge"

# munge: a fresh key of our own and a private socket, so a munged already on the machine is left alone.
dd if=/dev/urandom of="${work}/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "${work}/munge/munge.key"
munged --force --key-file="${work}/munge/munge.key" --socket="${work}/munge/munge.socket" \
  --pid-file="${work}/munge/munged.pid" --log-file="${work}/log/munged.log" --seed-file="${work}/munge/munged.seed"
pids+=("$(pid_of "${work}/munge/munged.pid")")

# One node named after this host (slurmd -N), addressed on the loopback; ports free right now.
node_name="qmine-node"
host="$(hostname -s)"
cpus="$(nproc)"
cat >"${work}/slurm.conf" <<EOF
ClusterName=qmine-test
SlurmctldHost=${host}(127.0.0.1)
SlurmctldPort=$(free_port)
SlurmdPort=$(free_port)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=${work}/munge/munge.socket
CredType=cred/munge
StateSaveLocation=${work}/state
SlurmdSpoolDir=${work}/spool/%n
SlurmctldPidFile=${work}/slurmctld.pid
SlurmdPidFile=${work}/slurmd.pid
SlurmctldLogFile=${work}/log/slurmctld.log
SlurmdLogFile=${work}/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
MinJobAge=3600
NodeName=${node_name} NodeHostname=${host} NodeAddr=127.0.0.1 CPUs=${cpus} State=UNKNOWN
PartitionName=qmine Nodes=${node_name} Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="${work}/slurm.conf"

slurmctld -i -f "${SLURM_CONF}"
pids+=("$(pid_of "${work}/slurmctld.pid")")
slurmd -N "${node_name}" -f "${SLURM_CONF}"
pids+=("$(pid_of "${work}/slurmd.pid")")

# The node is up when it is idle.
for _ in $(seq 150); do
  state="$(sinfo -h -n "${node_name}" -o %t 2>/dev/null || true)"
  [ "${state}" = "idle" ] && break
  sleep 0.2
done
[ "${state}" = "idle" ] || {
  echo "slurm test: node ${node_name} did not come up (state '${state}')" >&2
  exit 1
}
echo "slurm test: one-node cluster up (${cpus} CPUs) in ${work}"

began=${SECONDS}
read -r array merge < <(QMINE="node ${root}/bin/qmine.js" QMINE_JOBS=1 "${root}/examples/slurm/submit.sh" "${shards}" "${work}/out" "${corpus}")
echo "slurm test: submitted array job ${array} (${shards} shards) and merge job ${merge} (afterok)"

# Wait for both jobs to leave the queue (30 minutes at most).
for _ in $(seq 1800); do
  [ -z "$(squeue -h -j "${array},${merge}" 2>/dev/null)" ] && break
  sleep 1
done

# Every task of the array and the merge must have COMPLETED with exit code 0.
failed=0
while read -r line; do
  summary="$(grep -o 'JobId=[0-9]*\|ArrayTaskId=[0-9]*\|JobState=[A-Z_]*\| ExitCode=[0-9:]*' <<<"${line}" | paste -sd' ')"
  echo "  ${summary}"
  case "${summary}" in *JobState=COMPLETED*ExitCode=0:0*) ;; *) failed=1 ;; esac
done < <(scontrol -o show job "${array}"; scontrol -o show job "${merge}")
[ "${failed}" = 0 ] || {
  echo "slurm test: a job did not complete" >&2
  exit 1
}
echo "slurm test: array and merge done in $((SECONDS - began)) s"
sed 's/^/  /' "${work}/out/logs/merge.out"

echo "slurm test: single run for comparison"
node "${root}/bin/qmine.js" run "${corpus}" --db "${work}/single.db" --fresh --no-progress >"${work}/log/single.out"
node "${root}/dist/test/slurm/compare.js" "${work}/single.db" "${work}/out/qmine.db"
