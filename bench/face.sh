#!/usr/bin/env bash
# Face engine benchmark: milliseconds per image for detection + landmarks + descriptors on face-api's six demo photos,
# four ways in one run on the same machine:
#   ours        bench/FaceBench: FacePipeline.Describe (Release), all cores
#   ours 1-thr  the same pinned to one core (taskset), beside the WASM backend, which runs on one thread in Node
#   tfjs-wasm   bench/face-reference: @vladmandic/face-api 1.7.15 detectAllFaces(tensor, TinyFaceDetectorOptions(416,
#               0.5)).withFaceLandmarks().withFaceDescriptors() on @tensorflow/tfjs 4.22 with tfjs-backend-wasm
#   tfjs-cpu    the same on TF.js's plain JavaScript cpu backend (slow: fewer repetitions)
# Decoding is outside the timing on every side. Each side warms up on every photo first, then times repetitions photo
# after photo; each photo's figure is the median of its repetitions. Also each network alone on a random input at its
# size. Prints a table (with GFLOP/s from the networks' multiply-adds and the share of the machine's peak), then the
# headline as the last line. Environment: FACE_BENCH_REPETITIONS (ours and wasm, default 5), FACE_BENCH_CPU_REPETITIONS
# (tfjs-cpu, default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
require_commands taskset:util-linux
npm_install bench/face-reference

repetitions=${FACE_BENCH_REPETITIONS:-5}
cpu_repetitions=${FACE_BENCH_CPU_REPETITIONS:-1}
face_api=bench/face-reference/node_modules/@vladmandic/face-api
images=("$face_api"/demo/sample*.jpg)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "==> building bench/FaceBench (Release)"
build_release bench/FaceBench/FaceBench.csproj
face_bench=(dotnet bench/FaceBench/bin/Release/net10.0/FaceBench.dll)

# run NAME COMMAND... — one side's JSON lines into $work/NAME; on failure its output and the error, then stop.
run() {
  local name=$1 started=$SECONDS; shift
  echo "==> $name"
  "$@" >"$work/$name" 2>"$work/$name.err" || { cat "$work/$name" "$work/$name.err" >&2; echo "error: $name failed" >&2; exit 1; }
  echo "    $((SECONDS - started)) s"
}

run ours "${face_bench[@]}" measure ours "$face_api/model" 2 "$repetitions" "${images[@]}"
run ours-1-thread taskset -c 0 "${face_bench[@]}" measure ours-1-thread "$face_api/model" 2 "$repetitions" "${images[@]}"
run tfjs-wasm node bench/face-reference/face-reference.js --backend wasm --warmups 2 --repetitions "$repetitions"
run tfjs-cpu node bench/face-reference/face-reference.js --backend cpu --warmups 1 --repetitions "$cpu_repetitions"
echo
"${face_bench[@]}" report "$work/ours" "$work/ours-1-thread" "$work/tfjs-wasm" "$work/tfjs-cpu"
