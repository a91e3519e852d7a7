// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_SERVICE_HPP
#define JUSPAY_EMULATOR_SERVICE_HPP

// The emulator's behaviour, without I/O: one HTTP request in, one HTTP response out, from an
// in-memory store. server.hpp adds sockets, faults, the journal and the admin API around it.
//
// It shares no code with juspay-sansio (no juspay/ header, no library target): it is the
// independent oracle the library's end-to-end tests run against, so a bug in the library's
// field rules or JSON mapping cannot hide by being on both sides. Its rules (rules.hpp), form
// and path parsing (text.hpp, Boost.URL) and JSON writing (json_writer.hpp) are its own.
//
// What it does, as Juspay documents it (../shared/juspay-api.md and ../shared/juspay-docs/):
// Basic auth with the API key ("Basic", any case, base64 of "<key>:"; 401 access_denied
// otherwise), x-merchantid on customer calls, x-routing-id on create customer and account
// calls, ids cst_… / banh_… / tkn_…, the client auth token only for
// options.get_client_auth_token=true, 400 `unique` for a repeated object_reference_id, 400
// INVALID_INPUT or "Mandatory fields are missing" for the documented field rules, 404
// object_not_found for unknown objects, an array from Create Account, Validate moving an account
// to ACTIVE (FAILURE when the account number ends in 0000), List answering the older API's
// {"object":"list",...} wrapper, Delete answering {"customer_account_id":…,"status":"DELETED"}.
// A path that is not an endpoint answers an empty 404. Answers are shaped like the docs' samples
// (validation_amount a JSON number, nanosecond timestamps, customer_account_type UPI/SAVINGS);
// with `drift` each answer picks among the variants the samples show instead.

#include "json_writer.hpp"
#include "rules.hpp"
#include "text.hpp"

#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace juspay_emulator {

namespace http = boost::beast::http;
using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

/// What the service is started with (the command-line flags of juspay-emulator).
struct settings {
    std::string api_key = "test_api_key";      ///< the key it accepts
    std::string merchant_id = "test_merchant"; ///< the x-merchantid it accepts
    std::uint64_t seed = 1;                    ///< seeds ids, drift and faults: runs are reproducible
    bool drift = false;                        ///< answer in the documented variants, not one shape
    bool strict_routing = false;               ///< refuse a customer's second x-routing-id with a 400
};

/// One answer, and whether the call used another x-routing-id than the customer's first.
struct answer {
    response res;
    bool routing_mismatch = false;
};

// Bodies Juspay documents, byte for byte (juspay-api.md, "Error shapes"), and the pages a
// proxy in front of it sends.
namespace bodies {

inline std::string const& unauthorized()
{
    static std::string const s =
        R"({"status":"error","error_code":"access_denied","error_info":{"user_message":"Unauthorized.",)"
        R"("request_id":"b2e0fd33-7655-4778-83a8-5179ed21b0b7","href":"NA","developer_message":)"
        R"("Invalid API Key. Please pass a valid and active api key.","code":"UNAUTHORIZED","category":"USER_ERROR"}})";
    return s;
}

inline std::string const& bad_origin()
{
    static std::string const s =
        R"({"error":true,"error_message":"Internal Server error.","user_message":"Bad Origin.",)"
        R"("error_info":{"code":"BAD_ORIGIN","category":"USER_ERROR","user_message":"Bad Origin.",)"
        R"("developer_message":"IP Verification Failed"}})";
    return s;
}

inline std::string const& unique()
{
    static std::string const s =
        R"({"error_message":"Customer with given object reference id already exist for your account.",)"
        R"("status":"invalid_request_error","error_code":"unique","error_info":{"user_message":"Already exists.",)"
        R"("developer_message":"Customer account with given object reference already exists.",)"
        R"("code":"ALREADY_EXISTS","category":"USER_ERROR"}})";
    return s;
}

inline std::string const& object_not_found()
{
    static std::string const s =
        R"({"error_message":"Cannot find what you are looking for","status":"invalid_request_error",)"
        R"("error_code":"object_not_found","error_info":{"user_message":"Cannot process your request as customer )"
        R"(account not found.","developer_message":"Customer account not found.","code":"RESOURCE_NOT_FOUND",)"
        R"("category":"USER_ERROR"}})";
    return s;
}

// The documented INVALID_INPUT body, for any field and reason.
inline std::string invalid_input(std::string_view field, std::string_view reason = "Invalid value.")
{
    return R"({"error_message":)" + json::quote("Wrong value in " + std::string(field)) +
           R"(,"status":"Invalid Request","error_code":"Invalid Request","error_info":{"user_message":)"
           R"("Invalid request params. Please verify your input.","fields":[{"field_name":)" +
           json::quote(field) + R"(,"reason":)" + json::quote(reason) +
           R"(}],"developer_message":"Invalid request params","code":"INVALID_INPUT","category":"USER_ERROR"}})";
}

// The documented "Mandatory fields are missing" body.
inline std::string mandatory_missing(std::string_view field)
{
    return R"({"status":"Bad Request","error_code":"Mandatory fields are missing","error_message":)" +
           json::quote(std::string(field) + " is mandatory field.") + "}";
}

// 5xx and 429 bodies are not documented: these are plausible ones.
inline std::string const& server_error()
{
    static std::string const s = R"({"error_message":"Internal Server error.","status":"error"})";
    return s;
}

inline std::string const& rate_limited()
{
    static std::string const s = R"({"error_message":"Too many requests. Please retry after some time.","status":"error"})";
    return s;
}

inline std::string const& html_502()
{
    static std::string const s = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                                 "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return s;
}

inline std::string const& html_404()
{
    static std::string const s = "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not "
                                 "Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    return s;
}

} // namespace bodies

// Juspay answers JSON with this content type; a client may check it before parsing.
inline response json_response(http::status status, std::string body)
{
    response res{status, 11};
    res.set(http::field::content_type, "application/json");
    res.body() = std::move(body);
    return res;
}

// What a proxy in front of Juspay answers: a client must not try to read it as JSON.
inline response html_response(http::status status, std::string body)
{
    response res{status, 11};
    res.set(http::field::content_type, "text/html");
    res.body() = std::move(body);
    return res;
}

/// Juspay's customer API over an in-memory store. Thread-safe: one mutex around each call,
/// which also keeps ids and drift reproducible for a given sequence of calls.
class service {
public:
    explicit service(settings s) : settings_(std::move(s)) { reseed(); }

    /// Answers one request. Never throws on bad input: a bad request gets a 4xx.
    answer handle(request const& req)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        call c{req};
        response res = route(c);
        return answer{std::move(res), c.mismatch};
    }

    /// Forgets every customer and account, and restarts ids and drift from the seed, so a test
    /// after a reset sees what it would see from a freshly started emulator.
    void reset()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        customers_.clear();
        by_reference_.clear();
        accounts_.clear();
        reseed();
    }

private:
    struct customer_rec {
        std::string id, reference, mobile_number;
        std::optional<std::string> mobile_country_code, email_address, first_name, last_name;
        time_point created, updated;
        std::string routing_id;           // the first x-routing-id used for this customer
        std::vector<std::string> accounts; // in creation order, for List
    };

    struct account_rec {
        std::string id, customer_id;
        bool upi = false;
        std::string vpa, account, ifsc;
        std::optional<std::string> name;
        std::string amount = "1"; // decimal text, no leading zeros: written as a JSON number
        std::string status = "CREATED";
        time_point created, last_validated;
        std::optional<std::string> type; // customer_account_type: UPI at creation, SAVINGS once validated
    };

    // One call being answered: the request, and whether it broke its customer's routing id.
    struct call {
        request const& req;
        bool mismatch = false;
    };

    // The variant choices of one answer. Without drift: the newer samples' shape every time.
    class shape {
    public:
        shape(bool drift, std::mt19937_64& rng) : drift_(drift), rng_(rng)
        {
            if (!drift_)
                return;
            static constexpr stamp_style styles[] = {stamp_style::nanoseconds, stamp_style::seconds_z, stamp_style::offset};
            stamps_ = styles[rng_() % 3];
            amount_ = static_cast<int>(rng_() % 3);
        }

        std::string stamp(time_point t) const { return json::quote(format_stamp(t, stamps_)); }

        // validation_amount: 1 (the default), 1.0 (the 2023 samples) or "1" (as documented).
        std::string amount(std::string const& text) const
        {
            if (amount_ == 1 && text.find('.') == std::string::npos)
                return text + ".0";
            if (amount_ == 2)
                return json::quote(text);
            return text;
        }

        // A member the docs show in some samples and not in others: kept two times in three.
        bool keep_optional() { return !drift_ || rng_() % 3 != 0; }

        // A customer field that was never set: absent, or (with drift) sometimes null.
        void unset(json::object& o, std::string_view key)
        {
            if (drift_ && rng_() % 2 == 0)
                o.null(key);
        }

        bool null_last_validated() { return drift_ && rng_() % 2 == 0; }

        // Each object of an answer: maybe shuffled, maybe one member no version of the docs has.
        void finish(json::object& o)
        {
            if (!drift_)
                return;
            if (rng_() % 2 == 0) {
                static constexpr std::pair<char const*, char const*> extras[] = {
                    {"drift_note", R"("added by juspay-emulator --drift")"},
                    {"drift_count", "3"},
                    {"drift_ratio", "0.25"},
                    {"drift_flag", "true"},
                    {"drift_nothing", "null"},
                    {"drift_object", R"({"nested":[1,"two",{"three":3.0}]})"},
                    {"drift_list", R"(["a",1,null])"},
                };
                auto const& e = extras[rng_() % (sizeof extras / sizeof extras[0])];
                o.raw(e.first, e.second);
            }
            if (rng_() % 2 == 0)
                o.shuffle(rng_);
        }

    private:
        bool drift_;
        std::mt19937_64& rng_;
        stamp_style stamps_ = stamp_style::nanoseconds;
        int amount_ = 0;
    };

    void reseed()
    {
        ids_.seed(settings_.seed);
        drift_.seed(settings_.seed ^ 0x9E3779B97F4A7C15ull);
    }

    response route(call& c)
    {
        auto const& req = c.req;
        if (!basic_auth_matches(req[http::field::authorization], settings_.api_key))
            return json_response(http::status::unauthorized, bodies::unauthorized());

        auto const target = boost::urls::parse_origin_form(req.target());
        if (!target)
            return not_found_endpoint();
        std::vector<std::string> seg;
        for (auto s : target->segments()) // decoded: %2F inside an id stays in its segment
            seg.push_back(s);
        bool const get = req.method() == http::verb::get;
        bool const post = req.method() == http::verb::post;
        if (seg.empty() || seg[0] != "customers" || (!get && !post))
            return not_found_endpoint();
        for (std::size_t i = 1; i < seg.size(); ++i)
            if (seg[i].empty())
                return not_found_endpoint();

        form body;
        if (post) {
            auto parsed = parse_form(req.body());
            if (!parsed)
                return json_response(http::status::bad_request, bodies::invalid_input("body"));
            body = std::move(*parsed);
        }

        if (seg.size() == 1 && post)
            return create_customer(c, body);
        if (seg.size() == 2 && get) {
            auto query = parse_form(target->encoded_query());
            return get_customer(c, seg[1], query ? *query : form{});
        }
        if (seg.size() == 2 && post)
            return update_customer(c, seg[1], body);
        if (seg.size() == 3 && seg[2] == "accounts" && post)
            return create_accounts(c, seg[1], body);
        if (seg.size() == 4 && seg[2] == "customer-accounts" && seg[3] == "list" && get)
            return list_accounts(c, seg[1]);
        if (seg.size() == 4 && seg[2] == "customer-accounts" && get)
            return get_account(c, seg[1], seg[3]);
        if (seg.size() == 4 && seg[2] == "customer-accounts" && post)
            return delete_account(c, seg[1], seg[3], body);
        if (seg.size() == 5 && seg[2] == "customer-accounts" && seg[4] == "validate" && post)
            return validate_account(c, seg[1], seg[3], body);
        return not_found_endpoint();
    }

    // --- customers ---------------------------------------------------------------------------

    response create_customer(call& c, form const& body)
    {
        if (auto bad = check_headers(c.req, true, true))
            return std::move(*bad);
        if (auto v = check(create_customer_rules(), body))
            return refuse(*v);
        std::string const reference = *form_value(body, "object_reference_id");
        if (auto const known = by_reference_.find(reference); known != by_reference_.end()) {
            if (auto bad = check_routing(c, customers_.at(known->second)))
                return std::move(*bad);
            return json_response(http::status::bad_request, bodies::unique());
        }
        customer_rec rec;
        rec.id = new_id("cst_", 16, lower_alnum);
        rec.reference = reference;
        rec.mobile_number = *form_value(body, "mobile_number");
        rec.mobile_country_code = form_value(body, "mobile_country_code");
        rec.email_address = form_value(body, "email_address");
        rec.first_name = form_value(body, "first_name");
        rec.last_name = form_value(body, "last_name");
        rec.created = rec.updated = now();
        rec.routing_id = std::string(c.req["x-routing-id"]);
        bool const token = form_value(body, "options.get_client_auth_token") == std::optional<std::string>("true");
        by_reference_[rec.reference] = rec.id;
        auto& stored = customers_[rec.id];
        stored = std::move(rec);
        return customer_answer(stored, token);
    }

    response get_customer(call& c, std::string const& id, form const& query)
    {
        if (auto bad = check_headers(c.req, true, false))
            return std::move(*bad);
        auto const token = form_value(query, "options.get_client_auth_token");
        if (token && !rules::boolean(*token, query))
            return json_response(http::status::bad_request, bodies::invalid_input("options.get_client_auth_token"));
        auto* rec = find_customer(id);
        if (!rec)
            return object_not_found();
        if (auto bad = check_routing(c, *rec))
            return std::move(*bad);
        return customer_answer(*rec, token == std::optional<std::string>("true"));
    }

    response update_customer(call& c, std::string const& id, form const& body)
    {
        if (auto bad = check_headers(c.req, true, false))
            return std::move(*bad);
        auto* rec = find_customer(id);
        if (!rec)
            return object_not_found();
        if (auto bad = check_routing(c, *rec))
            return std::move(*bad);
        if (auto v = check(update_customer_rules(), body))
            return refuse(*v);
        auto update = [&](std::optional<std::string>& field, char const* name) {
            if (auto v = form_value(body, name))
                field = std::move(*v);
        };
        if (auto v = form_value(body, "mobile_number"))
            rec->mobile_number = std::move(*v);
        update(rec->email_address, "email_address");
        update(rec->first_name, "first_name");
        update(rec->last_name, "last_name");
        update(rec->mobile_country_code, "mobile_country_code");
        rec->updated = now();
        return customer_answer(*rec, false);
    }

    // The sample's member order: id, object, object_reference_id, mobile_country_code,
    // mobile_number, email_address, first_name, last_name, date_created, last_updated, juspay.
    response customer_answer(customer_rec const& rec, bool token)
    {
        shape s(settings_.drift, drift_);
        json::object o;
        auto optional = [&](char const* key, std::optional<std::string> const& v) {
            if (v)
                o.str(key, *v);
            else
                s.unset(o, key);
        };
        o.str("id", rec.id);
        o.str("object", "customer");
        o.str("object_reference_id", rec.reference);
        optional("mobile_country_code", rec.mobile_country_code);
        o.str("mobile_number", rec.mobile_number);
        optional("email_address", rec.email_address);
        optional("first_name", rec.first_name);
        optional("last_name", rec.last_name);
        o.raw("date_created", s.stamp(rec.created));
        o.raw("last_updated", s.stamp(rec.updated));
        if (token) {
            // A token lives 15 minutes from when it is issued (Create Customer page).
            json::object j;
            j.str("client_auth_token", new_id("tkn_", 32, lower_hex));
            j.raw("client_auth_token_expiry", s.stamp(now() + std::chrono::minutes(15)));
            s.finish(j);
            o.raw("juspay", j.text());
        }
        s.finish(o);
        return json_response(http::status::ok, o.text());
    }

    // --- customer accounts -------------------------------------------------------------------

    response create_accounts(call& c, std::string const& id, form const& body)
    {
        if (auto bad = check_headers(c.req, false, true))
            return std::move(*bad);
        auto* owner = find_customer(id);
        if (!owner)
            return object_not_found();
        if (auto bad = check_routing(c, *owner))
            return std::move(*bad);
        if (auto v = check(create_account_rules(), body))
            return refuse(*v);
        auto const inputs = *rules::account_details_of(*form_value(body, "account_details"));
        bool const validate = form_value(body, "command") == std::optional<std::string>("validate");

        shape s(settings_.drift, drift_);
        std::vector<std::string> out;
        for (auto const& in : inputs) {
            account_rec a;
            a.id = new_id("banh_", 16, mixed_alnum);
            a.customer_id = owner->id;
            a.upi = in.upi;
            a.vpa = in.vpa;
            a.account = in.account;
            a.ifsc = in.ifsc;
            a.name = in.name;
            a.created = a.last_validated = now();
            if (a.upi)
                a.type = "UPI";
            if (validate)
                validate_in_place(a);
            out.push_back(account_json(a, s));
            owner->accounts.push_back(a.id);
            std::string key = a.id;
            accounts_.emplace(std::move(key), std::move(a));
        }
        return json_response(http::status::ok, json::array(out));
    }

    response validate_account(call& c, std::string const& id, std::string const& account_id, form const& body)
    {
        if (auto bad = check_headers(c.req, false, true))
            return std::move(*bad);
        auto found = find_account(c, id, account_id);
        if (!found.account)
            return std::move(*found.refused);
        auto* a = found.account;
        if (auto v = check(validate_account_rules(), body))
            return refuse(*v);
        if (auto amount = form_value(body, "validation_amount")) {
            // Stored without leading zeros, so it can be written back as a JSON number.
            std::size_t zeros = 0;
            while (zeros + 1 < amount->size() && (*amount)[zeros] == '0' && (*amount)[zeros + 1] != '.')
                ++zeros;
            a->amount = amount->substr(zeros);
        }
        validate_in_place(*a);
        shape s(settings_.drift, drift_);
        return json_response(http::status::ok, account_json(*a, s));
    }

    response get_account(call& c, std::string const& id, std::string const& account_id)
    {
        if (auto bad = check_headers(c.req, false, true))
            return std::move(*bad);
        auto found = find_account(c, id, account_id);
        if (!found.account)
            return std::move(*found.refused);
        auto* a = found.account;
        shape s(settings_.drift, drift_);
        return json_response(http::status::ok, account_json(*a, s));
    }

    response list_accounts(call& c, std::string const& id)
    {
        if (auto bad = check_headers(c.req, false, true))
            return std::move(*bad);
        auto* owner = find_customer(id);
        if (!owner)
            return object_not_found();
        if (auto bad = check_routing(c, *owner))
            return std::move(*bad);
        shape s(settings_.drift, drift_);
        std::vector<std::string> list;
        for (auto const& aid : owner->accounts)
            list.push_back(account_json(accounts_.at(aid), s));
        auto const n = json::number(static_cast<unsigned long long>(list.size()));
        json::object o;
        o.str("object", "list");
        o.raw("list", json::array(list));
        o.raw("count", n);
        o.raw("offset", "0");
        o.raw("total", n);
        s.finish(o);
        return json_response(http::status::ok, o.text());
    }

    response delete_account(call& c, std::string const& id, std::string const& account_id, form const& body)
    {
        if (auto bad = check_headers(c.req, false, true))
            return std::move(*bad);
        if (auto v = check(delete_account_rules(), body))
            return refuse(*v);
        auto found = find_account(c, id, account_id);
        if (!found.account)
            return std::move(*found.refused);
        auto* a = found.account;
        std::string const deleted = a->id;
        auto& owned = customers_.at(a->customer_id).accounts;
        owned.erase(std::remove(owned.begin(), owned.end(), deleted), owned.end());
        accounts_.erase(deleted);
        shape s(settings_.drift, drift_);
        json::object o;
        o.str("customer_account_id", deleted);
        o.str("status", "DELETED");
        s.finish(o);
        return json_response(http::status::ok, o.text());
    }

    // The samples' member order: object, customer_account_id, customer_id, date_created,
    // account_details, validation_amount, currency, validation_status, last_validated,
    // customer_account_type.
    static std::string account_json(account_rec const& a, shape& s)
    {
        json::object d;
        if (a.upi)
            d.str("vpa", a.vpa);
        else {
            d.str("account", a.account);
            if (a.name)
                d.str("name", *a.name);
            d.str("ifsc", a.ifsc);
            if (s.keep_optional())
                d.str("juspay_bank_code", "12");
            if (s.keep_optional())
                d.str("bank_name", "EMULATED BANK");
        }
        s.finish(d);
        json::object o;
        o.str("object", "customer_account");
        o.str("customer_account_id", a.id);
        o.str("customer_id", a.customer_id);
        o.raw("date_created", s.stamp(a.created));
        o.raw("account_details", d.text());
        o.raw("validation_amount", s.amount(a.amount));
        if (s.keep_optional())
            o.str("currency", "INR");
        o.str("validation_status", a.status);
        if (a.status == "CREATED" && s.null_last_validated())
            o.null("last_validated");
        else
            o.raw("last_validated", s.stamp(a.last_validated));
        if (a.type && s.keep_optional())
            o.str("customer_account_type", *a.type);
        s.finish(o);
        return o.text();
    }

    // Account numbers ending in 0000 fail validation: a way for a test to reach FAILURE.
    static void validate_in_place(account_rec& a)
    {
        bool const fails = !a.upi && a.account.size() >= 4 && a.account.compare(a.account.size() - 4, 4, "0000") == 0;
        a.status = fails ? "FAILURE" : "ACTIVE";
        a.last_validated = now();
        if (!a.upi)
            a.type = "SAVINGS";
    }

    // --- checks and errors -------------------------------------------------------------------

    std::optional<response> check_headers(request const& req, bool merchant, bool routing) const
    {
        if (merchant) {
            auto const m = req["x-merchantid"];
            if (m.empty())
                return json_response(http::status::bad_request, bodies::mandatory_missing("x-merchantid"));
            if (m != settings_.merchant_id)
                return json_response(http::status::bad_request, bodies::invalid_input("x-merchantid"));
        }
        if (routing && req["x-routing-id"].empty())
            return json_response(http::status::bad_request, bodies::mandatory_missing("x-routing-id"));
        return std::nullopt;
    }

    // Juspay: "use the same x-routing-id for all requests tied to the same customer". A call
    // without one (get/update customer do not need it) is not a mismatch. What real Juspay
    // does with a different one is not documented: answered normally and flagged, or with
    // strict_routing refused as invalid input.
    std::optional<response> check_routing(call& c, customer_rec const& rec)
    {
        auto const sent = c.req["x-routing-id"];
        if (sent.empty() || sent == rec.routing_id)
            return std::nullopt;
        c.mismatch = true;
        std::string line = "juspay-emulator: x-routing-id mismatch for customer " + rec.id + ": first " +
                           json::quote(rec.routing_id) + ", now " + json::quote(sent) + " (" +
                           std::string(c.req.method_string()) + " " + std::string(c.req.target()) + ")\n";
        std::fputs(line.c_str(), stderr);
        if (!settings_.strict_routing)
            return std::nullopt;
        return json_response(http::status::bad_request,
                             bodies::invalid_input("x-routing-id", "Differs from the x-routing-id first used for this customer."));
    }

    static response refuse(violation const& v)
    {
        return json_response(http::status::bad_request, v.kind == violation::missing ? bodies::mandatory_missing(v.field)
                                                                                     : bodies::invalid_input(v.field));
    }

    static response object_not_found() { return json_response(http::status::not_found, bodies::object_not_found()); }

    // No such endpoint: Juspay documents no body for it.
    static response not_found_endpoint() { return response{http::status::not_found, 11}; }

    // --- store and helpers -------------------------------------------------------------------

    // A customer by its cst_ id or by the merchant's object_reference_id (Juspay takes both).
    customer_rec* find_customer(std::string const& id)
    {
        auto it = customers_.find(id);
        if (it == customers_.end()) {
            auto const ref = by_reference_.find(id);
            if (ref == by_reference_.end())
                return nullptr;
            it = customers_.find(ref->second);
        }
        return &it->second;
    }

    // An account of that customer, or the answer instead of it: 404 object_not_found, or a
    // strict-routing refusal.
    struct account_lookup {
        account_rec* account = nullptr;
        std::optional<response> refused;
    };

    account_lookup find_account(call& c, std::string const& customer, std::string const& account_id)
    {
        auto* owner = find_customer(customer);
        if (!owner)
            return {nullptr, object_not_found()};
        if (auto bad = check_routing(c, *owner))
            return {nullptr, std::move(bad)};
        auto it = accounts_.find(account_id);
        if (it == accounts_.end() || it->second.customer_id != owner->id)
            return {nullptr, object_not_found()};
        return {&it->second, std::nullopt};
    }

    static constexpr std::string_view lower_alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    static constexpr std::string_view mixed_alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static constexpr std::string_view lower_hex = "0123456789abcdef";

    // Ids shaped like the samples': cst_pcxaymwoh9vbse97, banh_kGvx5TGUmkRVC2dH,
    // tkn_24543c6a278f45d680d09edb32e78061.
    std::string new_id(char const* prefix, int n, std::string_view alphabet)
    {
        std::string id = prefix;
        for (int i = 0; i < n; ++i)
            id += alphabet[ids_() % alphabet.size()];
        return id;
    }

    settings const settings_;
    std::mutex mutex_;
    std::mt19937_64 ids_;
    std::mt19937_64 drift_;
    std::map<std::string, customer_rec> customers_;   // by cst_ id
    std::map<std::string, std::string> by_reference_; // object_reference_id -> cst_ id
    std::map<std::string, account_rec> accounts_;     // by banh_ id
};

} // namespace juspay_emulator

#endif
