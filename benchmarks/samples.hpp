// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_BENCHMARKS_SAMPLES_HPP
#define JUSPAY_BENCHMARKS_SAMPLES_HPP

// The inputs every benchmark and baseline uses: Juspay's documented sample bodies, and the
// operations of the docs' curl examples with every field set.

#include <juspay/juspay.hpp>

#include <string_view>

namespace juspay_bench {

// Create Customer, options.get_client_auth_token=true (juspay-docs/003).
inline constexpr std::string_view customer_with_token = R"({
  "id": "cst_afdeuvmfhs3j1acm",
  "object": "customer",
  "object_reference_id": "customer@gmail.com",
  "mobile_country_code": "91",
  "mobile_number": "9988776655",
  "email_address": "customer@gmail.com",
  "first_name": "John",
  "last_name": "Smith",
  "date_created": "2020-03-17T14:13:37Z",
  "last_updated": "2020-03-17T14:13:37Z",
  "juspay": {
    "client_auth_token": "tkn_24543c6a278f45d680d09edb32e78061",
    "client_auth_token_expiry": "2020-03-17T14:28:37Z"
  }
})";

// Create Customer Account, bank account (juspay-docs/000): a top-level array.
inline constexpr std::string_view account_array = R"([
    {
        "object": "customer_account",
        "customer_account_id": "banh_kGvx5TGUmkRVC2dH",
        "customer_id": "cst_zqqmw0v4exbhvv2l",
        "date_created": "2023-06-06T13:28:20Z",
        "account_details": {
            "account": "026291800001191",
            "name": "test",
            "ifsc": "AABF0008032",
            "juspay_bank_code": "12",
            "bank_name": "SBI"
        },
        "validation_amount": 1.0,
        "currency": "INR",
        "validation_status": "CREATED",
        "last_validated": "2023-06-06T13:28:20Z"
    }
])";

// Validate Customer Account, bank account (juspay-docs/001).
inline constexpr std::string_view validated_account = R"({
        "object": "customer_account",
        "customer_account_id": "banh_jhDBzmQanmKTLoZj",
        "customer_id": "cth_mh7UuTPY1V9dMGuT",
        "date_created": "2025-02-24T13:19:43.292530547Z",
        "account_details": {
            "name": "test",
            "ifsc": "AABF0008032",
            "account": "026291800001191"
        },
        "validation_amount": 1,
        "currency": "INR",
        "validation_status": "ACTIVE",
        "last_validated": "2025-02-24T13:19:43.292530547Z",
        "customer_account_type": "SAVINGS"
    })";

// 400 INVALID_INPUT and 401 (juspay-api.md).
inline constexpr std::string_view invalid_input = R"({"error_message":"Wrong value in mobile_number","status":"Invalid Request","error_code":"Invalid Request","error_info":{"user_message":"Invalid request params. Please verify your input.","fields":[{"field_name":"mobile_number","reason":"Invalid value."}],"developer_message":"Invalid request params","code":"INVALID_INPUT","category":"USER_ERROR"}})";
inline constexpr std::string_view unauthorized = R"({"status":"error","error_code":"access_denied","error_info":{"user_message":"Unauthorized.","request_id":"b2e0fd33-7655-4778-83a8-5179ed21b0b7","href":"NA","developer_message":"Invalid API Key. Please pass a valid and active api key.","code":"UNAUTHORIZED","category":"USER_ERROR"}})";

inline juspay::config const& config()
{
    static juspay::config const cfg{"https://api.juspay.in", "your_api_key", "merchant_id"};
    return cfg;
}

inline juspay::call_options const& routing()
{
    static juspay::call_options const o = [] {
        juspay::call_options c;
        c.routing_id = "customer_1122";
        return c;
    }();
    return o;
}

inline juspay::create_customer create_customer()
{
    juspay::create_customer op;
    op.object_reference_id = "customer@gmail.com";
    op.mobile_number = "9988776655";
    op.email_address = "customer@gmail.com";
    op.first_name = "John";
    op.last_name = "Smith";
    op.mobile_country_code = "91";
    op.get_client_auth_token = true;
    return op;
}

inline juspay::create_customer_account create_account()
{
    juspay::create_customer_account op;
    op.customer_id = "cst_zqqmw0v4exbhvv2l";
    op.bank_code = "JP_HDFC";
    op.bank_accounts.push_back({"AABF0008032", "026291800001191", "test"});
    op.gateway_id = "800";
    op.gateway_reference_id = "testing";
    return op;
}

} // namespace juspay_bench

#endif
