// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_TESTS_SUPPORT_HPP
#define JUSPAY_TESTS_SUPPORT_HPP

// Test helpers. Every request and error the tests produce goes through build()/parse()
// below, which print it and check that the API key (raw or base64) appears in none of it.

#include <juspay/juspay.hpp>

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace juspay_test {

/// The API key every test uses; distinctive so a leak cannot hide.
inline constexpr std::string_view secret_key = "sk_test_N0tForLogs_9f8e7d";

/// A config for India's sandbox with the secret key and a merchant id.
juspay::config test_config();

/// The config of Juspay's curl examples: production India, key `your_api_key`, and the
/// given merchant id (the customer pages send `merchant_id`, the account pages none).
juspay::config doc_config(std::string merchant_id);

/// The routing id of Juspay's curl examples: `customer_1122`.
juspay::call_options doc_routing();

/// The bytes of tests/golden/<name>.
std::string golden(std::string_view name);

/// The headers of a request, as a vector (for indexing in tests).
std::vector<juspay::header_view> headers_of(juspay::request const& r);

/// How a request prints with operator<<.
std::string printed(juspay::request const& r);

/// Everything an error would show a human or a log.
std::string shown(juspay::error const& e);

/// Fails the current test when `text` contains the secret key, raw or as Basic credentials.
void expect_no_secret(std::string_view text);

/// Decodes an application/x-www-form-urlencoded component ('+' is a space).
std::string form_decode(std::string_view s);

/// One valid instance of each of the eight operations, with a path parameter and field values
/// that need encoding, so a test over all of them sees every kind of request.
inline auto sample_operations()
{
    juspay::create_customer create;
    create.object_reference_id = "customer@gmail.com";
    create.mobile_number = "+919912346789";
    create.mobile_country_code = "91";
    create.first_name = "John Paul";
    create.get_client_auth_token = true;
    juspay::update_customer update;
    update.customer_id = "customer@gmail.com";
    update.email_address = "a.b+c@example.com";
    juspay::create_customer_account accounts;
    accounts.customer_id = "cst_zqqmw0v4exbhvv2l";
    accounts.bank_code = "JP_HDFC";
    accounts.bank_accounts.push_back({"AABF0008032", "026291800001191", "Ann \"O'Neil\""});
    accounts.upi_accounts.push_back({"9164326296@upi"});
    accounts.gateway_id = "800";
    juspay::validate_customer_account validate{"cst_1", "banh_1", std::string("HDFC"), juspay::money::from_text("1.50")};
    return std::make_tuple(create, juspay::get_customer{"cst_pcxaymwoh9vbse97", true}, update, accounts, validate,
                           juspay::get_customer_account{"a/b?c", "banh_1"}, juspay::list_customer_accounts{"cst_1"},
                           juspay::delete_customer_account{"cst_1", "banh_1"});
}

/// Calls `f(op)` for each of `sample_operations()`.
template <class F>
void for_each_sample_operation(F&& f)
{
    std::apply([&](auto const&... op) { (f(op), ...); }, sample_operations());
}

using pairs = std::vector<std::pair<std::string, std::string>>;

/// Splits a form body into decoded (name, value) pairs, in order.
pairs form_fields(std::string_view body);

/// What a curl command line from Juspay's docs sends.
struct curl_example {
    std::string method; ///< -X/--request, else POST when there is data, else GET
    std::string url;
    std::string user;   ///< -u
    pairs headers;      ///< -H/--header, split at the first ':'
    pairs fields;       ///< -d/--data/--data-urlencode, split at the first '='
};

/// Parses a curl command as a shell would split it (quotes, backslash continuations).
curl_example parse_curl(std::string_view command);

// Without options, a call carries the docs' routing id (the library has no default).
template <class Op>
juspay::result<juspay::request> build(juspay::config const& cfg, Op const& op, juspay::call_options const& opts = doc_routing())
{
    auto r = juspay::build_request(cfg, op, opts);
    expect_no_secret(r ? printed(*r) : shown(r.error()));
    return r;
}

template <class Op>
juspay::result<juspay::request> build(Op const& op, juspay::call_options const& opts = doc_routing())
{
    return build(test_config(), op, opts);
}

template <class Op>
juspay::result<typename Op::result_type> parse(Op const& op, int status, std::string_view body)
{
    auto r = juspay::parse_response(op, juspay::response_view{status, body});
    if (!r)
        expect_no_secret(shown(r.error()));
    return r;
}

} // namespace juspay_test

#endif
