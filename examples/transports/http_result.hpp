// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EXAMPLES_HTTP_RESULT_HPP
#define JUSPAY_EXAMPLES_HTTP_RESULT_HPP

#include <juspay/http.hpp>

#include <string>
#include <utility>
#include <vector>

namespace juspay_examples {

/// What a transport got back for one juspay::request.
struct http_result {
    int status = 0;    ///< the HTTP status; 0 when no response arrived at all
    std::string body;  ///< the body bytes received (possibly cut short: see `error`)
    std::string error; ///< the transport's error; empty when the exchange completed
    std::vector<std::pair<std::string, std::string>> headers; ///< the answer's headers, as received

    /// What parse_response needs: status, body and headers (so that an error keeps Juspay's
    /// x-request-id, x-response-id and Retry-After). A body cut short still parses (to
    /// malformed_body). The views point into this object: use them before it changes.
    juspay::response_view view()
    {
        views_.clear();
        views_.reserve(headers.size());
        for (auto const& h : headers)
            views_.push_back({h.first, h.second});
        return {status, body, views_};
    }

private:
    std::vector<juspay::header_view> views_;
};

} // namespace juspay_examples

#endif
