#!/usr/bin/env bash
# The main job: installs what is missing, then `thidua demo` — local PostgreSQL, seed data,
# projections, reports, and the dashboards served on http://127.0.0.1:5080.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh
dotnet build src/ThiDua.Cli -c Release -v quiet -nologo
exec dotnet src/ThiDua.Cli/bin/Release/net10.0/thidua.dll demo "$@"
