#!/usr/bin/env bash
# The face engine from the command line:
#   ./face.sh describe IMAGE...   one JSON array per image: [{"box":[x,y,w,h],"score":s,"descriptor":[128 numbers]}]
# Weights: $FACE_API_MODELS, else face-api's model folder installed by `npm ci` in tests/FaceEngine.Tests.
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
source "$root/scripts/prerequisites.sh"
require_dotnet

if ! build_log=$(dotnet build "$root/tools/FaceCli/FaceCli.csproj" -c Release -warnaserror -nologo -v quiet -clp:ErrorsOnly 2>&1); then
  echo "$build_log" >&2
  echo "face.sh: the build failed" >&2
  exit 1
fi
exec dotnet "$root/tools/FaceCli/bin/Release/net10.0/face.dll" "$@"
