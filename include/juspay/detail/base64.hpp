// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_BASE64_HPP
#define JUSPAY_DETAIL_BASE64_HPP

#include <cstddef>
#include <string_view>

namespace juspay {
namespace detail {

constexpr std::size_t base64_size(std::size_t n) noexcept { return (n + 2) / 3 * 4; }

// Written here rather than borrowed: Boost has base64 only in Beast's and Serialization's
// detail namespaces, and this encodes the concatenation `a + b` (the API key and ":")
// straight into the header, without building the secret-bearing concatenation first.
// Writes base64(a + b) at `p` (base64_size(a.size() + b.size()) bytes); returns the end.
inline char* write_base64(char* p, std::string_view a, std::string_view b) noexcept
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::size_t const n = a.size() + b.size();
    auto const byte = [&](std::size_t i) -> unsigned {
        return static_cast<unsigned char>(i < a.size() ? a[i] : b[i - a.size()]);
    };
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned const v = byte(i) << 16 | byte(i + 1) << 8 | byte(i + 2);
        *p++ = alphabet[(v >> 18) & 63];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = alphabet[(v >> 6) & 63];
        *p++ = alphabet[v & 63];
    }
    if (n - i == 1) {
        unsigned const v = byte(i) << 16;
        *p++ = alphabet[(v >> 18) & 63];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = '=';
        *p++ = '=';
    } else if (n - i == 2) {
        unsigned const v = byte(i) << 16 | byte(i + 1) << 8;
        *p++ = alphabet[(v >> 18) & 63];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = alphabet[(v >> 6) & 63];
        *p++ = '=';
    }
    return p;
}

} // namespace detail
} // namespace juspay

#endif
