#!/usr/bin/env bash
# Redis client benchmark: GET and SET through Platform.Redis (50 concurrent callers sharing one multiplexed
# connection) beside redis-benchmark (-c 50, -P 1 and -P 16) against the same redis-server in the same run.
# The bench program starts its own redis-server on a free port and kills it on exit.
# Prints a table, then the headline as the last line. Environment: REDIS_BENCH_SECONDS (per phase, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
require_commands redis-server:redis-server redis-benchmark:redis-tools
build_release bench/RedisBench/RedisBench.csproj
dotnet bench/RedisBench/bin/Release/net10.0/RedisBench.dll redis "${REDIS_BENCH_SECONDS:-5}"
