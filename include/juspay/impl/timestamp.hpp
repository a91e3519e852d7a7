// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_TIMESTAMP_HPP
#define JUSPAY_IMPL_TIMESTAMP_HPP

#include <juspay/detail/abi.hpp>

#include <boost/endian/conversion.hpp>

#include <cstdint>
#include <limits>

JUSPAY_NAMESPACE_BEGIN
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

JUSPAY_DECL std::optional<time_point> parse_timestamp(std::string_view s) noexcept
{
    using detail::read_digits;
    // The fixed part, YYYY-MM-DDTHH:MM:SS, read as three eight-byte words (bytes 0-7, 8-15
    // and 11-18): XORed with the expected text, every digit becomes its value and every
    // separator zero, and one mask test per word finds any byte that is neither. Timestamps
    // are on every response; this is a fraction of the cost of a branch per character.
    if (s.size() < 20)
        return std::nullopt;
    constexpr auto word = [](char const(&t)[9]) {
        std::uint64_t w = 0;
        for (int i = 7; i >= 0; --i)
            w = w << 8 | static_cast<unsigned char>(t[i]);
        return w; // little-endian, as load_little_u64 reads
    };
    auto const* const u = reinterpret_cast<unsigned char const*>(s.data());
    std::uint64_t const a = boost::endian::load_little_u64(u) ^ word("0000-00-");
    // 'T' or 't' at byte 10 (byte 2 of this word): setting bit 5 makes both 't'.
    std::uint64_t const b = (boost::endian::load_little_u64(u + 8) | std::uint64_t(0x20) << 16) ^ word("00t00:00");
    std::uint64_t const c = boost::endian::load_little_u64(u + 11) ^ word("00:00:00");
    // A digit's byte is good when it is 0-9: its high nibble is clear, and adding 6 leaves it
    // clear (a carry out of a bad byte only spoils a word that is bad anyway). A separator's
    // byte is good only when it is zero.
    constexpr std::uint64_t high = 0xF0F0F0F0F0F0F0F0u, six = 0x0606060606060606u;
    constexpr std::uint64_t separators_a = 0xFF0000FF00000000u; // bytes 4 and 7: '-' '-'
    constexpr std::uint64_t separators_bc = 0xFF0000FF0000u;    // bytes 2 and 5: 't' ':' / ':' ':'
    if (((a | (a + six)) & high) | ((b | (b + six)) & high) | ((c | (c + six)) & high) | (a & separators_a) |
        ((b | c) & separators_bc))
        return std::nullopt;
    auto const at = [](std::uint64_t w, unsigned i) { return static_cast<unsigned>(w >> (8 * i)) & 0xFFu; };
    unsigned const year = at(a, 0) * 1000 + at(a, 1) * 100 + at(a, 2) * 10 + at(a, 3);
    unsigned const month = at(a, 5) * 10 + at(a, 6), day = at(b, 0) * 10 + at(b, 1);
    unsigned const hour = at(b, 3) * 10 + at(b, 4), minute = at(b, 6) * 10 + at(b, 7);
    unsigned const second = at(c, 6) * 10 + at(c, 7);
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
    // secs * 10^9 + nanos, refused only when it is outside int64_t: every instant a
    // nanosecond time_point holds is accepted, time_point::min() and max() included.
    constexpr std::int64_t giga = 1'000'000'000;
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t min = std::numeric_limits<std::int64_t>::min();
    if (secs >= 0) {
        if (secs > max / giga)
            return std::nullopt;
        std::int64_t const whole = secs * giga;
        if (whole > max - nanos)
            return std::nullopt;
        return time_point(std::chrono::nanoseconds(whole + nanos));
    }
    // Negative: (secs + 1) * 10^9 cannot overflow where secs * 10^9 might, and the fraction
    // is then nanos - 10^9, in (-10^9, 0].
    if (secs + 1 < min / giga)
        return std::nullopt;
    std::int64_t const whole = (secs + 1) * giga;
    std::int64_t const fraction = nanos - giga;
    if (fraction < min - whole)
        return std::nullopt;
    return time_point(std::chrono::nanoseconds(whole + fraction));
}

JUSPAY_NAMESPACE_END

#endif
