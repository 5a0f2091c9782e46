#!/usr/bin/env bash
# Pub/sub benchmark: one publisher and two consumer replicas (one consumer group) of Platform.PubSub against one
# redis-server started by the bench program on a free port (killed on exit). Measures the end-to-end rate
# (publish -> handled -> acknowledged) unthrottled, then p50/p99 delivery latency (publish -> handler) with the
# publisher paced at half that rate. Prints a table, then the headline as the last line.
# Environment: PUBSUB_BENCH_SECONDS (per phase, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
require_commands redis-server:redis-server
build_release bench/RedisBench/RedisBench.csproj
dotnet bench/RedisBench/bin/Release/net10.0/RedisBench.dll pubsub "${PUBSUB_BENCH_SECONDS:-5}"
