// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_ERROR_HPP
#define JUSPAY_ERROR_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/retry.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/error_condition.hpp>
#include <boost/system/result.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

JUSPAY_NAMESPACE_BEGIN

/// What went wrong, precisely. Registered with Boost.System, so an `error::code` compares
/// equal to these values and to the coarser `condition`s below.
enum class errc {
    // The request was refused before any byte was built (the caller's fault).
    missing_field = 1, ///< a required field or path parameter is empty
    invalid_field,     ///< a field breaks a documented rule, or cannot go into a header
    invalid_config,    ///< `config` is unusable: bad base URL, empty or unsafe API key, ...

    // Juspay answered with an error.
    invalid_input,  ///< 400 INVALID_INPUT or "Mandatory fields are missing"; see `error::fields`
    already_exists, ///< 400 `unique` / ALREADY_EXISTS (e.g. a repeated object_reference_id)
    unauthorized,   ///< 401: the API key was refused
    forbidden,      ///< 403: e.g. BAD_ORIGIN when the caller's IP is not whitelisted
    not_found,      ///< 404 with Juspay's envelope: the object does not exist
    endpoint_not_found, ///< 404 without Juspay's envelope: a wrong base URL or path, or a proxy
    rate_limited,   ///< 429: nothing was done; send again after `error::retry_after()`
    server_error,   ///< 5xx: Juspay or a proxy failed; see `error::retry()` before sending again
    api_error,      ///< any other 4xx

    // The bytes could not be interpreted.
    malformed_body,    ///< a 2xx body that is not valid JSON
    unexpected_shape,  ///< valid JSON, but not the shape the operation answers with
    unexpected_status, ///< a 1xx or 3xx status, or one outside 100..599
    malformed_http,    ///< http1::response_reader: the bytes are not an HTTP/1.1 response, or end early
    response_too_large ///< http1::response_reader: the header or body is over its `http1::limits`
};

/// The enumerator's name, e.g. "already_exists": stable text for logs and metric labels.
/// "unknown" for a value that is not an `errc`.
constexpr std::string_view to_string(errc e) noexcept
{
    switch (e) {
    case errc::missing_field: return "missing_field";
    case errc::invalid_field: return "invalid_field";
    case errc::invalid_config: return "invalid_config";
    case errc::invalid_input: return "invalid_input";
    case errc::already_exists: return "already_exists";
    case errc::unauthorized: return "unauthorized";
    case errc::forbidden: return "forbidden";
    case errc::not_found: return "not_found";
    case errc::endpoint_not_found: return "endpoint_not_found";
    case errc::rate_limited: return "rate_limited";
    case errc::server_error: return "server_error";
    case errc::api_error: return "api_error";
    case errc::malformed_body: return "malformed_body";
    case errc::unexpected_shape: return "unexpected_shape";
    case errc::unexpected_status: return "unexpected_status";
    case errc::malformed_http: return "malformed_http";
    case errc::response_too_large: return "response_too_large";
    }
    return "unknown";
}

/// Coarse groups of `errc`, for callers that only need to know whose fault it was.
enum class condition {
    invalid_request = 1, ///< refused before sending: fix the input or the config
    rejected_by_api,     ///< Juspay understood the request and said no
    server_failure,      ///< Juspay (or something in between) failed
    malformed_response   ///< the answer could not be understood
};

/// The Boost.System category of `errc` (name "juspay", a fixed 64-bit id so that copies in
/// different shared objects still compare equal).
boost::system::error_category const& error_category() noexcept;

/// The Boost.System category of `condition` (name "juspay.condition", a fixed 64-bit id).
boost::system::error_category const& condition_category() noexcept;

/// Makes `errc` usable as a `boost::system::error_code` (found by argument-dependent lookup).
boost::system::error_code make_error_code(errc e) noexcept;

/// Makes `condition` usable as a `boost::system::error_condition`.
boost::system::error_condition make_error_condition(condition c) noexcept;

/// One field that was refused, by this library before sending or by Juspay in its answer.
struct field_error {
    std::string field_name; ///< wire name, e.g. `mobile_number` or `config.base_url`
    std::string reason;     ///< why, in a few words; never echoes the value itself
};

/// Juspay's error body, member by member, exactly as sent ("" when absent). A number or
/// boolean where Juspay sends text is kept as its JSON text.
struct error_envelope {
    std::string status;            ///< `status`, e.g. "invalid_request_error"
    std::string error_code;        ///< `error_code`, e.g. "unique", "access_denied"
    std::string error_message;     ///< `error_message`
    std::string user_message;      ///< `error_info.user_message` (or the top-level `user_message`)
    std::string developer_message; ///< `error_info.developer_message`
    std::string info_code;         ///< `error_info.code`, e.g. "INVALID_INPUT", "BAD_ORIGIN"
    std::string category;          ///< `error_info.category`, e.g. "USER_ERROR"
    std::string request_id;        ///< `error_info.request_id` (or top-level); quote it to Juspay support
};

namespace detail {
// What an `error` points to. Built once by the library, never changed afterwards, shared by
// every copy of the error. `text` holds the message, then the body, then the response ids, so
// that the variable-length parts cost one allocation between them.
struct error_details {
    std::string text;
    std::size_t message_size = 0;
    std::size_t body_size = 0;
    std::size_t request_id_size = 0;
    std::size_t response_id_size = 0;
    bool body_truncated = false;
    retry_advice retry = retry_advice::do_not_retry;
    std::optional<std::chrono::seconds> retry_after;
    error_envelope envelope;
    std::vector<field_error> fields;
};
class error_access;
} // namespace detail

/// Everything known about a failed call: whose fault (`code`), what to do next (`retry()`),
/// what to tell a human (`message()`), and Juspay's own error body kept field by field.
///
/// A small handle: the code, the status and a shared pointer to details that never change
/// after the library built them. Copying one never allocates (Boost 1.81's
/// `result::error()` returns a copy), and a reference taken through any copy, such as
/// `auto const& f = r.error().fields()[0]`, stays valid while any copy or the `result` lives.
/// The API key never appears in any of its text. A default-constructed error has no details:
/// every accessor answers empty, and `retry()` answers `do_not_retry`.
struct error {
    /// Upper bound on the bytes of a response body kept in `body()`.
    static constexpr std::size_t max_body_size = 64 * 1024;

    boost::system::error_code code; ///< a `juspay::errc`; compare it with `errc` or `condition`
    int http_status = 0;            ///< the answer's status; 0 when found before sending

    /// One line for a human: what happened, which fields, Juspay's own words. Never the key.
    std::string_view message() const noexcept;

    /// Juspay's error body, member by member (all empty when the body was not Juspay's).
    error_envelope const& envelope() const noexcept;

    /// Which fields were refused and why: by this library before sending (wire names such as
    /// `mobile_number`, or `config.base_url`, `call_options.routing_id`), or by Juspay in
    /// `error_info.fields`; for `unexpected_shape`, the member that was wrong.
    std::vector<field_error> const& fields() const noexcept;

    /// The raw response body, at most `max_body_size` bytes; empty when found before sending.
    std::string_view body() const noexcept;

    /// True when `body()` holds only the first `max_body_size` bytes of the body.
    bool body_truncated() const noexcept;

    /// The answer's `x-request-id` header, when `response_view::headers` carried one.
    /// Juspay support asks for it. Empty when absent, or when longer than 256 bytes or not
    /// printable ASCII (a value no id has).
    std::string_view response_request_id() const noexcept;

    /// The answer's `x-response-id` header, under the same rules as `response_request_id()`.
    std::string_view response_id() const noexcept;

    /// The answer's `Retry-After`, when sent as delta-seconds. An HTTP-date is ignored (Juspay
    /// is not known to send one, and reading it would need a clock): empty then.
    std::optional<std::chrono::seconds> retry_after() const noexcept;

    /// What to do next, from the operation and the answer: see `retry_advice`.
    retry_advice retry() const noexcept;

    /// The name of `code` ("not_found", ...) when it is a `juspay::errc`, else "unknown".
    std::string_view code_name() const noexcept;

private:
    friend class detail::error_access;
    std::shared_ptr<detail::error_details const> details_;
};

/// The outcome of `build_request` and `parse_response`: a value or an `error`.
template <class T>
using result = boost::system::result<T, error>;

/// Lets `result<T>::value()` throw `boost::system::system_error` carrying `code` and
/// `message()`. The library itself never calls it.
[[noreturn]] void throw_exception_from_error(error const& e, boost::source_location const& loc);

JUSPAY_NAMESPACE_END

namespace boost {
namespace system {
template <>
struct is_error_code_enum<::juspay::errc> : std::true_type {};
template <>
struct is_error_condition_enum<::juspay::condition> : std::true_type {};
} // namespace system
} // namespace boost

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/error.hpp>
#endif

#endif
