#!/usr/bin/env bash
# The test command: installs what is missing, then runs every test (unit, integration on a private
# PostgreSQL, browser in headless Chromium) and prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh || exit 1
log=$(mktemp)
dotnet test ThiDua.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: $passed passed, $failed failed"
exit "$status"
