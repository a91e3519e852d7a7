// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_BENCHMARKS_BASELINES_HPP
#define JUSPAY_BENCHMARKS_BASELINES_HPP

// What a user would write instead of juspay-sansio, producing the same values:
//   - nlohmann::json parse + get into juspay::customer / customer_account (the typical choice)
//   - simdjson on-demand into the same structs (the state of the art)
//   - a request builder with std::ostringstream and per-character encoding
// Raw boost::json::parse (the floor of a DOM parse) needs no code of its own.
// tests/baselines.cpp checks that these agree with the library.

#include <juspay/juspay.hpp>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <cctype>
#include <iomanip>
#include <sstream>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace juspay_bench {

// --- nlohmann::json ------------------------------------------------------------------------

namespace nl {

inline void text(nlohmann::json const& j, char const* key, std::optional<std::string>& out)
{
    auto it = j.find(key);
    if (it != j.end() && it->is_string())
        out = it->get<std::string>();
}

inline void stamp(nlohmann::json const& j, char const* key, std::optional<juspay::timestamp>& out)
{
    auto it = j.find(key);
    if (it != j.end() && it->is_string())
        out = juspay::timestamp{it->get<std::string>()};
}

inline juspay::customer customer(std::string_view body)
{
    auto const j = nlohmann::json::parse(body);
    juspay::customer c;
    c.id = j.at("id").get<std::string>();
    c.object = j.value("object", "");
    c.object_reference_id = j.value("object_reference_id", "");
    text(j, "mobile_country_code", c.mobile_country_code);
    text(j, "mobile_number", c.mobile_number);
    text(j, "email_address", c.email_address);
    text(j, "first_name", c.first_name);
    text(j, "last_name", c.last_name);
    stamp(j, "date_created", c.date_created);
    stamp(j, "last_updated", c.last_updated);
    auto it = j.find("juspay");
    if (it != j.end() && it->is_object()) {
        c.juspay.emplace();
        c.juspay->client_auth_token = it->value("client_auth_token", "");
        stamp(*it, "client_auth_token_expiry", c.juspay->client_auth_token_expiry);
    }
    return c;
}

inline juspay::customer_account account(nlohmann::json const& j)
{
    juspay::customer_account a;
    a.object = j.value("object", "");
    a.customer_account_id = j.at("customer_account_id").get<std::string>();
    a.customer_id = j.value("customer_id", "");
    stamp(j, "date_created", a.date_created);
    stamp(j, "last_validated", a.last_validated);
    auto const& d = j.at("account_details");
    if (d.contains("vpa")) {
        a.account_details = juspay::upi_account_details{d.at("vpa").get<std::string>(), {}};
    } else {
        juspay::bank_account_details b;
        b.account = d.value("account", "");
        b.name = d.value("name", "");
        b.ifsc = d.value("ifsc", "");
        text(d, "juspay_bank_code", b.juspay_bank_code);
        text(d, "bank_name", b.bank_name);
        a.account_details = std::move(b);
    }
    // nlohmann keeps a number as a double or an integer, not as its text: 1.0 comes back as 1.
    auto amount = j.find("validation_amount");
    if (amount != j.end()) {
        if (amount->is_string())
            a.validation_amount = juspay::money::from_text(amount->get<std::string>());
        else if (amount->is_number_integer())
            a.validation_amount = juspay::money::from_text(std::to_string(amount->get<long long>()));
        else if (amount->is_number_float()) {
            char buf[32];
            auto res = std::to_chars(buf, buf + sizeof buf, amount->get<double>());
            a.validation_amount = juspay::money::from_text(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
        }
    }
    text(j, "currency", a.currency);
    a.validation_status_text = j.value("validation_status", "");
    a.validation_status = a.validation_status_text == "CREATED"  ? juspay::account_validation_status::created
                          : a.validation_status_text == "ACTIVE" ? juspay::account_validation_status::active
                          : a.validation_status_text == "PENDING" ? juspay::account_validation_status::pending
                          : a.validation_status_text == "FAILURE" ? juspay::account_validation_status::failure
                                                                  : juspay::account_validation_status::unknown;
    text(j, "customer_account_type", a.customer_account_type);
    return a;
}

inline juspay::customer_account account(std::string_view body) { return account(nlohmann::json::parse(body)); }

inline std::vector<juspay::customer_account> accounts(std::string_view body)
{
    std::vector<juspay::customer_account> out;
    for (auto const& j : nlohmann::json::parse(body))
        out.push_back(account(j));
    return out;
}

} // namespace nl

// --- simdjson on-demand --------------------------------------------------------------------

namespace sj {

using simdjson::ondemand::value;

inline std::string str(value v) { return std::string(std::string_view(v.get_string())); }

inline std::optional<std::string> opt_str(value v)
{
    if (v.is_null())
        return std::nullopt;
    return str(v);
}

inline std::optional<juspay::timestamp> opt_stamp(value v)
{
    if (v.is_null())
        return std::nullopt;
    return juspay::timestamp{std::string(std::string_view(v.get_string()))};
}

inline juspay::customer customer(simdjson::ondemand::parser& parser, std::string_view body)
{
    simdjson::padded_string const json(body); // on-demand needs padding after the text
    auto doc = parser.iterate(json);
    juspay::customer c;
    for (auto field : doc.get_object()) {
        std::string_view const k = field.unescaped_key();
        value v = field.value();
        if (k == "id")
            c.id = str(v);
        else if (k == "object")
            c.object = str(v);
        else if (k == "object_reference_id")
            c.object_reference_id = str(v);
        else if (k == "mobile_country_code")
            c.mobile_country_code = opt_str(v);
        else if (k == "mobile_number")
            c.mobile_number = opt_str(v);
        else if (k == "email_address")
            c.email_address = opt_str(v);
        else if (k == "first_name")
            c.first_name = opt_str(v);
        else if (k == "last_name")
            c.last_name = opt_str(v);
        else if (k == "date_created")
            c.date_created = opt_stamp(v);
        else if (k == "last_updated")
            c.last_updated = opt_stamp(v);
        else if (k == "juspay" && !v.is_null()) {
            c.juspay.emplace();
            for (auto f : v.get_object()) {
                std::string_view const jk = f.unescaped_key();
                if (jk == "client_auth_token")
                    c.juspay->client_auth_token = str(f.value());
                else if (jk == "client_auth_token_expiry")
                    c.juspay->client_auth_token_expiry = opt_stamp(f.value());
            }
        }
    }
    return c;
}

inline juspay::customer_account account(simdjson::ondemand::object obj)
{
    juspay::customer_account a;
    for (auto field : obj) {
        std::string_view const k = field.unescaped_key();
        value v = field.value();
        if (k == "object")
            a.object = str(v);
        else if (k == "customer_account_id")
            a.customer_account_id = str(v);
        else if (k == "customer_id")
            a.customer_id = str(v);
        else if (k == "date_created")
            a.date_created = opt_stamp(v);
        else if (k == "last_validated")
            a.last_validated = opt_stamp(v);
        else if (k == "account_details") {
            juspay::bank_account_details b;
            std::optional<std::string> vpa;
            for (auto f : v.get_object()) {
                std::string_view const dk = f.unescaped_key();
                if (dk == "vpa")
                    vpa = str(f.value());
                else if (dk == "account")
                    b.account = str(f.value());
                else if (dk == "name")
                    b.name = str(f.value());
                else if (dk == "ifsc")
                    b.ifsc = str(f.value());
                else if (dk == "juspay_bank_code")
                    b.juspay_bank_code = str(f.value());
                else if (dk == "bank_name")
                    b.bank_name = str(f.value());
            }
            if (vpa)
                a.account_details = juspay::upi_account_details{std::move(*vpa), {}};
            else
                a.account_details = std::move(b);
        } else if (k == "validation_amount") {
            if (v.type() == simdjson::ondemand::json_type::string) {
                a.validation_amount = juspay::money::from_text(std::string_view(v.get_string()));
            } else {
                // The number's own text, as juspay-sansio keeps it.
                std::string_view raw = v.raw_json_token();
                while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
                    raw.remove_suffix(1);
                a.validation_amount = juspay::money::from_text(raw);
            }
        } else if (k == "currency")
            a.currency = opt_str(v);
        else if (k == "validation_status") {
            a.validation_status_text = str(v);
            a.validation_status = a.validation_status_text == "CREATED"  ? juspay::account_validation_status::created
                                  : a.validation_status_text == "ACTIVE" ? juspay::account_validation_status::active
                                  : a.validation_status_text == "PENDING" ? juspay::account_validation_status::pending
                                  : a.validation_status_text == "FAILURE" ? juspay::account_validation_status::failure
                                                                          : juspay::account_validation_status::unknown;
        } else if (k == "customer_account_type")
            a.customer_account_type = opt_str(v);
    }
    return a;
}

inline juspay::customer_account account(simdjson::ondemand::parser& parser, std::string_view body)
{
    simdjson::padded_string const json(body);
    auto doc = parser.iterate(json);
    return account(doc.get_object());
}

inline std::vector<juspay::customer_account> accounts(simdjson::ondemand::parser& parser, std::string_view body)
{
    simdjson::padded_string const json(body);
    auto doc = parser.iterate(json);
    std::vector<juspay::customer_account> out;
    for (auto element : doc.get_array())
        out.push_back(account(element.get_object()));
    return out;
}

} // namespace sj

// --- a naive request builder -----------------------------------------------------------------

namespace naive {

inline std::string encode(std::string const& s)
{
    std::ostringstream os;
    for (char c : s) {
        unsigned char const u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~')
            os << c;
        else if (c == ' ')
            os << '+';
        else
            os << '%' << std::uppercase << std::hex << std::setw(2) << std::setfill('0') << static_cast<int>(u);
    }
    return os.str();
}

inline std::string base64(std::string const& in)
{
    static char const table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::ostringstream os;
    for (std::size_t i = 0; i < in.size(); i += 3) {
        unsigned v = static_cast<unsigned char>(in[i]) << 16;
        if (i + 1 < in.size())
            v |= static_cast<unsigned char>(in[i + 1]) << 8;
        if (i + 2 < in.size())
            v |= static_cast<unsigned char>(in[i + 2]);
        os << table[(v >> 18) & 63] << table[(v >> 12) & 63] << (i + 1 < in.size() ? table[(v >> 6) & 63] : '=')
           << (i + 2 < in.size() ? table[v & 63] : '=');
    }
    return os.str();
}

// What a first attempt would hold: owned strings for everything, and the HTTP/1.1 message
// printed with an ostringstream, as the library's one buffer holds it.
struct request {
    juspay::http_method method = juspay::http_method::get;
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::string http1;
};

inline request create_customer(juspay::config const& cfg, juspay::create_customer const& op,
                               juspay::call_options const& opts)
{
    request r;
    r.method = juspay::http_method::post;
    std::ostringstream url;
    url << cfg.base_url << "/customers";
    r.url = url.str();
    r.headers.push_back({"Authorization", "Basic " + base64(cfg.api_key + ":")});
    r.headers.push_back({"x-merchantid", cfg.merchant_id});
    r.headers.push_back({"x-routing-id", opts.routing_id});
    r.headers.push_back({"Content-Type", "application/x-www-form-urlencoded"});
    r.headers.push_back({"Accept", "application/json"});
    r.headers.push_back({"User-Agent", juspay::user_agent});
    std::ostringstream body;
    body << "object_reference_id=" << encode(op.object_reference_id) << "&mobile_number=" << encode(op.mobile_number);
    if (op.email_address)
        body << "&email_address=" << encode(*op.email_address);
    if (op.first_name)
        body << "&first_name=" << encode(*op.first_name);
    if (op.last_name)
        body << "&last_name=" << encode(*op.last_name);
    if (op.mobile_country_code)
        body << "&mobile_country_code=" << encode(*op.mobile_country_code);
    if (op.get_client_auth_token)
        body << "&options.get_client_auth_token=true";
    r.body = body.str();
    std::ostringstream http1;
    std::string const host = cfg.base_url.substr(cfg.base_url.find("://") + 3);
    http1 << "POST /customers HTTP/1.1\r\nHost: " << host << "\r\n";
    for (auto const& h : r.headers)
        http1 << h.first << ": " << h.second << "\r\n";
    http1 << "Content-Length: " << r.body.size() << "\r\n\r\n" << r.body;
    r.http1 = http1.str();
    return r;
}

} // namespace naive

} // namespace juspay_bench

#endif
