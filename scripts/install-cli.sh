#!/usr/bin/env bash
# Builds the CLI and puts a `thidua` command on PATH: a two-line wrapper that runs this clone's build
# (`dotnet …/thidua.dll "$@"`). It goes to THIDUA_BIN_DIR if set, else /usr/local/bin when writable
# (root), else ~/.local/bin. Run it again after moving the clone; remove the wrapper file to uninstall.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# Published ReadyToRun (compiled ahead for this machine): every command starts ≈ 0.1 s sooner and a server's
# first imports run precompiled code, not the JIT's quick first pass. If that cannot be done here (the compiler package not
# restorable), the plain build is installed instead; scripts/demo.sh runs whichever this left.
ready="$root/src/ThiDua.Cli/bin/ready-to-run"
rm -rf "$ready"
echo "Đang build lệnh thidua (lần đầu mất vài phút) / building the thidua command (a few minutes the first time)…" >&2
if dotnet publish src/ThiDua.Cli -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true \
     -o "$ready" -v quiet -nologo >/dev/null 2>&1; then
  dll="$ready/thidua.dll"
else
  rm -rf "$ready"
  echo "ReadyToRun không dùng được, cài bản build thường / ReadyToRun unavailable, installing the plain build" >&2
  dotnet build src/ThiDua.Cli -c Release -v quiet -nologo >/dev/null
  dll="$root/src/ThiDua.Cli/bin/Release/net10.0/thidua.dll"
fi
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
