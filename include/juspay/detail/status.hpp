// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_STATUS_HPP
#define JUSPAY_DETAIL_STATUS_HPP

// The one place where an HTTP status and an error body become a juspay::error.

#include <juspay/detail/abi.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/text.hpp>
#include <juspay/error.hpp>
#include <juspay/header_view.hpp>

#include <boost/core/span.hpp>
#include <boost/json/object.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

constexpr bool is_success(int status) noexcept { return status >= 200 && status <= 299; }

// What the answer's headers say that an error keeps: Juspay's ids (support asks for them) and
// Retry-After. The first of each wins; an id that no server would send (over 256 bytes, or not
// printable ASCII) is ignored rather than kept cut or dirty.
struct answer_headers {
    std::string_view request_id;
    std::string_view response_id;
    std::optional<std::chrono::seconds> retry_after;
};

inline bool is_plausible_id(std::string_view v) noexcept
{
    if (v.empty() || v.size() > 256)
        return false;
    for (char c : v)
        if (c < 0x20 || c > 0x7e)
            return false;
    return true;
}

inline std::string_view trim_ows(std::string_view v) noexcept
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

// RFC 9110 delta-seconds: 1*DIGIT. Anything else (an HTTP-date included) is not read.
inline std::optional<std::chrono::seconds> delta_seconds(std::string_view v) noexcept
{
    v = trim_ows(v);
    if (v.empty() || v.size() > 18)
        return std::nullopt;
    std::int64_t n = 0;
    for (char c : v) {
        if (!is_ascii_digit(c))
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return std::chrono::seconds(n);
}

inline answer_headers read_answer_headers(boost::span<header_view const> headers) noexcept
{
    answer_headers a;
    bool id = false, rid = false, after = false;
    for (auto const& h : headers) {
        if (!id && iequals(h.name, "x-request-id")) {
            id = true;
            if (auto const v = trim_ows(h.value); is_plausible_id(v))
                a.request_id = v;
        } else if (!rid && iequals(h.name, "x-response-id")) {
            rid = true;
            if (auto const v = trim_ows(h.value); is_plausible_id(v))
                a.response_id = v;
        } else if (!after && iequals(h.name, "retry-after")) {
            after = true;
            a.retry_after = delta_seconds(h.value);
        }
    }
    return a;
}

// The advice for an answer, given what the operation allows when its outcome is unknown.
constexpr retry_advice advice_for(int status, retry_advice unanswered) noexcept
{
    if (status == 429)
        return retry_advice::retry;
    if (status == 408 || (status >= 500 && status <= 599) || is_success(status))
        return unanswered;
    return retry_advice::do_not_retry;
}

// Appends server text to a one-line message: controls become spaces, and long text is cut
// (visibly, with "...") on a UTF-8 boundary.
inline void append_one_line(std::string& out, std::string_view text, std::size_t limit = 240)
{
    std::size_t n = text.size() <= limit ? text.size() : limit;
    if (n < text.size())
        while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
            --n;
    for (std::size_t i = 0; i < n; ++i)
        out += is_control(text[i]) ? ' ' : text[i];
    if (n < text.size())
        out += "...";
}

// A scalar envelope member as text: strings as they are, numbers and booleans printed.
inline void envelope_text(boost::json::object const& o, std::string_view key, std::string& out)
{
    auto const* v = o.if_contains(boost::json::string_view(key.data(), key.size()));
    if (!v || v->is_null() || v->is_object() || v->is_array())
        return;
    if (auto const* s = v->if_string())
        out.assign(s->data(), s->size());
    else
        out = boost::json::serialize(*v);
}

// Copies Juspay's error envelope: top-level status/error_code/error_message/user_message and
// error_info {user_message, developer_message, code, category, request_id, fields[]}. Says
// whether the body was Juspay's: a proxy's JSON ({"message":"Not Found"}) has none of
// error_code, error_message and error_info.
inline bool copy_envelope(error_envelope& e, std::vector<field_error>& fields, boost::json::object const& o)
{
    envelope_text(o, "status", e.status);
    envelope_text(o, "error_code", e.error_code);
    envelope_text(o, "error_message", e.error_message);
    envelope_text(o, "user_message", e.user_message);
    envelope_text(o, "request_id", e.request_id);
    auto const* info_v = o.if_contains("error_info");
    auto const* info = info_v ? info_v->if_object() : nullptr;
    bool const juspays = info || !e.error_code.empty() || !e.error_message.empty();
    if (!info)
        return juspays;
    envelope_text(*info, "user_message", e.user_message);
    envelope_text(*info, "developer_message", e.developer_message);
    envelope_text(*info, "code", e.info_code);
    envelope_text(*info, "category", e.category);
    envelope_text(*info, "request_id", e.request_id);
    auto const* fields_v = info->if_contains("fields");
    auto const* list = fields_v ? fields_v->if_array() : nullptr;
    if (!list)
        return juspays;
    for (auto const& f : *list) {
        auto const* fo = f.if_object();
        if (!fo)
            continue;
        field_error fe;
        envelope_text(*fo, "field_name", fe.field_name);
        envelope_text(*fo, "reason", fe.reason);
        if (!fe.field_name.empty() || !fe.reason.empty())
            fields.push_back(std::move(fe));
    }
    return juspays;
}

// "mobile_number is mandatory field." names the field only in prose; recover it.
inline void fields_from_mandatory_message(std::string_view m, std::vector<field_error>& fields)
{
    constexpr std::string_view marker = " is mandatory field";
    auto const pos = m.find(marker);
    if (pos == 0 || pos == std::string_view::npos)
        return;
    std::string_view const name = m.substr(0, pos);
    for (char c : name)
        if (!is_ascii_alnum(c) && c != '_' && c != '.')
            return;
    fields.push_back(field_error{std::string(name), "is mandatory"});
}

// The one status-to-code table (README "Results and errors").
inline errc classify(int status, error_envelope const& e, bool juspays) noexcept
{
    if (status == 400) {
        if (e.error_code == "unique" || e.info_code == "ALREADY_EXISTS")
            return errc::already_exists;
        if (e.info_code == "INVALID_INPUT" || e.error_code == "Mandatory fields are missing")
            return errc::invalid_input;
        return errc::api_error;
    }
    switch (status) {
    case 401: return errc::unauthorized;
    case 403: return errc::forbidden;
    case 404: return juspays ? errc::not_found : errc::endpoint_not_found;
    case 429: return errc::rate_limited;
    default: break;
    }
    if (status >= 400 && status <= 499)
        return errc::api_error;
    if (status >= 500 && status <= 599)
        return errc::server_error;
    return errc::unexpected_status;
}

// Starts the details of an answer's error: text reserved for the message, the body and the
// ids, so that the text costs one allocation.
inline error_details start_details(errc code, int status, std::size_t body_size, answer_headers const& h)
{
    error_details d;
    d.text.reserve(160 + (body_size < error::max_body_size ? body_size : error::max_body_size) +
                   h.request_id.size() + h.response_id.size());
    d.text = "HTTP ";
    char digits[16];
    auto const n = std::snprintf(digits, sizeof digits, "%d", status);
    d.text.append(digits, n > 0 ? static_cast<std::size_t>(n) : 0);
    d.text += " from Juspay: ";
    d.text += error_category().message(static_cast<int>(code), nullptr, 0); // no std::string made
    d.retry_after = h.retry_after;
    return d;
}

// A non-2xx answer. The code comes from the status (and, for 400 and 404, the envelope), so
// an HTML or empty body still yields the right code.
inline error response_error(int status, std::string_view body, boost::span<header_view const> headers,
                            retry_advice unanswered)
{
    answer_headers const h = read_answer_headers(headers);
    error_envelope env;
    std::vector<field_error> fields;
    bool json_object = false;
    bool juspays = false;
    {
        parsed_json doc(body);
        if (doc.ok()) {
            if (auto const* o = doc.value().if_object()) {
                json_object = true;
                juspays = copy_envelope(env, fields, *o);
            }
        }
    }
    if (status == 400 && fields.empty() && env.error_code == "Mandatory fields are missing")
        fields_from_mandatory_message(env.error_message, fields);
    errc const code = classify(status, env, juspays);
    error_details d = start_details(code, status, body.size(), h);
    d.retry = advice_for(status, unanswered);
    std::string& m = d.text;

    // developer_message is the most precise (403 BAD_ORIGIN's error_message only says
    // "Internal Server error."), then error_message, user_message, error_code.
    std::string_view const said = !env.developer_message.empty() ? std::string_view(env.developer_message)
                                  : !env.error_message.empty()   ? std::string_view(env.error_message)
                                  : !env.user_message.empty()    ? std::string_view(env.user_message)
                                                                 : std::string_view(env.error_code);
    if (!said.empty()) {
        m += ": ";
        append_one_line(m, said);
        if (!env.info_code.empty()) {
            m += " (";
            append_one_line(m, env.info_code, 64);
            m += ')';
        }
    } else if (body.empty()) {
        m += " (empty body)";
    } else if (!json_object) {
        m += " (body is not a JSON object, ";
        m += std::to_string(body.size());
        m += " bytes)";
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        m += i == 0 ? " [" : "; ";
        append_one_line(m, fields[i].field_name, 64);
        if (!fields[i].reason.empty()) {
            m += ": ";
            append_one_line(m, fields[i].reason, 64);
        }
        if (i + 1 == fields.size())
            m += ']';
    }
    d.envelope = std::move(env);
    d.fields = std::move(fields);
    return error_access::make(code, status, std::move(d), body, h.request_id, h.response_id);
}

// A 2xx whose body is not JSON.
inline error malformed_body_error(int status, std::string_view body, boost::span<header_view const> headers,
                                  retry_advice unanswered, boost::json::error_code const& ec)
{
    answer_headers const h = read_answer_headers(headers);
    error_details d = start_details(errc::malformed_body, status, body.size(), h);
    d.retry = advice_for(status, unanswered);
    d.text += ": ";
    if (body.empty())
        d.text += "empty body";
    else
        d.text += ec.message();
    return error_access::make(errc::malformed_body, status, std::move(d), body, h.request_id, h.response_id);
}

// A 2xx whose JSON is not what the operation answers with.
inline error unexpected_shape_error(int status, std::string_view body, boost::span<header_view const> headers,
                                    retry_advice unanswered, shape_error const& se)
{
    answer_headers const h = read_answer_headers(headers);
    error_details d = start_details(errc::unexpected_shape, status, body.size(), h);
    d.retry = advice_for(status, unanswered);
    d.text += ": ";
    d.text += se.path.empty() ? std::string_view("body") : std::string_view(se.path);
    d.text += ' ';
    d.text += se.reason;
    if (!se.path.empty())
        d.fields.push_back(field_error{se.path, se.reason});
    return error_access::make(errc::unexpected_shape, status, std::move(d), body, h.request_id, h.response_id);
}

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
