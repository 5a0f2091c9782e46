#!/usr/bin/env bash
# gRPC unary benchmark. The same h2load load (one small UnaryCall request body, the same headers) is
# driven at three servers in one run:
#   platform   bench/GrpcBenchServer: TestService.UnaryCall on our gRPC runtime (Release, server GC)
#   kestrel    bench/PlainKestrelGrpc: bare Kestrel HTTP/2 writing the same response bytes and trailers,
#              the ceiling of our stack (Release, same GC settings)
#   grpc-js    tests/interop-node/server.js on @grpc/grpc-js
# Concurrency N means N calls in flight: min(N, 4) HTTP/2 connections with N/connections streams each.
# All three servers run for the whole benchmark and are measured in turn, point by point, for several
# rounds; each point keeps its best round, so a burst of load from elsewhere on the machine hurts all
# three alike instead of one. Prints a table, then the headline as the last line. Every process it
# starts is killed on exit.
# Environment: GRPC_BENCH_SECONDS (measured seconds per run, default 5), GRPC_BENCH_ROUNDS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
require_commands h2load:nghttp2-client node:nodejs
npm_install tests/interop-node

seconds=${GRPC_BENCH_SECONDS:-5}
rounds=${GRPC_BENCH_ROUNDS:-3}
warmup=2
servers=(platform kestrel grpc-js)
concurrencies=(1 16 64)
work=$(mktemp -d)
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

echo "==> building the servers (Release)"
for project in bench/GrpcBenchServer/GrpcBenchServer.csproj bench/PlainKestrelGrpc/PlainKestrelGrpc.csproj; do
  dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly >"$work/build.log" || { cat "$work/build.log"; exit 1; }
done

# SimpleRequest{response_size: 32, payload: {body: 32 zero bytes}} and the SimpleResponse every server must
# answer, SimpleResponse{payload: {body: 32 zero bytes}}, each behind the 5-byte gRPC length prefix.
printf '\x00\x00\x00\x00\x26\x10\x20\x1a\x22\x12\x20' >"$work/body.bin"
head -c 32 /dev/zero >>"$work/body.bin"
printf '\x00\x00\x00\x00\x24\x0a\x22\x12\x20' >"$work/expected.bin"
head -c 32 /dev/zero >>"$work/expected.bin"

# start_server NAME COMMAND... — starts it on a free port, waits for its ready line, checks its answer.
start_server() {
  local name=$1 port=""; shift
  "$@" --port 0 >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do
    port=$(sed -nE 's#.*listening on http://127\.0\.0\.1:([0-9]+).*#\1#p' "$work/$name.log" | head -1)
    [ -n "$port" ] && break
    kill -0 "${pids[-1]}" 2>/dev/null || { echo "error: $name exited:"; cat "$work/$name.log"; exit 1; }
    sleep 0.1
  done
  [ -n "$port" ] || { echo "error: $name did not start within 60 s"; cat "$work/$name.log"; exit 1; }
  node bench/grpc/verify.js --port "$port" --body "$work/body.bin" --expect "$work/expected.bin"
  echo "$port" >"$work/$name.port"
  echo "${pids[-1]}" >"$work/$name.pid"
}

# cpu_ticks PID — CPU time the process has used so far (user + system), in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# measure NAME C — one h2load run. Keeps "req/s p50 p99" (latencies in ms) in $work/NAME-C if it is the best
# so far, and the server's CPU time per call (microseconds, measured after the warm-up) in $work/NAME-C.cpu
# if it is the lowest so far: CPU per call is what other load on the machine disturbs least.
measure() {
  local name=$1 c=$2 connections streams port pid log="$work/run.requests" out="$work/run.out"
  port=$(cat "$work/$name.port"); pid=$(cat "$work/$name.pid")
  connections=$(( c < 4 ? c : 4 )); streams=$(( c / connections ))
  rm -f "$log" # h2load appends to an existing log file
  h2load -t 1 -c "$connections" -m "$streams" -D "$seconds" --warm-up-time="$warmup" \
    -d "$work/body.bin" -H 'content-type: application/grpc' -H 'te: trailers' --log-file="$log" \
    "http://127.0.0.1:$port/grpc.testing.TestService/UnaryCall" >"$out" &
  local load=$! ticks_before ticks_after
  sleep "$warmup"
  ticks_before=$(cpu_ticks "$pid")
  wait "$load"
  ticks_after=$(cpu_ticks "$pid")
  local failed rps
  failed=$(sed -nE 's/^requests: .* ([0-9]+) failed, ([0-9]+) errored.*/\1 \2/p' "$out")
  if [ "$failed" != "0 0" ]; then
    echo "error: $name at c=$c had failed/errored requests ($failed):"; cat "$out"; exit 1
  fi
  rps=$(sed -nE 's/^finished in .*, ([0-9.]+) req\/s.*/\1/p' "$out")
  local cpu
  cpu=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$(wc -l <"$log")" \
    'BEGIN { printf "%.1f", t / hz * 1e6 / n }')
  printf '  %-8s c=%-3s %8.0f req/s %8s us CPU/call\n' "$name" "$c" "$rps" "$cpu"
  if [ ! -f "$work/$name-$c.cpu" ] || awk -v new="$cpu" '{ exit !(new < $1) }' "$work/$name-$c.cpu"; then
    echo "$cpu" >"$work/$name-$c.cpu"
  fi
  if [ -f "$work/$name-$c" ] && awk -v new="$rps" '{ exit !($1 >= new) }' "$work/$name-$c"; then
    return
  fi
  # Column 3 of the log is each request's latency in microseconds.
  cut -f3 "$log" | sort -n | awk -v rps="$rps" '{ v[NR] = $1 }
    END { printf "%s %.3f %.3f\n", rps, v[int(NR * 0.50) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000 }' >"$work/$name-$c"
}

# Server GC with one heap per core and no background GC: the throughput setting for a 2-core machine.
# No config file watching: run from a busy source tree, the watcher thread would take CPU from the server.
dotnet_env=(env DOTNET_gcServer=1 DOTNET_GCHeapCount="$(printf %x "$(nproc)")" DOTNET_gcConcurrent=0
  DOTNET_hostBuilder__reloadConfigOnChange=false)
echo "==> starting the servers"
start_server platform "${dotnet_env[@]}" dotnet bench/GrpcBenchServer/bin/Release/net10.0/GrpcBenchServer.dll
start_server kestrel "${dotnet_env[@]}" dotnet bench/PlainKestrelGrpc/bin/Release/net10.0/PlainKestrelGrpc.dll
start_server grpc-js node tests/interop-node/server.js

for round in $(seq 1 "$rounds"); do
  echo "==> round $round of $rounds"
  for c in "${concurrencies[@]}"; do
    for name in "${servers[@]}"; do measure "$name" "$c"; done
  done
done

echo
printf '%-10s %4s %12s %9s %9s %14s\n' server c 'req/s' 'p50 ms' 'p99 ms' 'CPU us/call'
for name in "${servers[@]}"; do
  for c in "${concurrencies[@]}"; do
    read -r rps p50 p99 <"$work/$name-$c"
    printf '%-10s %4s %12.0f %9.3f %9.3f %14s\n' "$name" "$c" "$rps" "$p50" "$p99" "$(cat "$work/$name-$c.cpu")"
  done
done
echo
read -r ours _ <"$work/platform-64"
read -r kestrel _ <"$work/kestrel-64"
read -r grpcjs _ <"$work/grpc-js-64"
awk -v a="$ours" -v b="$kestrel" -v c="$grpcjs" 'BEGIN { printf "grpc c=64: %.2fx plain Kestrel, %.1fx grpc-js\n", a / b, a / c }'
