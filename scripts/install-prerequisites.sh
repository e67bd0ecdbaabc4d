#!/usr/bin/env bash
# Installs, when missing, what ThiDua needs beside the .NET SDK: the PostgreSQL server binaries,
# Chromium (browser tests, PDF reports), Vietnamese fonts (Noto; Liberation Serif standing in for the Word documents' Times New Roman), and
# poppler-utils (reading PDFs in tests).
set -euo pipefail
need=()
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need+=(postgresql); fi
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
# Liberation Serif: stands in for the Word documents' Times New Roman (not shipped by Debian), metric-compatible.
[ -d /usr/share/fonts/truetype/liberation2 ] || need+=(fonts-liberation2)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing / Đang cài: ${need[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
