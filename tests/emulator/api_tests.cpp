// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// The emulator's customer API through plain HTTP: the shapes of Juspay's samples, the
// documented error bodies byte for byte, the documented field rules, authentication.

#include "fixture.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace emulator_tests {
namespace {

std::regex const nanos_stamp(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z)");

class api_test : public with_emulator {
protected:
    void SetUp() override { start(); }
};

TEST_F(api_test, create_customer_answers_in_the_shape_of_the_sample)
{
    auto const a = api->post("/customers", form({{"object_reference_id", "customer@gmail.com"},
                                                  {"mobile_number", "9988776655"},
                                                  {"email_address", "customer@gmail.com"},
                                                  {"first_name", "John"},
                                                  {"last_name", "Smith"},
                                                  {"mobile_country_code", "91"},
                                                  {"options.get_client_auth_token", "true"}}));
    ASSERT_EQ(a.status, 200) << a.body;
    EXPECT_EQ(a.header("content-type"), "application/json");
    EXPECT_FALSE(a.header("x-response-id").empty());
    auto const v = a.json();
    // The member order of the Create Customer sample (options.get_client_auth_token=true).
    EXPECT_EQ(keys(v), (std::vector<std::string>{"id", "object", "object_reference_id", "mobile_country_code",
                                                 "mobile_number", "email_address", "first_name", "last_name",
                                                 "date_created", "last_updated", "juspay"}));
    EXPECT_TRUE(std::regex_match(str(v, "id"), std::regex("cst_[a-z0-9]{16}"))) << str(v, "id");
    EXPECT_EQ(str(v, "object"), "customer");
    EXPECT_EQ(str(v, "object_reference_id"), "customer@gmail.com");
    EXPECT_EQ(str(v, "mobile_country_code"), "91");
    EXPECT_EQ(str(v, "last_name"), "Smith");
    EXPECT_TRUE(std::regex_match(str(v, "date_created"), nanos_stamp)) << str(v, "date_created");
    EXPECT_EQ(str(v, "date_created"), str(v, "last_updated"));
    auto const& j = v.at("juspay");
    EXPECT_EQ(keys(j), (std::vector<std::string>{"client_auth_token", "client_auth_token_expiry"}));
    EXPECT_TRUE(std::regex_match(str(j, "client_auth_token"), std::regex("tkn_[0-9a-f]{32}"))) << str(j, "client_auth_token");
    // "Token expiry time is 15 minutes".
    auto const lifetime = epoch_seconds(str(j, "client_auth_token_expiry")) - epoch_seconds(str(v, "date_created"));
    EXPECT_GE(lifetime, 15 * 60);
    EXPECT_LE(lifetime, 15 * 60 + 5);
}

TEST_F(api_test, a_client_auth_token_only_when_asked_with_true)
{
    auto has_token = [](answer const& a) { return a.json().is_object() && a.json().as_object().contains("juspay"); };
    std::string const ref = unique_ref("token");
    auto created = api->post("/customers", customer_form(ref, {{"options.get_client_auth_token", "false"}}));
    ASSERT_EQ(created.status, 200) << created.body;
    EXPECT_FALSE(has_token(created)) << created.body;
    auto plain = api->post("/customers", customer_form(unique_ref("token")));
    ASSERT_EQ(plain.status, 200);
    EXPECT_FALSE(has_token(plain)) << plain.body;

    std::string const path = "/customers/" + segment(ref);
    auto got = api->get(path + "?options.get_client_auth_token=false");
    ASSERT_EQ(got.status, 200) << got.body;
    EXPECT_FALSE(has_token(got)) << got.body;
    got = api->get(path);
    EXPECT_FALSE(has_token(got)) << got.body;
    got = api->get(path + "?options.get_client_auth_token=true");
    ASSERT_EQ(got.status, 200);
    EXPECT_TRUE(has_token(got)) << got.body;
    got = api->get(path + "?options.get_client_auth_token=yes");
    EXPECT_EQ(got.status, 400);
    EXPECT_EQ(got.body, documented::invalid_input("options.get_client_auth_token"));
}

TEST_F(api_test, the_basic_scheme_is_case_insensitive)
{
    // An unknown customer: 404 once authenticated, 401 otherwise.
    auto call = [&](std::string const& authorization) {
        return api->send(http::verb::get, "/customers/nobody-at-all",
                         {{"Authorization", authorization}, {"x-merchantid", merchant_id}});
    };
    for (char const* scheme : {"Basic", "basic", "BASIC", "bAsIc"})
        EXPECT_EQ(call(basic_auth(scheme)).status, 404) << scheme;
    EXPECT_EQ(call("Basic   " + base64(std::string(api_key) + ":")).status, 404);

    auto const wrong = call(basic_auth("Basic", "not_the_key"));
    EXPECT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.body, documented::unauthorized);
    // Documented credentials end in ':' (an empty password): the key alone is refused.
    EXPECT_EQ(call("Basic " + base64(api_key)).status, 401);
    EXPECT_EQ(call("Bearer " + base64(std::string(api_key) + ":")).status, 401);
    EXPECT_EQ(call(api_key).status, 401);
    EXPECT_EQ(call("Basic !!!!").status, 401);
    EXPECT_EQ(api->send(http::verb::get, "/customers/nobody-at-all", {{"x-merchantid", merchant_id}}).status, 401);
}

TEST_F(api_test, documented_error_bodies_byte_for_byte)
{
    std::string const ref = unique_ref("errors");
    ASSERT_EQ(api->post("/customers", customer_form(ref)).status, 200);
    auto const again = api->post("/customers", customer_form(ref));
    EXPECT_EQ(again.status, 400);
    EXPECT_EQ(again.body, documented::unique);

    // "passing "-" before mobile_number value"
    auto const dash = api->post("/customers", form({{"object_reference_id", unique_ref("dash")}, {"mobile_number", "-9988776655"}}));
    EXPECT_EQ(dash.status, 400);
    EXPECT_EQ(dash.body, documented::invalid_mobile_number);
    // "Passing mobile_number as empty value"
    auto const empty = api->post("/customers", form({{"object_reference_id", unique_ref("empty")}, {"mobile_number", ""}}));
    EXPECT_EQ(empty.status, 400);
    EXPECT_EQ(empty.body, documented::invalid_mobile_number);
    // "Passing object_reference_id as empty value"
    auto const no_ref = api->post("/customers", form({{"object_reference_id", ""}, {"mobile_number", "9988776655"}}));
    EXPECT_EQ(no_ref.status, 400);
    EXPECT_EQ(no_ref.body, documented::invalid_input("object_reference_id"));
    // The mandatory-field sample.
    auto const missing = api->post("/customers", form({{"object_reference_id", unique_ref("missing")}}));
    EXPECT_EQ(missing.status, 400);
    EXPECT_EQ(missing.body, documented::mobile_number_missing);

    auto const unknown = api->get("/customers/cst_doesnotexist0000");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_EQ(unknown.body, documented::object_not_found);
    auto const unknown_account = api->get("/customers/" + segment(ref) + "/customer-accounts/banh_doesnotexist00");
    EXPECT_EQ(unknown_account.status, 404);
    EXPECT_EQ(unknown_account.body, documented::object_not_found);
}

struct rule_case {
    char const* field;
    char const* value;
    bool accepted;
};

TEST_F(api_test, create_customer_field_rules_follow_the_docs)
{
    rule_case const cases[] = {
        {"object_reference_id", "seven77", false}, // "atleast 8 characters"
        {"object_reference_id", "eight888", true},
        {"object_reference_id", "ग्राहक१२३४५", true}, // counted in characters, not bytes
        {"mobile_number", "12345678", true},      // other regions' 8 digits
        {"mobile_number", "9988776655+", false},  // '+' only as a prefix
        {"mobile_number", "+919912346789", false},// ... and only with a country code
        {"mobile_number", "99887-76655", false},
        {"mobile_number", "99887 76655", false},
        {"mobile_number", "99887#76655", false},
        {"mobile_country_code", "91", true},
        {"mobile_country_code", "+91", false},
        {"mobile_country_code", "abcd", false},
        {"email_address", "customer@gmail.com", true},
        {"email_address", "o'brien+tag{x}@mail.example", true},
        {"email_address", ".customer@gmail.com", false},
        {"email_address", "customer_@gmail.com", false},
        {"email_address", "custo mer@gmail.com", false},
        {"email_address", "customer.gmail.com", false},
        {"email_address", "a@b@gmail.com", false},
        {"first_name", "Mary-Jane (M.) O_Neil", true},
        {"first_name", "Jo<hn", false},
        {"first_name", "John;", false},
        {"first_name", "", false},
        {"last_name", "Smith,", false},
        {"last_name", "Smith", true},
        {"options.get_client_auth_token", "yes", false},
    };
    for (auto const& c : cases) {
        std::string const field = c.field;
        header_list fields;
        if (field != "object_reference_id")
            fields.emplace_back("object_reference_id", unique_ref("rule"));
        if (field != "mobile_number")
            fields.emplace_back("mobile_number", "9988776655");
        fields.emplace_back(field, c.value);
        auto const a = api->post("/customers", form(fields));
        if (c.accepted)
            EXPECT_EQ(a.status, 200) << field << "=" << c.value << ": " << a.body;
        else {
            EXPECT_EQ(a.status, 400) << field << "=" << c.value;
            EXPECT_EQ(a.body, documented::invalid_input(field)) << field << "=" << c.value;
        }
    }
    // '+' is accepted as a prefix once a country code is passed.
    auto const plus = api->post("/customers", form({{"object_reference_id", unique_ref("plus")},
                                                    {"mobile_number", "+919912346789"},
                                                    {"mobile_country_code", "91"}}));
    EXPECT_EQ(plus.status, 200) << plus.body;
    EXPECT_EQ(str(plus.json(), "mobile_number"), "+919912346789");
}

TEST_F(api_test, update_customer_changes_only_what_is_sent)
{
    std::string const ref = unique_ref("update");
    auto const created = api->post("/customers", customer_form(ref, {{"first_name", "John"}}));
    ASSERT_EQ(created.status, 200);
    auto const updated = api->post("/customers/" + segment(ref), form({{"last_name", "Smith-Jones"}}));
    ASSERT_EQ(updated.status, 200) << updated.body;
    auto const v = updated.json();
    EXPECT_EQ(str(v, "first_name"), "John");
    EXPECT_EQ(str(v, "last_name"), "Smith-Jones");
    EXPECT_EQ(str(v, "id"), str(created.json(), "id"));
    EXPECT_FALSE(v.as_object().contains("juspay"));
    auto const bad = api->post("/customers/" + segment(ref), form({{"email_address", "not-an-address"}}));
    EXPECT_EQ(bad.status, 400);
    EXPECT_EQ(bad.body, documented::invalid_input("email_address"));
    EXPECT_EQ(api->post("/customers/cst_nobody", form({{"last_name", "X"}})).body, documented::object_not_found);
}

TEST_F(api_test, headers_juspay_requires)
{
    std::string const ref = unique_ref("headers");
    // x-routing-id on Create Customer and on every account call.
    auto const no_routing = api->post("/customers", customer_form(ref), "");
    EXPECT_EQ(no_routing.status, 400);
    EXPECT_EQ(no_routing.body, documented::mandatory_missing("x-routing-id"));
    std::string const id = create_customer(ref);
    EXPECT_EQ(api->get("/customers/" + id + "/customer-accounts/list", "").body, documented::mandatory_missing("x-routing-id"));
    EXPECT_EQ(api->post("/customers/" + id + "/accounts", bank_and_upi_form(), "").status, 400);
    // ... but not on Get Customer.
    EXPECT_EQ(api->get("/customers/" + id, "").status, 200);

    // x-merchantid on customer calls.
    auto const no_merchant =
        api->send(http::verb::get, "/customers/" + id, {{"Authorization", basic_auth()}, {"x-routing-id", "routing-1"}});
    EXPECT_EQ(no_merchant.status, 400);
    EXPECT_EQ(no_merchant.body, documented::mandatory_missing("x-merchantid"));
    auto const other_merchant = api->send(http::verb::get, "/customers/" + id,
                                          {{"Authorization", basic_auth()}, {"x-merchantid", "someone_else"}});
    EXPECT_EQ(other_merchant.status, 400);
    EXPECT_EQ(other_merchant.body, documented::invalid_input("x-merchantid"));
}

TEST_F(api_test, every_account_operation_in_the_samples_shapes)
{
    std::string const ref = unique_ref("accounts");
    std::string const id = create_customer(ref);
    std::string const details =
        R"({"bank_account":[{"ifsc":"AABF0008032","account":"026291800001191","name":"a\"b\\c 名前"},)"
        R"({"ifsc":"HDFC0001234","account":"123456780000","name":"Fails"}],"upi":[{"vpa":"9164326296@upi"}]})";
    auto const created = api->post("/customers/" + id + "/accounts",
                                   form({{"bank_code", "JP_HDFC"}, {"account_details", details}, {"customer_id", id},
                                         {"gateway_id", "800"}, {"gateway_reference_id", "testing"}}));
    ASSERT_EQ(created.status, 200) << created.body;
    auto const list = created.json();
    ASSERT_TRUE(list.is_array()) << "Create Customer Account answers an array";
    ASSERT_EQ(list.get_array().size(), 3u);
    auto const& good = list.get_array()[0];
    auto const& failing = list.get_array()[1];
    auto const& upi = list.get_array()[2];
    // The bank-account sample: no customer_account_type until validated.
    EXPECT_EQ(keys(good), (std::vector<std::string>{"object", "customer_account_id", "customer_id", "date_created",
                                                    "account_details", "validation_amount", "currency",
                                                    "validation_status", "last_validated"}));
    EXPECT_EQ(keys(good.at("account_details")),
              (std::vector<std::string>{"account", "name", "ifsc", "juspay_bank_code", "bank_name"}));
    EXPECT_EQ(str(good.at("account_details"), "name"), "a\"b\\c 名前");
    EXPECT_TRUE(std::regex_match(str(good, "customer_account_id"), std::regex("banh_[A-Za-z0-9]{16}")));
    EXPECT_EQ(str(good, "customer_id"), id);
    EXPECT_EQ(str(good, "validation_status"), "CREATED");
    EXPECT_EQ(str(good, "currency"), "INR");
    EXPECT_TRUE(std::regex_match(str(good, "date_created"), nanos_stamp));
    // validation_amount is the JSON number 1, as in the samples (not the string "1").
    EXPECT_TRUE(good.at("validation_amount").is_int64() && good.at("validation_amount").get_int64() == 1)
        << boost::json::serialize(good.at("validation_amount"));
    EXPECT_NE(created.body.find(R"("validation_amount":1,)"), std::string::npos);
    // The UPI sample has customer_account_type "UPI".
    EXPECT_EQ(str(upi, "customer_account_type"), "UPI");
    EXPECT_EQ(keys(upi.at("account_details")), std::vector<std::string>{"vpa"});

    std::string const base = "/customers/" + id + "/customer-accounts/";
    auto const validated = api->post(base + str(good, "customer_account_id") + "/validate",
                                     form({{"preferred_ifsc_validation_gateway", "RAZORPAY"}, {"validation_amount", "1.50"}}));
    ASSERT_EQ(validated.status, 200) << validated.body;
    auto const vv = validated.json();
    EXPECT_EQ(str(vv, "validation_status"), "ACTIVE");
    EXPECT_EQ(str(vv, "customer_account_type"), "SAVINGS");
    EXPECT_NE(validated.body.find(R"("validation_amount":1.50,)"), std::string::npos) << validated.body;
    auto const failed = api->post(base + str(failing, "customer_account_id") + "/validate", "");
    ASSERT_EQ(failed.status, 200) << failed.body;
    EXPECT_EQ(str(failed.json(), "validation_status"), "FAILURE");
    auto const bad_amount = api->post(base + str(failing, "customer_account_id") + "/validate",
                                      form({{"validation_amount", "0"}}));
    EXPECT_EQ(bad_amount.body, documented::invalid_input("validation_amount"));

    auto const got = api->get(base + str(good, "customer_account_id"));
    ASSERT_EQ(got.status, 200);
    EXPECT_EQ(str(got.json(), "validation_status"), "ACTIVE");
    // Addressed by the merchant's reference as well as by the cst_ id.
    EXPECT_EQ(api->get("/customers/" + segment(ref) + "/customer-accounts/" + str(good, "customer_account_id")).status, 200);

    auto const listed = api->get(base + "list");
    ASSERT_EQ(listed.status, 200);
    auto const lv = listed.json();
    EXPECT_EQ(keys(lv), (std::vector<std::string>{"object", "list", "count", "offset", "total"}));
    EXPECT_EQ(str(lv, "object"), "list");
    ASSERT_EQ(lv.at("list").get_array().size(), 3u);
    EXPECT_EQ(str(lv.at("list").get_array()[0], "customer_account_id"), str(good, "customer_account_id"));
    EXPECT_EQ(lv.at("count").as_int64(), 3);
    EXPECT_EQ(lv.at("total").as_int64(), 3);

    auto const deleted = api->post(base + str(upi, "customer_account_id"), form({{"command", "delete"}}));
    ASSERT_EQ(deleted.status, 200) << deleted.body;
    EXPECT_EQ(deleted.body, R"({"customer_account_id":")" + str(upi, "customer_account_id") + R"(","status":"DELETED"})");
    EXPECT_EQ(api->get(base + str(upi, "customer_account_id")).body, documented::object_not_found);
    EXPECT_EQ(api->post(base + str(upi, "customer_account_id"), form({{"command", "delete"}})).status, 404);
    EXPECT_EQ(api->get(base + "list").json().at("count").as_int64(), 2);
    EXPECT_EQ(api->post(base + str(good, "customer_account_id"), "").body, documented::mandatory_missing("command"));

    // Create and validate in one call.
    auto const both = api->post("/customers/" + id + "/accounts",
                                form({{"bank_code", "JP_HDFC"},
                                      {"account_details", R"({"bank_account":[{"ifsc":"AABF0008032","account":"026291800001191","name":"x"}]})"},
                                      {"command", "validate"}}));
    ASSERT_EQ(both.status, 200) << both.body;
    EXPECT_EQ(str(both.json().at(0), "validation_status"), "ACTIVE");

    // Another customer's account is not found through this one.
    std::string const other = create_customer(unique_ref("other"));
    EXPECT_EQ(api->get("/customers/" + other + "/customer-accounts/" + str(good, "customer_account_id")).status, 404);
}

TEST_F(api_test, account_details_that_are_not_the_documented_json_are_invalid_input)
{
    std::string const id = create_customer(unique_ref("details"));
    for (char const* details : {"not json", "[]", "{}", R"({"bank_account":{}})", R"({"cards":[{"number":"4111"}]})",
                                R"({"upi":[{"vpa":"no-at-sign"}]})", R"({"bank_account":[{"ifsc":"AABF0008032"}]})",
                                R"({"bank_account":[{"ifsc":"AABF0008032","account":26291800001191}]})"}) {
        auto const a = api->post("/customers/" + id + "/accounts", form({{"bank_code", "JP_HDFC"}, {"account_details", details}}));
        EXPECT_EQ(a.status, 400) << details;
        EXPECT_EQ(a.body, documented::invalid_input("account_details")) << details;
    }
    EXPECT_EQ(api->post("/customers/" + id + "/accounts", form({{"bank_code", "JP_HDFC"}})).body,
              documented::mandatory_missing("account_details"));
    EXPECT_EQ(api->post("/customers/" + id + "/accounts", form({{"account_details", R"({"upi":[{"vpa":"a@upi"}]})"}})).body,
              documented::mandatory_missing("bank_code"));
}

TEST_F(api_test, a_path_that_is_no_endpoint_is_an_empty_404)
{
    for (auto const& [method, target] : std::vector<std::pair<http::verb, std::string>>{
             {http::verb::get, "/"},
             {http::verb::get, "/nothing/here"},
             {http::verb::get, "/customers"},
             {http::verb::put, "/customers/cst_1"},
             {http::verb::get, "/customers//customer-accounts/list"},
             {http::verb::get, "/customers/cst_1/accounts/extra/segments/here"}}) {
        auto const a = api->send(method, target, {{"Authorization", basic_auth()}, {"x-merchantid", merchant_id},
                                                  {"x-routing-id", "routing-1"}});
        EXPECT_EQ(a.status, 404) << target;
        EXPECT_TRUE(a.body.empty()) << target << ": " << a.body;
    }
}

TEST_F(api_test, an_id_in_the_path_is_one_segment)
{
    std::string const ref = "odd/ref?with#chars&more=1";
    std::string const id = create_customer(ref);
    auto const a = api->get("/customers/" + segment(ref));
    ASSERT_EQ(a.status, 200) << a.body;
    EXPECT_EQ(str(a.json(), "id"), id);
    EXPECT_EQ(str(a.json(), "object_reference_id"), ref);
}

TEST_F(api_test, keep_alive_and_request_ids)
{
    // Many calls on one connection; the caller's x-request-id comes back.
    for (int i = 0; i < 50; ++i) {
        std::string const rid = "req-" + std::to_string(i);
        auto const a = api->send(http::verb::get, "/customers/nobody",
                                 {{"Authorization", basic_auth()}, {"x-merchantid", merchant_id}, {"x-request-id", rid}});
        ASSERT_TRUE(a.complete) << a.error;
        EXPECT_EQ(a.header("x-request-id"), rid);
        EXPECT_FALSE(a.header("x-response-id").empty());
    }
    auto const mine = api->get("/customers/nobody");
    EXPECT_FALSE(mine.header("x-request-id").empty());
    EXPECT_NE(mine.header("x-request-id"), mine.header("x-response-id"));
}

TEST_F(api_test, a_request_that_cannot_be_read_is_a_400_and_the_emulator_goes_on)
{
    namespace asio = boost::asio;
    asio::io_context ioc;
    asio::ip::tcp::socket s(ioc);
    s.connect(asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), emu->port()));
    std::string const garbage = "THIS IS NOT HTTP\r\n\r\n";
    asio::write(s, asio::buffer(garbage));
    std::string got;
    boost::system::error_code ec;
    char buf[512];
    for (;;) {
        auto const n = s.read_some(asio::buffer(buf), ec);
        got.append(buf, n);
        if (ec)
            break;
    }
    EXPECT_EQ(got.rfind("HTTP/1.1 400", 0), 0u) << got;
    EXPECT_EQ(api->get("/customers/nobody").status, 404);
}

// The emulator is an independent oracle only if it shares no code with the library: no
// juspay/ header, no juspay::sansio target.
TEST(independence, the_emulator_shares_no_code_with_the_library)
{
    namespace fs = std::filesystem;
    int read = 0;
    for (auto const& entry : fs::directory_iterator(JUSPAY_EMULATOR_SOURCE_DIR)) {
        auto const name = entry.path().filename().string();
        if (!entry.is_regular_file() || name == "README.md")
            continue;
        std::ifstream in(entry.path());
        ASSERT_TRUE(in) << name;
        std::stringstream s;
        s << in.rdbuf();
        std::string const text = s.str();
        ++read;
        EXPECT_EQ(text.find("#include <juspay/"), std::string::npos) << name;
        EXPECT_EQ(text.find("#include \"juspay/"), std::string::npos) << name;
        EXPECT_EQ(text.find("juspay::"), std::string::npos) << name;
        if (name == "CMakeLists.txt") {
            // The library's target juspay-sansio (juspay-sansio-dev-flags only carries flags).
            EXPECT_FALSE(std::regex_search(text, std::regex(R"(juspay-sansio(?![-\w]))"))) << "links the library target";
            EXPECT_NE(text.find("target_link_libraries(juspay-emulator"), std::string::npos);
        }
    }
    EXPECT_GE(read, 3) << "no sources found in " << JUSPAY_EMULATOR_SOURCE_DIR;
}

} // namespace
} // namespace emulator_tests
