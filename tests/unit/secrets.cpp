// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/juspay.hpp>

#include "support.hpp"

#include <gtest/gtest.h>
#include <gtest/gtest-spi.h>

#include <string>
#include <vector>

namespace {

using juspay_test::secret_key;

// Collects every message and printed request the library can produce for the customer and
// customer-account operations, across good and bad configs, inputs and responses, and checks that the API
// key (raw, or as Basic credentials) is in none of them.
class corpus {
public:
    template <class Op>
    void build(juspay::config const& cfg, Op const& op, juspay::call_options const& opts = {})
    {
        auto const r = juspay::build_request(cfg, op, opts);
        if (r) {
            add(juspay_test::printed(*r));
            ++built_;
        } else {
            add(juspay_test::shown(r.error()));
            ++refused_;
        }
    }

    template <class Op>
    void parse(Op const& op, int status, std::string_view body)
    {
        auto const r = juspay::parse_response(op, {status, body});
        if (!r)
            add(juspay_test::shown(r.error()));
    }

    void add(std::string text) { texts_.push_back(std::move(text)); }

    std::vector<std::string> const& texts() const { return texts_; }
    int built() const { return built_; }
    int refused() const { return refused_; }

private:
    std::vector<std::string> texts_;
    int built_ = 0;
    int refused_ = 0;
};

TEST(secrets, api_key_is_in_no_message_and_no_printed_request)
{
    corpus c;
    std::string const key(secret_key);
    std::vector<juspay::config> configs;
    std::vector<std::string> const bases = {"https://sandbox.juspay.in", "http://127.0.0.1:8080/p", "https://proxy.example/j",
                                            "http://example.com", "https://" + key + "@x",
                                            "https://x/?key=" + key, "https://x/#" + key, "ftp://" + key, key, ""};
    std::vector<std::string> const keys = {key, key + "\r\n", key + ":", std::string()};
    for (auto const& base : bases) {
        for (auto const& k : keys) {
            for (std::string m : {std::string("m_1"), std::string(), std::string("m\r\n")})
                configs.push_back(juspay::config{base, k, m});
        }
    }
    juspay::create_customer create;
    create.object_reference_id = "cust_123489";
    create.mobile_number = "9988776655";
    juspay::create_customer bad_create;
    bad_create.mobile_number = "+x";
    bad_create.email_address = "@";
    juspay::get_customer get{"cst_1", true};
    juspay::get_customer bad_get{"", false};
    juspay::update_customer update;
    update.customer_id = "cst_1";
    update.first_name = "John";
    juspay::update_customer bad_update;
    bad_update.customer_id = "cst\r\n1";
    juspay::create_customer_account accounts;
    accounts.customer_id = "cst_1";
    accounts.bank_code = "JP_HDFC";
    accounts.bank_accounts.push_back({"AABF0008032", "026291800001191", "test"});
    juspay::create_customer_account bad_accounts = accounts;
    bad_accounts.bank_accounts[0].ifsc = "x";
    bad_accounts.upi_accounts.push_back({"nope"});
    juspay::validate_customer_account validate_account{"cst_1", "banh_1", {}, juspay::money::from_text("1.005")};
    for (auto const& cfg : configs) {
        for (bool validate : {true, false}) {
            juspay::call_options o = juspay_test::doc_routing();
            o.validate = validate;
            c.build(cfg, accounts, o);
            c.build(cfg, bad_accounts, o);
            c.build(cfg, validate_account, o);
            c.build(cfg, juspay::get_customer_account{"cst_1", ""}, o);
            c.build(cfg, juspay::list_customer_accounts{"cst_1"}, o);
            c.build(cfg, juspay::delete_customer_account{"cst_1", "banh_1"}, o);
            c.build(cfg, create, o);
            c.build(cfg, bad_create, o);
            c.build(cfg, get, o);
            c.build(cfg, bad_get, o);
            c.build(cfg, update, o);
            c.build(cfg, bad_update, o);
            o.routing_id = "r\n";
            c.build(cfg, create, o);
        }
    }
    for (int status : {100, 200, 204, 302, 400, 401, 403, 404, 408, 429, 500, 502, 503}) {
        for (std::string_view body :
             {"", "<html>", "{", "[]", "{}", R"({"id":5})", R"({"error_code":"unique"})",
              R"({"status":"error","error_code":"access_denied","error_info":{"code":"UNAUTHORIZED"}})",
              R"({"error_info":{"code":"INVALID_INPUT","fields":[{"field_name":"mobile_number","reason":"x"}]}})"}) {
            c.parse(create, status, body);
            c.parse(get, status, body);
            c.parse(update, status, body);
            c.parse(accounts, status, body);
            c.parse(validate_account, status, body);
            c.parse(juspay::list_customer_accounts{"cst_1"}, status, body);
            c.parse(juspay::delete_customer_account{"cst_1", "banh_1"}, status, body);
        }
    }
    // The corpus really covers both outcomes, so this test cannot pass vacuously.
    EXPECT_GT(c.built(), 10);
    EXPECT_GT(c.refused(), 100);
    EXPECT_GT(c.texts().size(), 500u);
    for (auto const& text : c.texts())
        juspay_test::expect_no_secret(text);
}

TEST(secrets, the_leak_check_itself_catches_a_leak)
{
    // Guard against a checker that can never fail: it must fire on the key in each form.
    std::string const key(secret_key);
    EXPECT_NONFATAL_FAILURE(juspay_test::expect_no_secret("x" + key + "y"), "API key leaked");
    EXPECT_NONFATAL_FAILURE(juspay_test::expect_no_secret("Authorization: Basic c2tfdGVzdF9OMHRGb3JMb2dzXzlmOGU3ZDo="),
                            "Basic credentials leaked");
    EXPECT_NONFATAL_FAILURE(juspay_test::expect_no_secret("...N0tForLogs..."), "part of the API key leaked");
    juspay_test::expect_no_secret("sk_test_ but nothing else of it"); // and stays quiet otherwise
    juspay::config const cfg = juspay_test::test_config();
    auto const r = juspay::build_request(cfg, juspay::get_customer{"cst_1", false}, juspay_test::doc_routing());
    ASSERT_TRUE(r);
    // The credentials are in the descriptor (they must be sent), just never in its printout.
    EXPECT_EQ(r->header_value("Authorization"), "Basic c2tfdGVzdF9OMHRGb3JMb2dzXzlmOGU3ZDo=");
    EXPECT_EQ(juspay_test::printed(*r).find("c2tfdGVzdF9OMHRGb3JMb2dzXzlmOGU3ZDo="), std::string::npos);
}

} // namespace
