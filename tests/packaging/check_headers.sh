#!/usr/bin/env bash
# Every public header compiles on its own (one generated translation unit per header), in
# C++17 and C++20, with g++ and clang++, under -Wall -Wextra -Wpedantic -Werror.
#   check_headers.sh INCLUDE_DIR WORK_DIR
set -uo pipefail
inc=$1 work=$2
mkdir -p "$work"
jobs=()
for h in "$inc"/juspay/*.hpp; do
  name=$(basename "$h" .hpp)
  echo "#include <juspay/$name.hpp>" >"$work/$name.cpp"
  for cxx in g++ clang++; do
    for std in 17 20; do
      jobs+=("$cxx -std=c++$std -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I$inc $work/$name.cpp")
    done
  done
done
command -v clang++ >/dev/null || { echo "clang++ is not installed"; exit 1; }
printf '%s\n' "${jobs[@]}" | xargs -P "$(nproc)" -I{} bash -c '{} && echo "ok   {}" || { echo "FAIL {}"; exit 255; }' \
  | sed "s|$work/||; s| -Wall -Wextra -Wpedantic -Werror -I$inc||"
status=${PIPESTATUS[1]}
echo "${#jobs[@]} header compilations"
exit "$status"
