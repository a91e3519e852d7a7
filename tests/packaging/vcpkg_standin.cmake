# Runs ports/juspay-sansio/portfile.cmake under stand-ins for the vcpkg_* functions it calls,
# doing for real what vcpkg would: configure, build and install the project into the package
# directory. A consumer then finds the result with find_package.
#   cmake -DPORT_DIR=... -DWORK_DIR=... -DGENERATOR=Ninja -P vcpkg_standin.cmake
cmake_minimum_required(VERSION 3.21)
set(PORT juspay-sansio)
set(CURRENT_PACKAGES_DIR "${WORK_DIR}/packages/${PORT}_x64-linux")
set(CURRENT_BUILDTREES_DIR "${WORK_DIR}/buildtrees/${PORT}")
file(REMOVE_RECURSE "${WORK_DIR}/packages" "${WORK_DIR}/buildtrees")

function(run_checked)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rv)
  if(NOT rv EQUAL 0)
    message(FATAL_ERROR "failed (${rv}): ${ARGN}")
  endif()
endfunction()

function(vcpkg_cmake_configure)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "SOURCE_PATH" "OPTIONS")
  if(NOT VCPKG_BUILD_TYPE STREQUAL "release")
    message(FATAL_ERROR "a header-only port should set VCPKG_BUILD_TYPE release")
  endif()
  run_checked(${CMAKE_COMMAND} -S "${arg_SOURCE_PATH}" -B "${CURRENT_BUILDTREES_DIR}" -G "${GENERATOR}"
              -DCMAKE_BUILD_TYPE=Release "-DCMAKE_INSTALL_PREFIX=${CURRENT_PACKAGES_DIR}" ${arg_OPTIONS})
endfunction()

function(vcpkg_cmake_install)
  run_checked(${CMAKE_COMMAND} --build "${CURRENT_BUILDTREES_DIR}")
  run_checked(${CMAKE_COMMAND} --install "${CURRENT_BUILDTREES_DIR}")
endfunction()

# vcpkg moves CONFIG_PATH to share/<PACKAGE_NAME>; the port installs there already.
function(vcpkg_cmake_config_fixup)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "PACKAGE_NAME;CONFIG_PATH" "")
  set(from "${CURRENT_PACKAGES_DIR}/${arg_CONFIG_PATH}")
  set(to "${CURRENT_PACKAGES_DIR}/share/${arg_PACKAGE_NAME}")
  if(NOT EXISTS "${from}/${arg_PACKAGE_NAME}Config.cmake")
    message(FATAL_ERROR "no ${arg_PACKAGE_NAME}Config.cmake in ${arg_CONFIG_PATH}")
  endif()
  if(NOT from STREQUAL to)
    file(RENAME "${from}" "${to}")
  endif()
  file(GLOB debug "${CURRENT_PACKAGES_DIR}/debug/*")
  if(debug)
    message(FATAL_ERROR "a header-only port installed debug files: ${debug}")
  endif()
endfunction()

function(vcpkg_fixup_pkgconfig)
  file(GLOB pcs "${CURRENT_PACKAGES_DIR}/lib/pkgconfig/*.pc" "${CURRENT_PACKAGES_DIR}/share/pkgconfig/*.pc")
  if(NOT pcs)
    message(FATAL_ERROR "no pkg-config file installed")
  endif()
  foreach(pc IN LISTS pcs)
    file(READ "${pc}" text)
    if(NOT text MATCHES "prefix=\\$\\{pcfiledir\\}")
      message(FATAL_ERROR "${pc}: prefix is not relative to the file; vcpkg relocates packages")
    endif()
  endforeach()
endfunction()

function(vcpkg_install_copyright)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "" "FILE_LIST")
  file(READ "${arg_FILE_LIST}" text)
  file(WRITE "${CURRENT_PACKAGES_DIR}/share/${PORT}/copyright" "${text}")
endfunction()

include("${PORT_DIR}/portfile.cmake")

foreach(f include/juspay/juspay.hpp share/${PORT}/juspay-sansioConfig.cmake share/${PORT}/juspay-sansioConfigVersion.cmake
          share/${PORT}/juspay-sansioTargets.cmake share/${PORT}/copyright share/${PORT}/usage share/pkgconfig/juspay-sansio.pc)
  if(NOT EXISTS "${CURRENT_PACKAGES_DIR}/${f}")
    message(FATAL_ERROR "the port did not install ${f}")
  endif()
endforeach()
message(STATUS "port installed into ${CURRENT_PACKAGES_DIR}")
