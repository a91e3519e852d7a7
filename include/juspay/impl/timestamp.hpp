// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_TIMESTAMP_HPP
#define JUSPAY_IMPL_TIMESTAMP_HPP

#include <cstdint>
#include <limits>

namespace juspay {
namespace detail {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil;
// std::chrono's calendar types are C++20).
constexpr std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept
{
    y -= m <= 2;
    std::int64_t const era = (y >= 0 ? y : y - 399) / 400;
    auto const yoe = static_cast<unsigned>(y - era * 400);
    unsigned const doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

constexpr unsigned days_in_month(std::int64_t y, unsigned m) noexcept
{
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool const leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29u : days[m - 1];
}

// Reads exactly `n` digits at `p`.
inline bool read_digits(std::string_view s, std::size_t& p, std::size_t n, unsigned& out) noexcept
{
    if (s.size() - p < n)
        return false;
    unsigned v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        char const c = s[p + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    p += n;
    out = v;
    return true;
}

} // namespace detail

inline std::optional<time_point> parse_timestamp(std::string_view s) noexcept
{
    using detail::read_digits;
    // The fixed part, YYYY-MM-DDTHH:MM:SS, read by position: timestamps are on every
    // response, and this is a fraction of the cost of scanning it field by field.
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return std::nullopt;
    constexpr std::size_t digit_at[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    unsigned d[14];
    for (std::size_t i = 0; i < 14; ++i) {
        d[i] = static_cast<unsigned>(static_cast<unsigned char>(s[digit_at[i]])) - '0';
        if (d[i] > 9)
            return std::nullopt;
    }
    unsigned const year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3];
    unsigned const month = d[4] * 10 + d[5], day = d[6] * 10 + d[7];
    unsigned const hour = d[8] * 10 + d[9], minute = d[10] * 10 + d[11], second = d[12] * 10 + d[13];
    std::size_t p = 19;
    if (month < 1 || month > 12 || day < 1 || day > detail::days_in_month(year, month) || hour > 23 ||
        minute > 59 || second > 59)
        return std::nullopt;

    std::int64_t nanos = 0;
    if (p < s.size() && s[p] == '.') {
        ++p;
        std::size_t digits = 0;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
            if (++digits > 9)
                return std::nullopt; // more precision than we can keep: refuse rather than round
            nanos = nanos * 10 + (s[p] - '0');
            ++p;
        }
        if (digits == 0)
            return std::nullopt;
        for (; digits < 9; ++digits)
            nanos *= 10;
    }

    std::int64_t offset_seconds = 0;
    if (p >= s.size())
        return std::nullopt; // no zone: local time of an unknown place
    if (s[p] == 'Z' || s[p] == 'z') {
        ++p;
    } else if (s[p] == '+' || s[p] == '-') {
        int const sign = s[p] == '-' ? -1 : 1;
        ++p;
        unsigned oh = 0, om = 0;
        if (!read_digits(s, p, 2, oh))
            return std::nullopt;
        if (p < s.size() && s[p] == ':')
            ++p;
        if (!read_digits(s, p, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset_seconds = sign * static_cast<std::int64_t>(oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    if (p != s.size())
        return std::nullopt;

    std::int64_t const secs = detail::days_from_civil(year, month, day) * 86400 + hour * 3600 +
                              minute * 60 + second - offset_seconds;
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t max_secs = max / 1'000'000'000;
    if (secs > max_secs || secs < -max_secs)
        return std::nullopt;
    std::int64_t const whole = secs * 1'000'000'000;
    if (whole > max - nanos)
        return std::nullopt;
    return time_point(std::chrono::nanoseconds(whole + nanos));
}

inline timestamp timestamp::from_text(std::string_view text)
{
    return timestamp{std::string(text), parse_timestamp(text)};
}

} // namespace juspay

#endif
