// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/money.hpp>

#include <gtest/gtest.h>

#include <limits>

namespace {

TEST(money, minor_units_of_plain_decimals)
{
    struct row {
        char const* text;
        std::int64_t minor;
    };
    row const rows[] = {
        {"1", 100},     {"1.0", 100},   {"1.00", 100},       {"1.5", 150},
        {"1.50", 150},  {"0.1", 10},    {"0.01", 1},         {"0", 0},
        {"-2.5", -250}, {"-0.01", -1},  {"007.10", 710},     {"92233720368547758.07", 9223372036854775807},
        {"1.10", 110},  {"19.99", 1999}, {"-92233720368547758.07", -9223372036854775807},
    };
    for (auto const& r : rows) {
        auto const m = juspay::money::from_text(r.text);
        EXPECT_EQ(m.text, r.text);
        ASSERT_TRUE(m.minor_units) << r.text;
        EXPECT_EQ(*m.minor_units, r.minor) << r.text;
    }
}

TEST(money, anything_else_keeps_its_text_and_reports_no_minor_units)
{
    char const* const rows[] = {
        "1.005", "0.001", "1e2", "1E2", "1.0e0", "abc", "", ".5", "1.", "-", "+1", " 1", "1 ", "1,00",
        "92233720368547758.08", "100000000000000000000", "1.2.3", "--1", "0x10", "١",
    };
    for (auto const* text : rows) {
        auto const m = juspay::money::from_text(text);
        EXPECT_EQ(m.text, text);
        EXPECT_FALSE(m.minor_units) << text;
    }
}

TEST(money, from_minor_units_writes_two_decimals)
{
    EXPECT_EQ(juspay::money::from_minor_units(150).text, "1.50");
    EXPECT_EQ(juspay::money::from_minor_units(100).text, "1.00");
    EXPECT_EQ(juspay::money::from_minor_units(5).text, "0.05");
    EXPECT_EQ(juspay::money::from_minor_units(0).text, "0.00");
    EXPECT_EQ(juspay::money::from_minor_units(-250).text, "-2.50");
    EXPECT_EQ(juspay::money::from_minor_units(150).minor_units, 150);
    auto const max = juspay::money::from_minor_units(std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(max.text, "92233720368547758.07");
    EXPECT_EQ(max.minor_units, std::numeric_limits<std::int64_t>::max());
    // The one value whose magnitude has no positive int64: written and read back exactly.
    auto const min = juspay::money::from_minor_units(std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(min.text, "-92233720368547758.08");
    EXPECT_EQ(min.minor_units, std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(juspay::parse_minor_units("-92233720368547758.08"), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(juspay::parse_minor_units("-92233720368547758.1"), std::nullopt);
    EXPECT_EQ(juspay::parse_minor_units("-92233720368547758.09"), std::nullopt);
    EXPECT_EQ(juspay::parse_minor_units("-92233720368547759"), std::nullopt);
    EXPECT_EQ(juspay::parse_minor_units("-00092233720368547758.08"), std::numeric_limits<std::int64_t>::min());
}

} // namespace
