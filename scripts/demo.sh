#!/usr/bin/env bash
# The main job: installs what is missing, puts the `thidua` command on PATH (scripts/install-cli.sh), then
# `thidua demo` — local PostgreSQL, seed data, projections, reports, and the dashboards served on
# http://127.0.0.1:5080. Arguments are passed on to `thidua demo` (--no-serve, --urls URL, --verbose).
# The local PostgreSQL keeps running after the demo (later commands reuse it): `thidua db stop` stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh
bash scripts/install-cli.sh
dll=src/ThiDua.Cli/bin/ready-to-run/thidua.dll # what install-cli.sh installed: ReadyToRun, else the plain build
[ -f "$dll" ] || dll=src/ThiDua.Cli/bin/Release/net10.0/thidua.dll
exec dotnet "$dll" demo "$@"
