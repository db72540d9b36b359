#!/usr/bin/env bash
# beside.sh TASK -- COMMAND [ARG...]
#
# Runs the projen task TASK in the background while COMMAND runs in the foreground, then prints
# TASK's output (held back until it ends, so the two do not interleave) and exits non-zero when
# either failed. Both always run to the end, so one run reports every failure.
#
# The test task runs Jest this way, beside the checks that do not need it (test:checks): Jest's
# workers leave a core idle for much of the run while tests wait on the emulator, the synth
# workers and timers, and the checks fill it.
set -uo pipefail

task=$1
shift
[ "${1:-}" = "--" ] && shift

log=$(mktemp "${TMPDIR:-/tmp}/beside.XXXXXX")
set -m # the background task gets a process group of its own, to stop it as a whole
npx projen "$task" >"$log" 2>&1 &
background=$!
set +m
trap 'kill -- -"$background" 2>/dev/null; rm -f "$log"; exit 130' INT TERM

"$@"
foreground=$?

wait "$background"
status=$?
trap - INT TERM

echo
echo "=== projen $task (ran beside $1): $([ "$status" -eq 0 ] && echo passed || echo "FAILED, exit code $status") ==="
cat "$log"
rm -f "$log"

[ "$foreground" -eq 0 ] && [ "$status" -eq 0 ]
