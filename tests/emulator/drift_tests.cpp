// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// --drift (every documented variant shows up, and nothing a client needs goes missing), and the
// x-routing-id consistency check (flagged, or refused with --strict-routing).

#include "fixture.hpp"

#include <regex>
#include <set>

namespace emulator_tests {
namespace {

std::regex const stamp_nanos(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z)");
std::regex const stamp_z(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
std::regex const stamp_offset(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000)");

// What a run of drifting answers showed.
struct observed {
    std::set<std::string> seen;
    std::vector<std::string> broken; // answers a tolerant client could not use

    void stamp(boost::json::value const& v, char const* where)
    {
        if (v.is_null())
            return;
        std::string const s = v.is_string() ? std::string(v.get_string()) : std::string();
        if (std::regex_match(s, stamp_nanos))
            seen.insert("stamp nanoseconds");
        else if (std::regex_match(s, stamp_z))
            seen.insert("stamp Z");
        else if (std::regex_match(s, stamp_offset))
            seen.insert("stamp +0000");
        else
            broken.push_back(std::string(where) + " is not a documented timestamp: " + boost::json::serialize(v));
    }

    void unknown_members(boost::json::value const& v, std::set<std::string> const& known)
    {
        for (auto const& k : keys(v))
            if (!known.count(k)) {
                if (k.rfind("drift_", 0) == 0)
                    seen.insert("unknown member");
                else
                    broken.push_back("member " + k + " is neither documented nor marked as drift");
            }
    }

    void customer(boost::json::value const& v, bool token_asked, bool names_set)
    {
        if (!v.is_object() || str(v, "id").empty() || str(v, "object_reference_id").empty()) {
            broken.push_back("customer without id: " + boost::json::serialize(v));
            return;
        }
        if (keys(v).front() != "id")
            seen.insert("members shuffled");
        stamp(v.at("date_created"), "date_created");
        stamp(v.at("last_updated"), "last_updated");
        auto const& o = v.get_object();
        if (token_asked) {
            if (!o.contains("juspay") || str(o.at("juspay"), "client_auth_token").empty())
                broken.push_back("no client auth token although it was asked for");
            else
                stamp(o.at("juspay").at("client_auth_token_expiry"), "client_auth_token_expiry");
        } else if (o.contains("juspay"))
            broken.push_back("a client auth token although none was asked for");
        if (!names_set) {
            if (!o.contains("first_name"))
                seen.insert("unset member absent");
            else if (o.at("first_name").is_null())
                seen.insert("unset member null");
            else
                broken.push_back("first_name was never set");
        } else if (str(v, "first_name") != "John")
            broken.push_back("first_name was set but is missing");
        unknown_members(v, {"id", "object", "object_reference_id", "mobile_country_code", "mobile_number", "email_address",
                            "first_name", "last_name", "date_created", "last_updated", "juspay"});
    }

    void account(boost::json::value const& v)
    {
        if (!v.is_object() || str(v, "customer_account_id").empty() || !v.get_object().contains("account_details") ||
            !v.at("account_details").is_object()) {
            broken.push_back("account without customer_account_id or account_details: " + boost::json::serialize(v));
            return;
        }
        auto const& o = v.get_object();
        auto const& amount = o.contains("validation_amount") ? o.at("validation_amount") : boost::json::value();
        if (amount.is_int64() && amount.get_int64() == 1)
            seen.insert("amount 1");
        else if (amount.is_double() && amount.get_double() == 1.0)
            seen.insert("amount 1.0");
        else if (amount.is_string() && amount.get_string() == "1")
            seen.insert("amount \"1\"");
        else
            broken.push_back("validation_amount is " + boost::json::serialize(amount));
        stamp(v.at("date_created"), "date_created");
        if (!o.contains("last_validated"))
            broken.push_back("last_validated is missing");
        else if (o.at("last_validated").is_null()) {
            seen.insert("last_validated null");
            if (str(v, "validation_status") != "CREATED")
                broken.push_back("last_validated null on a validated account");
        } else
            stamp(o.at("last_validated"), "last_validated");
        if (!o.contains("currency"))
            seen.insert("optional member absent");
        auto const& d = v.at("account_details");
        if (d.get_object().contains("vpa") && !o.contains("customer_account_type"))
            seen.insert("optional member absent");
        if (d.get_object().contains("account") && !d.get_object().contains("juspay_bank_code"))
            seen.insert("optional member absent");
        if (!d.get_object().contains("vpa") && str(d, "account").empty())
            broken.push_back("account_details lost its account");
        unknown_members(v, {"object", "customer_account_id", "customer_id", "date_created", "account_details",
                            "validation_amount", "currency", "validation_status", "last_validated", "customer_account_type"});
        unknown_members(d, {"account", "name", "ifsc", "juspay_bank_code", "bank_name", "vpa"});
    }
};

class drift_test : public with_emulator {};

TEST_F(drift_test, a_seeded_run_shows_every_documented_variant)
{
    start({"--drift", "--seed", "42"});
    observed o;
    std::set<std::string> const wanted = {"amount 1", "amount 1.0", "amount \"1\"", "stamp nanoseconds", "stamp Z",
                                          "stamp +0000", "last_validated null", "optional member absent",
                                          "unset member absent", "unset member null", "unknown member", "members shuffled"};
    int rounds = 0;
    for (; rounds < 60 && !std::includes(o.seen.begin(), o.seen.end(), wanted.begin(), wanted.end()); ++rounds) {
        bool const token = rounds % 2 == 0;
        bool const names = rounds % 3 == 0;
        header_list extra;
        if (token)
            extra.emplace_back("options.get_client_auth_token", "true");
        if (names)
            extra.emplace_back("first_name", "John");
        auto const c = api->post("/customers", customer_form(unique_ref("drift"), extra));
        ASSERT_EQ(c.status, 200) << c.body;
        o.customer(c.json(), token, names);
        std::string const id = str(c.json(), "id");
        auto const got = api->get("/customers/" + id);
        o.customer(got.json(), false, names);

        auto const created = api->post("/customers/" + id + "/accounts", bank_and_upi_form());
        ASSERT_EQ(created.status, 200) << created.body;
        auto const cv = created.json();
        ASSERT_TRUE(cv.is_array()) << created.body;
        for (auto const& a : cv.get_array())
            o.account(a);
        auto const list = api->get("/customers/" + id + "/customer-accounts/list");
        ASSERT_EQ(list.status, 200);
        auto const lv = list.json();
        ASSERT_TRUE(lv.is_object() && lv.at("list").is_array()) << list.body;
        for (auto const& a : lv.at("list").get_array())
            o.account(a);
        std::string const account = str(created.json().at(0), "customer_account_id");
        auto const validated = api->post("/customers/" + id + "/customer-accounts/" + account + "/validate", "");
        ASSERT_EQ(validated.status, 200);
        o.account(validated.json());
        auto const deleted = api->post("/customers/" + id + "/customer-accounts/" + account, form({{"command", "delete"}}));
        ASSERT_EQ(deleted.status, 200);
        EXPECT_EQ(str(deleted.json(), "status"), "DELETED");
        EXPECT_EQ(str(deleted.json(), "customer_account_id"), account);
    }
    for (auto const& w : wanted)
        EXPECT_TRUE(o.seen.count(w)) << "never observed: " << w;
    EXPECT_TRUE(o.broken.empty()) << o.broken.size() << " answers a tolerant client cannot use, first: " << o.broken.front();
    std::cout << "all variants seen after " << rounds << " rounds\n";

    // Error bodies are documented byte for byte: they never drift.
    EXPECT_EQ(api->get("/customers/cst_nobody").body, documented::object_not_found);
}

TEST_F(drift_test, without_drift_every_answer_has_the_samples_shape)
{
    start();
    for (int i = 0; i < 20; ++i) {
        auto const c = api->post("/customers", customer_form(unique_ref("plain")));
        auto const v = c.json();
        EXPECT_EQ(keys(v), (std::vector<std::string>{"id", "object", "object_reference_id", "mobile_number", "date_created",
                                                     "last_updated"}));
        auto const acc = api->post("/customers/" + str(v, "id") + "/accounts", bank_and_upi_form());
        auto const av = acc.json();
        ASSERT_TRUE(av.is_array()) << acc.body;
        for (auto const& a : av.get_array()) {
            EXPECT_TRUE(a.at("validation_amount").is_int64());
            EXPECT_TRUE(std::regex_match(str(a, "last_validated"), stamp_nanos));
            EXPECT_EQ(str(a, "currency"), "INR");
        }
    }
}

TEST(drift, the_same_seed_gives_the_same_answers)
{
    // Timestamps aside, two emulators with one seed answer one sequence of calls identically.
    auto run = [](std::vector<std::string> const& flags) {
        emulator emu(flags);
        EXPECT_TRUE(emu.started());
        client api(emu.port());
        std::string all;
        for (int i = 0; i < 10; ++i) {
            auto const c = api.post("/customers", customer_form("same-seed-" + std::to_string(i),
                                                                {{"options.get_client_auth_token", "true"}}));
            all += c.body;
            all += api.post("/customers/" + str(c.json(), "id") + "/accounts", bank_and_upi_form()).body;
        }
        std::string why;
        EXPECT_TRUE(emu.stop(&why)) << why;
        return std::regex_replace(all, std::regex(R"("\d{4}-\d\d-\d\dT[^"]*")"), "\"<time>\"");
    };
    std::string const a = run({"--drift", "--seed", "5"});
    EXPECT_EQ(a, run({"--drift", "--seed", "5"}));
    EXPECT_NE(a, run({"--drift", "--seed", "6"}));
}

class routing_test : public with_emulator {};

TEST_F(routing_test, another_routing_id_for_the_same_customer_is_answered_and_flagged)
{
    start();
    std::string const ref = unique_ref("routing");
    std::string const id = create_customer(ref, "customer_1122");
    auto const acc = api->post("/customers/" + id + "/accounts", bank_and_upi_form(), "customer_1122");
    ASSERT_EQ(acc.status, 200);
    std::string const account = str(acc.json().at(0), "customer_account_id");

    // The same value, by either id: no flag. No value at all (get customer): no flag.
    EXPECT_EQ(api->get("/customers/" + segment(ref) + "/customer-accounts/list", "customer_1122").status, 200);
    EXPECT_EQ(api->get("/customers/" + id, "").status, 200);
    // Another value: answered normally, flagged.
    EXPECT_EQ(api->get("/customers/" + id + "/customer-accounts/" + account, "cart_77").status, 200);
    EXPECT_EQ(api->get("/customers/" + segment(ref), "cart_77").status, 200);
    EXPECT_EQ(api->post("/customers/" + segment(ref) + "/accounts", bank_and_upi_form(), id).status, 200);
    // A repeated create is a call about the same customer too.
    EXPECT_EQ(api->post("/customers", customer_form(ref), "cart_78").body, documented::unique);

    auto const j = journal();
    ASSERT_EQ(j.size(), 8u);
    std::vector<bool> flags;
    for (auto const& e : j)
        flags.push_back(e.at("routing_mismatch").as_bool());
    EXPECT_EQ(flags, (std::vector<bool>{false, false, false, false, true, true, true, true}));
    // One line on stderr per flagged call, naming the customer and both values.
    std::string const err = emu->err();
    std::size_t lines = 0;
    for (std::size_t p = err.find("x-routing-id mismatch"); p != std::string::npos; p = err.find("x-routing-id mismatch", p + 1))
        ++lines;
    EXPECT_EQ(lines, 4u) << err;
    EXPECT_NE(err.find(id), std::string::npos);
    EXPECT_NE(err.find("\"customer_1122\""), std::string::npos);
    EXPECT_NE(err.find("\"cart_77\""), std::string::npos);

    // A customer of its own routing id is not affected by another's.
    std::string const other = create_customer(unique_ref("routing"), "cart_77");
    EXPECT_EQ(api->get("/customers/" + other + "/customer-accounts/list", "cart_77").status, 200);
    EXPECT_FALSE(journal().back().at("routing_mismatch").as_bool());
}

TEST_F(routing_test, strict_routing_refuses_another_routing_id)
{
    start({"--strict-routing"});
    std::string const ref = unique_ref("strict");
    std::string const id = create_customer(ref, "customer_1122");
    auto const refused = api->get("/customers/" + id + "/customer-accounts/list", "cart_77");
    EXPECT_EQ(refused.status, 400);
    auto const v = refused.json();
    EXPECT_EQ(str(v, "status"), "Invalid Request");
    EXPECT_EQ(str(v.at("error_info"), "code"), "INVALID_INPUT");
    EXPECT_EQ(str(v.at("error_info").at("fields").at(0), "field_name"), "x-routing-id");
    EXPECT_EQ(api->get("/customers/" + segment(ref), "cart_77").status, 400);
    EXPECT_EQ(api->post("/customers/" + id + "/accounts", bank_and_upi_form(), "cart_77").status, 400);
    EXPECT_EQ(api->get("/customers/" + id + "/customer-accounts/list", "customer_1122").json().at("count").as_int64(), 0)
        << "the refused create added accounts";
    auto const j = journal();
    ASSERT_EQ(j.size(), 5u);
    EXPECT_TRUE(j[1].at("routing_mismatch").as_bool());
    EXPECT_EQ(j[1].at("status").as_int64(), 400);
    EXPECT_FALSE(j[4].at("routing_mismatch").as_bool());
}

} // namespace
} // namespace emulator_tests
