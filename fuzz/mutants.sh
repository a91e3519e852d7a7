#!/usr/bin/env bash
# fuzz/mutants.sh [SECONDS [NAME...]]
#
# Shows that the fuzz targets' properties bite: for each deliberate bug below, copies include/,
# puts the bug in, builds the target that should notice it (clang, libFuzzer, ASan, UBSan) and
# fuzzes from the seeds for at most SECONDS (default 120); with NAMEs, only those bugs. Prints
# how long each took to be caught; exits non-zero if any bug survived. Not part of ./run test (about a minute per bug); run it
# after changing a target or the code a mutant touches.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: fuzz/mutants.sh [SECONDS [NAME...]]" >&2; exit 2; }
shift || true
only=("$@")
work=${JUSPAY_FUZZ_WORK:-build/fuzz}/mutants
mkdir -p "$work" && work=$(cd "$work" && pwd)
survived=()

# mutant NAME FILE TEXT REPLACEMENT TARGET: FILE is under include/juspay/; "\n" in TEXT and
# REPLACEMENT is a line break.
mutant() {
  local name=$1 file=$2 old=$3 new=$4 target=$5
  local d=$work/$name
  if ((${#only[@]})) && [[ " ${only[*]} " != *" $name "* ]]; then
    return
  fi
  rm -rf "$d" && mkdir -p "$d/corpus" "$d/seeds"
  cp -r include "$d/include"
  if ! python3 - "$d/include/juspay/$file" "$old" "$new" <<'PY'
import sys
path, old, new = sys.argv[1], sys.argv[2].replace("\\n", "\n"), sys.argv[3].replace("\\n", "\n")
text = open(path).read()
if text.count(old) != 1:
    sys.exit(f"{path}: the text to change is there {text.count(old)} times, not once")
open(path, "w").write(text.replace(old, new))
PY
  then
    echo "$name: could not be applied (the code changed: update fuzz/mutants.sh)"
    survived+=("$name")
    return
  fi
  if ! clang++ -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
      -I"$d/include" -Ifuzz "fuzz/$target.cpp" -o "$d/$target" 2>"$d/build.log"; then
    echo "$name: does not build (see $d/build.log)"
    survived+=("$name")
    return
  fi
  if ! python3 "fuzz/seeds/$target.py" "$d/seeds"; then
    echo "$name: the seeds could not be written"
    survived+=("$name")
    return
  fi
  local dict=()
  [[ -f fuzz/dict/$target.dict ]] && dict=("-dict=fuzz/dict/$target.dict")
  local start
  start=$(date +%s%N)
  "$d/$target" -max_total_time="$seconds" -artifact_prefix="$d/" "${dict[@]}" "$d/corpus" "$d/seeds" \
    >"$d/fuzz.log" 2>&1
  # Caught only by a finding of the target's own: a broken property or a sanitizer report (a
  # run that failed for any other reason, such as a bad dictionary, proves nothing).
  local why
  why=$(grep -m1 -oE 'property broken: .*|ERROR: [A-Za-z]+Sanitizer.*|runtime error: .*' "$d/fuzz.log")
  if [[ -n $why ]]; then
    echo "$name: caught by $target after $((($(date +%s%N) - start) / 1000000)) ms: $why"
  else
    echo "$name: SURVIVED $seconds s of $target (see $d/fuzz.log)"
    survived+=("$name")
  fi
}

mutant status_429 detail/status.hpp \
  '    case 429: return errc::rate_limited;' '    case 429: return errc::api_error;' parse_response
mutant description_reads_into_wrong_member impl/customer.hpp \
  'member("last_name", &customer::last_name,' 'member("last_name", &customer::first_name,' parse_response
mutant form_keeps_ampersand detail/encode.hpp \
  "c == '.' || c == '_' || c == '~';" "c == '.' || c == '_' || c == '~' || c == '&';" build_request
mutant path_keeps_slash detail/encode.hpp \
  'path_escapes = make_escape_table(false);' \
  "path_escapes = [] { auto t = make_escape_table(false); t['/'] = 0; return t; }();" build_request
mutant dot_path_parameter_accepted detail/refusal.hpp \
  '    else if (value == "." || value == "..")' '    else if (value == "." && value == "..")' build_request
mutant print_shows_credentials impl/http.hpp \
  '<< "***" <<' '<< m.substr(at + hidden, auth.size() - hidden) <<' build_request
mutant edge_space_accepted detail/text.hpp \
  '    return !s.empty() && (space(s.front()) || space(s.back()));' '    return false && space(s[0]);' build_request
mutant reader_loses_byte_count impl/http1.hpp \
  '            taken -= left;' '' response_reader
mutant reader_header_limit_off_by_one impl/http1.hpp \
  '    if (end > limit)\n        return fail_header_too_large();' \
  '    if (end > limit + 1)\n        return fail_header_too_large();' response_reader
mutant reader_framing_uncapped impl/http1.hpp \
  'step > header_limit + 1)' 'step > size)' response_reader
mutant money_overflow_edge impl/money.hpp \
  '    if (units * 100 > max_magnitude - cents)' '    if (units * 100 >= max_magnitude - cents)' money_timestamp
mutant leap_year_every_4 impl/timestamp.hpp \
  '    bool const leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;' '    bool const leap = y % 4 == 0;' \
  money_timestamp

if ((${#survived[@]})); then
  echo "mutants: survived: ${survived[*]}" >&2
  exit 1
fi
echo "mutants: every deliberate bug was caught"
