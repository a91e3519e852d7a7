#!/usr/bin/env bash
# Builds and runs a consumer project the way a user would, in a fresh directory.
#   consumer.sh MODE WORK SOURCE PREFIX CXX
# MODE: find_package | find_package_major | add_subdirectory | fetchcontent | header_only | pkg_config
#       (header-only use), and separate compilation: ROUTE_compiled (link juspay::sansio_compiled)
#       and ROUTE_src (the consumer compiles <juspay/src.hpp> itself) for ROUTE find_package,
#       add_subdirectory and fetchcontent, and pkg_config_src (plain g++ and pkg-config).
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

# check_main_object OBJECT separate|inline: in separate compilation the consumer's own object
# only refers to the library's build_request/parse_response (U) and defines none of them;
# header-only, it compiles them itself.
check_main_object() {
  local obj=$1 want=$2 pattern=' juspay::v0::(build_request|parse_response)<' defined undefined
  defined=$(nm -C --defined-only "$obj" | grep -E "$pattern" || true)
  undefined=$(nm -C --undefined-only "$obj" | grep -E "$pattern" || true)
  echo "${obj#"$work"/}: $(grep -c . <<<"$defined") build_request/parse_response defined, $(grep -c . <<<"$undefined") undefined"
  case "$want" in
    separate)
      if [[ -n $defined ]]; then echo "the consumer compiled the library's code itself:"; echo "$defined"; exit 1; fi
      if [[ -z $undefined ]]; then echo "no reference to the library's build_request/parse_response"; exit 1; fi ;;
    inline)
      if [[ -z $defined ]]; then echo "header-only, yet build_request/parse_response are not compiled here"; exit 1; fi ;;
  esac
}
cmake_main_object="$work/build/CMakeFiles/app.dir/main.cpp.o"

# A vendored header-only consumer does not build the static library it does not link.
check_compiled_lib_not_built() {
  local built
  built=$(find "$work/build" -name 'libjuspay-sansio.a')
  if [[ -n $built ]]; then echo "built juspay::sansio_compiled without linking it: $built"; exit 1; fi
  echo "juspay::sansio_compiled not built (not linked)"
}

# vendor_source ROUTE: the consumer's copy of this repository for add_subdirectory or
# FetchContent (offline: the declared repository is replaced by the local source tree).
vendor_source() {
  cp "$here/no_project_targets.cmake" "$work/"
  case "$1" in
    add_subdirectory) mkdir -p "$work/third_party"; ln -s "$src" "$work/third_party/juspay-sansio"; configure ;;
    fetchcontent) configure -DFETCHCONTENT_SOURCE_DIR_JUSPAY-SANSIO="$src" -DFETCHCONTENT_FULLY_DISCONNECTED=ON ;;
  esac
}

case "$mode" in
  find_package)
    cp "$here/find_package/CMakeLists.txt" "$work/"
    configure -DCMAKE_PREFIX_PATH="$prefix"
    build_and_run
    check_main_object "$cmake_main_object" inline ;;
  find_package_compiled|find_package_src)
    cp "$here/$mode/CMakeLists.txt" "$work/"
    if [[ $mode == *_src ]]; then cp "$here/juspay_src.cpp" "$work/"; fi
    configure -DCMAKE_PREFIX_PATH="$prefix"
    build_and_run
    check_main_object "$cmake_main_object" separate ;;
  find_package_major)
    cp "$here/find_package_major/CMakeLists.txt" "$work/"
    if configure -DCMAKE_PREFIX_PATH="$prefix" >"$work/configure.log" 2>&1; then
      echo "a request for juspay-sansio 1.0 was accepted by the installed 0.x"; exit 1
    fi
    grep -q "juspay-sansio" "$work/configure.log" && grep -qi "version" "$work/configure.log"
    echo "refused as it should be:"; grep -A3 "Could not find a configuration file\|not compatible\|version" "$work/configure.log" | head -8 ;;
  add_subdirectory|fetchcontent)
    cp "$here/$mode/CMakeLists.txt" "$work/"
    vendor_source "$mode"
    build_and_run
    check_compiled_lib_not_built ;;
  add_subdirectory_compiled|fetchcontent_compiled)
    cp "$here/$mode/CMakeLists.txt" "$work/"
    vendor_source "${mode%_*}"
    build_and_run
    check_main_object "$cmake_main_object" separate ;;
  add_subdirectory_src|fetchcontent_src)
    cp "$here/$mode/CMakeLists.txt" "$here/juspay_src.cpp" "$work/"
    vendor_source "${mode%_*}"
    build_and_run
    check_main_object "$cmake_main_object" separate
    check_compiled_lib_not_built ;;
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
  pkg_config_src)
    export PKG_CONFIG_PATH="$prefix/share/pkgconfig"
    cp "$here/juspay_src.cpp" "$work/"
    cd "$work"
    # readme: pkg_config_src
    "$cxx" -std=c++17 -DJUSPAY_SANSIO_SEPARATE_COMPILATION -c main.cpp juspay_src.cpp $(pkg-config --cflags juspay-sansio)
    "$cxx" main.o juspay_src.o $(pkg-config --libs juspay-sansio) -o app
    # end
    ./app
    check_main_object "$work/main.o" separate ;;
  *) echo "unknown mode $mode"; exit 2 ;;
esac
