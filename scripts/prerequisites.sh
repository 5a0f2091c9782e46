# Sourced by run.sh, test.sh and bench.sh: installs what a fresh Debian machine with the .NET 10 SDK lacks.

# require_commands COMMAND:PACKAGE ... — apt-get installs the package of every command not on PATH.
require_commands() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "==> installing ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: ${missing[*]} missing and not running as root; install them with apt-get" >&2
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 && return 0
  echo "error: the .NET 10 SDK (dotnet) is not on PATH" >&2
  return 1
}

# npm_install DIR ... — installs the locked npm packages of each folder, once.
npm_install() {
  require_commands node:nodejs npm:npm
  local dir
  for dir in "$@"; do
    [ -f "$dir/package-lock.json" ] || continue
    if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
      echo "==> npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) && touch "$dir/node_modules"
    fi
  done
}

# build_release PROJECT ... — builds each project in Release quietly; a failed build prints its errors and stops.
build_release() {
  local project
  for project in "$@"; do
    dotnet build "$project" -c Release -nologo -v quiet "-clp:ErrorsOnly;NoSummary" || { echo "error: $project does not build" >&2; exit 1; }
  done
}

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
