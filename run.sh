#!/usr/bin/env bash
# Launches the whole stack through the app host: redis-server and every service, with the dashboard.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
require_commands redis-server:redis-server redis-cli:redis-tools
npm_install services/identity/FaceModels  # the face engine's weights, never committed

echo "==> building the app host and the services it runs"
dotnet build AppHost/Platform.AppHost/Platform.AppHost.csproj -nologo -clp:ErrorsOnly
exec dotnet AppHost/Platform.AppHost/bin/Debug/net10.0/Platform.AppHost.dll "$@"
