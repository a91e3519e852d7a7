// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_TEXT_HPP
#define JUSPAY_EMULATOR_TEXT_HPP

// Text helpers of the emulator: UTF-8 checks, the form-urlencoded body, Basic credentials and
// Juspay's timestamp formats. Written here, not taken from juspay-sansio: the emulator is the
// oracle the library is tested against, so it must not share the library's code.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace juspay_emulator {

using clock_type = std::chrono::system_clock;
using time_point = std::chrono::time_point<clock_type, std::chrono::nanoseconds>;

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// HTTP names and schemes compare ASCII case-insensitively (RFC 9110, RFC 7235).
inline bool iequals(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

// Header names go to the journal lower-cased, so a test finds them under one spelling.
inline std::string to_lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = lower(c);
    return out;
}

// Optional whitespace around a header value or credentials is not part of them (RFC 9110).
inline std::string_view trim(std::string_view s) noexcept
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// Length in bytes of the well-formed UTF-8 sequence at s[i], or 0 when it is not one
// (overlong forms, surrogates and code points past U+10FFFF are not well formed).
inline std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept
{
    auto const b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char const c = b(i);
    if (c < 0x80)
        return 1;
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (i + n > s.size())
        return 0;
    if (b(i + 1) < lo || b(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < n; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF)
            return 0;
    return n;
}

// Field values must be text: the emulator refuses what a JSON answer could not carry back.
inline bool is_utf8(std::string_view s) noexcept
{
    for (std::size_t i = 0; i < s.size();) {
        std::size_t const n = utf8_sequence(s, i);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

// Code points, for "at least 8 characters" (an e-mail address in Devanagari counts letters).
inline std::size_t utf8_length(std::string_view s) noexcept
{
    std::size_t n = 0;
    for (char c : s)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

// Control characters in a field would end up in headers, logs or JSON: Juspay-style refusal.
inline bool has_control(std::string_view s) noexcept
{
    for (char c : s)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return true;
    return false;
}

// --- application/x-www-form-urlencoded -----------------------------------------------------

using form = std::vector<std::pair<std::string, std::string>>;

inline int hex_value(char c) noexcept
{
    if (is_digit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The WHATWG decoding of one name or value ('+' is a space), except that a '%' not followed
// by two hex digits is an error rather than kept: a client that sends one has a bug.
inline std::optional<std::string> form_decode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        if (c == '+')
            out += ' ';
        else if (c == '%') {
            if (i + 2 >= s.size())
                return std::nullopt;
            int const hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else
            out += c;
    }
    return out;
}

// The whole body as name/value pairs in the order sent; nullopt for a malformed escape.
inline std::optional<form> parse_form(std::string_view body)
{
    form out;
    while (!body.empty()) {
        auto const amp = body.find('&');
        std::string_view pair = body.substr(0, amp);
        body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
        if (pair.empty())
            continue;
        auto const eq = pair.find('=');
        auto name = form_decode(pair.substr(0, eq));
        auto value = form_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
        if (!name || !value)
            return std::nullopt;
        out.emplace_back(std::move(*name), std::move(*value));
    }
    return out;
}

// The first value sent for `name` (later repeats are ignored, as most servers do).
inline std::optional<std::string> form_value(form const& f, std::string_view name)
{
    for (auto const& [k, v] : f)
        if (k == name)
            return v;
    return std::nullopt;
}

// --- Basic credentials -----------------------------------------------------------------------

// Strict RFC 4648 base64 (standard alphabet, padding required): what Basic auth carries.
inline std::optional<std::string> base64_decode(std::string_view s)
{
    auto const value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (is_digit(c))
            return c - '0' + 52;
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
        return -1;
    };
    if (s.size() % 4 != 0)
        return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < s.size(); i += 4) {
        int v[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            char const c = s[i + static_cast<std::size_t>(k)];
            if (c == '=') {
                // Padding only at the end of the last quantum, at most two.
                if (i + 4 != s.size() || k < 2)
                    return std::nullopt;
                ++pad;
                v[k] = 0;
                continue;
            }
            if (pad > 0)
                return std::nullopt;
            v[k] = value(c);
            if (v[k] < 0)
                return std::nullopt;
        }
        unsigned const n = (static_cast<unsigned>(v[0]) << 18) | (static_cast<unsigned>(v[1]) << 12) |
                           (static_cast<unsigned>(v[2]) << 6) | static_cast<unsigned>(v[3]);
        out += static_cast<char>((n >> 16) & 0xFF);
        if (pad < 2)
            out += static_cast<char>((n >> 8) & 0xFF);
        if (pad < 1)
            out += static_cast<char>(n & 0xFF);
    }
    return out;
}

// Juspay's documented credentials: "Basic " + base64("<api_key>:"). The scheme name is
// case-insensitive (RFC 7235 section 2.1), so "basic" and "BASIC" are accepted too. The
// compare does not stop at the first differing byte, so timing does not reveal the key.
inline bool basic_auth_matches(std::string_view header, std::string_view api_key)
{
    header = trim(header);
    auto const space = header.find(' ');
    if (space == std::string_view::npos || !iequals(header.substr(0, space), "basic"))
        return false;
    auto const decoded = base64_decode(trim(header.substr(space + 1)));
    if (!decoded || decoded->size() != api_key.size() + 1)
        return false;
    unsigned diff = static_cast<unsigned char>(decoded->back()) ^ static_cast<unsigned char>(':');
    for (std::size_t i = 0; i < api_key.size(); ++i)
        diff |= static_cast<unsigned char>((*decoded)[i]) ^ static_cast<unsigned char>(api_key[i]);
    return diff == 0;
}

// What the journal shows for an Authorization header: the scheme when it is Basic (in the
// case it was sent), never the credentials. Anything else may be a bare key: all masked.
inline std::string mask_authorization(std::string_view header)
{
    header = trim(header);
    auto const space = header.find(' ');
    if (space != std::string_view::npos && iequals(header.substr(0, space), "basic"))
        return std::string(header.substr(0, space)) + " ***";
    return "***";
}

// --- timestamps ------------------------------------------------------------------------------

// The three forms seen in Juspay's samples.
enum class stamp_style {
    nanoseconds, // 2025-02-24T17:49:53.977288433Z (the newer samples; the emulator's default)
    seconds_z,   // 2023-06-06T13:28:20Z
    offset,      // 2016-08-02T08:07:52+0000
};

// Nanoseconds, like the newer samples (system_clock already counts them on Linux).
inline time_point now() { return std::chrono::time_point_cast<std::chrono::nanoseconds>(clock_type::now()); }

// Always UTC: every sample ends in Z or +0000.
inline std::string format_stamp(time_point t, stamp_style style)
{
    auto const ns = t.time_since_epoch().count();
    long long secs = ns / 1'000'000'000;
    long long frac = ns % 1'000'000'000;
    if (frac < 0) {
        frac += 1'000'000'000;
        --secs;
    }
    std::time_t const tt = static_cast<std::time_t>(secs);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buf[64];
    std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    switch (style) {
    case stamp_style::nanoseconds:
        n += static_cast<std::size_t>(std::snprintf(buf + n, sizeof buf - n, ".%09lldZ", frac));
        break;
    case stamp_style::seconds_z:
        buf[n++] = 'Z';
        break;
    case stamp_style::offset:
        n += static_cast<std::size_t>(std::snprintf(buf + n, sizeof buf - n, "+0000"));
        break;
    }
    return std::string(buf, n);
}

} // namespace juspay_emulator

#endif
