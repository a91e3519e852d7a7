// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// What juspay-sansio does, without a network: build the exact request for each customer and
// customer-account operation, then parse the responses Juspay documents for it. A real program sends
// `request` with its own HTTP stack and hands the status and body to parse_response.

#include <juspay/juspay.hpp>

#include <iostream>
#include <string_view>
#include <type_traits>

namespace {

void show_request(std::string_view title, juspay::result<juspay::request> const& r)
{
    std::cout << "\n=== " << title << " ===\n";
    if (!r) {
        std::cout << "refused: " << r.error().message() << "\n";
        return;
    }
    std::cout << *r << "\n";
}

void show_customer(std::string_view title, juspay::result<juspay::customer> const& r)
{
    std::cout << "--- " << title << ": ";
    if (!r) {
        auto const& e = r.error();
        std::cout << "error " << e.code_name() << " (retry: " << juspay::to_string(e.retry()) << ")\n    "
                  << e.message() << "\n";
        return;
    }
    std::cout << "customer " << r->id << " (" << r->object_reference_id << ")";
    if (r->mobile_number)
        std::cout << ", mobile " << r->mobile_country_code.value_or("?") << " " << *r->mobile_number;
    if (r->date_created) // the text is kept; time() reads it as an instant when asked
        if (auto const created = r->date_created->time())
            std::cout << ", created " << r->date_created->text << " = " << created->time_since_epoch().count()
                      << " ns since epoch";
    if (r->juspay)
        std::cout << ", client auth token " << r->juspay->client_auth_token << " until "
                  << (r->juspay->client_auth_token_expiry ? r->juspay->client_auth_token_expiry->text : "?");
    std::cout << "\n";
}

void show_account(juspay::customer_account const& a)
{
    std::cout << "    account " << a.customer_account_id << " of " << a.customer_id << ": ";
    if (auto const* bank = a.bank())
        std::cout << "bank " << bank->ifsc << " " << bank->account << " (" << bank->name << ")";
    else if (auto const* upi = a.upi())
        std::cout << "UPI " << upi->vpa;
    std::cout << ", status " << a.validation_status_text;
    if (a.validation_amount) {
        std::cout << ", validation amount \"" << a.validation_amount->text << "\"";
        if (a.validation_amount->minor_units)
            std::cout << " = " << *a.validation_amount->minor_units << " minor units";
        std::cout << " " << a.currency.value_or("");
    }
    if (a.last_validated && a.last_validated->time())
        std::cout << ", last validated " << a.last_validated->text;
    std::cout << "\n";
}

template <class T>
void show_accounts(std::string_view title, juspay::result<T> const& r)
{
    std::cout << "--- " << title << ": ";
    if (!r) {
        std::cout << "error " << r.error().code_name() << "\n    " << r.error().message() << "\n";
        return;
    }
    if constexpr (std::is_same_v<T, juspay::customer_account>) {
        std::cout << "1 account\n";
        show_account(*r);
    } else {
        std::cout << r->size() << " account(s)\n";
        for (auto const& a : *r)
            show_account(a);
    }
}

// Bodies from Juspay's Create Customer page.
constexpr std::string_view customer_with_token = R"({
  "id": "cst_afdeuvmfhs3j1acm", "object": "customer", "object_reference_id": "customer@gmail.com",
  "mobile_country_code": "91", "mobile_number": "9988776655", "email_address": "customer@gmail.com",
  "first_name": "John", "last_name": "Smith",
  "date_created": "2020-03-17T14:13:37Z", "last_updated": "2020-03-17T14:13:37Z",
  "juspay": {"client_auth_token": "tkn_24543c6a278f45d680d09edb32e78061",
             "client_auth_token_expiry": "2020-03-17T14:28:37Z"}})";
constexpr std::string_view already_exists = R"({"error_message":"Customer with given object reference id already exist for your account.","status":"invalid_request_error","error_code":"unique","error_info":{"user_message":"Already exists.","developer_message":"Customer account with given object reference already exists.","code":"ALREADY_EXISTS","category":"USER_ERROR"}})";
constexpr std::string_view invalid_mobile = R"({"error_message":"Wrong value in mobile_number","status":"Invalid Request","error_code":"Invalid Request","error_info":{"user_message":"Invalid request params. Please verify your input.","fields":[{"field_name":"mobile_number","reason":"Invalid value."}],"developer_message":"Invalid request params","code":"INVALID_INPUT","category":"USER_ERROR"}})";
constexpr std::string_view not_found = R"({"error_message":"Cannot find what you are looking for","status":"invalid_request_error","error_code":"object_not_found","error_info":{"user_message":"Cannot process your request as customer account not found.","developer_message":"Customer account not found.","code":"RESOURCE_NOT_FOUND","category":"USER_ERROR"}})";
constexpr std::string_view unauthorized = R"({"status":"error","error_code":"access_denied","error_info":{"user_message":"Unauthorized.","request_id":"b2e0fd33-7655-4778-83a8-5179ed21b0b7","href":"NA","developer_message":"Invalid API Key. Please pass a valid and active api key.","code":"UNAUTHORIZED","category":"USER_ERROR"}})";
// Bodies from Juspay's Create / Validate Customer Account pages.
constexpr std::string_view created_accounts = R"([
  {"object": "customer_account", "customer_account_id": "banh_kGvx5TGUmkRVC2dH", "customer_id": "cst_zqqmw0v4exbhvv2l",
   "date_created": "2023-06-06T13:28:20Z",
   "account_details": {"account": "026291800001191", "name": "test", "ifsc": "AABF0008032", "juspay_bank_code": "12", "bank_name": "SBI"},
   "validation_amount": 1.0, "currency": "INR", "validation_status": "CREATED", "last_validated": "2023-06-06T13:28:20Z"},
  {"object": "customer_account", "customer_account_id": "banh_ePg3dcMBgGnFzoZj", "customer_id": "cst_zqqmw0v4exbhvv2l",
   "date_created": "2025-02-24T17:49:53.977288433Z", "account_details": {"vpa": "9164326296@upi"},
   "validation_amount": 1, "currency": "INR", "validation_status": "CREATED",
   "last_validated": "2025-02-24T17:49:53.977288433Z", "customer_account_type": "UPI"}])";
constexpr std::string_view validated_account = R"({
  "object": "customer_account", "customer_account_id": "banh_kGvx5TGUmkRVC2dH", "customer_id": "cst_zqqmw0v4exbhvv2l",
  "date_created": "2023-06-06T13:29:49Z", "account_details": {"vpa": "4225246777@yesg"},
  "validation_amount": 1.0, "currency": "INR", "validation_status": "ACTIVE", "last_validated": "2023-06-06T13:29:53Z"})";
constexpr std::string_view bad_origin = R"({"error":true,"error_message":"Internal Server error.","user_message":"Bad Origin.","error_info":{"code":"BAD_ORIGIN","category":"USER_ERROR","user_message":"Bad Origin.","developer_message":"IP Verification Failed"}})";

} // namespace

int main()
{
    juspay::config const cfg{std::string(juspay::endpoints::india_sandbox), "demo_api_key_never_printed",
                             "merchant_id"};

    // x-routing-id has no default: the merchant's own key for the customer, the same on every
    // call about it (Juspay's examples send customer_1122 on create and on the account calls).
    juspay::call_options routed;
    routed.routing_id = "customer_1122";

    juspay::create_customer create;
    create.object_reference_id = "customer@gmail.com";
    create.mobile_number = "9988776655";
    create.email_address = "customer@gmail.com";
    create.first_name = "John";
    create.last_name = "Smith";
    create.mobile_country_code = "91";
    create.get_client_auth_token = true;
    show_request("create_customer", juspay::build_request(cfg, create, routed));
    show_customer("200", juspay::parse_response(create, {200, customer_with_token}));
    show_customer("400 unique", juspay::parse_response(create, {400, already_exists}));
    show_customer("400 INVALID_INPUT", juspay::parse_response(create, {400, invalid_mobile}));
    show_customer("401", juspay::parse_response(create, {401, unauthorized}));
    show_customer("403 BAD_ORIGIN", juspay::parse_response(create, {403, bad_origin}));
    show_customer("502 from a proxy", juspay::parse_response(create, {502, "<html>Bad Gateway</html>"}));

    juspay::get_customer get{"customer@gmail.com", true};
    show_request("get_customer", juspay::build_request(cfg, get, routed));
    show_customer("200", juspay::parse_response(get, {200, customer_with_token}));
    show_customer("404", juspay::parse_response(get, {404, not_found}));

    juspay::update_customer update;
    update.customer_id = "cst_afdeuvmfhs3j1acm";
    update.mobile_number = "+919912346789";
    update.mobile_country_code = "91";
    update.first_name = "John Paul";
    show_request("update_customer", juspay::build_request(cfg, update, routed));
    show_customer("200", juspay::parse_response(update, {200, customer_with_token}));

    // Customer accounts: bank and UPI in one call, then validate, get, list, delete.
    juspay::create_customer_account accounts;
    accounts.customer_id = "cst_zqqmw0v4exbhvv2l";
    accounts.bank_code = "JP_HDFC";
    accounts.bank_accounts.push_back({"AABF0008032", "026291800001191", "test"});
    accounts.upi_accounts.push_back({"9164326296@upi"});
    accounts.gateway_id = "800";
    show_request("create_customer_account (bank + UPI)", juspay::build_request(cfg, accounts, routed));
    show_accounts("200", juspay::parse_response(accounts, {200, created_accounts}));
    show_accounts("401", juspay::parse_response(accounts, {401, unauthorized}));

    juspay::validate_customer_account validate{"cst_zqqmw0v4exbhvv2l", "banh_kGvx5TGUmkRVC2dH", std::nullopt,
                                               juspay::money::from_text("1.00")};
    show_request("validate_customer_account", juspay::build_request(cfg, validate, routed));
    show_accounts("200", juspay::parse_response(validate, {200, validated_account}));

    juspay::get_customer_account get_account{"cst_zqqmw0v4exbhvv2l", "banh_kGvx5TGUmkRVC2dH"};
    show_request("get_customer_account", juspay::build_request(cfg, get_account, routed));
    show_accounts("200", juspay::parse_response(get_account, {200, validated_account}));

    juspay::list_customer_accounts list{"cst_zqqmw0v4exbhvv2l"};
    show_request("list_customer_accounts", juspay::build_request(cfg, list, routed));
    show_accounts("200", juspay::parse_response(list, {200, created_accounts}));

    juspay::delete_customer_account del{"cst_zqqmw0v4exbhvv2l", "banh_kGvx5TGUmkRVC2dH"};
    show_request("delete_customer_account", juspay::build_request(cfg, del, routed));
    auto const deleted =
        juspay::parse_response(del, {200, R"({"customer_account_id":"banh_kGvx5TGUmkRVC2dH","status":"DELETED"})"});
    std::cout << "--- 200: " << (deleted ? deleted->customer_account_id + " " + deleted->status : deleted.error().message())
              << "\n";

    juspay::create_customer bad;
    bad.object_reference_id = "short";
    bad.mobile_number = "99-88";
    show_request("create_customer with bad fields (refused before sending)", juspay::build_request(cfg, bad, routed));

    juspay::config insecure = cfg;
    insecure.base_url = "http://sandbox.juspay.in";
    show_request("plain http to a remote host (refused)", juspay::build_request(insecure, get, routed));

    juspay::create_customer_account bad_account = accounts;
    bad_account.bank_accounts[0].ifsc = "aabf0008032";
    bad_account.upi_accounts[0].vpa = "not a vpa";
    show_request("create_customer_account with bad accounts (refused)", juspay::build_request(cfg, bad_account, routed));
    return 0;
}
