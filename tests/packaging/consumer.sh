#!/usr/bin/env bash
# Builds and runs a consumer project the way a user would, in a fresh directory.
#   consumer.sh MODE WORK SOURCE PREFIX CXX
# MODE: find_package | find_package_major | add_subdirectory | fetchcontent | header_only | pkg_config
# SOURCE is this repository; PREFIX is where it was installed (cmake --install).
set -euo pipefail
mode=$1 work=$2 src=$3 prefix=$4 cxx=$5
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"; mkdir -p "$work"
cp "$src/test_package/test_package.cpp" "$work/main.cpp"

configure() { cmake -S "$work" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release "$@"; }
build_and_run() {
  cmake --build "$work/build"
  "$work/build/app"
}

case "$mode" in
  find_package)
    cp "$here/find_package/CMakeLists.txt" "$work/"
    configure -DCMAKE_PREFIX_PATH="$prefix"
    build_and_run ;;
  find_package_major)
    cp "$here/find_package_major/CMakeLists.txt" "$work/"
    if configure -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log" 2>&1; then
      echo "a request for juspay-sansio 1.0 was accepted by the installed 0.x"; exit 1
    fi
    grep -q "juspay-sansio" "$work/configure.log" && grep -qi "version" "$work/configure.log"
    echo "refused as it should be:"; grep -A3 "Could not find a configuration file\|not compatible\|version" "$work/configure.log" | head -8 ;;
  add_subdirectory)
    cp "$here/add_subdirectory/CMakeLists.txt" "$here/no_project_targets.cmake" "$work/"
    mkdir -p "$work/third_party"; ln -s "$src" "$work/third_party/juspay-sansio"
    configure
    build_and_run ;;
  fetchcontent)
    cp "$here/fetchcontent/CMakeLists.txt" "$here/no_project_targets.cmake" "$work/"
    # Offline: the declared repository is replaced by the local source tree.
    configure -DFETCHCONTENT_SOURCE_DIR_JUSPAY-SANSIO="$src" -DFETCHCONTENT_FULLY_DISCONNECTED=ON
    build_and_run ;;
  header_only)
    cp "$here/header_only/CMakeLists.txt" "$here/header_only/boost_src.cpp" "$work/"
    configure -DCMAKE_PREFIX_PATH="$prefix"
    build_and_run
    # The program must not depend on any Boost shared library.
    if ldd "$work/build/app" | grep -i boost; then echo "links a Boost library"; exit 1; fi
    link=$(ninja -C "$work/build" -t commands app | tail -n 1)
    echo "link line: $link"
    if grep -qE "libboost_|-lboost" <<<"$link"; then echo "a Boost library is on the link line"; exit 1; fi
    echo "no Boost library linked" ;;
  pkg_config)
    export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
    flags=$(pkg-config --cflags --libs juspay-sansio)
    echo "pkg-config: $flags"
    # readme: pkg_config
    "$cxx" -std=c++17 "$work/main.cpp" $(pkg-config --cflags --libs juspay-sansio) -o "$work/app"
    "$work/app" ;;
  *) echo "unknown mode $mode"; exit 2 ;;
esac
