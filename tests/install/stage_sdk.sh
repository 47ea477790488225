#!/usr/bin/env bash
# usage: stage_sdk.sh CMAKE BUILD_DIR PREFIX: installs BUILD_DIR into a fresh PREFIX.
set -euo pipefail
rm -rf "$3"
"$1" --install "$2" --prefix "$3"
