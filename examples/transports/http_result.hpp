// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EXAMPLES_HTTP_RESULT_HPP
#define JUSPAY_EXAMPLES_HTTP_RESULT_HPP

#include <juspay/http.hpp>

#include <string>

namespace juspay_examples {

/// What a transport got back for one juspay::request.
struct http_result {
    int status = 0;    ///< the HTTP status; 0 when no response arrived at all
    std::string body;  ///< the body bytes received (possibly cut short: see `error`)
    std::string error; ///< the transport's error; empty when the exchange completed

    /// What parse_response needs. A body cut short still parses (to malformed_body).
    juspay::response_view view() const noexcept { return {status, body}; }
};

} // namespace juspay_examples

#endif
