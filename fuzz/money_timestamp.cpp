// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Fuzzes juspay::parse_minor_units, juspay::money and juspay::parse_timestamp against
// reference readers written here from the documented grammars: plain code, one character at
// a time, with the arithmetic done in __int128 so that no step of the reference can overflow.
//
// Input: byte 0 picks the mode (mode % 8): 0-2 the rest is raw text, read as an amount and as
// a timestamp; 3 an amount built from the choices that follow; 4-5 a timestamp built from
// them; 6 eight bytes (or a special value) for money::from_minor_units; 7 the rest is raw text
// read as an amount and then as a timestamp after a built date prefix. Built text gets one
// wrong byte now and then, so that both sides of every rule are reached.
#ifndef JUSPAY_FUZZ_LINKED_BOOST // fuzz/run.sh compiles Boost in; CMake links it
#include <juspay/boost_src.hpp>
#endif

#include <juspay/money.hpp>
#include <juspay/timestamp.hpp>

#include "fuzz.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace {

__extension__ typedef __int128 i128;

constexpr std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();

bool digit(char c) { return c >= '0' && c <= '9'; }

// ---- money: -?D+(\.D{1,2})? in minor units, refused when outside int64 ----

std::optional<std::int64_t> reference_minor_units(std::string_view s)
{
    std::size_t i = 0;
    bool const negative = i < s.size() && s[i] == '-';
    if (negative)
        ++i;
    std::size_t const whole_begin = i;
    i128 whole = 0;
    bool huge = false; // more than any int64 amount: only its grammar still matters
    while (i < s.size() && digit(s[i])) {
        whole = whole * 10 + (s[i] - '0');
        if (whole > i128(1) << 80) {
            huge = true;
            whole = 0;
        }
        ++i;
    }
    if (i == whole_begin)
        return std::nullopt;
    i128 cents = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t const frac_begin = i;
        while (i < s.size() && digit(s[i]))
            ++i;
        std::size_t const n = i - frac_begin;
        if (n < 1 || n > 2)
            return std::nullopt;
        cents = (s[frac_begin] - '0') * 10 + (n == 2 ? s[frac_begin + 1] - '0' : 0);
    }
    if (i != s.size() || huge)
        return std::nullopt;
    i128 v = whole * 100 + cents;
    if (negative)
        v = -v;
    if (v < i64_min || v > i64_max)
        return std::nullopt;
    return static_cast<std::int64_t>(v);
}

void check_from_minor_units(std::int64_t x)
{
    auto const m = juspay::money::from_minor_units(x);
    FUZZ_CHECK(m.minor_units == x, "from_minor_units keeps the amount");
    std::string_view t = m.text;
    // The canonical form: a '-' only below zero, no leading zero, exactly two decimals.
    FUZZ_CHECK(t.size() >= 4 && t[t.size() - 3] == '.' && digit(t[t.size() - 2]) && digit(t.back()),
               "from_minor_units writes exactly two decimals");
    FUZZ_CHECK((x < 0) == (t.front() == '-'), "from_minor_units writes a sign exactly below zero");
    std::string_view const whole = t.substr(x < 0 ? 1 : 0, t.size() - 3 - (x < 0 ? 1 : 0));
    FUZZ_CHECK(!whole.empty() && (whole.size() == 1 || whole.front() != '0'), "no leading zero");
    for (char const c : whole)
        FUZZ_CHECK(digit(c), "the whole part is digits");
    FUZZ_CHECK(juspay::parse_minor_units(t) == x, "parse_minor_units reads from_minor_units back");
    FUZZ_CHECK(reference_minor_units(t) == x, "the reference reads from_minor_units back");
}

void check_amount(std::string_view text)
{
    auto const got = juspay::parse_minor_units(text);
    FUZZ_CHECK(got == reference_minor_units(text), "parse_minor_units agrees with the reference");
    auto const m = juspay::money::from_text(text);
    FUZZ_CHECK(m.text == text, "money::from_text keeps the text");
    FUZZ_CHECK(m.minor_units == got, "money::from_text reads the text as parse_minor_units does");
    if (got)
        check_from_minor_units(*got);
}

// ---- timestamps: YYYY-MM-DDTHH:MM:SS[.f](Z|+HHMM|+HH:MM|-HHMM|-HH:MM) ----
//
// Choices the doc leaves open, taken here from RFC 3339 (whose profile this is) and checked
// against the implementation: 'T' and 'Z' may be lower case (RFC 3339 5.6, NOTE); a '.' needs
// at least one digit; an offset is 00-23 hours and 00-59 minutes; second 60 (a leap second) is
// refused, as time_point counts none.

bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

long month_days(long y, long m)
{
    if (m == 2)
        return leap(y) ? 29 : 28;
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
}

// Days from 0000-01-01 to y-01-01: 365 a year and one more per leap year before y; the
// multiples of k in [0, y) number ceil(y / k).
i128 days_before_year(long y) { return i128(365) * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400; }

// Reads exactly n digits.
bool number(std::string_view s, std::size_t& i, std::size_t n, long& out)
{
    long v = 0;
    for (std::size_t k = 0; k < n; ++k, ++i) {
        if (i >= s.size() || !digit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

bool expect(std::string_view s, std::size_t& i, char c)
{
    if (i >= s.size() || s[i] != c)
        return false;
    ++i;
    return true;
}

// The instant in nanoseconds since 1970, when the text is such a timestamp (any range).
std::optional<i128> reference_instant(std::string_view s)
{
    std::size_t i = 0;
    long year, month, day, hour, minute, second;
    if (!number(s, i, 4, year) || !expect(s, i, '-') || !number(s, i, 2, month) || !expect(s, i, '-') ||
        !number(s, i, 2, day))
        return std::nullopt;
    if (i >= s.size() || (s[i] != 'T' && s[i] != 't'))
        return std::nullopt;
    ++i;
    if (!number(s, i, 2, hour) || !expect(s, i, ':') || !number(s, i, 2, minute) || !expect(s, i, ':') ||
        !number(s, i, 2, second))
        return std::nullopt;
    i128 nanos = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t n = 0;
        while (i < s.size() && digit(s[i])) {
            nanos = nanos * 10 + (s[i] - '0');
            ++i;
            if (++n > 9)
                return std::nullopt;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 9; ++n)
            nanos *= 10;
    }
    long offset = 0; // seconds east of UTC
    if (i >= s.size())
        return std::nullopt;
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        long const sign = s[i] == '-' ? -1 : 1;
        ++i;
        long oh, om;
        if (!number(s, i, 2, oh))
            return std::nullopt;
        if (i < s.size() && s[i] == ':')
            ++i;
        if (!number(s, i, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = sign * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > month_days(year, month) || hour > 23 || minute > 59 ||
        second > 59)
        return std::nullopt;
    i128 days = days_before_year(year) - days_before_year(1970) + (day - 1);
    for (long m = 1; m < month; ++m)
        days += month_days(year, m);
    i128 const seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset;
    return seconds * 1'000'000'000 + nanos;
}

void check_timestamp(std::string_view text)
{
    auto const got = juspay::parse_timestamp(text);
    auto const instant = reference_instant(text);
    bool const in_range = instant && *instant >= i64_min && *instant <= i64_max;
    FUZZ_CHECK(got.has_value() == in_range, "parse_timestamp accepts exactly the reference's timestamps in range");
    if (got)
        FUZZ_CHECK(got->time_since_epoch().count() == *instant, "parse_timestamp agrees with the reference");
    juspay::timestamp const t{std::string(text)};
    FUZZ_CHECK(t.time() == got, "timestamp::time() reads the text as parse_timestamp does");
}

// ---- near-valid text from the fuzzer's choices ----

void digits(std::string& out, unsigned long v, std::size_t n)
{
    std::string d(n, '0');
    for (std::size_t k = n; k-- > 0; v /= 10)
        d[k] = static_cast<char>('0' + v % 10);
    out += d;
}

// Now and then one byte becomes another, or one is added at the end.
void spoil(fuzz::input& in, std::string& s)
{
    if (in.chance(24) && !s.empty())
        s[in.below(s.size())] = static_cast<char>(in.byte());
    if (in.chance(8))
        s += static_cast<char>(in.byte());
}

std::string built_amount(fuzz::input& in)
{
    std::string s = in.chance(64) ? "-" : "";
    std::size_t const whole = in.chance(16) ? in.below(2) : 1 + in.below(22);
    for (std::size_t k = 0; k < whole; ++k)
        s += static_cast<char>('0' + in.byte() % 10);
    if (in.chance(150)) {
        s += '.';
        std::size_t const frac = in.below(4);
        for (std::size_t k = 0; k < frac; ++k)
            s += static_cast<char>('0' + in.byte() % 10);
    }
    spoil(in, s);
    return s;
}

std::string built_date_time(fuzz::input& in)
{
    static constexpr unsigned long years[] = {1677, 1678, 2261, 2262, 1969, 1970, 2000, 1900, 2100, 1600, 0, 9999};
    std::string s;
    digits(s, in.chance(96) ? years[in.below(std::size(years))] : in.u16() % 10000, 4);
    s += '-';
    digits(s, in.byte() % 14, 2);
    s += '-';
    digits(s, in.byte() % 33, 2);
    s += in.chance(230) ? 'T' : "t T"[in.below(3)];
    digits(s, in.byte() % 25, 2);
    s += ':';
    digits(s, in.byte() % 61, 2);
    s += ':';
    digits(s, in.byte() % 62, 2);
    return s;
}

std::string built_timestamp(fuzz::input& in)
{
    std::string s = built_date_time(in);
    std::size_t const frac = in.below(12); // 0: none; else '.' and frac - 1 digits
    if (frac > 0) {
        s += '.';
        for (std::size_t k = 1; k < frac; ++k)
            s += static_cast<char>('0' + in.byte() % 10);
    }
    switch (in.below(8)) {
    case 0: break; // no zone
    case 1: s += 'z'; break;
    case 2:
    case 3: s += 'Z'; break;
    default: {
        s += in.chance(128) ? '+' : '-';
        digits(s, in.byte() % 26, 2);
        if (in.chance(128))
            s += ':';
        digits(s, in.byte() % 62, 2);
    }
    }
    spoil(in, s);
    return s;
}

std::int64_t built_minor_units(fuzz::input& in)
{
    static constexpr std::int64_t special[] = {i64_min, i64_min + 1, i64_max, i64_max - 1, 0, 1, -1, 99, -99,
                                               100,     -100,        101,     -101,        i64_max / 100 * 100};
    if (in.chance(64))
        return special[in.below(std::size(special))];
    std::uint64_t v = 0;
    for (int k = 0; k < 8; ++k)
        v = v << 8 | in.byte();
    return static_cast<std::int64_t>(v);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    fuzz::input in(data, size);
    switch (in.byte() % 8) {
    case 3: {
        std::string const s = built_amount(in);
        check_amount(s);
        check_timestamp(s);
        break;
    }
    case 4:
    case 5: {
        std::string const s = built_timestamp(in);
        check_timestamp(s);
        check_amount(s);
        break;
    }
    case 6: check_from_minor_units(built_minor_units(in)); break;
    case 7: {
        // A valid-looking date and time with raw bytes after it: the zone and fraction rules.
        std::string s = built_date_time(in);
        std::string_view const tail = in.rest();
        check_amount(tail);
        s += tail;
        check_timestamp(s);
        break;
    }
    default: {
        std::string_view const s = in.rest();
        check_amount(s);
        check_timestamp(s);
    }
    }
    return 0;
}
