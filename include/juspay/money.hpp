// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_MONEY_HPP
#define JUSPAY_MONEY_HPP

#include <juspay/detail/abi.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN

/// An exact decimal amount: the text as written, and its value in minor units (paise, cents)
/// when the text is a plain decimal with at most two fractional digits. No binary floating
/// point is ever involved, so `1.10` is 110 and never 109.99999.
struct money {
    /// The decimal text, exactly as Juspay sent it or as the caller gave it ("1", "1.0", "1.50").
    std::string text;

    /// The amount in minor units: "1", "1.0", "1.00" -> 100; "0.1" -> 10; "-2.5" -> -250.
    /// Empty when `text` has more than two decimals, an exponent, is not a number, or does
    /// not fit: such amounts are kept as text rather than rounded.
    std::optional<std::int64_t> minor_units;

    /// Keeps `text` and computes `minor_units` from it.
    static money from_text(std::string_view text);

    /// The amount `minor` minor units as text with exactly two decimals: 150 -> "1.50".
    static money from_minor_units(std::int64_t minor);
};

/// The minor units of a plain decimal with at most two fractional digits (`-?D+(.D{1,2})?`:
/// "1", "1.5", "-0.25"; not ".5", "1.", "1e2", " 1"); empty otherwise or on overflow.
std::optional<std::int64_t> parse_minor_units(std::string_view text) noexcept;

JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/money.hpp>
#endif

#endif
