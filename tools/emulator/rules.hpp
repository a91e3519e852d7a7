// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_RULES_HPP
#define JUSPAY_EMULATOR_RULES_HPP

// The emulator's own table of Juspay's documented field rules, read from Juspay's Create
// Customer, Create Customer Account and Validate Customer Account pages (see
// ../shared/juspay-api.md, "Documented field rules"). It is deliberately written apart from
// juspay-sansio's client-side checks: where the two must agree, a test says so from outside.
//
// What a violation answers, as Juspay's pages show it:
//   - a required field that is absent -> 400 "Mandatory fields are missing"
//     ("<field> is mandatory field.")
//   - a field that is sent but empty or breaks its rule -> 400 INVALID_INPUT
//     ("Wrong value in <field>", fields[{field_name, reason "Invalid value."}])
// Only what the pages state is enforced. Where they are silent (a mobile number's length, an
// IFSC's format) the emulator accepts: it must never refuse what Juspay would take.

#include "text.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace juspay_emulator {

struct violation {
    enum kind_type { missing, invalid } kind;
    std::string field;
};

// A check sees the value and the whole form (mobile_number's '+' depends on the country code).
using field_check = bool (*)(std::string_view value, form const& all);

struct field_rule {
    std::string_view name;
    bool required;
    field_check check;
};

namespace rules {

// Every value: text a JSON answer can carry (UTF-8, no control characters), not empty. Juspay's
// error table shows an empty object_reference_id and mobile_number answered "Wrong value".
inline bool text(std::string_view v, form const&) { return !v.empty() && is_utf8(v) && !has_control(v); }

// "It should be atleast 8 characters and must be unique."
inline bool object_reference_id(std::string_view v, form const& f) { return text(v, f) && utf8_length(v) >= 8; }

// "We accept '+' only at prefix of the mobile number when country code passed"; the listed
// special characters are refused; "pass only the 10 digit number" (India) while other regions'
// samples have 8 digits: digits only, no length enforced.
inline bool mobile_number(std::string_view v, form const& f)
{
    if (!v.empty() && v.front() == '+') {
        auto const cc = form_value(f, "mobile_country_code");
        if (!cc || cc->empty())
            return false;
        v.remove_prefix(1);
    }
    if (v.empty())
        return false;
    for (char c : v)
        if (!is_digit(c))
            return false;
    return true;
}

// "Pass the country code without + prefix"; "alphanumeric value ... will throw Bad Request".
inline bool mobile_country_code(std::string_view v, form const&)
{
    if (v.empty())
        return false;
    for (char c : v)
        if (!is_digit(c))
            return false;
    return true;
}

// "alphanumeric characters and the following special characters: !#$%&'*+-/=?^_.{|}~`@";
// "_ and . cannot appear at the beginning or end of the local part ... (before and after the
// @ symbol)": read as neither side of the '@' may begin or end with them.
inline bool email_address(std::string_view v, form const&)
{
    static constexpr std::string_view specials = "!#$%&'*+-/=?^_.{|}~`";
    auto const at = v.find('@');
    if (at == std::string_view::npos || v.find('@', at + 1) != std::string_view::npos)
        return false;
    for (std::string_view part : {v.substr(0, at), v.substr(at + 1)}) {
        if (part.empty())
            return false;
        for (char c : part)
            if (!is_digit(c) && !is_alpha(c) && specials.find(c) == std::string_view::npos)
                return false;
        auto const edge = [](char c) { return c == '_' || c == '.'; };
        if (edge(part.front()) || edge(part.back()))
            return false;
    }
    return true;
}

// "We will throw Bad Request error when the following special characters are used:
// +!<>?;:@%`&*$^{}/\,=" -- that list is what Juspay refuses; other text is taken.
inline bool name(std::string_view v, form const& f)
{
    static constexpr std::string_view refused = "+!<>?;:@%`&*$^{}/\\,=";
    if (!text(v, f))
        return false;
    for (char c : v)
        if (refused.find(c) != std::string_view::npos)
            return false;
    return true;
}

// "options.get_client_auth_token: Boolean", sent as true or false.
inline bool boolean(std::string_view v, form const&) { return v == "true" || v == "false"; }

inline bool command_validate(std::string_view v, form const&) { return v == "validate"; }
inline bool command_delete(std::string_view v, form const&) { return v == "delete"; }

// "Predefined amount to verify the bank account details. Default amount: 1 INR": a plain
// decimal amount of rupees, at most two decimals (paise), more than zero.
inline bool amount(std::string_view v, form const&)
{
    auto const dot = v.find('.');
    std::string_view const whole = v.substr(0, dot);
    std::string_view const frac = dot == std::string_view::npos ? std::string_view() : v.substr(dot + 1);
    if (whole.empty() || (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)))
        return false;
    bool nonzero = false;
    for (std::string_view part : {whole, frac})
        for (char c : part) {
            if (!is_digit(c))
                return false;
            nonzero = nonzero || c != '0';
        }
    return nonzero;
}

// One bank account or UPI id from account_details.
struct account_input {
    bool upi = false;
    std::string vpa;                      // UPI
    std::string account, ifsc;            // bank account
    std::optional<std::string> name;      // bank account holder, as sent
};

// account_details: a JSON text, {"bank_account":[{ifsc, account, name}...], "upi":[{vpa}...]},
// either array or both; "individual customer account IDs will be created for each account".
inline std::optional<std::vector<account_input>> account_details_of(std::string_view v)
{
    boost::json::error_code ec;
    auto const doc = boost::json::parse(v, ec);
    if (ec || !doc.is_object())
        return std::nullopt;
    auto const str = [](boost::json::object const& o, char const* key) -> std::optional<std::string> {
        auto const* m = o.if_contains(key);
        if (!m || !m->is_string() || m->get_string().empty() || has_control(m->get_string()))
            return std::nullopt;
        return std::string(m->get_string());
    };
    std::vector<account_input> out;
    for (auto const& [key, list] : doc.get_object()) {
        if ((key != "bank_account" && key != "upi") || !list.is_array())
            return std::nullopt;
        for (auto const& item : list.get_array()) {
            if (!item.is_object())
                return std::nullopt;
            auto const& o = item.get_object();
            account_input in;
            if (key == "upi") {
                auto vpa = str(o, "vpa");
                // A VPA is handle@provider (NPCI); the page states nothing finer.
                if (!vpa || vpa->find('@') == 0 || vpa->find('@') == std::string::npos || vpa->back() == '@')
                    return std::nullopt;
                in.upi = true;
                in.vpa = std::move(*vpa);
            } else {
                auto account = str(o, "account");
                auto ifsc = str(o, "ifsc");
                if (!account || !ifsc)
                    return std::nullopt;
                in.account = std::move(*account);
                in.ifsc = std::move(*ifsc);
                if (auto const* n = o.if_contains("name")) {
                    if (!n->is_string() || has_control(n->get_string()))
                        return std::nullopt;
                    in.name = std::string(n->get_string());
                }
            }
            out.push_back(std::move(in));
        }
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

inline bool account_details(std::string_view v, form const&) { return account_details_of(v).has_value(); }

} // namespace rules

// The tables: form fields of each operation in the order of Juspay's pages.
inline std::vector<field_rule> const& create_customer_rules()
{
    static std::vector<field_rule> const t = {
        {"object_reference_id", true, rules::object_reference_id},
        {"mobile_number", true, rules::mobile_number},
        {"email_address", false, rules::email_address},
        {"first_name", false, rules::name},
        {"last_name", false, rules::name},
        {"mobile_country_code", false, rules::mobile_country_code},
        {"options.get_client_auth_token", false, rules::boolean},
    };
    return t;
}

inline std::vector<field_rule> const& update_customer_rules()
{
    static std::vector<field_rule> const t = {
        {"mobile_number", false, rules::mobile_number},
        {"email_address", false, rules::email_address},
        {"first_name", false, rules::name},
        {"last_name", false, rules::name},
        {"mobile_country_code", false, rules::mobile_country_code},
    };
    return t;
}

inline std::vector<field_rule> const& create_account_rules()
{
    static std::vector<field_rule> const t = {
        {"bank_code", true, rules::text},
        {"account_details", true, rules::account_details},
        {"customer_id", false, rules::text},
        {"gateway_id", false, rules::text},
        {"gateway_reference_id", false, rules::text},
        {"command", false, rules::command_validate},
    };
    return t;
}

inline std::vector<field_rule> const& validate_account_rules()
{
    static std::vector<field_rule> const t = {
        {"preferred_ifsc_validation_gateway", false, rules::text},
        {"validation_amount", false, rules::amount},
    };
    return t;
}

inline std::vector<field_rule> const& delete_account_rules()
{
    static std::vector<field_rule> const t = {
        {"command", true, rules::command_delete},
    };
    return t;
}

// The first violation in table order, as Juspay names one field per answer.
inline std::optional<violation> check(std::vector<field_rule> const& table, form const& f)
{
    for (auto const& rule : table) {
        auto const v = form_value(f, rule.name);
        if (!v) {
            if (rule.required)
                return violation{violation::missing, std::string(rule.name)};
            continue;
        }
        if (!rule.check(*v, f))
            return violation{violation::invalid, std::string(rule.name)};
    }
    return std::nullopt;
}

} // namespace juspay_emulator

#endif
