// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/config.hpp>

#include <gtest/gtest.h>

namespace {

TEST(config, the_six_documented_base_urls)
{
    EXPECT_EQ(juspay::endpoints::india_sandbox, "https://sandbox.juspay.in");
    EXPECT_EQ(juspay::endpoints::india_production, "https://api.juspay.in");
    EXPECT_EQ(juspay::endpoints::europe_sandbox, "https://sandbox.juspay.io");
    EXPECT_EQ(juspay::endpoints::europe_production, "https://api.juspay.io");
    EXPECT_EQ(juspay::endpoints::brazil_sandbox, "https://api.sandbox.juspay.io");
    EXPECT_EQ(juspay::endpoints::brazil_production, "https://api.juspay.io");
}

TEST(config, defaults_pick_nothing_silently)
{
    juspay::config const c;
    EXPECT_TRUE(c.base_url.empty());
    EXPECT_TRUE(c.api_key.empty());
    EXPECT_TRUE(c.merchant_id.empty());
    juspay::call_options const o;
    EXPECT_TRUE(o.routing_id.empty());
    EXPECT_TRUE(o.validate);
}

} // namespace
