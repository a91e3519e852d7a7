// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_HTTP_HPP
#define JUSPAY_HTTP_HPP

#include <juspay/config.hpp>
#include <juspay/error.hpp>
#include <juspay/header_view.hpp>
#include <juspay/retry.hpp>

#include <boost/core/span.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace juspay {

/// The HTTP methods Juspay's customer API uses.
enum class http_method { get, post };

/// The method's token as it appears on the request line: "GET" or "POST".
constexpr std::string_view to_string(http_method m) noexcept
{
    return m == http_method::get ? std::string_view("GET") : std::string_view("POST");
}

/// One request header, exactly as it must be sent.
struct header {
    std::string name;  ///< e.g. "x-routing-id"
    std::string value; ///< never contains CR, LF or NUL
};

/// An exact request descriptor: send the method, URL, headers and body as they are.
/// Produced only by `build_request`; read it back through these plain fields.
struct request {
    http_method method = http_method::get; ///< GET or POST
    std::string url;                       ///< absolute; path parameters percent-encoded
    std::vector<header> headers;           ///< in the order they should be sent
    std::string body;                      ///< `application/x-www-form-urlencoded`; empty for GET

    /// The value of the first header named `name` (ASCII case-insensitive), or an empty view.
    std::string_view header_value(std::string_view name) const noexcept;
};

/// Prints `r` like an HTTP/1.1 message (request line with the origin-form target, a `Host`
/// line, the headers, a blank line, the body) with `Authorization: Basic ***`, so a request
/// can be logged without leaking the API key.
std::ostream& operator<<(std::ostream& os, request const& r);

/// What the caller's HTTP stack received: the status code, the body bytes and, optionally,
/// the headers. Views only: they must outlive the `parse_response` call, not its result.
struct response_view {
    /// An empty view: status 0, no body, no headers.
    response_view() = default;
    /// `{status, body}` or `{status, body, headers}`: a constructor rather than an aggregate,
    /// so that leaving out the optional headers draws no -Wmissing-field-initializers.
    response_view(int status_, std::string_view body_, boost::span<header_view const> headers_ = {}) noexcept
        : status(status_), body(body_), headers(headers_)
    {
    }

    int status = 0;        ///< the HTTP status code
    std::string_view body; ///< the body, undecoded (the caller handles transfer/content codings)
    /// The answer's headers, any case, in any order (optional). An error keeps `x-request-id`,
    /// `x-response-id` and `Retry-After` from them; nothing else is read.
    boost::span<header_view const> headers;
};

/// Builds the exact request for `op`. Refuses (`missing_field`, `invalid_field`,
/// `invalid_config`) rather than building anything doubtful; `opts.routing_id` is required
/// (there is no default: see `call_options`). Never throws except `std::bad_alloc`, never does
/// I/O, keeps no state.
template <class Operation>
result<request> build_request(config const& cfg, Operation const& op, call_options const& opts);

/// Turns the answer received for `op` into its typed result or a typed `error`, whose
/// `retry()` says what to do next for this operation. Never throws except `std::bad_alloc`,
/// never does I/O, keeps no state.
template <class Operation>
result<typename Operation::result_type> parse_response(Operation const& op, response_view response);

} // namespace juspay

#include <juspay/impl/http.hpp>

#endif
