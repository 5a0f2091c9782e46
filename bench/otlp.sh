#!/usr/bin/env bash
# Dashboard OTLP ingestion benchmark: the dashboard (AppHost/Platform.Dashboard, in bench/OtlpIngest's process, the
# app host's GC settings) receives OTLP/gRPC exports shaped like the services' (batches of 512 spans: HTTP and gRPC
# server spans, gRPC client and Redis spans with their semantic-convention attributes, six services per trace; then
# log records) from a sender process, until its stores are full and evicting; its CPU per span and per log record
# is measured there. The baseline, in the same process: parsing requests of the same shape with Google.Protobuf.
# Prints a table, then the headline as the last line. Environment: OTLP_BENCH_SECONDS (per phase, default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/prerequisites.sh
build_release bench/OtlpIngest/OtlpIngest.csproj
dotnet bench/OtlpIngest/bin/Release/net10.0/OtlpIngest.dll "${OTLP_BENCH_SECONDS:-5}"
