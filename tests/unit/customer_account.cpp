// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/customer_account.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <gtest/gtest.h>

namespace {

using juspay::errc;
using juspay_test::build;
using juspay_test::form_fields;
using juspay_test::golden;
using juspay_test::pairs;
using juspay_test::parse;

juspay::config doc_config()
{
    return juspay_test::doc_config("");
}

using juspay_test::doc_routing;

// Compares a built request with a curl example of Juspay's docs: same method, URL, header
// values (the docs mask the key, so only the scheme of Authorization), same fields in the
// same order, account_details equal as JSON.
void expect_matches_curl(juspay::request const& r, juspay_test::curl_example const& curl)
{
    EXPECT_EQ(juspay::to_string(r.method()), curl.method);
    EXPECT_EQ(r.url(), curl.url);
    for (auto const& [name, value] : curl.headers) {
        if (name == "Authorization") {
            EXPECT_EQ(value.substr(0, 6), "Basic ");
            EXPECT_EQ(r.header_value(name), "Basic eW91cl9hcGlfa2V5Og==");
        } else {
            EXPECT_EQ(r.header_value(name), value) << name;
        }
    }
    pairs const sent = form_fields(r.body());
    ASSERT_EQ(sent.size(), curl.fields.size()) << r.body();
    for (std::size_t i = 0; i < sent.size(); ++i) {
        EXPECT_EQ(sent[i].first, curl.fields[i].first);
        if (sent[i].first == "account_details") {
            EXPECT_EQ(boost::json::parse(sent[i].second), boost::json::parse(curl.fields[i].second));
        } else {
            EXPECT_EQ(sent[i].second, curl.fields[i].second) << sent[i].first;
        }
    }
}

juspay::create_customer_account doc_bank_create()
{
    juspay::create_customer_account op;
    op.customer_id = "cst_zqqmw0v4exbhvv2l";
    op.bank_code = "JP_HDFC";
    op.bank_accounts.push_back({"AABF0008032", "026291800001191", "test"});
    op.gateway_id = "800";
    op.gateway_reference_id = "testing";
    return op;
}

juspay::create_customer_account doc_upi_create()
{
    juspay::create_customer_account op;
    op.customer_id = "cth_mh7UuTPY1V9dMGuT";
    op.bank_code = "JP_HDFC";
    op.upi_accounts.push_back({"9164326296@upi"});
    return op;
}

// --- requests --------------------------------------------------------------------------------

TEST(customer_account, create_bank_matches_the_documented_curl_example)
{
    auto const r = juspay::build_request(doc_config(), doc_bank_create(), doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    expect_matches_curl(*r, juspay_test::parse_curl(golden("create_customer_account_bank.curl")));
    EXPECT_EQ(r->body(), golden("create_customer_account_bank.body"));
    EXPECT_EQ(juspay_test::printed(*r), golden("create_customer_account_bank.http"));
}

TEST(customer_account, create_upi_matches_the_documented_curl_example)
{
    auto const r = juspay::build_request(doc_config(), doc_upi_create(), doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    expect_matches_curl(*r, juspay_test::parse_curl(golden("create_customer_account_upi.curl")));
    EXPECT_EQ(r->body(), golden("create_customer_account_upi.body"));
}

TEST(customer_account, validate_matches_the_documented_curl_example)
{
    juspay::validate_customer_account op{"cst_zqqmw0v4exbhvv2l", "banh_6r9AmAtwA8Mzxebd", {}, {}};
    auto const r = juspay::build_request(doc_config(), op, doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    auto const curl = juspay_test::parse_curl(golden("validate_customer_account.curl"));
    EXPECT_TRUE(curl.fields.empty());
    expect_matches_curl(*r, curl);
    EXPECT_EQ(r->body(), "");
    EXPECT_EQ(juspay_test::printed(*r), golden("validate_customer_account.http"));
}

TEST(customer_account, validate_with_gateway_and_exact_amount)
{
    juspay::validate_customer_account op{"cst_zqqmw0v4exbhvv2l", "banh_6r9AmAtwA8Mzxebd", "RAZORPAY",
                                         juspay::money::from_text("1.50")};
    auto const r = juspay::build_request(doc_config(), op, doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->body(), "preferred_ifsc_validation_gateway=RAZORPAY&validation_amount=1.50");
    op.validation_amount = juspay::money::from_minor_units(100);
    EXPECT_EQ(build(op)->body(), "preferred_ifsc_validation_gateway=RAZORPAY&validation_amount=1.00");
}

TEST(customer_account, validate_refuses_inexact_or_non_positive_amounts)
{
    for (char const* text : {"1.005", "0", "0.00", "-1", "abc", "1e2", "", "1,00"}) {
        juspay::validate_customer_account op{"cst_1", "banh_1", {}, juspay::money::from_text(text)};
        auto const r = build(op);
        ASSERT_FALSE(r) << text;
        EXPECT_EQ(r.error().code, errc::invalid_field);
        EXPECT_EQ(r.error().fields().at(0).field_name, "validation_amount");
    }
    // The text is what is sent, so it is what is judged, whatever minor_units claims.
    juspay::validate_customer_account op{"cst_1", "banh_1", {}, juspay::money{"1.005", 100}};
    EXPECT_FALSE(build(op));
}

TEST(customer_account, get_list_delete_golden)
{
    juspay::get_customer_account get{"cst_zqqmw0v4exbhvv2l", "banh_kGvx5TGUmkRVC2dH"};
    auto r = juspay::build_request(doc_config(), get, doc_routing());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->method(), juspay::http_method::get);
    EXPECT_EQ(r->url(), "https://api.juspay.in/customers/cst_zqqmw0v4exbhvv2l/customer-accounts/banh_kGvx5TGUmkRVC2dH");
    EXPECT_EQ(juspay_test::printed(*r), golden("get_customer_account.http"));

    juspay::list_customer_accounts list{"cst_zqqmw0v4exbhvv2l"};
    r = juspay::build_request(doc_config(), list, doc_routing());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->url(), "https://api.juspay.in/customers/cst_zqqmw0v4exbhvv2l/customer-accounts/list");
    EXPECT_EQ(juspay_test::printed(*r), golden("list_customer_accounts.http"));

    juspay::delete_customer_account del{"cst_zqqmw0v4exbhvv2l", "banh_kGvx5TGUmkRVC2dH"};
    r = juspay::build_request(doc_config(), del, doc_routing());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->method(), juspay::http_method::post);
    EXPECT_EQ(r->body(), golden("delete_customer_account.body"));
    EXPECT_EQ(r->body(), "command=delete");
    EXPECT_EQ(juspay_test::printed(*r), golden("delete_customer_account.http"));
}

TEST(customer_account, create_and_validate_bank_and_upi_together_golden)
{
    auto op = doc_bank_create();
    op.upi_accounts.push_back({"9164326296@upi"});
    op.upi_accounts.push_back({"4225246777@yesg"});
    op.validate = true;
    auto const r = juspay::build_request(doc_config(), op, doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->body(), golden("create_and_validate_customer_account.body"));
    auto const f = form_fields(r->body());
    ASSERT_EQ(f.size(), 6u);
    EXPECT_EQ(f[1].second, R"({"bank_account":[{"ifsc":"AABF0008032","account":"026291800001191","name":"test"}],)"
                           R"("upi":[{"vpa":"9164326296@upi"},{"vpa":"4225246777@yesg"}]})");
    EXPECT_EQ(f[5], (std::pair<std::string, std::string>("command", "validate")));
}

TEST(customer_account, routing_id_is_the_callers_not_the_path_and_merchant_is_optional)
{
    auto const r = build(juspay::get_customer_account{"cst_1", "banh_1"});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->header_value("x-routing-id"), "customer_1122"); // Juspay's examples: not cst_1
    juspay::call_options none;
    auto const refused = juspay::build_request(juspay_test::test_config(), juspay::get_customer_account{"cst_1", "banh_1"}, none);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields().at(0).field_name, "call_options.routing_id");
    auto cfg = juspay_test::test_config();
    cfg.merchant_id.clear();
    auto const no_merchant = build(cfg, juspay::list_customer_accounts{"cst_1"});
    ASSERT_TRUE(no_merchant) << no_merchant.error().message();
    EXPECT_EQ(no_merchant->header_value("x-merchantid"), "");
}

TEST(customer_account, hostile_names_round_trip_through_account_details)
{
    for (std::string name : {std::string("a\"b\\c"), std::string("line\nbreak"), std::string("Ünïcødé 名前 🙂"),
                             std::string("</script>&x=1+2%20"), std::string("tab\there"), std::string("nul\0in", 6)}) {
        auto op = doc_bank_create();
        op.bank_accounts[0].name = name;
        juspay::call_options o = juspay_test::doc_routing();
        o.validate = false; // controls are refused by validation; this is about the encoding
        auto const r = build(op, o);
        ASSERT_TRUE(r) << r.error().message();
        auto const f = form_fields(r->body());
        ASSERT_EQ(f.size(), 5u);
        auto const details = boost::json::parse(f[1].second);
        EXPECT_EQ(details.at("bank_account").at(0).at("name").as_string(), name);
        EXPECT_EQ(f[2].second, "cst_zqqmw0v4exbhvv2l"); // nothing spilled into the next field
    }
    auto op = doc_bank_create();
    op.bank_accounts[0].name = "line\nbreak";
    auto const refused = build(op);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields().at(0).field_name, "account_details.bank_account[0].name");
}

TEST(customer_account, ten_thousand_accounts_build)
{
    juspay::create_customer_account op;
    op.customer_id = "cst_1";
    op.bank_code = "JP_HDFC";
    for (int i = 0; i < 10000; ++i) {
        op.bank_accounts.push_back({"HDFC0001234", std::to_string(100000000000LL + i), "name " + std::to_string(i)});
        op.upi_accounts.push_back({"user" + std::to_string(i) + "@upi"});
    }
    auto const r = build(op);
    ASSERT_TRUE(r) << r.error().message();
    auto const details = boost::json::parse(form_fields(r->body()).at(1).second);
    ASSERT_EQ(details.at("bank_account").as_array().size(), 10000u);
    ASSERT_EQ(details.at("upi").as_array().size(), 10000u);
    EXPECT_EQ(details.at("bank_account").at(9999).at("account").as_string(), "100000009999");
    EXPECT_EQ(details.at("upi").at(9999).at("vpa").as_string(), "user9999@upi");
}

// --- validation ------------------------------------------------------------------------------

TEST(customer_account, documented_rules_refuse_bad_accounts)
{
    struct row {
        char const* what;
        void (*change)(juspay::create_customer_account&);
        errc code;
        char const* field;
    };
    row const rows[] = {
        {"no accounts", [](auto& o) { o.bank_accounts.clear(); }, errc::missing_field, "account_details"},
        {"empty bank_code", [](auto& o) { o.bank_code.clear(); }, errc::missing_field, "bank_code"},
        {"bank_code with CR", [](auto& o) { o.bank_code = "JP\rHDFC"; }, errc::invalid_field, "bank_code"},
        {"empty customer_id", [](auto& o) { o.customer_id.clear(); }, errc::missing_field, "customer_id"},
        {"lower-case IFSC", [](auto& o) { o.bank_accounts[0].ifsc = "aabf0008032"; }, errc::invalid_field,
         "account_details.bank_account[0].ifsc"},
        {"10-character IFSC", [](auto& o) { o.bank_accounts[0].ifsc = "AABF000803"; }, errc::invalid_field,
         "account_details.bank_account[0].ifsc"},
        {"IFSC without the 0", [](auto& o) { o.bank_accounts[0].ifsc = "AABF1008032"; }, errc::invalid_field,
         "account_details.bank_account[0].ifsc"},
        {"IFSC with a digit in the bank part", [](auto& o) { o.bank_accounts[0].ifsc = "AAB10008032"; },
         errc::invalid_field, "account_details.bank_account[0].ifsc"},
        {"IFSC missing", [](auto& o) { o.bank_accounts[0].ifsc.clear(); }, errc::missing_field,
         "account_details.bank_account[0].ifsc"},
        {"8-digit account", [](auto& o) { o.bank_accounts[0].account = "12345678"; }, errc::invalid_field,
         "account_details.bank_account[0].account"},
        {"19-digit account", [](auto& o) { o.bank_accounts[0].account = "1234567890123456789"; },
         errc::invalid_field, "account_details.bank_account[0].account"},
        {"account with a dash", [](auto& o) { o.bank_accounts[0].account = "0262918-00001191"; },
         errc::invalid_field, "account_details.bank_account[0].account"},
        {"name missing", [](auto& o) { o.bank_accounts[0].name.clear(); }, errc::missing_field,
         "account_details.bank_account[0].name"},
        {"second account's IFSC",
         [](auto& o) { o.bank_accounts.push_back({"BAD", "026291800001191", "x"}); }, errc::invalid_field,
         "account_details.bank_account[1].ifsc"},
        {"VPA without '@'", [](auto& o) { o.upi_accounts.push_back({"9164326296upi"}); }, errc::invalid_field,
         "account_details.upi[0].vpa"},
        {"VPA with two '@'", [](auto& o) { o.upi_accounts.push_back({"a@b@upi"}); }, errc::invalid_field,
         "account_details.upi[0].vpa"},
        {"VPA with a space", [](auto& o) { o.upi_accounts.push_back({"91643 26296@upi"}); }, errc::invalid_field,
         "account_details.upi[0].vpa"},
        {"VPA with a one-letter provider", [](auto& o) { o.upi_accounts.push_back({"9164326296@u"}); },
         errc::invalid_field, "account_details.upi[0].vpa"},
        {"VPA with a dotted provider", [](auto& o) { o.upi_accounts.push_back({"someone@upi.com"}); },
         errc::invalid_field, "account_details.upi[0].vpa"},
        {"empty VPA", [](auto& o) { o.upi_accounts.push_back({""}); }, errc::missing_field,
         "account_details.upi[0].vpa"},
        {"empty gateway_id", [](auto& o) { o.gateway_id = ""; }, errc::invalid_field, "gateway_id"},
        {"gateway_reference_id with LF", [](auto& o) { o.gateway_reference_id = "a\nb"; }, errc::invalid_field,
         "gateway_reference_id"},
    };
    for (auto const& r : rows) {
        auto op = doc_bank_create();
        r.change(op);
        auto const res = build(op);
        ASSERT_FALSE(res) << r.what;
        EXPECT_EQ(res.error().code, r.code) << r.what;
        ASSERT_FALSE(res.error().fields().empty());
        EXPECT_EQ(res.error().fields()[0].field_name, r.field) << r.what;
    }
    // Structure holds without validation too.
    juspay::call_options o = juspay_test::doc_routing();
    o.validate = false;
    auto op = doc_bank_create();
    op.bank_accounts.clear();
    EXPECT_EQ(build(op, o).error().code, errc::missing_field);
    EXPECT_EQ(build(juspay::get_customer_account{"cst_1", ""}, o).error().fields().at(0).field_name,
              "customer_account_id");
    EXPECT_EQ(build(juspay::delete_customer_account{"", "banh_1"}, o).error().fields().at(0).field_name, "customer_id");
}

TEST(customer_account, documented_rules_accept_good_accounts)
{
    auto op = doc_bank_create();
    op.bank_accounts.push_back({"SBIN0ABC123", "123456789", "Ravi Kumar"});
    op.bank_accounts.push_back({"HDFC0001234", "123456789012345678", "名前"});
    op.upi_accounts.push_back({"9164326296@upi"});
    op.upi_accounts.push_back({"first.last-name_1@okhdfcbank"});
    op.upi_accounts.push_back({"4225246777@yesg"});
    auto const r = build(op);
    EXPECT_TRUE(r) << r.error().message();
}

TEST(customer_account, path_parameters_stay_single_segments)
{
    auto const r = build(juspay::delete_customer_account{"a/../b", "../x?y#z"});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->url(), "https://sandbox.juspay.in/customers/a%2F..%2Fb/customer-accounts/..%2Fx%3Fy%23z");
}

TEST(customer_account, dot_path_parameters_are_refused_even_without_validation)
{
    // "%2E%2E" is ".." to a normalizing server: delete_customer_account{"cst_1", ".."} would
    // POST to /customers/cst_1/, which is update customer.
    juspay::call_options no_validate = juspay_test::doc_routing();
    no_validate.validate = false;
    for (auto const& opts : {juspay_test::doc_routing(), no_validate}) {
        auto const dots = build(juspay::get_customer_account{"..", "."}, opts);
        ASSERT_FALSE(dots);
        EXPECT_EQ(dots.error().code, juspay::errc::invalid_field);
        ASSERT_EQ(dots.error().fields().size(), 2u);
        EXPECT_EQ(dots.error().fields()[0].field_name, "customer_id");
        EXPECT_EQ(dots.error().fields()[1].field_name, "customer_account_id");
        auto const del = build(juspay::delete_customer_account{"cst_1", ".."}, opts);
        ASSERT_FALSE(del);
        EXPECT_EQ(del.error().code, juspay::errc::invalid_field);
        auto const get = build(juspay::get_customer{".", false}, opts);
        ASSERT_FALSE(get);
        EXPECT_EQ(get.error().code, juspay::errc::invalid_field);
        EXPECT_TRUE(build(juspay::get_customer{"...", false}, opts));
    }
}

// --- responses -------------------------------------------------------------------------------

TEST(customer_account, parses_the_documented_create_sample_with_bank_account)
{
    auto const r = parse(doc_bank_create(), 200, golden("responses/account_create_bank.json"));
    ASSERT_TRUE(r) << r.error().message();
    ASSERT_EQ(r->size(), 1u);
    auto const& a = r->front();
    EXPECT_EQ(a.object, "customer_account");
    EXPECT_EQ(a.customer_account_id, "banh_kGvx5TGUmkRVC2dH");
    EXPECT_EQ(a.customer_id, "cst_zqqmw0v4exbhvv2l");
    EXPECT_EQ(a.date_created->text, "2023-06-06T13:28:20Z");
    EXPECT_EQ(a.date_created->time()->time_since_epoch().count(), 1686058100LL * 1'000'000'000);
    ASSERT_TRUE(a.bank());
    EXPECT_FALSE(a.upi());
    EXPECT_EQ(a.bank()->account, "026291800001191");
    EXPECT_EQ(a.bank()->name, "test");
    EXPECT_EQ(a.bank()->ifsc, "AABF0008032");
    EXPECT_EQ(a.bank()->juspay_bank_code, "12");
    EXPECT_EQ(a.bank()->bank_name, "SBI");
    ASSERT_TRUE(a.validation_amount);
    EXPECT_EQ(a.validation_amount->text, "1.0"); // the JSON number's own text
    EXPECT_EQ(a.validation_amount->minor_units, 100);
    EXPECT_EQ(a.currency, "INR");
    EXPECT_EQ(a.validation_status, juspay::account_validation_status::created);
    EXPECT_EQ(a.validation_status_text, "CREATED");
    EXPECT_EQ(a.last_validated->text, "2023-06-06T13:28:20Z");
    EXPECT_FALSE(a.customer_account_type);
    EXPECT_TRUE(a.unknown_fields.empty());
}

TEST(customer_account, parses_the_documented_create_sample_with_upi)
{
    auto const r = parse(doc_upi_create(), 200, golden("responses/account_create_upi.json"));
    ASSERT_TRUE(r) << r.error().message();
    ASSERT_EQ(r->size(), 1u);
    auto const& a = r->front();
    EXPECT_EQ(a.customer_account_id, "banh_ePg3dcMBgGnFzoZj");
    ASSERT_TRUE(a.upi());
    EXPECT_EQ(a.upi()->vpa, "9164326296@upi");
    EXPECT_EQ(a.validation_amount->text, "1");
    EXPECT_EQ(a.validation_amount->minor_units, 100);
    EXPECT_EQ(a.date_created->text, "2025-02-24T17:49:53.977288433Z");
    EXPECT_EQ(a.date_created->time()->time_since_epoch().count(), 1740419393LL * 1'000'000'000 + 977288433);
    EXPECT_EQ(a.last_validated->time(), a.date_created->time());
    EXPECT_EQ(a.customer_account_type, "UPI");
}

TEST(customer_account, parses_the_documented_validate_samples_for_validate_and_get)
{
    juspay::validate_customer_account const validate{"cst_1", "banh_1", {}, {}};
    juspay::get_customer_account const get{"cst_1", "banh_1"};
    for (bool use_get : {false, true}) {
        auto const bank = use_get ? parse(get, 200, golden("responses/account_validate_bank.json"))
                                  : parse(validate, 200, golden("responses/account_validate_bank.json"));
        ASSERT_TRUE(bank) << bank.error().message();
        EXPECT_EQ(bank->customer_account_id, "banh_jhDBzmQanmKTLoZj");
        EXPECT_EQ(bank->customer_id, "cth_mh7UuTPY1V9dMGuT");
        ASSERT_TRUE(bank->bank());
        EXPECT_EQ(bank->bank()->ifsc, "AABF0008032");
        EXPECT_FALSE(bank->bank()->juspay_bank_code);
        EXPECT_EQ(bank->validation_amount->text, "1");
        EXPECT_EQ(bank->validation_status, juspay::account_validation_status::active);
        EXPECT_EQ(bank->customer_account_type, "SAVINGS");
        EXPECT_EQ(bank->date_created->time()->time_since_epoch().count(), 1740403183LL * 1'000'000'000 + 292530547);

        auto const upi = use_get ? parse(get, 200, golden("responses/account_validate_upi.json"))
                                 : parse(validate, 200, golden("responses/account_validate_upi.json"));
        ASSERT_TRUE(upi) << upi.error().message();
        EXPECT_EQ(upi->upi()->vpa, "4225246777@yesg");
        EXPECT_EQ(upi->validation_amount->text, "1.0");
        EXPECT_EQ(upi->validation_amount->minor_units, 100);
        EXPECT_EQ(upi->validation_status, juspay::account_validation_status::active);
        EXPECT_EQ(upi->last_validated->text, "2023-06-06T13:29:53Z");
    }
}

TEST(customer_account, validation_amounts_and_statuses_as_they_drift)
{
    struct row {
        char const* amount_json;
        char const* text;
        std::optional<std::int64_t> minor;
    };
    row const rows[] = {
        {"1", "1", 100},          {"1.0", "1.0", 100},      {"\"1\"", "1", 100},         {"1.50", "1.50", 150},
        {"\"0.1\"", "0.1", 10},   {"0.1", "0.1", 10},       {"1.10", "1.10", 110},       {"1.005", "1.005", {}},
        {"1e2", "1e2", {}},       {"1.5E+1", "1.5E+1", {}}, {"-0.5", "-0.5", -50},
        {"123456789012345678901234567890", "123456789012345678901234567890", {}},
        {"0.30000000000000004", "0.30000000000000004", {}},
    };
    for (auto const& r : rows) {
        std::string const body = std::string(R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},)") +
                                 R"("validation_amount":)" + r.amount_json + "}";
        auto const a = parse(juspay::get_customer_account{"cst_1", "banh_1"}, 200, body);
        ASSERT_TRUE(a) << body << ": " << a.error().message();
        ASSERT_TRUE(a->validation_amount);
        EXPECT_EQ(a->validation_amount->text, r.text) << body;
        EXPECT_EQ(a->validation_amount->minor_units, r.minor) << body;
    }
    for (auto const& [json, status] :
         {std::pair<char const*, juspay::account_validation_status>{"\"PENDING\"", juspay::account_validation_status::pending},
          {"\"FAILURE\"", juspay::account_validation_status::failure},
          {"\"CREATED\"", juspay::account_validation_status::created},
          {"\"VERIFYING\"", juspay::account_validation_status::unknown},
          {"null", juspay::account_validation_status::unknown}}) {
        std::string const body = std::string(R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},)") +
                                 R"("validation_status":)" + json + R"(,"last_validated":null,"extra":[1]})";
        auto const a = parse(juspay::get_customer_account{"cst_1", "banh_1"}, 200, body);
        ASSERT_TRUE(a) << body;
        EXPECT_EQ(a->validation_status, status) << json;
        EXPECT_FALSE(a->last_validated);
        EXPECT_EQ(boost::json::serialize(a->unknown_fields), R"({"extra":[1]})");
    }
    auto const unknown = parse(juspay::get_customer_account{"cst_1", "banh_1"}, 200,
                               R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},"validation_status":"VERIFYING"})");
    EXPECT_EQ(unknown->validation_status_text, "VERIFYING");
    EXPECT_EQ(juspay::to_string(juspay::account_validation_status::active), "ACTIVE");
}

TEST(customer_account, bad_account_bodies_are_unexpected_shape)
{
    struct row {
        char const* body;
        char const* where;
    };
    row const rows[] = {
        {R"({"customer_account_id":"banh_1"})", "account_details"},
        {R"({"customer_account_id":"banh_1","account_details":{}})", "account_details"},
        {R"({"customer_account_id":"banh_1","account_details":null})", "account_details"},
        {R"({"customer_account_id":"banh_1","account_details":"x"})", "account_details"},
        {R"({"customer_account_id":"banh_1","account_details":{"account":"026291800001191","vpa":"a@upi"}})",
         "account_details"},
        {R"({"customer_account_id":"banh_1","account_details":{"ifsc":"AABF0008032"}})", "account_details.account"},
        {R"({"customer_account_id":"banh_1","account_details":{"vpa":""}})", "account_details.vpa"},
        {R"({"customer_account_id":"banh_1","account_details":{"vpa":7}})", "account_details.vpa"},
        {R"({"customer_account_id":"banh_1","account_details":{"account":[1]}})", "account_details.account"},
        {R"({"account_details":{"vpa":"a@upi"}})", "customer_account_id"},
        {R"({"customer_account_id":5,"account_details":{"vpa":"a@upi"}})", "customer_account_id"},
        {R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},"validation_amount":true})",
         "validation_amount"},
        {R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},"validation_amount":{"v":1}})",
         "validation_amount"},
        {R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},"validation_status":1})",
         "validation_status"},
        {R"([{"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"}}])", ""},
    };
    for (auto const& r : rows) {
        auto const a = parse(juspay::get_customer_account{"cst_1", "banh_1"}, 200, r.body);
        ASSERT_FALSE(a) << r.body;
        EXPECT_EQ(a.error().code, errc::unexpected_shape) << r.body << ": " << a.error().message();
        EXPECT_EQ(a.error().body(), r.body);
        if (*r.where) {
            EXPECT_EQ(a.error().fields().at(0).field_name, r.where) << r.body;
        }
    }
    // In an array answer the element is named.
    auto const many = parse(doc_upi_create(), 200,
                            R"([{"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"}},{"customer_account_id":"banh_2"}])");
    ASSERT_FALSE(many);
    EXPECT_EQ(many.error().fields().at(0).field_name, "[1].account_details");
    // Create answers an array: one object is not that.
    auto const one = parse(doc_upi_create(), 200, golden("responses/account_validate_upi.json"));
    ASSERT_FALSE(one);
    EXPECT_EQ(one.error().code, errc::unexpected_shape);
    auto const not_object = parse(doc_upi_create(), 200, "[1]");
    EXPECT_EQ(not_object.error().code, errc::unexpected_shape);
}

TEST(customer_account, list_accepts_an_array_or_the_list_wrapper)
{
    std::string const two = R"([{"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"}},)"
                            R"({"customer_account_id":"banh_2","account_details":{"account":"026291800001191","ifsc":"AABF0008032","name":"x"}}])";
    juspay::list_customer_accounts const op{"cst_1"};
    auto r = parse(op, 200, two);
    ASSERT_TRUE(r) << r.error().message();
    ASSERT_EQ(r->size(), 2u);
    EXPECT_EQ((*r)[0].customer_account_id, "banh_1");
    EXPECT_TRUE((*r)[1].bank());
    r = parse(op, 200, R"({"object":"list","list":)" + two + R"(,"count":2,"offset":0,"total":2})");
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->size(), 2u);
    r = parse(op, 200, "[]");
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->empty());
    for (char const* bad : {R"({"object":"list"})", R"({"list":{}})", R"({"data":[]})", "7", "\"x\""}) {
        auto const e = parse(op, 200, bad);
        ASSERT_FALSE(e) << bad;
        EXPECT_EQ(e.error().code, errc::unexpected_shape) << bad;
        EXPECT_EQ(e.error().body(), bad);
    }
}

TEST(customer_account, delete_accepts_either_spelling)
{
    juspay::delete_customer_account const op{"cst_1", "banh_1"};
    auto r = parse(op, 200, R"({"customer_account_id":"banh_1","status":"DELETED"})");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->customer_account_id, "banh_1");
    EXPECT_EQ(r->status, "DELETED");
    r = parse(op, 200, R"({"id":"banh_9","customer_account_status":"DELETED","deleted":true})");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->customer_account_id, "banh_9");
    EXPECT_EQ(r->status, "DELETED");
    EXPECT_EQ(boost::json::serialize(r->unknown_fields), R"({"deleted":true})");
    r = parse(op, 200, "{}");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->customer_account_id, "banh_1"); // the id the request named
    EXPECT_EQ(r->status, "");
    EXPECT_EQ(parse(op, 200, R"({"status":5})").error().code, errc::unexpected_shape);
    EXPECT_EQ(parse(op, 200, "[]").error().code, errc::unexpected_shape);
    EXPECT_EQ(parse(op, 200, "{").error().code, errc::malformed_body);
}

TEST(customer_account, delete_with_an_empty_answer_is_success_for_the_requested_account)
{
    juspay::delete_customer_account const op{"cst_1", "banh_1"};
    for (std::string_view body : {"", " \r\n", "\n"}) {
        for (int status : {200, 204}) {
            auto const r = parse(op, status, body);
            ASSERT_TRUE(r) << status << " '" << body << "': " << r.error().message();
            EXPECT_EQ(r->customer_account_id, "banh_1");
            EXPECT_EQ(r->status, "");
        }
    }
    // Every other operation still calls an empty 2xx what it is.
    EXPECT_EQ(parse(juspay::get_customer_account{"cst_1", "banh_1"}, 200, "").error().code, errc::malformed_body);
}

TEST(customer_account, delete_that_says_anything_but_deleted_is_not_success)
{
    juspay::delete_customer_account const op{"cst_1", "banh_1"};
    for (char const* body : {R"({"customer_account_id":"banh_1","status":"FAILED"})",
                             R"({"customer_account_status":"ACTIVE"})", R"({"status":"deleted"})"}) {
        auto const r = parse(op, 200, body);
        ASSERT_FALSE(r) << body;
        EXPECT_EQ(r.error().code, errc::unexpected_shape) << body;
        EXPECT_EQ(r.error().fields().at(0).field_name, "status") << body;
        EXPECT_EQ(r.error().retry(), juspay::retry_advice::retry); // a delete is safe to send again
    }
}

// Every error body of juspay-api.md and of the account pages, through every account operation.
TEST(customer_account, every_documented_error_body_maps_for_every_account_operation)
{
    struct row {
        char const* file;
        int status;
        errc code;
    };
    row const rows[] = {
        {"account_create_401", 401, errc::unauthorized},       {"account_validate_401", 401, errc::unauthorized},
        {"401_wrong_key", 401, errc::unauthorized},            {"400_unique", 400, errc::already_exists},
        {"400_invalid_input_api_md", 400, errc::invalid_input}, {"400_mandatory_missing", 400, errc::invalid_input},
        {"403_bad_origin_api_md", 403, errc::forbidden},       {"404_object_not_found", 404, errc::not_found},
    };
    auto check = [](auto const& op, row const& r) {
        std::string const body = golden(std::string("responses/") + r.file + ".json");
        auto const e = parse(op, r.status, body);
        ASSERT_FALSE(e) << r.file;
        EXPECT_EQ(e.error().code, r.code) << r.file;
        EXPECT_EQ(e.error().body(), body);
        if (r.status == 401) {
            EXPECT_EQ(e.error().envelope().error_code, "access_denied");
            EXPECT_EQ(e.error().envelope().info_code, "UNAUTHORIZED");
            EXPECT_EQ(e.error().envelope().request_id, "b2e0fd33-7655-4778-83a8-5179ed21b0b7");
            EXPECT_EQ(e.error().envelope().developer_message, "Invalid API Key. Please pass a valid and active api key.");
        }
    };
    for (auto const& r : rows) {
        check(doc_bank_create(), r);
        check(juspay::validate_customer_account{"cst_1", "banh_1", {}, {}}, r);
        check(juspay::get_customer_account{"cst_1", "banh_1"}, r);
        check(juspay::list_customer_accounts{"cst_1"}, r);
        check(juspay::delete_customer_account{"cst_1", "banh_1"}, r);
    }
}

TEST(customer_account, json_conversions_round_trip)
{
    auto const parsed = parse(doc_upi_create(), 200, golden("responses/account_create_upi.json"));
    ASSERT_TRUE(parsed);
    boost::json::value const jv = boost::json::value_from(parsed->front());
    EXPECT_EQ(jv.at("validation_amount"), "1");
    EXPECT_EQ(jv.at("account_details"), boost::json::parse(R"({"vpa":"9164326296@upi"})"));
    auto const back = boost::json::try_value_to<juspay::customer_account>(jv);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->customer_account_id, "banh_ePg3dcMBgGnFzoZj");
    EXPECT_EQ(back->validation_amount->minor_units, 100);
    EXPECT_EQ(back->date_created->time(), parsed->front().date_created->time());
    // A caller's own DOM may hold a double: it converts through its shortest exact text.
    auto const from_double = boost::json::try_value_to<juspay::customer_account>(boost::json::parse(
        R"({"customer_account_id":"banh_1","account_details":{"vpa":"a@upi"},"validation_amount":1.5})"));
    ASSERT_TRUE(from_double);
    EXPECT_EQ(from_double->validation_amount->text, "1.5");
    EXPECT_EQ(from_double->validation_amount->minor_units, 150);
    EXPECT_FALSE(boost::json::try_value_to<juspay::customer_account>(boost::json::parse("{}")));
}

} // namespace
