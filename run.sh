#!/usr/bin/env bash
# Launches the whole stack through the app host: redis-server and every service, with the dashboard.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet
require_commands redis-server:redis-server redis-cli:redis-tools

apphost=AppHost/Platform.AppHost/Platform.AppHost.csproj
if [ ! -f "$apphost" ]; then
  echo "==> building (the app host does not exist yet)"
  exec dotnet build Platform.sln -nologo -clp:ErrorsOnly
fi

echo "==> building"
dotnet build Platform.sln -nologo -clp:ErrorsOnly
exec dotnet AppHost/Platform.AppHost/bin/Debug/net10.0/Platform.AppHost.dll "$@"
