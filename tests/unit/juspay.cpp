// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/juspay.hpp>

#include <gtest/gtest.h>

#include <thread>
#include <type_traits>
#include <vector>

namespace {

// The umbrella header brings the whole public API.
static_assert(std::is_same_v<juspay::create_customer::result_type, juspay::customer>);
static_assert(std::is_same_v<juspay::get_customer::result_type, juspay::customer>);
static_assert(std::is_same_v<juspay::update_customer::result_type, juspay::customer>);
static_assert(std::is_aggregate_v<juspay::create_customer>);
static_assert(std::is_aggregate_v<juspay::config>);
static_assert(std::is_same_v<juspay::result<int>, boost::system::result<int, juspay::error>>);
static_assert(boost::system::is_error_code_enum<juspay::errc>::value);
static_assert(boost::system::is_error_condition_enum<juspay::condition>::value);

TEST(juspay, build_and_parse_are_safe_from_many_threads)
{
    juspay::config const cfg{std::string(juspay::endpoints::india_sandbox), "key", "merchant"};
    juspay::create_customer op;
    op.object_reference_id = "cust_123489";
    op.mobile_number = "9988776655";
    juspay::call_options opts;
    opts.routing_id = "customer_1122";
    auto const expected = juspay::build_request(cfg, op, opts);
    ASSERT_TRUE(expected);
    std::vector<std::thread> threads;
    std::vector<int> mismatches(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 500; ++i) {
                auto const r = juspay::build_request(cfg, op, opts);
                auto const p = juspay::parse_response(op, {200, R"({"id":"cst_1","juspay":null})"});
                auto const e = juspay::parse_response(op, {404, R"({"error_code":"object_not_found"})"});
                if (!r || r->body() != expected->body() || !p || p->id != "cst_1" || e ||
                    e.error().code != juspay::errc::not_found)
                    ++mismatches[t];
            }
        });
    }
    for (auto& t : threads)
        t.join();
    for (int m : mismatches)
        EXPECT_EQ(m, 0);
}

} // namespace
