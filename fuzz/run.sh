#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]
#
# Builds every fuzz target (or the ones named) with clang's libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer, then runs each for SECONDS, one at a time, from the committed
# corpus (fuzz/corpus/<target>/) plus the seeds its fuzz/seeds/<target>.py writes, with its
# dictionary. Exits non-zero on any finding: a crash, a sanitizer report, a broken property, a
# leak or a timeout; the input that found it is kept in $JUSPAY_FUZZ_WORK/<target>/ (printed).
#
# The corpus grown during the run stays in the work directory; fold what it found into the
# committed corpus with `fuzz/run.sh --merge` afterwards (keeps only inputs that add coverage).
#
# Environment: CXX (a clang, default clang++), JUSPAY_FUZZ_WORK (default build/fuzz).
set -uo pipefail
cd "$(dirname "$0")/.."

targets_all=(parse_response build_request response_reader money_timestamp)
merge=0
if [[ ${1:-} == --merge ]]; then
  merge=1
  shift
  seconds=0
else
  seconds=${1:-}
  [[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: fuzz/run.sh SECONDS [TARGET...] | fuzz/run.sh --merge [TARGET...]" >&2; exit 2; }
  shift
fi
targets=("$@")
((${#targets[@]})) || targets=("${targets_all[@]}")

cxx=${CXX:-clang++}
[[ $cxx == *clang* ]] || cxx=clang++ # libFuzzer comes with clang only
command -v "$cxx" >/dev/null || { echo "fuzz/run.sh: $cxx not found (apt-get install clang)" >&2; exit 2; }
work=${JUSPAY_FUZZ_WORK:-build/fuzz}
mkdir -p "$work" && work=$(cd "$work" && pwd)

build() {
  local t=$1 out=$work/$t/$t
  mkdir -p "$work/$t"
  if [[ -x $out && $out -nt fuzz/$t.cpp && -z $(find include fuzz/fuzz.hpp -newer "$out" -print -quit) ]]; then
    return 0
  fi
  echo "fuzz: building $t"
  "$cxx" -std=c++17 -O1 -g -fno-omit-frame-pointer \
    -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -Iinclude -Ifuzz "fuzz/$t.cpp" -o "$out.tmp" && mv "$out.tmp" "$out"
}

failed=()
for t in "${targets[@]}"; do
  [[ -f fuzz/$t.cpp ]] || { echo "fuzz/run.sh: no target $t" >&2; exit 2; }
  build "$t" || { failed+=("$t (build)"); continue; }
  dir=$work/$t
  mkdir -p "$dir/corpus" "$dir/seeds" "$dir/findings"
  rm -rf "$dir/seeds"/*
  python3 "fuzz/seeds/$t.py" "$dir/seeds" || { failed+=("$t (seeds)"); continue; }
  dict=()
  [[ -f fuzz/dict/$t.dict ]] && dict=("-dict=fuzz/dict/$t.dict")
  if ((merge)); then
    # Rebuilds the committed corpus: the smallest set of inputs (committed, grown, seeds)
    # that covers what they all cover.
    mkdir -p "fuzz/corpus/$t"
    next=$(mktemp -d)
    "$dir/$t" -merge=1 "${dict[@]}" "$next" "fuzz/corpus/$t" "$dir/corpus" "$dir/seeds" >"$dir/merge.log" 2>&1 ||
      { failed+=("$t (merge)"); rm -rf "$next"; continue; }
    rm -rf "fuzz/corpus/$t" && mv "$next" "fuzz/corpus/$t" && chmod 755 "fuzz/corpus/$t"
    echo "fuzz: $t corpus now $(ls "fuzz/corpus/$t" | wc -l) inputs, $(du -sh "fuzz/corpus/$t" | cut -f1)"
    continue
  fi
  echo "fuzz: running $t for ${seconds}s (log: $dir/fuzz.log)"
  # -timeout makes a hang a finding; -rss_limit_mb stays at its default (2 GiB).
  if "$dir/$t" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
      -artifact_prefix="$dir/findings/" "${dict[@]}" "$dir/corpus" "fuzz/corpus/$t" "$dir/seeds" \
      >"$dir/fuzz.log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec)|^#[0-9]+.*DONE' "$dir/fuzz.log"
  else
    failed+=("$t")
    grep -E 'ERROR|property broken|SUMMARY|Test unit written' "$dir/fuzz.log" | head -20
    tail -n 3 "$dir/fuzz.log"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: FINDINGS in: ${failed[*]} (inputs in $work/<target>/findings/)" >&2
  exit 1
fi
if ((merge)); then
  echo "fuzz: corpus merged for ${targets[*]}"
else
  echo "fuzz: no finding in ${targets[*]}"
fi
