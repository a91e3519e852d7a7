#!/usr/bin/env bash
# What including juspay-sansio costs the compiler: CPU time (user+sys) and peak memory of
# `g++ -std=c++17 -O2 -c`, median of 3 runs, for
#   (a) the baseline: a TU that includes <boost/json.hpp>, parses a small document into a
#       boost::json::value and reads a member (what any Boost.JSON user pays);
#   (b) test_package/test_package.cpp (build one request, parse one response), header-only;
#   (c) the same TU with -DJUSPAY_SANSIO_SEPARATE_COMPILATION (the headers only declare);
#   (d) <juspay/src.hpp>, the library's one TU in separate compilation (paid once per program);
#   (e) a TU using all eight operations (build and parse each), header-only and separate.
# The goal: (c)/(a) <= 1.3, and (b) no slower than before separate compilation existed.
#
#   benchmarks/compile_time.sh [REF]
# uses include/ of this checkout; with a git REF (e.g. 8f8fe13^) it also measures (b) and
# (e, header-only) against that commit's include/, for a before/after comparison.
# CXX (default g++), CXXFLAGS (default -O2) and RUNS (default 3; more on a busy machine) may be
# set in the environment.
# INSTRUCTIONS=1 counts the compiler's instructions under callgrind instead (one run each: the
# count does not depend on the machine's load, but each TU takes minutes); the table then
# shows giga-instructions where it shows CPU seconds, and no peak memory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref=${1:-}
cxx=${CXX:-g++}
read -r -a opt <<<"${CXXFLAGS:--O2}"
runs=${RUNS:-3}
[[ ${INSTRUCTIONS:-0} == 1 ]] && runs=1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/juspay-compile-time.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/baseline.cpp" <<'EOF'
// (a) What a Boost.JSON user pays: parse a small document into a value, read a member.
#include <boost/json.hpp>

#include <iostream>

int main()
{
    boost::json::error_code ec;
    boost::json::value const v = boost::json::parse(R"({"id":"cst_1","object":"customer"})", ec);
    if (ec || !v.is_object())
        return 1;
    boost::json::value const* id = v.as_object().if_contains("id");
    if (!id || !id->is_string())
        return 1;
    std::cout << id->as_string() << "\n";
    return 0;
}
EOF

echo '#include <juspay/src.hpp>' >"$tmp/src.cpp"

cat >"$tmp/all_operations.cpp" <<'EOF'
// (e) Every operation: build its request and parse an answer.
#include <juspay/juspay.hpp>

#include <iostream>

namespace {

int failures = 0;

template <class Operation>
void exercise(juspay::config const& cfg, Operation const& op, std::string_view body)
{
    juspay::call_options opts;
    opts.routing_id = "customer_1122";
    auto const req = juspay::build_request(cfg, op, opts);
    auto const res = juspay::parse_response(op, {200, body});
    if (!req || !res)
        ++failures;
    else
        std::cout << req->url() << "\n";
}

} // namespace

int main()
{
    juspay::config const cfg{std::string(juspay::endpoints::india_sandbox), "key", "merchant"};
    char const* customer = R"({"id":"cst_1","object":"customer","object_reference_id":"customer_1122"})";
    char const* account = R"({"customer_account_id":"banh_1","customer_id":"cst_1","status":"ACTIVE"})";
    char const* accounts = R"([{"customer_account_id":"banh_1","customer_id":"cst_1"}])";

    juspay::create_customer create;
    create.object_reference_id = "customer_1122";
    create.mobile_number = "9988776655";
    exercise(cfg, create, customer);
    exercise(cfg, juspay::get_customer{"cst_1", false}, customer);
    juspay::update_customer update;
    update.customer_id = "cst_1";
    update.first_name = "Asha";
    exercise(cfg, update, customer);

    juspay::create_customer_account create_account;
    create_account.customer_id = "cst_1";
    create_account.bank_code = "JP_HDFC";
    create_account.upi_accounts.push_back({"9164326296@upi"});
    exercise(cfg, create_account, accounts);
    juspay::validate_customer_account validate;
    validate.customer_id = "cst_1";
    validate.customer_account_id = "banh_1";
    exercise(cfg, validate, account);
    exercise(cfg, juspay::get_customer_account{"cst_1", "banh_1"}, account);
    exercise(cfg, juspay::list_customer_accounts{"cst_1"}, accounts);
    exercise(cfg, juspay::delete_customer_account{"cst_1", "banh_1"},
             R"({"customer_account_id":"banh_1","status":"DELETED"})");
    return failures;
}
EOF

if [[ -x /usr/bin/time ]]; then
  have_time=1
else
  have_time=0 # bash's `time` instead: CPU time only, no peak memory
fi

# measure TU INCLUDE_DIR [flags...]: prints "CPU_SECONDS PEAK_MB" (medians), or "failed".
measure() {
  local tu=$1 inc=$2 i cpu mem
  shift 2
  local cmd=("$cxx" -std=c++17 "${opt[@]}" "$@" -I"$inc" -c "$tu" -o "$tmp/out.o")
  : >"$tmp/samples"
  for ((i = 0; i < runs; i++)); do
    if [[ ${INSTRUCTIONS:-0} == 1 ]]; then
      if ! valgrind --tool=callgrind --callgrind-out-file=/dev/null --trace-children=yes "${cmd[@]}" >"$tmp/err" 2>&1; then
        echo failed; sed 's/^/    /' "$tmp/err" | head -5 >&2; return
      fi
      awk '/Collected/ { n += $4 } END { printf "%.3f nan\n", n / 1e9 }' "$tmp/err" >>"$tmp/samples"
    elif ((have_time)); then
      if ! /usr/bin/time -f "%U %S %M" -o "$tmp/time" "${cmd[@]}" 2>"$tmp/err"; then
        echo failed; sed 's/^/    /' "$tmp/err" | head -5 >&2; return
      fi
      awk '{ printf "%.3f %.1f\n", $1 + $2, $3 / 1024 }' "$tmp/time" >>"$tmp/samples"
    else
      local TIMEFORMAT='%U %S'
      if ! { time "${cmd[@]}" 2>"$tmp/err"; } 2>"$tmp/time"; then
        echo failed; sed 's/^/    /' "$tmp/err" | head -5 >&2; return
      fi
      awk '{ printf "%.3f nan\n", $1 + $2 }' "$tmp/time" >>"$tmp/samples"
    fi
  done
  cpu=$(cut -d' ' -f1 "$tmp/samples" | sort -n | sed -n "$(((runs + 1) / 2))p")
  mem=$(cut -d' ' -f2 "$tmp/samples" | sort -n | sed -n "$(((runs + 1) / 2))p")
  echo "$cpu $mem"
}

inc=$root/include
sep=-DJUSPAY_SANSIO_SEPARATE_COMPILATION
rows=()
row() { # LABEL RESULT
  rows+=("$1|$2")
  printf '  measured %-52s %s\n' "$1" "$2" >&2
}

echo "$("$cxx" --version | head -n 1): -std=c++17 ${opt[*]} -c, median of $runs runs, include/ of $root" >&2
row "(a) baseline: <boost/json.hpp>, parse + read" "$(measure "$tmp/baseline.cpp" "$inc")"
row "(b) test_package.cpp, header-only" "$(measure "$root/test_package/test_package.cpp" "$inc")"
row "(c) test_package.cpp, separate" "$(measure "$root/test_package/test_package.cpp" "$inc" "$sep")"
row "(d) <juspay/src.hpp> (once per program)" "$(measure "$tmp/src.cpp" "$inc" "$sep")"
row "(e) all eight operations, header-only" "$(measure "$tmp/all_operations.cpp" "$inc")"
row "(e) all eight operations, separate" "$(measure "$tmp/all_operations.cpp" "$inc" "$sep")"
if [[ -n $ref ]]; then
  mkdir -p "$tmp/before"
  git -C "$root" archive "$ref" include | tar -x -C "$tmp/before"
  short=$(git -C "$root" rev-parse --short "$ref")
  row "(b) test_package.cpp, header-only, at $short" "$(measure "$root/test_package/test_package.cpp" "$tmp/before/include")"
  row "(e) all eight operations, header-only, at $short" "$(measure "$tmp/all_operations.cpp" "$tmp/before/include")"
fi

base_cpu=${rows[0]#*|}; base_cpu=${base_cpu%% *}
echo
unit="CPU s"
[[ ${INSTRUCTIONS:-0} == 1 ]] && unit="G instr"
printf '%-56s %8s %9s %8s\n' "translation unit" "$unit" "peak MB" "vs (a)"
for r in "${rows[@]}"; do
  label=${r%%|*} result=${r#*|}
  if [[ $result == failed || $base_cpu == failed ]]; then
    printf '%-56s %8s %9s %8s\n' "$label" "${result%% *}" "" ""
    continue
  fi
  read -r cpu mem <<<"$result"
  printf '%-56s %8.2f %9s %7.2fx\n' "$label" "$cpu" "$mem" "$(awk -v c="$cpu" -v b="$base_cpu" 'BEGIN { print c / b }')"
done

ratio() { # LABEL-PREFIX
  local r
  for r in "${rows[@]}"; do
    if [[ ${r%%|*} == "$1"* && ${r#*|} != failed && $base_cpu != failed ]]; then
      awk -v c="${r#*|}" -v b="$base_cpu" 'BEGIN { split(c, f, " "); printf "%.2f", f[1] / b }'
      return
    fi
  done
  echo "n/a"
}
b=$(ratio "(b) test_package.cpp, header-only") c=$(ratio "(c)")
echo
echo "(b)/(a) = $b   header-only user TU against the Boost.JSON baseline"
echo "(c)/(a) = $c   separate-compilation user TU against the baseline (target <= 1.3:" \
  "$(awk -v c="$c" 'BEGIN { print (c != "n/a" && c + 0 <= 1.3) ? "met" : "NOT met" }'))"
