// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_MONEY_HPP
#define JUSPAY_IMPL_MONEY_HPP

#include <juspay/detail/abi.hpp>

#include <limits>

JUSPAY_NAMESPACE_BEGIN

JUSPAY_DECL std::optional<std::int64_t> parse_minor_units(std::string_view s) noexcept
{
    bool negative = false;
    if (!s.empty() && s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    auto const dot = s.find('.');
    std::string_view const whole = s.substr(0, dot);
    std::string_view const frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
    if (whole.empty() || frac.size() > 2 || (dot != std::string_view::npos && frac.empty()))
        return std::nullopt;
    // The magnitude is accumulated unsigned, so that INT64_MIN (whose magnitude is one more
    // than INT64_MAX) is read like every other value.
    constexpr std::uint64_t max_positive = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t const max_magnitude = negative ? max_positive + 1 : max_positive;
    std::uint64_t units = 0;
    for (char c : whole) {
        if (c < '0' || c > '9')
            return std::nullopt;
        auto const digit = static_cast<std::uint64_t>(c - '0');
        if (units > (max_magnitude / 100 - digit) / 10)
            return std::nullopt;
        units = units * 10 + digit;
    }
    std::uint64_t cents = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        char const c = i < frac.size() ? frac[i] : '0';
        if (c < '0' || c > '9')
            return std::nullopt;
        cents = cents * 10 + static_cast<std::uint64_t>(c - '0');
    }
    if (units * 100 > max_magnitude - cents)
        return std::nullopt;
    std::uint64_t const total = units * 100 + cents;
    if (!negative)
        return static_cast<std::int64_t>(total);
    if (total == max_positive + 1)
        return std::numeric_limits<std::int64_t>::min();
    return -static_cast<std::int64_t>(total);
}

JUSPAY_DECL money money::from_text(std::string_view text)
{
    return money{std::string(text), parse_minor_units(text)};
}

JUSPAY_DECL money money::from_minor_units(std::int64_t minor)
{
    // Two's complement: the magnitude of INT64_MIN does not fit; go through unsigned.
    std::uint64_t const magnitude = minor < 0 ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    std::string text = minor < 0 ? "-" : "";
    text += std::to_string(magnitude / 100);
    text += '.';
    text += static_cast<char>('0' + magnitude % 100 / 10);
    text += static_cast<char>('0' + magnitude % 10);
    auto units = parse_minor_units(text);
    return money{std::move(text), units};
}

JUSPAY_NAMESPACE_END

#endif
