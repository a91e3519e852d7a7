// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_TEXT_HPP
#define JUSPAY_DETAIL_TEXT_HPP

#include <cstddef>
#include <string_view>

namespace juspay {
namespace detail {

constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alpha(char c) noexcept
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool is_ascii_alnum(char c) noexcept { return is_ascii_digit(c) || is_ascii_alpha(c); }
constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

/// C0 controls and DEL.
constexpr bool is_control(char c) noexcept
{
    auto const u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

/// What may travel in a header value. CR, LF and NUL would split or end the header, and
/// the other controls are invalid field-content (RFC 9110 5.5); HTAB is allowed.
inline bool is_header_safe(std::string_view s) noexcept
{
    for (char c : s)
        if (is_control(c) && c != '\t')
            return false;
    return true;
}

inline bool has_control(std::string_view s) noexcept
{
    for (char c : s)
        if (is_control(c))
            return true;
    return false;
}

inline bool iequals(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_lower(a[i]) != ascii_lower(b[i]))
            return false;
    return true;
}

/// Number of code points in `s` when it is well-formed UTF-8 (no overlongs, no surrogates,
/// nothing above U+10FFFF); `npos` otherwise.
inline std::size_t utf8_length(std::string_view s) noexcept
{
    std::size_t n = 0;
    std::size_t i = 0;
    auto const at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    auto const cont = [&](std::size_t k) { return k < s.size() && (at(k) & 0xC0) == 0x80; };
    while (i < s.size()) {
        unsigned char const c = at(i);
        if (c < 0x80) {
            i += 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(i + 1))
                return std::string_view::npos;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(i + 1) || !cont(i + 2))
                return std::string_view::npos;
            unsigned char const c1 = at(i + 1);
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
                return std::string_view::npos;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3))
                return std::string_view::npos;
            unsigned char const c1 = at(i + 1);
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
                return std::string_view::npos;
            i += 4;
        } else {
            return std::string_view::npos;
        }
        ++n;
    }
    return n;
}

inline bool is_valid_utf8(std::string_view s) noexcept
{
    return utf8_length(s) != std::string_view::npos;
}

} // namespace detail
} // namespace juspay

#endif
