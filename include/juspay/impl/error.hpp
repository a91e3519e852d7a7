// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_ERROR_HPP
#define JUSPAY_IMPL_ERROR_HPP

#include <juspay/detail/abi.hpp>

#include <boost/system/system_error.hpp>
#include <boost/throw_exception.hpp>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

class errc_category final : public boost::system::error_category {
public:
    // Fixed ids make categories from different shared objects compare equal.
    constexpr errc_category() noexcept : error_category(0x8a5c'31d7'04e2'9b61ULL) {}

    char const* name() const noexcept override { return "juspay"; }

    std::string message(int ev) const override { return message(ev, nullptr, 0); }

    char const* message(int ev, char*, std::size_t) const noexcept override
    {
        switch (static_cast<errc>(ev)) {
        case errc::missing_field: return "a required field is missing";
        case errc::invalid_field: return "a field is invalid";
        case errc::invalid_config: return "the configuration is invalid";
        case errc::invalid_input: return "Juspay rejected the input";
        case errc::already_exists: return "the object already exists";
        case errc::unauthorized: return "the API key was not accepted";
        case errc::forbidden: return "the request was forbidden";
        case errc::not_found: return "not found";
        case errc::endpoint_not_found: return "no such endpoint (a 404 that is not Juspay's)";
        case errc::rate_limited: return "rate limited";
        case errc::server_error: return "Juspay or an intermediary failed";
        case errc::api_error: return "Juspay answered with an error";
        case errc::malformed_body: return "the response body is not valid JSON";
        case errc::unexpected_shape: return "the response JSON has an unexpected shape";
        case errc::unexpected_status: return "the response has an unexpected HTTP status";
        case errc::malformed_http: return "the bytes received are not a complete HTTP/1.1 response";
        case errc::response_too_large: return "the response is larger than the reader's limits";
        }
        return "unknown juspay error";
    }

    boost::system::error_condition default_error_condition(int ev) const noexcept override;
};

class condition_category_impl final : public boost::system::error_category {
public:
    constexpr condition_category_impl() noexcept : error_category(0x8a5c'31d7'04e2'9b62ULL) {}

    char const* name() const noexcept override { return "juspay.condition"; }

    std::string message(int ev) const override { return message(ev, nullptr, 0); }

    char const* message(int ev, char*, std::size_t) const noexcept override
    {
        switch (static_cast<condition>(ev)) {
        case condition::invalid_request: return "the request was refused before sending";
        case condition::rejected_by_api: return "Juspay rejected the request";
        case condition::server_failure: return "Juspay or an intermediary failed";
        case condition::malformed_response: return "the response could not be interpreted";
        }
        return "unknown juspay condition";
    }
};

inline boost::system::error_condition
errc_category::default_error_condition(int ev) const noexcept
{
    condition c = condition::malformed_response;
    switch (static_cast<errc>(ev)) {
    case errc::missing_field:
    case errc::invalid_field:
    case errc::invalid_config: c = condition::invalid_request; break;
    case errc::invalid_input:
    case errc::already_exists:
    case errc::unauthorized:
    case errc::forbidden:
    case errc::not_found:
    case errc::endpoint_not_found:
    case errc::rate_limited:
    case errc::api_error: c = condition::rejected_by_api; break;
    case errc::server_error: c = condition::server_failure; break;
    case errc::malformed_body:
    case errc::unexpected_shape:
    case errc::unexpected_status:
    case errc::malformed_http:
    case errc::response_too_large: c = condition::malformed_response; break;
    default: return boost::system::error_condition(ev, *this);
    }
    return boost::system::error_condition(static_cast<int>(c), condition_category());
}

} // namespace detail

JUSPAY_DECL boost::system::error_category const& error_category() noexcept
{
    static detail::errc_category const instance;
    return instance;
}

JUSPAY_DECL boost::system::error_category const& condition_category() noexcept
{
    static detail::condition_category_impl const instance;
    return instance;
}

JUSPAY_DECL boost::system::error_code make_error_code(errc e) noexcept
{
    return {static_cast<int>(e), error_category()};
}

JUSPAY_DECL boost::system::error_condition make_error_condition(condition c) noexcept
{
    return {static_cast<int>(c), condition_category()};
}

namespace detail {

// The one door through which the library makes an `error` with details, and reads them back.
class error_access {
public:
    // `d.text` holds the message; the body (bounded) and the answer's ids are appended after it.
    static error make(boost::system::error_code code, int status, error_details&& d, std::string_view body = {},
                      std::string_view request_id = {}, std::string_view response_id = {})
    {
        d.message_size = d.text.size();
        d.body_truncated = body.size() > error::max_body_size;
        if (d.body_truncated)
            body = body.substr(0, error::max_body_size);
        d.body_size = body.size();
        d.request_id_size = request_id.size();
        d.response_id_size = response_id.size();
        d.text.reserve(d.text.size() + body.size() + request_id.size() + response_id.size());
        d.text.append(body.data(), body.size());
        d.text.append(request_id.data(), request_id.size());
        d.text.append(response_id.data(), response_id.size());
        error e;
        e.code = code;
        e.http_status = status;
        e.details_ = std::make_shared<error_details const>(std::move(d));
        return e;
    }

    static error_details const& details(error const& e) noexcept
    {
        static error_details const none;
        return e.details_ ? *e.details_ : none;
    }
};

} // namespace detail

JUSPAY_DECL std::string_view error::message() const noexcept
{
    auto const& d = detail::error_access::details(*this);
    return std::string_view(d.text.data(), d.message_size);
}

JUSPAY_DECL error_envelope const& error::envelope() const noexcept { return detail::error_access::details(*this).envelope; }

JUSPAY_DECL std::vector<field_error> const& error::fields() const noexcept
{
    return detail::error_access::details(*this).fields;
}

JUSPAY_DECL std::string_view error::body() const noexcept
{
    auto const& d = detail::error_access::details(*this);
    return std::string_view(d.text.data() + d.message_size, d.body_size);
}

JUSPAY_DECL bool error::body_truncated() const noexcept { return detail::error_access::details(*this).body_truncated; }

JUSPAY_DECL std::string_view error::response_request_id() const noexcept
{
    auto const& d = detail::error_access::details(*this);
    return std::string_view(d.text.data() + d.message_size + d.body_size, d.request_id_size);
}

JUSPAY_DECL std::string_view error::response_id() const noexcept
{
    auto const& d = detail::error_access::details(*this);
    return std::string_view(d.text.data() + d.message_size + d.body_size + d.request_id_size, d.response_id_size);
}

JUSPAY_DECL std::optional<std::chrono::seconds> error::retry_after() const noexcept
{
    return detail::error_access::details(*this).retry_after;
}

JUSPAY_DECL retry_advice error::retry() const noexcept { return detail::error_access::details(*this).retry; }

JUSPAY_DECL std::string_view error::code_name() const noexcept
{
    if (code.category() != error_category())
        return "unknown";
    return to_string(static_cast<errc>(code.value()));
}

JUSPAY_DECL void throw_exception_from_error(error const& e, boost::source_location const& loc)
{
    boost::throw_exception(boost::system::system_error(e.code, std::string(e.message())), loc);
}

JUSPAY_NAMESPACE_END

#endif
