#!/usr/bin/env bash
# Withdrawals under load: starts the whole platform through the app host's model (Release builds), drives N
# concurrent simulated users through the gateway for a bounded time, waits for every withdrawal to finish, and
# checks the money for every user. Prints per-step latencies, errors, CPU and context switches per withdrawal for
# every process against a bare Redis round trip measured in the same run, then the headline.
# Arguments pass through (defaults shown): --users 32 --accounts 256 --seconds 30 --warmup 30 --amount 250000 --drain 120;
# --trace-ratio 0.1 has the services trace a tenth of the requests (every one by default, as ./run.sh).
# The warm-up is long because seven processes on two cores are still tier-compiling for the first half-minute.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
require_commands redis-server:redis-server
# The app host runs each service's own build output for its configuration; build them all fresh in Release.
build_release services/*/*.csproj bench/WithdrawalsLoad/WithdrawalsLoad.csproj
dotnet bench/WithdrawalsLoad/bin/Release/net10.0/WithdrawalsLoad.dll "$@"
