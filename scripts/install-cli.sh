#!/usr/bin/env bash
# Builds the CLI and puts a `thidua` command on PATH: a two-line wrapper that runs this clone's build
# (`dotnet …/thidua.dll "$@"`). It goes to THIDUA_BIN_DIR if set, else /usr/local/bin when writable
# (root), else ~/.local/bin. Run it again after moving the clone; remove the wrapper file to uninstall.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dotnet build src/ThiDua.Cli -c Release -v quiet -nologo >/dev/null
dll="$root/src/ThiDua.Cli/bin/Release/net10.0/thidua.dll"
[ -f "$dll" ] || { echo "Không thấy / missing: $dll" >&2; exit 1; }
bin=${THIDUA_BIN_DIR:-}
if [ -z "$bin" ]; then
  if [ -w /usr/local/bin ]; then bin=/usr/local/bin; else bin="$HOME/.local/bin"; fi
fi
mkdir -p "$bin"
printf '#!/bin/sh\n# Installed by %s/scripts/install-cli.sh\nexec dotnet "%s" "$@"\n' "$root" "$dll" > "$bin/thidua"
chmod 755 "$bin/thidua"
echo "Đã cài lệnh / installed the command: $bin/thidua"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "Thêm vào PATH / add to PATH: export PATH=\"$bin:\$PATH\"" ;;
esac
