// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_BASE64_HPP
#define JUSPAY_DETAIL_BASE64_HPP

#include <juspay/detail/abi.hpp>

#include <boost/assert.hpp>

#include <cstddef>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

constexpr std::size_t base64_size(std::size_t n) noexcept { return (n + 2) / 3 * 4; }

// Written here rather than borrowed: Boost has base64 only in Beast's and Serialization's
// detail namespaces, and this encodes the concatenation `a + b` (the API key and ":")
// straight into the header, without building the secret-bearing concatenation first.
// `b` is at most a few bytes (it is ":"): longer, only its first 8 - a.size() % 3 are read
// (BOOST_ASSERTed).
// Writes base64(a + b) at `p` (base64_size(a.size() + b.size()) bytes); returns the end.
inline char* write_base64(char* p, std::string_view a, std::string_view b) noexcept
{
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    auto const quad = [&p](unsigned v) {
        p[0] = alphabet[(v >> 18) & 63];
        p[1] = alphabet[(v >> 12) & 63];
        p[2] = alphabet[(v >> 6) & 63];
        p[3] = alphabet[v & 63];
        p += 4;
    };
    auto const u = [](char c) { return static_cast<unsigned>(static_cast<unsigned char>(c)); };
    // Whole groups of `a` straight from `a`; then the few bytes where `a` ends and `b` begins
    // (at most 2 + b.size(), and b is ":") through a small buffer.
    std::size_t i = 0;
    for (; i + 3 <= a.size(); i += 3)
        quad(u(a[i]) << 16 | u(a[i + 1]) << 8 | u(a[i + 2]));
    char tail[8];
    BOOST_ASSERT(a.size() % 3 + b.size() <= sizeof tail);
    std::size_t n = 0;
    for (; i < a.size(); ++i)
        tail[n++] = a[i];
    for (std::size_t k = 0; k < b.size() && n < sizeof tail; ++k)
        tail[n++] = b[k];
    std::size_t j = 0;
    for (; j + 3 <= n; j += 3)
        quad(u(tail[j]) << 16 | u(tail[j + 1]) << 8 | u(tail[j + 2]));
    if (n - j == 1) {
        quad(u(tail[j]) << 16);
        p[-2] = p[-1] = '=';
    } else if (n - j == 2) {
        quad(u(tail[j]) << 16 | u(tail[j + 1]) << 8);
        p[-1] = '=';
    }
    return p;
}

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
