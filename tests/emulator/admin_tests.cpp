// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// The admin API under /__emulator/: the request journal, the reset, and faults switched at run
// time (and from the command line).

#include "fixture.hpp"

#include <algorithm>
#include <chrono>
#include <functional>

namespace emulator_tests {
namespace {

class admin_test : public with_emulator {
protected:
    void SetUp() override { start(); }
};

TEST_F(admin_test, the_journal_records_calls_oldest_first_with_the_key_masked)
{
    std::string const ref = unique_ref("journal");
    std::string const body = customer_form(ref, {{"first_name", "Jo hn"}});
    ASSERT_EQ(api->post("/customers", body, "route-journal").status, 200);
    ASSERT_EQ(api->get("/customers/" + segment(ref) + "?options.get_client_auth_token=true", "").status, 200);
    auto const denied = api->send(http::verb::get, "/customers/x", {{"Authorization", basic_auth("basic", "wrong_key")}});
    ASSERT_EQ(denied.status, 401);
    auto const bare = api->send(http::verb::get, "/customers/x", {{"Authorization", api_key}});
    ASSERT_EQ(bare.status, 401);

    auto const j = journal();
    ASSERT_EQ(j.size(), 4u);
    auto const& first = j[0];
    EXPECT_EQ(keys(first), (std::vector<std::string>{"method", "target", "headers", "body", "status", "routing_mismatch",
                                                     "fault"}));
    EXPECT_EQ(str(first, "method"), "POST");
    EXPECT_EQ(str(first, "target"), "/customers");
    EXPECT_EQ(str(first, "body"), body);
    EXPECT_EQ(first.at("status").as_int64(), 200);
    EXPECT_EQ(first.at("routing_mismatch").as_bool(), false);
    EXPECT_TRUE(first.at("fault").is_null());
    auto const& h = first.at("headers");
    ASSERT_TRUE(h.is_object());
    EXPECT_EQ(str(h, "authorization"), "Basic ***");
    EXPECT_EQ(str(h, "x-merchantid"), merchant_id);
    EXPECT_EQ(str(h, "x-routing-id"), "route-journal");
    EXPECT_EQ(str(h, "content-type"), "application/x-www-form-urlencoded");

    EXPECT_EQ(str(j[1], "method"), "GET");
    EXPECT_EQ(str(j[1], "target"), "/customers/" + segment(ref) + "?options.get_client_auth_token=true");
    EXPECT_EQ(str(j[1], "body"), "");
    EXPECT_EQ(str(j[2].at("headers"), "authorization"), "basic ***");
    EXPECT_EQ(j[2].at("status").as_int64(), 401);
    EXPECT_EQ(str(j[3].at("headers"), "authorization"), "***");

    // Neither the key nor its base64 appears anywhere, and admin calls are not journaled.
    auto const raw = admin(http::verb::get, "/__emulator/requests");
    EXPECT_EQ(raw.body.find(api_key), std::string::npos);
    EXPECT_EQ(raw.body.find(base64(std::string(api_key) + ":")), std::string::npos);
    EXPECT_EQ(raw.body.find(base64("wrong_key:")), std::string::npos);
    EXPECT_EQ(raw.header("x-emulator-journal-total"), "4");
    EXPECT_EQ(journal().size(), 4u);
}

TEST_F(admin_test, the_journal_keeps_any_body_as_valid_json)
{
    std::string const odd = "a=\xff\xfe&b=\x01\"\\";
    api->post("/customers", odd);
    auto const j = journal();
    ASSERT_EQ(j.size(), 1u);
    EXPECT_EQ(str(j[0], "body"), "a=\xEF\xBF\xBD\xEF\xBF\xBD&b=\x01\"\\"); // invalid bytes become U+FFFD
    EXPECT_FALSE(j[0].as_object().contains("body_truncated"));

    // A body is kept up to 64 KiB.
    std::string const big = customer_form(unique_ref("big"), {{"first_name", std::string(100000, 'a')}});
    EXPECT_EQ(api->post("/customers", big).status, 200);
    auto const k = journal();
    ASSERT_EQ(k.size(), 2u);
    EXPECT_EQ(str(k[1], "body"), big.substr(0, 64 * 1024));
    EXPECT_TRUE(k[1].at("body_truncated").as_bool());
}

TEST_F(admin_test, reset_forgets_customers_accounts_and_the_journal)
{
    std::string const ref = unique_ref("reset");
    std::string const id = create_customer(ref);
    ASSERT_FALSE(id.empty());
    auto const acc = api->post("/customers/" + id + "/accounts", bank_and_upi_form());
    ASSERT_EQ(acc.status, 200);
    std::string const account = str(acc.json().at(0), "customer_account_id");

    auto const r = admin(http::verb::post, "/__emulator/reset");
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(journal().size(), 0u);
    EXPECT_EQ(api->get("/customers/" + id).status, 404);
    EXPECT_EQ(api->get("/customers/" + segment(ref)).status, 404);
    EXPECT_EQ(api->get("/customers/" + id + "/customer-accounts/" + account).status, 404);
    auto const j = journal();
    ASSERT_EQ(j.size(), 3u);
    EXPECT_EQ(str(j[0], "target"), "/customers/" + id);

    // A fresh start: the same reference can be created again, and ids restart from the seed.
    EXPECT_EQ(create_customer(ref), id);
    EXPECT_EQ(admin(http::verb::get, "/__emulator/reset").status, 405);
}

// One fault switched on at run time, checked, then switched off with {}.
struct fault_case {
    char const* name;
    char const* json;
    std::function<void(answer const&, std::chrono::milliseconds)> check;
    char const* journaled_fault; // nullptr: the call is answered by the API
};

TEST_F(admin_test, every_fault_can_be_switched_on_and_off_at_run_time)
{
    std::string const id = create_customer(unique_ref("faults"));
    std::vector<fault_case> const cases = {
        {"latency", R"({"latency_ms":300})",
         [](answer const& a, std::chrono::milliseconds took) {
             EXPECT_EQ(a.status, 200);
             EXPECT_GE(took.count(), 300);
         },
         nullptr},
        {"fail_rate", R"({"fail_rate":1})",
         [](answer const& a, auto) {
             EXPECT_TRUE(a.status == 500 || a.status == 502 || a.status == 503) << a.status;
             EXPECT_FALSE(a.header("x-response-id").empty());
         },
         "fail_rate"},
        {"html_502", R"({"html_502":true})",
         [](answer const& a, auto) {
             EXPECT_EQ(a.status, 502);
             EXPECT_EQ(a.header("content-type"), "text/html");
             EXPECT_NE(a.body.find("<title>502 Bad Gateway</title>"), std::string::npos);
         },
         "html_502"},
        {"truncate_rate", R"({"truncate_rate":1})",
         [](answer const& a, auto) {
             EXPECT_EQ(a.status, 200); // the status line and headers arrive ...
             EXPECT_FALSE(a.complete); // ... the body does not
             EXPECT_FALSE(a.error.empty());
             EXPECT_LT(a.body.size(), std::stoul(a.header("content-length")));
         },
         "truncate_rate"},
        {"bad_origin", R"({"bad_origin":true})",
         [](answer const& a, auto) {
             EXPECT_EQ(a.status, 403);
             EXPECT_EQ(a.body, documented::bad_origin);
         },
         "bad_origin"},
        {"rate_limit", R"({"rate_limit":1})",
         [](answer const& a, auto) {
             EXPECT_EQ(a.status, 429);
             EXPECT_EQ(a.header("retry-after"), "1");
         },
         "rate_limit"},
        {"reset_rate", R"({"reset_rate":1})",
         [](answer const& a, auto) {
             EXPECT_EQ(a.status, 0);
             EXPECT_FALSE(a.error.empty());
         },
         "reset_rate"},
        {"not_found_html", R"({"not_found_html":true})",
         [](answer const& a, auto) {
             EXPECT_EQ(a.status, 404);
             EXPECT_EQ(a.header("content-type"), "text/html");
             EXPECT_NE(a.body.find("<title>404 Not Found</title>"), std::string::npos);
         },
         "not_found_html"},
    };
    std::string const off = admin(http::verb::get, "/__emulator/faults").body;
    for (auto const& c : cases) {
        SCOPED_TRACE(c.name);
        set_faults(c.json);
        // GET answers what was set: the key is on, everything else off.
        auto const now_set = admin(http::verb::get, "/__emulator/faults").json();
        auto const wanted = boost::json::parse(c.json).as_object();
        for (auto const& [k, v] : wanted)
            EXPECT_EQ(now_set.at(k), v) << k;
        auto const before = journal().size();
        auto const start = std::chrono::steady_clock::now();
        auto const a = api->get("/customers/" + id);
        auto const took = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        c.check(a, took);
        auto const j = journal();
        ASSERT_EQ(j.size(), before + 1);
        auto const& entry = j.back();
        EXPECT_EQ(str(entry, "target"), "/customers/" + id);
        if (c.journaled_fault)
            EXPECT_EQ(str(entry, "fault"), c.journaled_fault);
        else
            EXPECT_TRUE(entry.at("fault").is_null());
        EXPECT_EQ(entry.at("status").as_int64(), a.status);

        set_faults("{}");
        EXPECT_EQ(admin(http::verb::get, "/__emulator/faults").body, off);
        auto const normal = api->get("/customers/" + id);
        EXPECT_TRUE(normal.complete) << normal.error;
        EXPECT_EQ(normal.status, 200);
        EXPECT_EQ(str(normal.json(), "id"), id);
    }
}

TEST_F(admin_test, fault_shares_are_drawn_from_the_seed)
{
    auto run = [&] {
        std::string pattern;
        for (int i = 0; i < 200; ++i)
            pattern += api->get("/customers/nobody").status == 404 ? '.' : 'x';
        return pattern;
    };
    set_faults(R"({"fail_rate":0.5,"seed":3})");
    std::string const first = run();
    auto const failed = std::count(first.begin(), first.end(), 'x');
    EXPECT_GT(failed, 60);
    EXPECT_LT(failed, 140);
    set_faults(R"({"fail_rate":0.5,"seed":3})");
    EXPECT_EQ(run(), first);
    set_faults(R"({"fail_rate":0.5,"seed":4})");
    EXPECT_NE(run(), first);
}

TEST_F(admin_test, a_bad_admin_body_is_a_400_with_a_json_error_and_changes_nothing)
{
    set_faults(R"({"latency_ms":1})");
    std::string const before = admin(http::verb::get, "/__emulator/faults").body;
    for (char const* body : {"not json", "[]", "1", R"({"nope":1})", R"({"fail_rate":2})", R"({"fail_rate":-0.1})",
                             R"({"fail_rate":"1"})", R"({"html_502":1})", R"({"latency_ms":-1})", R"({"latency_ms":1.5})",
                             R"({"seed":-3})", R"({"html_502":true,"rate_limit":null})"}) {
        auto const a = admin(http::verb::post, "/__emulator/faults", body);
        EXPECT_EQ(a.status, 400) << body;
        auto const v = a.json();
        EXPECT_TRUE(v.is_object() && !str(v, "error").empty()) << body << " -> " << a.body;
    }
    EXPECT_EQ(admin(http::verb::get, "/__emulator/faults").body, before);
}

TEST_F(admin_test, the_admin_api_needs_no_key_and_ignores_faults)
{
    set_faults(R"({"not_found_html":true,"latency_ms":2000})");
    auto const start = std::chrono::steady_clock::now();
    EXPECT_EQ(admin(http::verb::get, "/__emulator/faults").status, 200);
    EXPECT_EQ(admin(http::verb::get, "/__emulator/requests").status, 200);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(1500));
    auto const unknown = admin(http::verb::get, "/__emulator/nothing");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_FALSE(str(unknown.json(), "error").empty());
    EXPECT_EQ(admin(http::verb::put, "/__emulator/faults").status, 405);
    EXPECT_EQ(admin(http::verb::post, "/__emulator/requests").status, 405);
    set_faults("{}");
}

TEST(fault_flags, the_command_line_sets_the_same_faults)
{
    struct flag_case {
        std::vector<std::string> flags;
        std::function<void(answer const&)> check;
        char const* json_key;
    };
    std::vector<flag_case> const cases = {
        {{"--rate-limit", "1"}, [](answer const& a) { EXPECT_EQ(a.status, 429); EXPECT_EQ(a.header("retry-after"), "1"); }, "rate_limit"},
        {{"--reset-rate", "1"}, [](answer const& a) { EXPECT_EQ(a.status, 0); EXPECT_FALSE(a.error.empty()); }, "reset_rate"},
        {{"--not-found-html"}, [](answer const& a) { EXPECT_EQ(a.status, 404); EXPECT_EQ(a.header("content-type"), "text/html"); }, "not_found_html"},
        {{"--html-502"}, [](answer const& a) { EXPECT_EQ(a.status, 502); }, "html_502"},
        {{"--bad-origin"}, [](answer const& a) { EXPECT_EQ(a.body, documented::bad_origin); }, "bad_origin"},
        {{"--fail-rate", "1", "--seed", "7"}, [](answer const& a) { EXPECT_GE(a.status, 500); }, "fail_rate"},
        {{"--truncate-rate", "1"}, [](answer const& a) { EXPECT_FALSE(a.complete); }, "truncate_rate"},
        {{"--latency-ms", "250"}, [](answer const& a) { EXPECT_EQ(a.status, 404); }, "latency_ms"},
    };
    for (auto const& c : cases) {
        SCOPED_TRACE(c.flags.front());
        emulator emu(c.flags);
        ASSERT_TRUE(emu.started()) << emu.err();
        client api(emu.port());
        client admin(emu.port());
        auto const started = std::chrono::steady_clock::now();
        c.check(api.get("/customers/nobody"));
        auto const faults = admin.send(http::verb::get, "/__emulator/faults").json();
        auto const& v = faults.at(c.json_key);
        EXPECT_TRUE(v.is_bool() ? v.get_bool() : v.to_number<double>() > 0) << c.json_key;
        if (std::string(c.json_key) == "latency_ms") {
            EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(250));
        }
        if (std::string(c.json_key) == "fail_rate") {
            EXPECT_EQ(faults.at("seed").to_number<double>(), 7);
        }
        std::string why;
        EXPECT_TRUE(emu.stop(&why)) << why;
    }
}

} // namespace
} // namespace emulator_tests
