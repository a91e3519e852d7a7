// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_TIMESTAMP_HPP
#define JUSPAY_TIMESTAMP_HPP

#include <juspay/detail/abi.hpp>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN

/// An instant in UTC with nanosecond resolution (Juspay sends up to nine fractional digits).
/// Representable range: years 1678 to 2261.
using time_point = std::chrono::time_point<std::chrono::system_clock, std::chrono::nanoseconds>;

/// Parses `YYYY-MM-DDTHH:MM:SS[.f]` followed by `Z`, `+HHMM` or `+HH:MM` (or `-`), with 1 to 9
/// fractional digits after a `.` (or no `.` at all), into UTC; `T` and `Z` may be lower case
/// (RFC 3339, section 5.6). Empty when the text is not such a timestamp, names an impossible
/// date or time (a month day past the month's end, hour 24, second 60: a leap second has no
/// `time_point`), has an offset past 23:59, or falls outside `time_point`'s range
/// (`time_point::min()` and `max()` themselves are in it). Never throws.
std::optional<time_point> parse_timestamp(std::string_view text) noexcept;

/// A timestamp as Juspay sent it: the text, kept exactly, read as an instant only when asked.
/// A malformed timestamp never fails the parse of a response; only `time()` is then empty.
/// Reading a response keeps just the text, because most callers never look at most of its
/// timestamps; a caller who does pays for `parse_timestamp` then (no allocation).
struct timestamp {
    std::string text; ///< exactly as received

    /// The instant `text` names (`parse_timestamp(text)`), computed on each call and never
    /// cached: empty when `text` is not a well-formed timestamp. Never throws.
    std::optional<time_point> time() const noexcept { return parse_timestamp(text); }
};

JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/timestamp.hpp>
#endif

#endif
