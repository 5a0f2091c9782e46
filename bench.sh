#!/usr/bin/env bash
# ./bench.sh NAME runs one benchmark (bench/NAME.sh); its last line is the headline figure.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

available=$(ls bench/*.sh 2>/dev/null | xargs -rn1 basename | sed 's/\.sh$//' | tr '\n' ' ')
name=${1:-}
if [ -z "$name" ] || [ ! -f "bench/$name.sh" ]; then
  echo "usage: ./bench.sh NAME   (one of: ${available:-none yet})" >&2
  exit 2
fi
require_dotnet || exit 1
shift
exec bash "bench/$name.sh" "$@"
