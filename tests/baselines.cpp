// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// The benchmark baselines produce the library's values, so their timings compare like with like.

#include "baselines.hpp"
#include "samples.hpp"

#include <gtest/gtest.h>

namespace {

using namespace juspay_bench;

void expect_same(juspay::customer const& a, juspay::customer const& b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.object, b.object);
    EXPECT_EQ(a.object_reference_id, b.object_reference_id);
    EXPECT_EQ(a.mobile_country_code, b.mobile_country_code);
    EXPECT_EQ(a.mobile_number, b.mobile_number);
    EXPECT_EQ(a.email_address, b.email_address);
    EXPECT_EQ(a.first_name, b.first_name);
    EXPECT_EQ(a.last_name, b.last_name);
    ASSERT_TRUE(a.date_created && b.date_created);
    EXPECT_EQ(a.date_created->text, b.date_created->text);
    EXPECT_EQ(a.date_created->time(), b.date_created->time());
    EXPECT_EQ(a.last_updated->time(), b.last_updated->time());
    ASSERT_EQ(a.juspay.has_value(), b.juspay.has_value());
    if (a.juspay) {
        EXPECT_EQ(a.juspay->client_auth_token, b.juspay->client_auth_token);
        EXPECT_EQ(a.juspay->client_auth_token_expiry->time(), b.juspay->client_auth_token_expiry->time());
    }
}

// `exact_text`: whether the baseline can keep a JSON number's own text (nlohmann cannot:
// 1.0 comes back as the double 1). The minor units agree either way.
void expect_same(juspay::customer_account const& a, juspay::customer_account const& b, bool exact_text)
{
    EXPECT_EQ(a.object, b.object);
    EXPECT_EQ(a.customer_account_id, b.customer_account_id);
    EXPECT_EQ(a.customer_id, b.customer_id);
    EXPECT_EQ(a.date_created->time(), b.date_created->time());
    EXPECT_EQ(a.last_validated->time(), b.last_validated->time());
    ASSERT_EQ(a.bank() != nullptr, b.bank() != nullptr);
    if (a.bank()) {
        EXPECT_EQ(a.bank()->account, b.bank()->account);
        EXPECT_EQ(a.bank()->name, b.bank()->name);
        EXPECT_EQ(a.bank()->ifsc, b.bank()->ifsc);
        EXPECT_EQ(a.bank()->juspay_bank_code, b.bank()->juspay_bank_code);
        EXPECT_EQ(a.bank()->bank_name, b.bank()->bank_name);
    }
    ASSERT_TRUE(a.validation_amount && b.validation_amount);
    EXPECT_EQ(a.validation_amount->minor_units, b.validation_amount->minor_units);
    if (exact_text) {
        EXPECT_EQ(a.validation_amount->text, b.validation_amount->text);
    }
    EXPECT_EQ(a.currency, b.currency);
    EXPECT_EQ(a.validation_status, b.validation_status);
    EXPECT_EQ(a.validation_status_text, b.validation_status_text);
    EXPECT_EQ(a.customer_account_type, b.customer_account_type);
}

TEST(baselines, agree_on_the_customer_sample)
{
    auto const ours = juspay::parse_response(create_customer(), {200, customer_with_token});
    ASSERT_TRUE(ours);
    simdjson::ondemand::parser parser;
    expect_same(*ours, nl::customer(customer_with_token));
    expect_same(*ours, sj::customer(parser, customer_with_token));
}

TEST(baselines, agree_on_the_account_samples)
{
    simdjson::ondemand::parser parser;
    auto const list = juspay::parse_response(create_account(), {200, account_array});
    ASSERT_TRUE(list);
    auto const nl_list = nl::accounts(account_array);
    auto const sj_list = sj::accounts(parser, account_array);
    ASSERT_EQ(nl_list.size(), 1u);
    ASSERT_EQ(sj_list.size(), 1u);
    expect_same(list->front(), nl_list.front(), false);
    expect_same(list->front(), sj_list.front(), true);
    EXPECT_EQ(list->front().validation_amount->text, "1.0");
    EXPECT_EQ(sj_list.front().validation_amount->text, "1.0");

    auto const one = juspay::parse_response(juspay::get_customer_account{"c", "a"}, {200, validated_account});
    ASSERT_TRUE(one);
    expect_same(*one, nl::account(validated_account), true);
    expect_same(*one, sj::account(parser, validated_account), true);
}

TEST(baselines, naive_builder_builds_the_same_request)
{
    auto const ours = juspay::build_request(config(), create_customer(), routing());
    ASSERT_TRUE(ours);
    auto const naive_request = naive::create_customer(config(), create_customer(), routing());
    EXPECT_EQ(naive_request.method, ours->method());
    EXPECT_EQ(naive_request.url, ours->url());
    EXPECT_EQ(naive_request.body, ours->body());
    EXPECT_EQ(naive_request.http1, ours->http1());
    std::vector<juspay::header_view> const headers(ours->headers().begin(), ours->headers().end());
    ASSERT_EQ(naive_request.headers.size(), headers.size());
    for (std::size_t i = 0; i < headers.size(); ++i) {
        EXPECT_EQ(naive_request.headers[i].first, headers[i].name);
        EXPECT_EQ(naive_request.headers[i].second, headers[i].value);
    }
}

} // namespace
