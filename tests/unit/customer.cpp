// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/customer.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace {

using juspay::errc;
using juspay_test::build;
using juspay_test::golden;
using juspay_test::parse;

using juspay_test::form_fields;
using juspay_test::pairs;

juspay::config doc_config()
{
    return juspay_test::doc_config("merchant_id");
}

using juspay_test::doc_routing;

juspay::create_customer doc_create()
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

// --- requests --------------------------------------------------------------------------------

TEST(customer, create_matches_the_documented_curl_example)
{
    // tests/golden/create_customer.curl is the example of juspay-docs/003 verbatim.
    auto const curl = juspay_test::parse_curl(golden("create_customer.curl"));
    std::string const& method = curl.method;
    std::string const& url = curl.url;
    pairs const& headers = curl.headers;
    pairs const& fields = curl.fields;
    ASSERT_EQ(curl.user, "your_api_key:");
    ASSERT_EQ(headers.size(), 3u);
    ASSERT_EQ(fields.size(), 7u);
    EXPECT_EQ(fields[6], (std::pair<std::string, std::string>("options.get_client_auth_token", "true")));

    auto const r = juspay::build_request(doc_config(), doc_create(), doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(juspay::to_string(r->method()), method);
    EXPECT_EQ(r->url(), url);
    // curl -u your_api_key: sends Basic base64("your_api_key:").
    EXPECT_EQ(r->header_value("Authorization"), "Basic eW91cl9hcGlfa2V5Og==");
    for (auto const& [name, value] : headers)
        EXPECT_EQ(r->header_value(name), value) << name;
    EXPECT_EQ(form_fields(r->body()), fields);
    // The exact bytes: '@' is %40 where curl's -d sent it raw.
    EXPECT_EQ(r->body(), golden("create_customer.body"));
    EXPECT_EQ(juspay_test::printed(*r), golden("create_customer.http"));
}

TEST(customer, create_without_optionals_sends_only_what_is_set)
{
    juspay::create_customer op;
    op.object_reference_id = "cust_123489";
    op.mobile_number = "9988776655";
    auto const r = build(op);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->method(), juspay::http_method::post);
    EXPECT_EQ(r->url(), "https://sandbox.juspay.in/customers");
    EXPECT_EQ(r->body(), "object_reference_id=cust_123489&mobile_number=9988776655");
    EXPECT_EQ(r->header_value("x-routing-id"), "customer_1122"); // as given, never the object_reference_id
    EXPECT_EQ(r->header_value("Content-Type"), "application/x-www-form-urlencoded");
    ASSERT_EQ(juspay_test::headers_of(*r).size(), 6u);
    EXPECT_EQ(juspay_test::headers_of(*r)[3].name, "Content-Type");
    EXPECT_EQ(juspay_test::headers_of(*r)[4].name, "Accept");
}

TEST(customer, get_golden_with_and_without_token)
{
    juspay::get_customer op;
    op.customer_id = "cst_pcxaymwoh9vbse97";
    auto r = juspay::build_request(doc_config(), op, doc_routing());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->url(), "https://api.juspay.in/customers/cst_pcxaymwoh9vbse97");
    EXPECT_EQ(juspay_test::printed(*r), golden("get_customer.http"));
    op.get_client_auth_token = true;
    r = juspay::build_request(doc_config(), op, doc_routing());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->url(), "https://api.juspay.in/customers/cst_pcxaymwoh9vbse97?options.get_client_auth_token=true");
    EXPECT_EQ(juspay_test::printed(*r), golden("get_customer_token.http"));
}

TEST(customer, update_golden)
{
    juspay::update_customer op;
    op.customer_id = "customer@gmail.com"; // an object_reference_id: one encoded segment
    op.mobile_number = "+919912346789";
    op.first_name = "John Paul";
    op.mobile_country_code = "91";
    auto const r = juspay::build_request(doc_config(), op, doc_routing());
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->url(), "https://api.juspay.in/customers/customer%40gmail.com");
    EXPECT_EQ(r->body(), golden("update_customer.body"));
    EXPECT_EQ(r->body(), "mobile_number=%2B919912346789&first_name=John+Paul&mobile_country_code=91");
    EXPECT_EQ(juspay_test::printed(*r), golden("update_customer.http"));
}

TEST(customer, update_needs_a_field_and_a_customer_id_even_without_validation)
{
    juspay::call_options o = juspay_test::doc_routing();
    o.validate = false;
    o.routing_id = "r";
    juspay::update_customer op;
    op.customer_id = "cst_1";
    auto r = build(op, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::missing_field);
    EXPECT_EQ(r.error().fields().at(0).field_name, "update_customer");
    op.customer_id.clear();
    op.first_name = "John";
    r = build(op, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::missing_field);
    EXPECT_EQ(r.error().fields().at(0).field_name, "customer_id");
    juspay::get_customer g;
    r = build(g, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::missing_field);
    EXPECT_EQ(r.error().fields().at(0).field_name, "customer_id");
}

TEST(customer, path_parameter_stays_one_segment)
{
    struct row {
        char const* id;
        char const* path;
    };
    row const rows[] = {
        {"a/../b?x=1#f", "/customers/a%2F..%2Fb%3Fx%3D1%23f"},
        {"%2E%2E", "/customers/%252E%252E"},
        {"...", "/customers/..."},
        {"a b+c", "/customers/a%20b%2Bc"},
        {"100%", "/customers/100%25"},
        {"ümlaut", "/customers/%C3%BCmlaut"},
        {"cst_~-._", "/customers/cst_~-._"},
    };
    for (auto const& r : rows) {
        juspay::get_customer op;
        op.customer_id = r.id;
        juspay::call_options o = juspay_test::doc_routing();
        o.routing_id = "route";
        auto const req = build(op, o);
        ASSERT_TRUE(req) << r.id << ": " << req.error().message();
        EXPECT_EQ(req->url(), std::string("https://sandbox.juspay.in") + r.path);
        EXPECT_EQ(req->url().find('?'), std::string::npos);
        EXPECT_EQ(req->url().find('#'), std::string::npos);
    }
}

TEST(customer, one_mebibyte_values_are_encoded_whole)
{
    std::string const big(1 << 20, 'a');
    juspay::create_customer op;
    op.object_reference_id = big;
    op.mobile_number = "9988776655";
    op.first_name = std::string(1 << 20, ' '); // every byte changes form: ' ' -> '+'
    op.last_name = std::string(1 << 20, '@');  // every byte triples: '@' -> "%40"
    juspay::call_options o = juspay_test::doc_routing();
    o.routing_id = "route";
    o.validate = false; // '@' is no name character; this test is about encoding
    auto const r = build(op, o);
    ASSERT_TRUE(r) << r.error().message();
    auto const f = form_fields(r->body());
    ASSERT_EQ(f.size(), 4u);
    EXPECT_EQ(f[0].second, big);
    EXPECT_EQ(f[2].second, *op.first_name);
    EXPECT_EQ(f[3].second, *op.last_name);
    EXPECT_EQ(r->body().size(), std::string("object_reference_id=&mobile_number=9988776655&first_name=&last_name=").size() +
                                  (1u << 20) * 5);

    juspay::get_customer g;
    g.customer_id = std::string(1 << 20, '/');
    auto const rg = build(g, o);
    ASSERT_TRUE(rg);
    EXPECT_EQ(rg->url().size(), std::string("https://sandbox.juspay.in/customers/").size() + 3 * (1u << 20));

    // As a routing id, a 1 MiB id is still one header value.
    juspay::call_options big_routing = o;
    big_routing.routing_id = big;
    auto const rh = build(g, big_routing);
    ASSERT_TRUE(rh);
    EXPECT_EQ(rh->header_value("x-routing-id").size(), 1u << 20);
}

TEST(customer, invalid_utf8_is_refused_by_validation_and_encoded_exactly_without)
{
    std::string const bad = "Jo\xC3\x28n\xFF";
    juspay::create_customer op;
    op.object_reference_id = "cust_123489";
    op.mobile_number = "9988776655";
    op.first_name = bad;
    auto r = build(op);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::invalid_field);
    EXPECT_EQ(r.error().fields().at(0).field_name, "first_name");
    EXPECT_EQ(r.error().fields().at(0).reason, "is not valid UTF-8");

    juspay::call_options o = juspay_test::doc_routing();
    o.validate = false;
    r = build(op, o);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->body(), "object_reference_id=cust_123489&mobile_number=9988776655&first_name=Jo%C3%28n%FF");

    juspay::get_customer g;
    g.customer_id = bad;
    auto const rg = build(g);
    ASSERT_FALSE(rg);
    EXPECT_EQ(rg.error().fields().at(0).field_name, "customer_id");
}

// --- validation ------------------------------------------------------------------------------

struct rule_case {
    char const* what;
    void (*change)(juspay::create_customer&);
    errc code;
    char const* field;
};

juspay::create_customer valid_create()
{
    juspay::create_customer op;
    op.object_reference_id = "cust_123489";
    op.mobile_number = "9988776655";
    return op;
}

TEST(customer, documented_rules_refuse_bad_fields)
{
    rule_case const cases[] = {
        {"empty object_reference_id", [](auto& o) { o.object_reference_id.clear(); }, errc::missing_field,
         "object_reference_id"},
        {"7-character object_reference_id", [](auto& o) { o.object_reference_id = "cust_12"; }, errc::invalid_field,
         "object_reference_id"},
        {"8 characters, 7 of them multibyte, counts characters",
         [](auto& o) { o.object_reference_id = "ééééééé"; }, errc::invalid_field, "object_reference_id"},
        {"empty mobile_number", [](auto& o) { o.mobile_number.clear(); }, errc::missing_field, "mobile_number"},
        {"'+' without a country code", [](auto& o) { o.mobile_number = "+919912346789"; }, errc::invalid_field,
         "mobile_number"},
        {"'+' in the middle", [](auto& o) { o.mobile_number = "99+12346789"; o.mobile_country_code = "91"; },
         errc::invalid_field, "mobile_number"},
        {"'+' as suffix", [](auto& o) { o.mobile_number = "9912346789+"; o.mobile_country_code = "91"; },
         errc::invalid_field, "mobile_number"},
        {"'-' before the number", [](auto& o) { o.mobile_number = "-9988776655"; }, errc::invalid_field,
         "mobile_number"},
        {"letters", [](auto& o) { o.mobile_number = "99887766ab"; }, errc::invalid_field, "mobile_number"},
        {"space", [](auto& o) { o.mobile_number = "99887 76655"; }, errc::invalid_field, "mobile_number"},
        {"only '+'", [](auto& o) { o.mobile_number = "+"; o.mobile_country_code = "91"; }, errc::invalid_field,
         "mobile_number"},
        {"16 digits", [](auto& o) { o.mobile_number = "1234567890123456"; }, errc::invalid_field, "mobile_number"},
        {"'+' in the country code", [](auto& o) { o.mobile_country_code = "+91"; }, errc::invalid_field,
         "mobile_country_code"},
        {"letters in the country code", [](auto& o) { o.mobile_country_code = "abcd"; }, errc::invalid_field,
         "mobile_country_code"},
        {"4-digit country code", [](auto& o) { o.mobile_country_code = "9112"; }, errc::invalid_field,
         "mobile_country_code"},
        {"empty country code", [](auto& o) { o.mobile_country_code = ""; }, errc::invalid_field,
         "mobile_country_code"},
        {"e-mail without '@'", [](auto& o) { o.email_address = "customer.gmail.com"; }, errc::invalid_field,
         "email_address"},
        {"e-mail with two '@'", [](auto& o) { o.email_address = "a@b@c.com"; }, errc::invalid_field, "email_address"},
        {"e-mail starting with '.'", [](auto& o) { o.email_address = ".customer@gmail.com"; }, errc::invalid_field,
         "email_address"},
        {"e-mail local part ending with '_'", [](auto& o) { o.email_address = "customer_@gmail.com"; },
         errc::invalid_field, "email_address"},
        {"e-mail domain starting with '.'", [](auto& o) { o.email_address = "customer@.gmail.com"; },
         errc::invalid_field, "email_address"},
        {"e-mail with a space", [](auto& o) { o.email_address = "cus tomer@gmail.com"; }, errc::invalid_field,
         "email_address"},
        {"e-mail with '<'", [](auto& o) { o.email_address = "<customer@gmail.com>"; }, errc::invalid_field,
         "email_address"},
        {"e-mail with nothing before '@'", [](auto& o) { o.email_address = "@gmail.com"; }, errc::invalid_field,
         "email_address"},
        {"e-mail of 255 characters", [](auto& o) { o.email_address = std::string(245, 'a') + "@gmail.com"; },
         errc::invalid_field, "email_address"},
        {"empty e-mail", [](auto& o) { o.email_address = ""; }, errc::invalid_field, "email_address"},
        {"first name with '+'", [](auto& o) { o.first_name = "John+"; }, errc::invalid_field, "first_name"},
        {"first name with '@'", [](auto& o) { o.first_name = "J@hn"; }, errc::invalid_field, "first_name"},
        {"last name with '/'", [](auto& o) { o.last_name = "Smith/Jones"; }, errc::invalid_field, "last_name"},
        {"last name with ','", [](auto& o) { o.last_name = "Smith, Jr"; }, errc::invalid_field, "last_name"},
        {"last name with a newline", [](auto& o) { o.last_name = "Smith\nJones"; }, errc::invalid_field,
         "last_name"},
        {"object_reference_id with a tab", [](auto& o) { o.object_reference_id = "cust\t123489"; },
         errc::invalid_field, "object_reference_id"},
    };
    for (auto const& c : cases) {
        auto op = valid_create();
        c.change(op);
        auto const r = build(op);
        ASSERT_FALSE(r) << c.what;
        EXPECT_EQ(r.error().code, c.code) << c.what;
        ASSERT_FALSE(r.error().fields().empty()) << c.what;
        EXPECT_EQ(r.error().fields()[0].field_name, c.field) << c.what;
        EXPECT_FALSE(r.error().fields()[0].reason.empty());
        EXPECT_NE(r.error().message().find(c.field), std::string::npos) << r.error().message();
    }
}

TEST(customer, documented_rules_accept_good_fields)
{
    void (*const changes[])(juspay::create_customer&) = {
        [](auto& o) { o.mobile_number = "+919912346789"; o.mobile_country_code = "91"; },
        [](auto& o) { o.mobile_number = "97675789476"; },
        [](auto& o) { o.mobile_number = "12345678"; o.mobile_country_code = "65"; }, // 8 digits: not only India
        [](auto& o) { o.mobile_country_code = "1"; },
        [](auto& o) { o.email_address = "customer@gmail.com"; },
        [](auto& o) { o.email_address = "a!#$%&'*+-/=?^_.{|}~`b@mail.example.com"; },
        [](auto& o) { o.first_name = "Mary-Ann (Jr.) O_K"; },
        [](auto& o) { o.first_name = "José"; o.last_name = "Nuñez"; },
        [](auto& o) { o.object_reference_id = "customer@gmail.com"; },
        [](auto& o) { o.object_reference_id = "éééééééé"; },
    };
    for (auto change : changes) {
        auto op = valid_create();
        change(op);
        auto const r = build(op);
        EXPECT_TRUE(r) << r.error().message();
    }
}

TEST(customer, all_bad_fields_are_reported_at_once)
{
    juspay::create_customer op;
    op.object_reference_id = "short";
    op.mobile_number = "abc";
    op.email_address = "nope";
    auto const r = build(op);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::invalid_field);
    ASSERT_EQ(r.error().fields().size(), 3u);
    EXPECT_EQ(r.error().fields()[0].field_name, "object_reference_id");
    EXPECT_EQ(r.error().fields()[1].field_name, "mobile_number");
    EXPECT_EQ(r.error().fields()[2].field_name, "email_address");
    // Values are never echoed: they are personal data.
    EXPECT_EQ(r.error().message().find("nope"), std::string::npos) << r.error().message();
}

TEST(customer, validation_can_be_turned_off_but_structure_cannot)
{
    auto op = valid_create();
    op.object_reference_id = "short";
    op.mobile_number = "+1";
    juspay::call_options o = juspay_test::doc_routing();
    o.validate = false;
    auto r = build(op, o);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->body(), "object_reference_id=short&mobile_number=%2B1");
    op.object_reference_id.clear();
    r = build(op, o);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::missing_field);
    EXPECT_EQ(r.error().fields().at(0).field_name, "object_reference_id");
}

// --- responses -------------------------------------------------------------------------------

TEST(customer, a_customer_without_juspay_is_refused_when_a_token_was_asked_for)
{
    auto create = doc_create();
    ASSERT_TRUE(create.get_client_auth_token);
    for (int status : {200, 201}) {
        auto const r = parse(create, status, golden("responses/customer_token_false.json"));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, errc::unexpected_shape);
        EXPECT_EQ(r.error().fields().at(0).field_name, "juspay");
        EXPECT_EQ(r.error().retry(), juspay::retry_advice::retry); // Juspay de-duplicates a create
    }
    auto const got = parse(juspay::get_customer{"cst_pcxaymwoh9vbse97", true}, 200,
                           golden("responses/customer_token_false.json"));
    ASSERT_FALSE(got);
    EXPECT_EQ(got.error().fields().at(0).field_name, "juspay");
    // Asked without a token, the same answer is a customer.
    EXPECT_TRUE(parse(juspay::get_customer{"cst_pcxaymwoh9vbse97", false}, 200,
                      golden("responses/customer_token_false.json")));
    juspay::update_customer update;
    update.customer_id = "cst_pcxaymwoh9vbse97";
    EXPECT_TRUE(parse(update, 200, golden("responses/customer_token_false.json")));
}

TEST(customer, parses_the_documented_sample_without_token)
{
    auto create = doc_create();
    create.get_client_auth_token = false;
    auto const r = parse(create, 200, golden("responses/customer_token_false.json"));
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->id, "cst_pcxaymwoh9vbse97");
    EXPECT_EQ(r->object, "customer");
    EXPECT_EQ(r->object_reference_id, "customer@gmail.com");
    EXPECT_EQ(r->mobile_country_code, "91");
    EXPECT_EQ(r->mobile_number, "9988776655");
    EXPECT_EQ(r->email_address, "customer@gmail.com");
    EXPECT_EQ(r->first_name, "John");
    EXPECT_EQ(r->last_name, "Smith");
    ASSERT_TRUE(r->date_created);
    EXPECT_EQ(r->date_created->text, "2020-03-17T14:16:31Z");
    ASSERT_TRUE(r->date_created->time());
    EXPECT_EQ(r->date_created->time()->time_since_epoch().count(), 1584454591LL * 1'000'000'000);
    ASSERT_TRUE(r->last_updated);
    EXPECT_EQ(r->last_updated->text, "2020-03-17T14:16:31Z");
    EXPECT_FALSE(r->juspay);
    EXPECT_TRUE(r->unknown_fields.empty());
}

TEST(customer, parses_the_documented_sample_with_token_for_every_customer_operation)
{
    std::string const body = golden("responses/customer_token_true.json");
    auto check = [](juspay::result<juspay::customer> const& r) {
        ASSERT_TRUE(r) << r.error().message();
        EXPECT_EQ(r->id, "cst_afdeuvmfhs3j1acm");
        ASSERT_TRUE(r->juspay);
        EXPECT_EQ(r->juspay->client_auth_token, "tkn_24543c6a278f45d680d09edb32e78061");
        ASSERT_TRUE(r->juspay->client_auth_token_expiry);
        EXPECT_EQ(r->juspay->client_auth_token_expiry->text, "2020-03-17T14:28:37Z");
        EXPECT_EQ(r->juspay->client_auth_token_expiry->time()->time_since_epoch().count(),
                  (1584454417LL + 15 * 60) * 1'000'000'000);
    };
    check(parse(doc_create(), 200, body));
    check(parse(juspay::get_customer{"cst_afdeuvmfhs3j1acm", true}, 200, body));
    check(parse(juspay::update_customer{"cst_afdeuvmfhs3j1acm", "9988776655", {}, {}, {}, {}}, 200, body));
}

TEST(customer, tolerates_drift)
{
    auto const r = parse(juspay::get_customer{"cst_1", false}, 200, R"({
        "id": "cst_1", "object": "customer", "object_reference_id": 12345678,
        "mobile_number": 9988776655, "mobile_country_code": 91,
        "email_address": null, "first_name": null,
        "date_created": "2025-02-24T17:49:53.977288433Z", "last_updated": "not a time",
        "juspay": null, "new_field": {"nested": [1, 2.5, "x"]}, "flag": true })");
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->object_reference_id, "12345678");
    EXPECT_EQ(r->mobile_number, "9988776655");
    EXPECT_EQ(r->mobile_country_code, "91");
    EXPECT_FALSE(r->email_address);
    EXPECT_FALSE(r->first_name);
    EXPECT_FALSE(r->last_name);
    EXPECT_EQ(r->date_created->time()->time_since_epoch().count(), 1740419393LL * 1'000'000'000 + 977288433);
    EXPECT_EQ(r->last_updated->text, "not a time");
    EXPECT_FALSE(r->last_updated->time());
    EXPECT_FALSE(r->juspay);
    EXPECT_EQ(boost::json::serialize(r->unknown_fields), R"({"new_field":{"nested":[1,2.5E0,"x"]},"flag":true})");

    auto const t = parse(juspay::get_customer{"cst_1", false}, 200,
                         R"({"id":"cst_1","date_created":null,"juspay":{"client_auth_token":"tkn_1","extra":1}})");
    ASSERT_TRUE(t);
    EXPECT_FALSE(t->date_created);
    EXPECT_FALSE(t->juspay->client_auth_token_expiry);
    EXPECT_EQ(boost::json::serialize(t->juspay->unknown_fields), R"({"extra":1})");
}

// Escaped member names reach the parser's scratch buffer, not the body: each one is read as
// its unescaped name, kept as an unknown member's key, and named in a shape error, even
// after the next escaped name has overwritten the scratch buffer.
TEST(customer, escaped_member_names_are_read_as_their_text)
{
    auto const r = parse(juspay::get_customer{"cst_1", false}, 200, R"({
        "\u0069d": "cst_1", "obj\u0065ct": "customer",
        "x\u002dunknown": {"a": 1}, "y\u002dunknown": 2,
        "a_member_name_long_enough_to_leave_any_inline_buffer_\u0021": [true],
        "juspay": {"client_auth_t\u006fken": "tkn_1", "\u0065xtra": "e"}})");
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->id, "cst_1");
    EXPECT_EQ(r->object, "customer");
    EXPECT_EQ(boost::json::serialize(r->unknown_fields),
              R"({"x-unknown":{"a":1},"y-unknown":2,"a_member_name_long_enough_to_leave_any_inline_buffer_!":[true]})");
    ASSERT_TRUE(r->juspay);
    EXPECT_EQ(r->juspay->client_auth_token, "tkn_1");
    EXPECT_EQ(boost::json::serialize(r->juspay->unknown_fields), R"({"extra":"e"})");

    auto const bad = parse(juspay::get_customer{"cst_1", false}, 200,
                           R"({"id":"cst_1","juspay":{"client_auth_token":"t","\u0063lient_auth_token_expiry":[1]}})");
    ASSERT_FALSE(bad);
    ASSERT_FALSE(bad.error().fields().empty());
    EXPECT_EQ(bad.error().fields()[0].field_name, "juspay.client_auth_token_expiry");
}

// A member named twice: the last one wins, modelled or not, as in Boost.JSON's DOM, and an
// error body read by the DOM agrees.
TEST(customer, a_repeated_member_name_keeps_the_last_value)
{
    auto const r = parse(juspay::get_customer{"cst_1", false}, 200,
                         R"({"id":"cst_0","x":1,"y":{"a":1},"id":"cst_1","x":2,"y":[3],"x":{"b":4}})");
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->id, "cst_1");
    EXPECT_EQ(boost::json::serialize(r->unknown_fields), R"({"x":{"b":4},"y":[3]})");
    EXPECT_EQ(boost::json::serialize(boost::json::parse(R"({"x":1,"x":2})")), R"({"x":2})");

    auto const e = parse(juspay::get_customer{"cst_1", false}, 404,
                         R"({"error_code":"first","error_message":"m","error_code":"last"})");
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error().envelope().error_code, "last");
}

TEST(customer, a_number_past_a_double_is_kept_as_its_text)
{
    // Boost.JSON's DOM would hold Infinity, which serializes to text that is not JSON.
    std::string const body = R"({"id":"cst_1","big":1e400,"small":-1E+999,"in":{"a":[2e308,1.5]},"tiny":1e-400})";
    auto const r = parse(juspay::get_customer{"cst_1", false}, 200, body);
    ASSERT_TRUE(r) << r.error().message();
    EXPECT_EQ(r->unknown_fields.at("big"), boost::json::value("1e400"));
    EXPECT_EQ(r->unknown_fields.at("small"), boost::json::value("-1E+999"));
    EXPECT_EQ(boost::json::serialize(r->unknown_fields.at("in")), R"({"a":["2e308",1.5E0]})");
    EXPECT_EQ(r->unknown_fields.at("tiny"), boost::json::value(0.0)); // underflow is a number still
    std::string const text = boost::json::serialize(boost::json::value_from(*r));
    boost::json::error_code ec;
    boost::json::parse(text, ec);
    EXPECT_FALSE(ec) << text;

    // The DOM conversion gives the same, from a DOM Boost.JSON parsed (with Infinity in it).
    auto const dom = boost::json::try_value_to<juspay::customer>(boost::json::parse(R"({"id":"c","big":1e400})"));
    ASSERT_TRUE(dom);
    EXPECT_TRUE(dom->unknown_fields.at("big").is_string());
}

TEST(customer, bad_success_bodies_are_typed)
{
    struct row {
        char const* body;
        errc code;
        char const* where;
    };
    row const rows[] = {
        {"", errc::malformed_body, ""},
        {"<html>oops</html>", errc::malformed_body, ""},
        {R"({"id":"cst_1","object":"cust)", errc::malformed_body, ""},
        {"{\"id\":\"cst_\xff\"}", errc::malformed_body, ""},
        {"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
         "]]]]]]]]]]]]]]]]]]]]]",
         errc::malformed_body, ""},
        {R"([{"id":"cst_1"}])", errc::unexpected_shape, ""},
        {"{}", errc::unexpected_shape, "id"},
        {"null", errc::unexpected_shape, ""},
        {R"("cst_1")", errc::unexpected_shape, ""},
        {R"({"id":12345})", errc::unexpected_shape, "id"},
        {R"({"id":""})", errc::unexpected_shape, "id"},
        {R"({"id":null})", errc::unexpected_shape, "id"},
        {R"({"id":"cst_1","mobile_number":[1]})", errc::unexpected_shape, "mobile_number"},
        {R"({"id":"cst_1","mobile_number":99.5})", errc::unexpected_shape, "mobile_number"},
        {R"({"id":"cst_1","email_address":7})", errc::unexpected_shape, "email_address"},
        {R"({"id":"cst_1","juspay":"tkn"})", errc::unexpected_shape, "juspay"},
        {R"({"id":"cst_1","juspay":{}})", errc::unexpected_shape, "juspay.client_auth_token"},
        {R"({"id":"cst_1","juspay":{"client_auth_token":5}})", errc::unexpected_shape, "juspay.client_auth_token"},
    };
    for (auto const& r : rows) {
        for (int status : {200, 201}) {
            auto const res = parse(juspay::get_customer{"cst_1", false}, status, r.body);
            ASSERT_FALSE(res) << r.body;
            EXPECT_EQ(res.error().code, r.code) << r.body << ": " << res.error().message();
            EXPECT_EQ(res.error().code, juspay::condition::malformed_response);
            EXPECT_EQ(res.error().http_status, status);
            EXPECT_EQ(res.error().body(), r.body);
            EXPECT_EQ(res.error().retry(), juspay::retry_advice::retry); // a read: reading again is harmless
            if (*r.where) {
                ASSERT_FALSE(res.error().fields().empty()) << r.body;
                EXPECT_EQ(res.error().fields()[0].field_name, r.where);
                EXPECT_NE(res.error().message().find(r.where), std::string::npos) << res.error().message();
            }
        }
    }
}

TEST(customer, large_success_body_parses)
{
    std::string body = R"({"id":"cst_1","padding":")" + std::string(1 << 20, 'p') + "\"}";
    auto const r = parse(juspay::get_customer{"cst_1", false}, 200, body);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->unknown_fields.at("padding").as_string().size(), 1u << 20);
}

// --- documented error bodies -----------------------------------------------------------------

struct documented_error {
    char const* file;
    int status;
    errc code;
    char const* status_text;
    char const* error_code;
    char const* error_message;
    char const* user_message;
    char const* developer_message;
    char const* info_code;
    char const* request_id;
    char const* field; // first field named, or ""
};

TEST(customer, every_documented_error_body_maps_with_its_envelope)
{
    documented_error const rows[] = {
        {"400_unique", 400, errc::already_exists, "invalid_request_error", "unique",
         "Customer with given object reference id already exist for your account.", "Already exists.",
         "Customer account with given object reference already exists.", "ALREADY_EXISTS", "", ""},
        {"400_unique_api_md", 400, errc::already_exists, "invalid_request_error", "unique",
         "Customer with given object reference id already exist for your account.", "Already exists.",
         "Customer account with given object reference already exists.", "ALREADY_EXISTS", "", ""},
        {"400_invalid_mobile_number", 400, errc::invalid_input, "Invalid Request", "Invalid Request",
         "Wrong value in mobile_number", "Invalid request params. Please verify your input.",
         "Invalid request params", "INVALID_INPUT", "", "mobile_number"},
        {"400_invalid_input_api_md", 400, errc::invalid_input, "Invalid Request", "Invalid Request",
         "Wrong value in mobile_number", "Invalid request params. Please verify your input.",
         "Invalid request params", "INVALID_INPUT", "", "mobile_number"},
        {"400_invalid_object_reference_id", 400, errc::invalid_input, "Invalid Request", "Invalid Request",
         "Wrong value in object_reference_id", "Invalid request params. Please verify your input.",
         "Invalid request params", "INVALID_INPUT", "", "object_reference_id"},
        {"400_mandatory_missing", 400, errc::invalid_input, "Bad Request", "Mandatory fields are missing",
         "mobile_number is mandatory field.", "", "", "", "", "mobile_number"},
        {"401_wrong_key", 401, errc::unauthorized, "error", "access_denied", "", "Unauthorized.",
         "Invalid API Key. Please pass a valid and active api key.", "UNAUTHORIZED",
         "b2e0fd33-7655-4778-83a8-5179ed21b0b7", ""},
        {"401_wrong_key_no_request_id", 401, errc::unauthorized, "error", "access_denied", "", "Unauthorized.",
         "Invalid API Key. Please pass a valid and active api key.", "UNAUTHORIZED", "", ""},
        {"403_bad_origin", 403, errc::forbidden, "", "", "Internal Server error.", "Bad Origin.",
         "IP Verification Failed", "BAD_ORIGIN", "", ""},
        {"403_bad_origin_api_md", 403, errc::forbidden, "", "", "Internal Server error.", "Bad Origin.",
         "IP Verification Failed", "BAD_ORIGIN", "", ""},
        {"404_object_not_found", 404, errc::not_found, "invalid_request_error", "object_not_found",
         "Cannot find what you are looking for", "Cannot process your request as customer account not found.",
         "Customer account not found.", "RESOURCE_NOT_FOUND", "", ""},
    };
    for (auto const& d : rows) {
        std::string const body = golden(std::string("responses/") + d.file + ".json");
        auto const r = parse(doc_create(), d.status, body);
        ASSERT_FALSE(r) << d.file;
        auto const& e = r.error();
        EXPECT_EQ(e.code, d.code) << d.file;
        EXPECT_EQ(e.code, juspay::condition::rejected_by_api) << d.file;
        EXPECT_EQ(e.http_status, d.status);
        auto const& env = e.envelope();
        EXPECT_EQ(env.status, d.status_text) << d.file;
        EXPECT_EQ(env.error_code, d.error_code) << d.file;
        EXPECT_EQ(env.error_message, d.error_message) << d.file;
        EXPECT_EQ(env.user_message, d.user_message) << d.file;
        EXPECT_EQ(env.developer_message, d.developer_message) << d.file;
        EXPECT_EQ(env.info_code, d.info_code) << d.file;
        EXPECT_EQ(env.request_id, d.request_id) << d.file;
        EXPECT_EQ(env.category, *d.info_code ? "USER_ERROR" : "") << d.file;
        EXPECT_EQ(e.body(), body);
        EXPECT_EQ(e.retry(), juspay::retry_advice::do_not_retry) << d.file;
        if (*d.field) {
            ASSERT_EQ(e.fields().size(), 1u) << d.file;
            EXPECT_EQ(e.fields()[0].field_name, d.field);
            EXPECT_NE(e.message().find(d.field), std::string::npos) << e.message();
        } else {
            EXPECT_TRUE(e.fields().empty()) << d.file;
        }
        EXPECT_NE(e.message().find("HTTP " + std::to_string(d.status) + " from Juspay"), std::string::npos);
    }
}

TEST(customer, error_messages_read_well)
{
    auto r = parse(doc_create(), 403, golden("responses/403_bad_origin.json"));
    EXPECT_EQ(r.error().message(), "HTTP 403 from Juspay: the request was forbidden: IP Verification Failed (BAD_ORIGIN)");
    r = parse(doc_create(), 400, golden("responses/400_invalid_mobile_number.json"));
    EXPECT_EQ(r.error().message(), "HTTP 400 from Juspay: Juspay rejected the input: Invalid request params "
                                 "(INVALID_INPUT) [mobile_number: Invalid value.]");
    EXPECT_EQ(r.error().fields().at(0).reason, "Invalid value.");
    r = parse(doc_create(), 400, golden("responses/400_mandatory_missing.json"));
    EXPECT_EQ(r.error().message(), "HTTP 400 from Juspay: Juspay rejected the input: mobile_number is mandatory "
                                 "field. [mobile_number: is mandatory]");
    r = parse(doc_create(), 404, "");
    EXPECT_EQ(r.error().message(),
              "HTTP 404 from Juspay: no such endpoint (a 404 that is not Juspay's) (empty body)");
    r = parse(doc_create(), 502, "<html>Bad Gateway</html>");
    EXPECT_EQ(r.error().message(),
              "HTTP 502 from Juspay: Juspay or an intermediary failed (body is not a JSON object, 24 bytes)");
}

// --- Boost.JSON conversions ------------------------------------------------------------------

TEST(customer, json_conversions_round_trip)
{
    auto const parsed = parse(doc_create(), 200, golden("responses/customer_token_true.json"));
    ASSERT_TRUE(parsed);
    boost::json::value const jv = boost::json::value_from(*parsed);
    EXPECT_EQ(jv, boost::json::parse(golden("responses/customer_token_true.json")));
    auto const back = boost::json::try_value_to<juspay::customer>(jv);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->id, parsed->id);
    EXPECT_EQ(back->juspay->client_auth_token, parsed->juspay->client_auth_token);
    auto const bad = boost::json::try_value_to<juspay::customer>(boost::json::parse("[]"));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error(), errc::unexpected_shape);
}

} // namespace
