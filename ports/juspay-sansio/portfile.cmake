# vcpkg overlay port: `vcpkg install juspay-sansio --overlay-ports=<this repository>/ports`.
# The port builds from the repository it lives in (two levels up).
set(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../..")
set(VCPKG_BUILD_TYPE release) # header-only: nothing differs between debug and release

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DJUSPAY_SANSIO_BUILD_TESTS=OFF
        -DJUSPAY_SANSIO_BUILD_EXAMPLES=OFF
        -DJUSPAY_SANSIO_BUILD_BENCHMARKS=OFF
        -DJUSPAY_SANSIO_BUILD_TOOLS=OFF
        -DJUSPAY_SANSIO_INSTALL=ON
        # Headers only: no juspay::sansio_compiled static library (separate compilation stays
        # available by hand: JUSPAY_SANSIO_SEPARATE_COMPILATION and one .cpp with <juspay/src.hpp>).
        -DJUSPAY_SANSIO_INSTALL_COMPILED=OFF
)
vcpkg_cmake_install()
vcpkg_cmake_config_fixup(PACKAGE_NAME juspay-sansio CONFIG_PATH share/juspay-sansio)
vcpkg_fixup_pkgconfig()

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
