#!/usr/bin/env bash
# Instructions per operation under callgrind (g++ -O2), the ratios against the baselines
# measured in the same run, and the targets of the performance issue, met or missed.
#   benchmarks/instructions.sh [BUILD_DIR]      (default build/bench; needs valgrind, python3)
# Each case runs N and 2N times; (count(2N) - count(N)) / N removes start-up costs. Callgrind
# counts instructions, not time, so the numbers repeat to within a fraction of a percent.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/bench}
n=${JUSPAY_INSTR_N:-200}
echo "configuring $build (RelWithDebInfo: g++ -O2) and building juspay-sansio-instr" >&2
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJUSPAY_SANSIO_BUILD_TESTS=OFF \
  -DJUSPAY_SANSIO_BUILD_EXAMPLES=OFF -DJUSPAY_SANSIO_BUILD_TOOLS=OFF -DJUSPAY_SANSIO_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build" --target juspay-sansio-instr >/dev/null
bin="$build/benchmarks/juspay-sansio-instr"

count() { # case iterations -> "instructions allocs/op"
  local out
  out=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1)
  echo "$(awk '/Collected/ {print $4}' <<<"$out") $(awk '/allocs\/op/ {print $2}' <<<"$out")"
}

results=$(mktemp)
while read -r name; do
  read -r i1 _ < <(count "$name" "$n")
  read -r i2 allocs < <(count "$name" $((2 * n)))
  echo "$name $(( (i2 - i1) / n )) $allocs" >>"$results"
  echo "  measured $name" >&2
done < <("$bin" --list)

python3 - "$results" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    name, instr, allocs = line.split()
    rows[name] = (int(instr), float(allocs))

print(f"{'case':58} {'instr/op':>9} {'allocs/op':>9}")
for name, (instr, allocs) in rows.items():
    print(f"{name:58} {instr:9d} {allocs:9.2f}")

targets = []
def target(what, value, op, bound, unit=""):
    ok = value <= bound if op == "<=" else value >= bound
    targets.append((what, value, op, bound, unit, ok))

for ours, base in [("parse_response/create_customer/200", "customer"),
                   ("parse_response/create_customer_account/200", "account_array"),
                   ("parse_response/validate_customer_account/200", "validated_account")]:
    i = rows[ours][0]
    target(f"{ours}: nlohmann / ours", rows[f"baseline_nlohmann/{base}"][0] / i, ">=", 5.0, "x")
    target(f"{ours}: ours / raw boost::json::parse", i / rows[f"baseline_boost_json_parse/{base}"][0], "<=", 1.1, "x")
    target(f"{ours}: ours / simdjson on-demand", i / rows[f"baseline_simdjson/{base}"][0], "<=", 2.5, "x")
    owned = ours.replace("parse_response/", "result_copy/")
    target(f"{ours}: allocations beyond what the result owns", rows[ours][1] - rows[owned][1], "<=", 0.0)
b = rows["build_request/create_customer"]
target("build_request/create_customer: instructions", b[0], "<=", 3000)
target("build_request/create_customer: allocations (exactly 1)", abs(b[1] - 1), "<=", 0)
target("build_request_reuse/create_customer: allocations", rows["build_request_reuse/create_customer"][1], "<=", 0)
target("build_request/create_customer: naive / ours", rows["baseline_naive_build/create_customer"][0] / b[0], ">=", 8.0, "x")
a = rows["build_request/create_customer_account"]
target("build_request/create_customer_account: instructions", a[0], "<=", 5000)
target("build_request/create_customer_account: allocations (exactly 1)", abs(a[1] - 1), "<=", 0)
per_byte = (rows["build_request/create_customer_1MiB_name"][0] - b[0]) / ((1 << 20) - len("John"))
target("build_request: instructions per byte of a 1 MiB field", per_byte, "<=", 15.0)
target("parse_response/create_customer/200: instructions", rows["parse_response/create_customer/200"][0], "<=", 8500)
print()
print(f"floor (malloc + memcpy + free of the create_customer request's bytes): {rows['floor/create_customer'][0]} instructions")
print()
print(f"{'target':78} {'value':>9}  {'bound':>9}  result")
for what, value, op, bound, unit, ok in targets:
    v = f"{value:.2f}{unit}" if isinstance(value, float) else str(value)
    print(f"{what:78} {v:>9}  {op}{bound:<8g}  {'met' if ok else 'MISSED'}")
missed = sum(1 for t in targets if not t[5])
print(f"\n{len(targets) - missed} of {len(targets)} targets met")
PY
rm -f "$results"
