// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_HEADER_VIEW_HPP
#define JUSPAY_HEADER_VIEW_HPP

#include <juspay/detail/abi.hpp>

#include <string_view>

JUSPAY_NAMESPACE_BEGIN

/// One HTTP header as views: of a request `build_request` made, or of an answer the caller
/// received (`response_view::headers`). Cheap to copy; it owns nothing.
struct header_view {
    std::string_view name;  ///< e.g. "x-request-id"; compared ASCII case-insensitively
    std::string_view value; ///< the field value, without surrounding whitespace
};

JUSPAY_NAMESPACE_END

#endif
