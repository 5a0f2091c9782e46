#!/usr/bin/env bash
# Runs every test of the platform: installs what is missing, builds, then runs each test project in turn.
# Ends with "N passed, N failed" and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh

require_dotnet || exit 1
require_commands redis-server:redis-server redis-cli:redis-tools chromium:chromium || exit 1
npm_install tests/*/ services/identity/FaceModels || exit 1

echo "==> building"
dotnet build Platform.sln -c Debug -warnaserror -nologo -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }

passed=0 failed=0 broken=()
mkdir -p TestResults
for project in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  echo "==> $name"
  log="TestResults/$name.log"
  dotnet test "$project" --no-build -c Debug --nologo \
    --results-directory "TestResults/$name" \
    --blame-hang-timeout 10m --blame-hang-dump-type none 2>&1 | tee "$log"
  summary=$(grep -E '^(Passed|Failed)! +- Failed: ' "$log" | tail -1)
  if [ -z "$summary" ]; then
    broken+=("$name"); failed=$((failed + 1)); continue
  fi
  p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$summary")
  f=$(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$summary")
  passed=$((passed + p)); failed=$((failed + f))
done

[ ${#broken[@]} -eq 0 ] || echo "test runs that ended without a summary: ${broken[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
