// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_VERSION_HPP
#define JUSPAY_VERSION_HPP

// The one place the version lives: CMakeLists.txt reads these three lines for project(VERSION),
// and the Conan recipe, the vcpkg manifest and the package files are checked against it.
/// The major version: while it is 0, every minor version may break the API.
#define JUSPAY_SANSIO_VERSION_MAJOR 0
/// The minor version.
#define JUSPAY_SANSIO_VERSION_MINOR 2
/// The patch version.
#define JUSPAY_SANSIO_VERSION_PATCH 0

#define JUSPAY_SANSIO_DETAIL_STR2(x) #x
#define JUSPAY_SANSIO_DETAIL_STR(x) JUSPAY_SANSIO_DETAIL_STR2(x)

/// The version as text, e.g. "0.2.0"; requests carry it as `User-Agent: juspay-sansio/<version>`.
#define JUSPAY_SANSIO_VERSION_STRING                                                                                  \
    JUSPAY_SANSIO_DETAIL_STR(JUSPAY_SANSIO_VERSION_MAJOR)                                                             \
    "." JUSPAY_SANSIO_DETAIL_STR(JUSPAY_SANSIO_VERSION_MINOR) "." JUSPAY_SANSIO_DETAIL_STR(JUSPAY_SANSIO_VERSION_PATCH)

#include <juspay/detail/abi.hpp>

JUSPAY_NAMESPACE_BEGIN
/// The `User-Agent` every request carries, so that Juspay support can tell which client sent it.
inline constexpr char const user_agent[] = "juspay-sansio/" JUSPAY_SANSIO_VERSION_STRING;
JUSPAY_NAMESPACE_END

#endif
