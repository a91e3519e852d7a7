// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Allocation counts, asserted: a separate binary, because it replaces the global operator new.

#include <juspay/juspay.hpp>

#include "alloc_counter.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

long long allocations() { return juspay_bench::allocations.load(); }

juspay::create_customer a_create()
{
    juspay::create_customer op;
    op.object_reference_id = "customer@gmail.com";
    op.mobile_number = "9988776655";
    return op;
}

TEST(alloc, copying_an_error_never_allocates)
{
    std::string const body = R"({"error_message":"Wrong value in mobile_number","status":"Invalid Request",)"
                             R"("error_code":"Invalid Request","error_info":{"user_message":"Invalid request params. )"
                             R"(Please verify your input.","fields":[{"field_name":"mobile_number","reason":)"
                             R"("Invalid value."}],"developer_message":"Invalid request params","code":"INVALID_INPUT",)"
                             R"("category":"USER_ERROR"}})" +
                             std::string(2000, ' ');
    auto const r = juspay::parse_response(a_create(), {400, body});
    ASSERT_FALSE(r);
    long long const before = allocations();
    {
        juspay::error const a = r.error();      // Boost 1.81 returns a copy
        juspay::error b = a;                    // copy
        juspay::error c = std::move(b);         // move
        b = c;                                  // copy-assign
        EXPECT_EQ(a.fields().size(), 1u);       // accessors do not allocate either
        EXPECT_EQ(c.envelope().info_code, "INVALID_INPUT");
        EXPECT_EQ(r.error().body().size(), body.size());
        EXPECT_FALSE(r.error().message().empty());
    }
    EXPECT_EQ(allocations() - before, 0);
}

TEST(alloc, an_answer_error_allocates_its_details_once_and_its_text_once)
{
    // A proxy's HTML 502: nothing of Juspay's envelope to keep, so exactly the shared details
    // block and the one text buffer (message, body and ids together).
    std::string const html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    juspay::header_view const headers[] = {{"x-request-id", "b2e0fd33-7655-4778-83a8-5179ed21b0b7"},
                                           {"x-response-id", "7a8f0c55-5d41-4bd7-9e01-0b3c8e0d2a11"}};
    auto const op = a_create();
    long long const before = allocations();
    auto const r = juspay::parse_response(op, {502, html, headers});
    long long const used = allocations() - before;
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().response_id(), "7a8f0c55-5d41-4bd7-9e01-0b3c8e0d2a11");
    EXPECT_EQ(used, 2);
}

TEST(alloc, a_refusal_allocates_details_text_and_its_fields)
{
    juspay::config const cfg{"https://sandbox.juspay.in", "key", "merchant"};
    juspay::call_options const none; // no routing id: one field
    auto const op = a_create();
    long long const before = allocations();
    auto const r = juspay::build_request(cfg, op, none);
    long long const used = allocations() - before;
    ASSERT_FALSE(r);
    ASSERT_EQ(r.error().fields().size(), 1u);
    // The details block, the text, the fields vector, and the two strings of the one field
    // (longer than a std::string holds inline).
    EXPECT_EQ(used, 5);
}

juspay::create_customer every_field()
{
    auto op = a_create();
    op.email_address = "customer@gmail.com";
    op.first_name = "John";
    op.last_name = "Smith";
    op.mobile_country_code = "91";
    op.get_client_auth_token = true;
    return op;
}

juspay::create_customer_account one_bank_account()
{
    juspay::create_customer_account op;
    op.customer_id = "cst_zqqmw0v4exbhvv2l";
    op.bank_code = "JP_HDFC";
    op.bank_accounts.push_back({"AABF0008032", "026291800001191", "test"});
    return op;
}

juspay::config docs_config() { return {"https://api.juspay.in", "your_api_key", "merchant_id"}; }

juspay::call_options routed()
{
    juspay::call_options o;
    o.routing_id = "customer_1122";
    return o;
}

template <class Op>
long long allocations_of_build(Op const& op)
{
    auto const cfg = docs_config();
    auto const opts = routed();
    long long const before = allocations();
    auto const r = juspay::build_request(cfg, op, opts);
    long long const used = allocations() - before;
    EXPECT_TRUE(r);
    return used;
}

TEST(alloc, a_request_is_one_allocation)
{
    EXPECT_EQ(allocations_of_build(every_field()), 1);
    EXPECT_EQ(allocations_of_build(one_bank_account()), 1);
    EXPECT_EQ(allocations_of_build(juspay::get_customer{"cst_pcxaymwoh9vbse97", true}), 1);
    juspay::validate_customer_account const validate{"cst_1", "banh_1", std::string("HDFC"), juspay::money::from_text("1")};
    EXPECT_EQ(allocations_of_build(validate), 1);
}

TEST(alloc, a_reused_request_allocates_nothing)
{
    auto const cfg = docs_config();
    auto const opts = routed();
    auto const create = every_field();
    auto const accounts = one_bank_account();
    juspay::request reuse;
    ASSERT_TRUE(juspay::build_request(cfg, accounts, opts, reuse)); // the largest first
    long long const before = allocations();
    for (int i = 0; i < 100; ++i) {
        EXPECT_TRUE(juspay::build_request(cfg, create, opts, reuse));
        EXPECT_TRUE(juspay::build_request(cfg, accounts, opts, reuse));
        EXPECT_TRUE(juspay::build_request(cfg, juspay::get_customer{"cst_1", false}, opts, reuse));
    }
    EXPECT_EQ(allocations() - before, 0);
}

TEST(alloc, moving_a_request_allocates_nothing)
{
    auto r = juspay::build_request(docs_config(), every_field(), routed());
    ASSERT_TRUE(r);
    long long const before = allocations();
    juspay::request moved(std::move(*r));
    juspay::request again;
    again = std::move(moved);
    EXPECT_EQ(allocations() - before, 0);
    EXPECT_FALSE(again.http1().empty());
}

} // namespace
