// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_STATUS_HPP
#define JUSPAY_DETAIL_STATUS_HPP

// The one place where an HTTP status and an error body become a juspay::error.

#include <juspay/detail/json.hpp>
#include <juspay/detail/text.hpp>
#include <juspay/error.hpp>

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

namespace juspay {
namespace detail {

constexpr bool is_success(int status) noexcept { return status >= 200 && status <= 299; }

// Keeps the raw body, bounded, and says so when it was cut.
inline void keep_body(error& e, std::string_view body)
{
    if (body.size() > error::max_body_size) {
        e.body.assign(body.data(), error::max_body_size);
        e.body_truncated = true;
    } else {
        e.body.assign(body.data(), body.size());
    }
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
// error_info {user_message, developer_message, code, category, request_id, fields[]}.
inline void copy_envelope(error& e, boost::json::object const& o)
{
    envelope_text(o, "status", e.status);
    envelope_text(o, "error_code", e.error_code);
    envelope_text(o, "error_message", e.error_message);
    envelope_text(o, "user_message", e.user_message);
    envelope_text(o, "request_id", e.request_id);
    auto const* info_v = o.if_contains("error_info");
    auto const* info = info_v ? info_v->if_object() : nullptr;
    if (!info)
        return;
    envelope_text(*info, "user_message", e.user_message);
    envelope_text(*info, "developer_message", e.developer_message);
    envelope_text(*info, "code", e.info_code);
    envelope_text(*info, "category", e.category);
    envelope_text(*info, "request_id", e.request_id);
    auto const* fields_v = info->if_contains("fields");
    auto const* fields = fields_v ? fields_v->if_array() : nullptr;
    if (!fields)
        return;
    for (auto const& f : *fields) {
        auto const* fo = f.if_object();
        if (!fo)
            continue;
        field_error fe;
        envelope_text(*fo, "field_name", fe.field_name);
        envelope_text(*fo, "reason", fe.reason);
        if (!fe.field_name.empty() || !fe.reason.empty())
            e.fields.push_back(std::move(fe));
    }
}

// "mobile_number is mandatory field." names the field only in prose; recover it.
inline void fields_from_mandatory_message(error& e)
{
    constexpr std::string_view marker = " is mandatory field";
    std::string_view const m = e.error_message;
    auto const pos = m.find(marker);
    if (pos == 0 || pos == std::string_view::npos)
        return;
    std::string_view const name = m.substr(0, pos);
    for (char c : name)
        if (!is_ascii_alnum(c) && c != '_' && c != '.')
            return;
    e.fields.push_back(field_error{std::string(name), "is mandatory"});
}

inline errc classify(int status, error const& e) noexcept
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
    case 404: return errc::not_found;
    case 429: return errc::rate_limited;
    default: break;
    }
    if (status >= 400 && status <= 499)
        return errc::api_error;
    if (status >= 500 && status <= 599)
        return errc::server_error;
    return errc::unexpected_status;
}

inline void start_message(error& e, int status)
{
    e.message = "HTTP ";
    e.message += std::to_string(status);
    e.message += " from Juspay: ";
    e.message += e.code.message();
}

// A non-2xx answer. The code comes from the status (and, for 400, the envelope), so an HTML
// or empty body still yields the right code.
inline error response_error(int status, std::string_view body)
{
    error e;
    e.http_status = status;
    keep_body(e, body);
    bool json_object = false;
    {
        parsed_json doc(body);
        if (doc.ok()) {
            if (auto const* o = doc.value().if_object()) {
                json_object = true;
                copy_envelope(e, *o);
            }
        }
    }
    if (status == 400 && e.fields.empty() && e.error_code == "Mandatory fields are missing")
        fields_from_mandatory_message(e);
    e.code = classify(status, e);
    start_message(e, status);

    // developer_message is the most precise (403 BAD_ORIGIN's error_message only says
    // "Internal Server error."), then error_message, user_message, error_code.
    std::string_view const said = !e.developer_message.empty() ? std::string_view(e.developer_message)
                                  : !e.error_message.empty()   ? std::string_view(e.error_message)
                                  : !e.user_message.empty()    ? std::string_view(e.user_message)
                                                               : std::string_view(e.error_code);
    if (!said.empty()) {
        e.message += ": ";
        append_one_line(e.message, said);
        if (!e.info_code.empty()) {
            e.message += " (";
            append_one_line(e.message, e.info_code, 64);
            e.message += ')';
        }
    } else if (body.empty()) {
        e.message += " (empty body)";
    } else if (!json_object) {
        e.message += " (body is not a JSON object, ";
        e.message += std::to_string(body.size());
        e.message += " bytes)";
    }
    for (std::size_t i = 0; i < e.fields.size(); ++i) {
        e.message += i == 0 ? " [" : "; ";
        append_one_line(e.message, e.fields[i].field_name, 64);
        if (!e.fields[i].reason.empty()) {
            e.message += ": ";
            append_one_line(e.message, e.fields[i].reason, 64);
        }
        if (i + 1 == e.fields.size())
            e.message += ']';
    }
    return e;
}

// A 2xx whose body is not JSON.
inline error malformed_body_error(int status, std::string_view body, boost::json::error_code const& ec)
{
    error e;
    e.code = errc::malformed_body;
    e.http_status = status;
    keep_body(e, body);
    start_message(e, status);
    e.message += ": ";
    e.message += body.empty() ? std::string("empty body") : ec.message();
    return e;
}

// A 2xx whose JSON is not what the operation answers with.
inline error unexpected_shape_error(int status, std::string_view body, shape_error const& se)
{
    error e;
    e.code = errc::unexpected_shape;
    e.http_status = status;
    keep_body(e, body);
    start_message(e, status);
    e.message += ": ";
    e.message += se.path.empty() ? std::string("body") : se.path;
    e.message += ' ';
    e.message += se.reason;
    if (!se.path.empty())
        e.fields.push_back(field_error{se.path, se.reason});
    return e;
}

} // namespace detail
} // namespace juspay

#endif
