#!/usr/bin/env bash
# The test command: installs what is missing, then runs every test (unit, integration on a private
# PostgreSQL, browser in headless Chromium), a line per test as it ends, and prints one closing line
# "N passed, N failed". Everything the tests write to the temp folder (PostgreSQL clusters of several GB,
# reports, uploads) goes into one folder of this run, removed at the end — failed or interrupted runs too.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh || exit 1
# The folder of an earlier run killed outright (SIGKILL, a machine reset: no trap ran) is removed here — only one
# that no live process works in (as its TMPDIR) and that has not changed for 10 minutes.
for stale in "${TMPDIR:-/tmp}"/thidua-test-run.*; do
  [[ -d "$stale" && -n $(find "$stale" -maxdepth 0 -mmin +10) ]] || continue
  grep -qsxzF "TMPDIR=$stale" /proc/[0-9]*/environ && continue
  echo "Removing $stale, left by a test run that was killed ($(du -sh "$stale" 2>/dev/null | cut -f1))"
  rm -rf "$stale"
done
run=$(mktemp -d "${TMPDIR:-/tmp}/thidua-test-run.XXXXXX")
chmod 755 "$run" # when run as root the clusters run as the postgres user, which must reach them
log=$(mktemp)
cleanup() {
  # A cluster whose test host died without stopping it: immediate shutdown (SIGQUIT) of that postmaster only.
  while IFS= read -r pidfile; do
    pid=$(head -n 1 "$pidfile" 2>/dev/null)
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -QUIT "$pid" 2>/dev/null
  done < <(find "$run" -name postmaster.pid 2>/dev/null)
  sleep 1
  rm -rf "$run" "$log"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
TMPDIR="$run" dotnet test ThiDua.sln -c Release --logger "console;verbosity=normal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo "Tests: $passed passed, $failed failed"
exit "$status"
