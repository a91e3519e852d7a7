#!/usr/bin/env bash
# Every public header compiles on its own (one generated translation unit per header), in
# C++17 and C++20, with g++ and clang++, under -Wall -Wextra -Wpedantic -Werror; and again with
# JUSPAY_SANSIO_SEPARATE_COMPILATION defined (the headers then only declare, so each must
# include what its declarations need), with g++ in C++17 and clang++ in C++20. <juspay/src.hpp>
# exists only for separate compilation: it is compiled with the macro in all four, and without
# it must stop at its #error.
#   check_headers.sh INCLUDE_DIR WORK_DIR
set -uo pipefail
inc=$1 work=$2
sep=-DJUSPAY_SANSIO_SEPARATE_COMPILATION
mkdir -p "$work"
command -v clang++ >/dev/null || { echo "clang++ is not installed"; exit 1; }

echo "#include <juspay/src.hpp>" >"$work/src_without_macro.cpp"
if out=$(g++ -std=c++17 -E -I"$inc" "$work/src_without_macro.cpp" 2>&1 >/dev/null); then
  echo "FAIL <juspay/src.hpp> compiles without $sep"; exit 1
elif ! grep -q "#error.*is for separate compilation" <<<"$out"; then
  echo "FAIL <juspay/src.hpp> without $sep fails, but not at its #error:"; echo "$out"; exit 1
fi
echo "ok   <juspay/src.hpp> without $sep stops at its #error"

jobs=()
for h in "$inc"/juspay/*.hpp; do
  name=$(basename "$h" .hpp)
  echo "#include <juspay/$name.hpp>" >"$work/$name.cpp"
  for cxx in g++ clang++; do
    for std in 17 20; do
      if [[ $name == src ]]; then
        jobs+=("$cxx -std=c++$std $sep -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I$inc $work/$name.cpp")
        continue
      fi
      jobs+=("$cxx -std=c++$std -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I$inc $work/$name.cpp")
      if [[ $cxx$std == g++17 || $cxx$std == clang++20 ]]; then
        jobs+=("$cxx -std=c++$std $sep -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I$inc $work/$name.cpp")
      fi
    done
  done
done
printf '%s\n' "${jobs[@]}" | xargs -P "$(nproc)" -I{} bash -c '{} && echo "ok   {}" || { echo "FAIL {}"; exit 255; }' \
  | sed "s|$work/||; s| -Wall -Wextra -Wpedantic -Werror -I$inc||"
status=${PIPESTATUS[1]}
echo "${#jobs[@]} header compilations"
exit "$status"
