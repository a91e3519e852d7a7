// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_SERVICE_HPP
#define JUSPAY_EMULATOR_SERVICE_HPP

// The emulator's behaviour, without I/O: one HTTP request in, one HTTP response out, from an
// in-memory store. The server in main.cpp adds sockets and fault injection around it.
//
// What it does as Juspay documents it: Basic auth with the API key (401 access_denied
// otherwise), x-merchantid on customer calls, x-routing-id on create customer and account
// calls, ids `cst_…` / `banh_…`, nanosecond timestamps, the client auth token when asked,
// 400 `unique` for a repeated object_reference_id, 400 INVALID_INPUT (or "Mandatory fields are
// missing") for the documented field rules, 404 object_not_found, an array from Create
// Account, Validate moving an account to ACTIVE, or FAILURE when the account number ends in
// 0000, List answering the older API's {"object":"list","list":[...]} wrapper, and Delete
// answering {"customer_account_id":…,"status":"DELETED"}. A path that is not an endpoint
// answers an empty 404. Responses are written with juspay-sansio's own JSON conversions, and
// field rules are the library's own (build_request with validation), so the two cannot drift.

#include <juspay/juspay.hpp>

#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/parse_query.hpp>
#include <boost/url/params_view.hpp>

#include <chrono>
#include <cstdio>
#include <cstdint>
#include <ctime>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace juspay_emulator {

namespace http = boost::beast::http;
using request = http::request<http::string_body>;
using response = http::response<http::string_body>;

/// The emulator's configuration (the command-line flags of juspay-emulator).
struct settings {
    std::string api_key = "test_api_key";    ///< the key it accepts
    std::string merchant_id = "test_merchant"; ///< the x-merchantid it accepts
    std::uint64_t seed = 1;                  ///< seeds ids and fault choices: runs are reproducible
};

/// Juspay's customer API over an in-memory store. Thread-safe.
class service {
public:
    explicit service(settings s) : settings_(std::move(s)), rng_(settings_.seed)
    {
        // The credentials a client of this library sends with this key.
        juspay::config const cfg{"http://127.0.0.1", settings_.api_key, settings_.merchant_id};
        if (auto const r = juspay::build_request(cfg, juspay::list_customer_accounts{"x"}))
            expected_auth_ = std::string(r->header_value("Authorization"));
    }

    /// Answers one request. Never throws on bad input: a bad request gets a 4xx.
    response handle(request const& req)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        response res = route(req);
        res.version(req.version());
        res.keep_alive(req.keep_alive());
        res.prepare_payload();
        return res;
    }

    /// The documented 401 body.
    static std::string unauthorized_body()
    {
        return R"({"status":"error","error_code":"access_denied","error_info":{"user_message":"Unauthorized.",)"
               R"("request_id":"b2e0fd33-7655-4778-83a8-5179ed21b0b7","href":"NA","developer_message":)"
               R"("Invalid API Key. Please pass a valid and active api key.","code":"UNAUTHORIZED","category":"USER_ERROR"}})";
    }

    /// The documented 403 BAD_ORIGIN body.
    static std::string bad_origin_body()
    {
        return R"({"error":true,"error_message":"Internal Server error.","user_message":"Bad Origin.",)"
               R"("error_info":{"code":"BAD_ORIGIN","category":"USER_ERROR","user_message":"Bad Origin.",)"
               R"("developer_message":"IP Verification Failed"}})";
    }

    /// A JSON response with `status` and `body`.
    static response json_response(http::status status, std::string body)
    {
        response res{status, 11};
        res.set(http::field::content_type, "application/json");
        res.body() = std::move(body);
        return res;
    }

private:
    using form = std::vector<std::pair<std::string, std::string>>;

    struct stored_customer {
        juspay::customer value;
    };

    struct stored_account {
        std::string customer_id; // Juspay id of the owner
        juspay::customer_account value;
    };

    response route(request const& req)
    {
        if (expected_auth_.empty() || req[http::field::authorization] != expected_auth_)
            return json_response(http::status::unauthorized, unauthorized_body());

        auto const target = boost::urls::parse_origin_form(req.target());
        if (!target)
            return not_found_endpoint();
        std::vector<std::string> seg;
        for (auto s : target->segments())
            seg.push_back(s);
        bool const get = req.method() == http::verb::get;
        bool const post = req.method() == http::verb::post;
        if (seg.empty() || seg[0] != "customers" || (!get && !post))
            return not_found_endpoint();

        form body;
        if (post && !parse_form(req.body(), body))
            return invalid_input("body", "Invalid request params");

        if (seg.size() == 1 && post)
            return create_customer(req, body);
        if (seg.size() == 2 && get)
            return get_customer(req, seg[1], target->params().find("options.get_client_auth_token") != target->params().end());
        if (seg.size() == 2 && post)
            return update_customer(req, seg[1], body);
        if (seg.size() == 3 && seg[2] == "accounts" && post)
            return create_accounts(req, seg[1], body);
        if (seg.size() == 4 && seg[2] == "customer-accounts" && seg[3] == "list" && get)
            return list_accounts(req, seg[1]);
        if (seg.size() == 4 && seg[2] == "customer-accounts" && get)
            return get_account(req, seg[1], seg[3]);
        if (seg.size() == 4 && seg[2] == "customer-accounts" && post)
            return delete_account(req, seg[1], seg[3], body);
        if (seg.size() == 5 && seg[2] == "customer-accounts" && seg[4] == "validate" && post)
            return validate_account(req, seg[1], seg[3], body);
        return not_found_endpoint();
    }

    // --- customers ---------------------------------------------------------------------------

    response create_customer(request const& req, form const& body)
    {
        if (auto bad = check_headers(req, true, true))
            return std::move(*bad);
        juspay::create_customer op;
        op.object_reference_id = value_of(body, "object_reference_id").value_or("");
        op.mobile_number = value_of(body, "mobile_number").value_or("");
        op.email_address = value_of(body, "email_address");
        op.first_name = value_of(body, "first_name");
        op.last_name = value_of(body, "last_name");
        op.mobile_country_code = value_of(body, "mobile_country_code");
        op.get_client_auth_token = value_of(body, "options.get_client_auth_token") == std::optional<std::string>("true");
        if (auto bad = check_fields(op))
            return std::move(*bad);
        if (by_reference_.count(op.object_reference_id))
            return json_response(http::status::bad_request, unique_body());

        juspay::customer c;
        c.id = new_id("cst_");
        c.object = "customer";
        c.object_reference_id = op.object_reference_id;
        c.mobile_number = op.mobile_number;
        c.mobile_country_code = op.mobile_country_code;
        c.email_address = op.email_address;
        c.first_name = op.first_name;
        c.last_name = op.last_name;
        c.date_created = c.last_updated = now();
        customers_[c.id] = stored_customer{c};
        by_reference_[c.object_reference_id] = c.id;
        return customer_response(c, op.get_client_auth_token);
    }

    response get_customer(request const& req, std::string const& id, bool token)
    {
        if (auto bad = check_headers(req, true, false))
            return std::move(*bad);
        auto* c = find_customer(id);
        if (!c)
            return object_not_found("customer");
        return customer_response(c->value, token);
    }

    response update_customer(request const& req, std::string const& id, form const& body)
    {
        if (auto bad = check_headers(req, true, false))
            return std::move(*bad);
        auto* c = find_customer(id);
        if (!c)
            return object_not_found("customer");
        juspay::update_customer op;
        op.customer_id = c->value.id;
        op.mobile_number = value_of(body, "mobile_number");
        op.email_address = value_of(body, "email_address");
        op.first_name = value_of(body, "first_name");
        op.last_name = value_of(body, "last_name");
        op.mobile_country_code = value_of(body, "mobile_country_code");
        if (auto bad = check_fields(op))
            return std::move(*bad);
        auto& v = c->value;
        if (op.mobile_number)
            v.mobile_number = op.mobile_number;
        if (op.email_address)
            v.email_address = op.email_address;
        if (op.first_name)
            v.first_name = op.first_name;
        if (op.last_name)
            v.last_name = op.last_name;
        if (op.mobile_country_code)
            v.mobile_country_code = op.mobile_country_code;
        v.last_updated = now();
        return customer_response(v, false);
    }

    response customer_response(juspay::customer c, bool token)
    {
        if (token) {
            juspay::client_auth auth;
            auth.client_auth_token = new_id("tkn_");
            auth.client_auth_token_expiry = stamp(std::chrono::system_clock::now() + std::chrono::minutes(15));
            c.juspay = std::move(auth);
        }
        return json_response(http::status::ok, boost::json::serialize(boost::json::value_from(c)));
    }

    // --- customer accounts -------------------------------------------------------------------

    response create_accounts(request const& req, std::string const& id, form const& body)
    {
        if (auto bad = check_headers(req, false, true))
            return std::move(*bad);
        auto* c = find_customer(id);
        if (!c)
            return object_not_found("customer");
        juspay::create_customer_account op;
        op.customer_id = c->value.id;
        op.bank_code = value_of(body, "bank_code").value_or("");
        op.gateway_id = value_of(body, "gateway_id");
        op.gateway_reference_id = value_of(body, "gateway_reference_id");
        bool const validate = value_of(body, "command") == std::optional<std::string>("validate");
        auto const details_text = value_of(body, "account_details");
        if (!details_text)
            return mandatory_missing("account_details");
        boost::json::error_code ec;
        auto const details = boost::json::parse(*details_text, ec);
        if (ec || !details.is_object())
            return invalid_input("account_details", "Invalid value.");
        if (!read_inputs(details.get_object(), op))
            return invalid_input("account_details", "Invalid value.");
        if (auto bad = check_fields(op))
            return std::move(*bad);

        boost::json::array out;
        auto add = [&](juspay::account_details d) {
            juspay::customer_account a;
            a.object = "customer_account";
            a.customer_account_id = new_id("banh_");
            a.customer_id = c->value.id;
            a.date_created = now();
            a.account_details = std::move(d);
            a.validation_amount = juspay::money::from_text("1");
            a.currency = "INR";
            a.validation_status = juspay::account_validation_status::created;
            a.validation_status_text = "CREATED";
            a.last_validated = a.date_created;
            if (a.upi())
                a.customer_account_type = "UPI";
            if (validate)
                validate_in_place(a);
            out.push_back(boost::json::value_from(a));
            std::string id = a.customer_account_id; // C++17 evaluates the right of '=' first
            accounts_[std::move(id)] = stored_account{c->value.id, std::move(a)};
        };
        for (auto const& b : op.bank_accounts)
            add(juspay::bank_account_details{b.account, b.name, b.ifsc, std::string("12"), std::string("EMULATED BANK"), {}});
        for (auto const& u : op.upi_accounts)
            add(juspay::upi_account_details{u.vpa, {}});
        return json_response(http::status::ok, boost::json::serialize(out));
    }

    response validate_account(request const& req, std::string const& id, std::string const& account_id, form const& body)
    {
        if (auto bad = check_headers(req, false, true))
            return std::move(*bad);
        auto* a = find_account(id, account_id);
        if (!a)
            return object_not_found("customer account");
        if (auto amount = value_of(body, "validation_amount")) {
            auto const minor = juspay::parse_minor_units(*amount);
            if (!minor || *minor <= 0)
                return invalid_input("validation_amount", "Invalid value.");
            a->value.validation_amount = juspay::money::from_text(*amount);
        }
        validate_in_place(a->value);
        return account_response(a->value);
    }

    response get_account(request const& req, std::string const& id, std::string const& account_id)
    {
        if (auto bad = check_headers(req, false, true))
            return std::move(*bad);
        auto* a = find_account(id, account_id);
        if (!a)
            return object_not_found("customer account");
        return account_response(a->value);
    }

    response list_accounts(request const& req, std::string const& id)
    {
        if (auto bad = check_headers(req, false, true))
            return std::move(*bad);
        auto* c = find_customer(id);
        if (!c)
            return object_not_found("customer");
        boost::json::array list;
        for (auto const& [aid, a] : accounts_)
            if (a.customer_id == c->value.id)
                list.push_back(boost::json::value_from(a.value));
        boost::json::object o;
        o["object"] = "list";
        auto const n = list.size();
        o["list"] = std::move(list);
        o["count"] = n;
        o["offset"] = 0;
        o["total"] = n;
        return json_response(http::status::ok, boost::json::serialize(o));
    }

    response delete_account(request const& req, std::string const& id, std::string const& account_id, form const& body)
    {
        if (auto bad = check_headers(req, false, true))
            return std::move(*bad);
        if (value_of(body, "command") != std::optional<std::string>("delete"))
            return mandatory_missing("command");
        auto* a = find_account(id, account_id);
        if (!a)
            return object_not_found("customer account");
        std::string const deleted = a->value.customer_account_id;
        accounts_.erase(deleted);
        boost::json::object o{{"customer_account_id", deleted}, {"status", "DELETED"}};
        return json_response(http::status::ok, boost::json::serialize(o));
    }

    response account_response(juspay::customer_account const& a)
    {
        return json_response(http::status::ok, boost::json::serialize(boost::json::value_from(a)));
    }

    // Account numbers ending in 0000 fail validation: a documented way to test FAILURE.
    void validate_in_place(juspay::customer_account& a)
    {
        bool const fails = a.bank() && a.bank()->account.size() >= 4 &&
                           a.bank()->account.compare(a.bank()->account.size() - 4, 4, "0000") == 0;
        a.validation_status = fails ? juspay::account_validation_status::failure : juspay::account_validation_status::active;
        a.validation_status_text = std::string(juspay::to_string(a.validation_status));
        a.last_validated = now();
        if (a.bank() && !a.customer_account_type)
            a.customer_account_type = "SAVINGS";
    }

    static bool read_inputs(boost::json::object const& details, juspay::create_customer_account& op)
    {
        auto text = [](boost::json::object const& o, char const* key) -> std::string {
            auto const* v = o.if_contains(key);
            return v && v->is_string() ? std::string(v->get_string()) : std::string();
        };
        for (auto const& [key, value] : details) {
            if (!value.is_array())
                return false;
            for (auto const& item : value.get_array()) {
                if (!item.is_object())
                    return false;
                if (key == "bank_account")
                    op.bank_accounts.push_back({text(item.get_object(), "ifsc"), text(item.get_object(), "account"),
                                                text(item.get_object(), "name")});
                else if (key == "upi")
                    op.upi_accounts.push_back({text(item.get_object(), "vpa")});
                else
                    return false;
            }
        }
        return true;
    }

    // --- checks and errors -------------------------------------------------------------------

    std::optional<response> check_headers(request const& req, bool merchant, bool routing)
    {
        if (merchant && req["x-merchantid"] != settings_.merchant_id)
            return invalid_input("x-merchantid", "Invalid value.");
        if (routing && req["x-routing-id"].empty())
            return mandatory_missing("x-routing-id");
        return std::nullopt;
    }

    // The documented field rules are the library's own: validate the operation as a client
    // would, and answer Juspay's way.
    template <class Op>
    std::optional<response> check_fields(Op const& op)
    {
        juspay::config const cfg{"http://127.0.0.1", settings_.api_key, settings_.merchant_id};
        juspay::call_options opts;
        opts.routing_id = "emulator";
        auto const r = juspay::build_request(cfg, op, opts);
        if (r)
            return std::nullopt;
        // result::error() returns a copy: keep it, rather than a reference into a temporary.
        juspay::error const e = r.error();
        auto const& f = e.fields.front();
        if (e.code == juspay::errc::missing_field && f.field_name == "mobile_number")
            return mandatory_missing(f.field_name);
        return invalid_input(f.field_name, "Invalid value.");
    }

    static response invalid_input(std::string const& field, std::string const& reason)
    {
        boost::json::object o{
            {"error_message", "Wrong value in " + field},
            {"status", "Invalid Request"},
            {"error_code", "Invalid Request"},
            {"error_info",
             {{"user_message", "Invalid request params. Please verify your input."},
              {"fields", boost::json::array{boost::json::object{{"field_name", field}, {"reason", reason}}}},
              {"developer_message", "Invalid request params"},
              {"code", "INVALID_INPUT"},
              {"category", "USER_ERROR"}}}};
        return json_response(http::status::bad_request, boost::json::serialize(o));
    }

    static response mandatory_missing(std::string const& field)
    {
        boost::json::object o{{"status", "Bad Request"},
                              {"error_code", "Mandatory fields are missing"},
                              {"error_message", field + " is mandatory field."}};
        return json_response(http::status::bad_request, boost::json::serialize(o));
    }

    static std::string unique_body()
    {
        return R"({"error_message":"Customer with given object reference id already exist for your account.",)"
               R"("status":"invalid_request_error","error_code":"unique","error_info":{"user_message":"Already exists.",)"
               R"("developer_message":"Customer account with given object reference already exists.",)"
               R"("code":"ALREADY_EXISTS","category":"USER_ERROR"}})";
    }

    static response object_not_found(std::string const& what)
    {
        boost::json::object o{{"error_message", "Cannot find what you are looking for"},
                              {"status", "invalid_request_error"},
                              {"error_code", "object_not_found"},
                              {"error_info",
                               {{"user_message", "Cannot process your request as " + what + " not found."},
                                {"developer_message", "Customer account not found."},
                                {"code", "RESOURCE_NOT_FOUND"},
                                {"category", "USER_ERROR"}}}};
        return json_response(http::status::not_found, boost::json::serialize(o));
    }

    static response not_found_endpoint()
    {
        response res{http::status::not_found, 11};
        return res;
    }

    // --- store and helpers -------------------------------------------------------------------

    stored_customer* find_customer(std::string const& id)
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

    stored_account* find_account(std::string const& customer, std::string const& account_id)
    {
        auto const* c = find_customer(customer);
        auto it = accounts_.find(account_id);
        if (!c || it == accounts_.end() || it->second.customer_id != c->value.id)
            return nullptr;
        return &it->second;
    }

    static bool parse_form(std::string const& body, form& out)
    {
        if (body.empty())
            return true;
        // Checked first, so the constructor below cannot throw. (Boost 1.81's shared library
        // lacks the params_view(params_view, encoding_opts) constructor; this one is there.)
        if (!boost::urls::parse_query(body))
            return false;
        boost::urls::encoding_opts opt;
        opt.space_as_plus = true;
        for (auto const& p : boost::urls::params_view(body, opt))
            out.emplace_back(p.key, p.value);
        return true;
    }

    static std::optional<std::string> value_of(form const& f, std::string_view key)
    {
        for (auto const& [k, v] : f)
            if (k == key)
                return v;
        return std::nullopt;
    }

    std::string new_id(char const* prefix)
    {
        static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
        std::string id = prefix;
        for (int i = 0; i < 16; ++i)
            id += alphabet[rng_() % 36];
        return id;
    }

    static juspay::timestamp stamp(std::chrono::system_clock::time_point t)
    {
        auto const ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
        std::time_t const secs = static_cast<std::time_t>(ns / 1'000'000'000);
        std::tm tm{};
        gmtime_r(&secs, &tm);
        char buf[64];
        std::size_t n = std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
        n += static_cast<std::size_t>(std::snprintf(buf + n, sizeof buf - n, ".%09lldZ", static_cast<long long>(ns % 1'000'000'000)));
        return juspay::timestamp::from_text(std::string_view(buf, n));
    }

    static juspay::timestamp now() { return stamp(std::chrono::system_clock::now()); }

    settings settings_;
    std::string expected_auth_;
    std::mutex mutex_;
    std::mt19937_64 rng_;
    std::map<std::string, stored_customer> customers_;     // by Juspay id
    std::map<std::string, std::string> by_reference_;      // object_reference_id -> Juspay id
    std::map<std::string, stored_account> accounts_;
};

} // namespace juspay_emulator

#endif
