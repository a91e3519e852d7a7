// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/timestamp.hpp>

#include <gtest/gtest.h>

#include <limits>
#include <string>

namespace {

using namespace std::chrono;

std::int64_t ns(std::string_view text)
{
    auto const t = juspay::parse_timestamp(text);
    EXPECT_TRUE(t.has_value()) << text;
    return t ? t->time_since_epoch().count() : 0;
}

TEST(timestamp, formats_juspay_sends)
{
    // date -u -d 2023-06-06T13:28:20Z +%s  ->  1686058100
    EXPECT_EQ(ns("2023-06-06T13:28:20Z"), 1686058100LL * 1'000'000'000);
    EXPECT_EQ(ns("2025-02-24T17:49:53.977288433Z"), 1740419393LL * 1'000'000'000 + 977288433);
    EXPECT_EQ(ns("2016-08-02T08:07:52+0000"), 1470125272LL * 1'000'000'000);
    EXPECT_EQ(ns("2020-03-17T14:16:31Z"), 1584454591LL * 1'000'000'000);
}

TEST(timestamp, offsets_and_fraction_lengths)
{
    std::int64_t const base = 1740419393LL * 1'000'000'000;
    EXPECT_EQ(ns("2025-02-24T23:19:53+05:30"), base);
    EXPECT_EQ(ns("2025-02-24T23:19:53+0530"), base);
    EXPECT_EQ(ns("2025-02-24T12:49:53-05:00"), base);
    EXPECT_EQ(ns("2025-02-24T17:49:53z"), base);
    EXPECT_EQ(ns("2025-02-24t17:49:53Z"), base);
    EXPECT_EQ(ns("2025-02-24T17:49:53.5Z"), base + 500'000'000);
    EXPECT_EQ(ns("2025-02-24T17:49:53.000000001Z"), base + 1);
    EXPECT_EQ(ns("2025-02-24T17:49:53.123456Z"), base + 123'456'000);
}

TEST(timestamp, calendar_edges)
{
    EXPECT_EQ(ns("1970-01-01T00:00:00Z"), 0);
    EXPECT_EQ(ns("1969-12-31T23:59:59.999999999Z"), -1);
    EXPECT_EQ(ns("2024-02-29T00:00:00Z"), 1709164800LL * 1'000'000'000);
    EXPECT_EQ(ns("2000-02-29T00:00:00Z"), 951782400LL * 1'000'000'000);
    EXPECT_EQ(ns("2262-04-11T23:47:16Z"), 9223372036LL * 1'000'000'000);
    EXPECT_EQ(ns("1677-09-21T00:12:44Z"), -9223372036LL * 1'000'000'000);
    // The two ends of a nanosecond time_point, to the nanosecond, and one past each.
    EXPECT_EQ(ns("2262-04-11T23:47:16.854775807Z"), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(ns("1677-09-21T00:12:43.145224192Z"), std::numeric_limits<std::int64_t>::min());
    EXPECT_FALSE(juspay::parse_timestamp("2262-04-11T23:47:16.854775808Z").has_value());
    EXPECT_FALSE(juspay::parse_timestamp("1677-09-21T00:12:43.145224191Z").has_value());
    EXPECT_FALSE(juspay::parse_timestamp("1677-09-21T00:12:42Z").has_value());
    EXPECT_EQ(ns("1677-09-21T00:12:43.999999999Z"), std::numeric_limits<std::int64_t>::min() + 854775807);
}

// Every character of the fixed part, replaced by each byte that is not what belongs there,
// is refused: the word-at-a-time test must not let a near miss (a byte whose high nibble is
// 3, a separator with bit 5 set, a carry from the byte before) through.
TEST(timestamp, every_wrong_byte_in_the_fixed_part_is_refused)
{
    std::string const good = "2023-06-06T13:28:20Z";
    ASSERT_TRUE(juspay::parse_timestamp(good).has_value());
    for (std::size_t i = 0; i < 19; ++i) {
        for (int c = 0; c < 256; ++c) {
            char const ch = static_cast<char>(c);
            bool const digit = ch >= '0' && ch <= '9';
            bool const fits = i == 10 ? (ch == 'T' || ch == 't') : (i == 4 || i == 7) ? ch == '-'
                              : (i == 13 || i == 16)                   ? ch == ':'
                                                                       : digit;
            if (fits)
                continue;
            std::string bad = good;
            bad[i] = ch;
            EXPECT_FALSE(juspay::parse_timestamp(bad).has_value()) << i << " " << c;
        }
    }
}

TEST(timestamp, malformed_or_impossible_text_gives_no_instant)
{
    char const* const bad[] = {
        "",
        "2023-06-06",
        "2023-06-06T13:28:20",        // no zone
        "2023-06-06 13:28:20Z",       // space separator
        "2023-06-06T13:28Z",          // no seconds
        "2023-6-06T13:28:20Z",        // one-digit month
        "2023-06-06T13:28:20.Z",      // empty fraction
        "2023-06-06T13:28:20.1234567891Z", // ten digits: refuse rather than round
        "2023-13-01T00:00:00Z",
        "2023-00-01T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2023-04-31T00:00:00Z",
        "2023-06-06T24:00:00Z",
        "2023-06-06T23:60:00Z",
        "2023-06-06T23:59:60Z",
        "2023-06-06T13:28:20+5:30",
        "2023-06-06T13:28:20+24:00",
        "2023-06-06T13:28:20+05:60",
        "2023-06-06T13:28:20Z ",
        "2023-06-06T13:28:20ZZ",
        "9999-12-31T23:59:59Z",       // beyond a nanosecond time_point
        "0001-01-01T00:00:00Z",
        "２０２３-06-06T13:28:20Z",
        "2023-06-06T13:28:20\0Z",
    };
    for (auto const* text : bad)
        EXPECT_FALSE(juspay::parse_timestamp(text).has_value()) << text;
}

TEST(timestamp, keeps_the_text_and_reads_the_instant_when_asked)
{
    juspay::timestamp const good{"2023-06-06T13:28:20.5+05:30"};
    EXPECT_EQ(good.text, "2023-06-06T13:28:20.5+05:30");
    ASSERT_TRUE(good.time().has_value());
    EXPECT_EQ(good.time()->time_since_epoch().count(), 1686038300LL * 1'000'000'000 + 500'000'000);
    EXPECT_EQ(good.time(), juspay::parse_timestamp(good.text));
    juspay::timestamp const bad{"yesterday"};
    EXPECT_EQ(bad.text, "yesterday");
    EXPECT_FALSE(bad.time().has_value());
    juspay::timestamp changed = good;
    changed.text = "1970-01-01T00:00:01Z"; // nothing cached: the instant follows the text
    EXPECT_EQ(changed.time()->time_since_epoch().count(), 1'000'000'000);
}

} // namespace
