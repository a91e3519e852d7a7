// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_CUSTOMER_ACCOUNT_HPP
#define JUSPAY_IMPL_CUSTOMER_ACCOUNT_HPP

#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/rules.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/serializer.hpp>

#include <charconv>

namespace juspay {
namespace detail {

// "[3].account_details" for the fourth element of an array answer, "account_details" otherwise.
inline std::string at_path(std::string_view prefix, std::string_view field)
{
    std::string s(prefix);
    s.append(field.data(), field.size());
    return s;
}

inline bool read_bank_details(boost::json::object const& o, bank_account_details& out, shape_error& err,
                              std::string_view prefix)
{
    for (auto const& kv : o) {
        std::string_view const k = kv.key();
        auto const& v = kv.value();
        std::optional<std::string> text;
        bool ok = true;
        if (k == "account") {
            ok = read_digits_text(v, text); // account numbers are digits: tolerate a JSON number
            out.account = text.value_or(std::string());
        } else if (k == "name") {
            ok = read_string(v, text);
            out.name = text.value_or(std::string());
        } else if (k == "ifsc") {
            ok = read_string(v, text);
            out.ifsc = text.value_or(std::string());
        } else if (k == "juspay_bank_code") {
            ok = read_digits_text(v, out.juspay_bank_code);
        } else if (k == "bank_name") {
            ok = read_string(v, out.bank_name);
        } else {
            out.unknown_fields.emplace(k, v);
        }
        if (!ok)
            return wrong_type(err, at_path(prefix, "account_details." + std::string(k)), "a string", v);
    }
    if (out.account.empty())
        return shape_fail(err, at_path(prefix, "account_details.account"), "is missing or empty");
    return true;
}

inline bool read_upi_details(boost::json::object const& o, upi_account_details& out, shape_error& err,
                             std::string_view prefix)
{
    for (auto const& kv : o) {
        std::string_view const k = kv.key();
        if (k == "vpa") {
            if (!read_string(kv.value(), out.vpa))
                return wrong_type(err, at_path(prefix, "account_details.vpa"), "a string", kv.value());
        } else {
            out.unknown_fields.emplace(k, kv.value());
        }
    }
    if (out.vpa.empty())
        return shape_fail(err, at_path(prefix, "account_details.vpa"), "is empty");
    return true;
}

inline bool read_account_details(boost::json::value const& v, account_details& out, shape_error& err,
                                 std::string_view prefix)
{
    auto const* o = v.if_object();
    if (!o)
        return wrong_type(err, at_path(prefix, "account_details"), "an object", v);
    bool const upi = o->contains("vpa");
    bool const bank = o->contains("account") || o->contains("ifsc") || o->contains("name") ||
                      o->contains("juspay_bank_code") || o->contains("bank_name");
    if (upi && bank)
        return shape_fail(err, at_path(prefix, "account_details"), "has both bank account and UPI (vpa) keys");
    if (upi)
        return read_upi_details(*o, out.emplace<upi_account_details>(), err, prefix);
    if (bank)
        return read_bank_details(*o, out.emplace<bank_account_details>(), err, prefix);
    return shape_fail(err, at_path(prefix, "account_details"), "has neither bank account (account, ifsc) nor UPI (vpa) keys");
}

// Exact by construction from parse_response (the parser keeps this number's text); a double
// can only come from a caller's own DOM through try_value_to, and is then written in its
// shortest round-trip form.
inline bool read_money(boost::json::value const& v, std::optional<money>& out)
{
    switch (v.kind()) {
    case boost::json::kind::null: out.reset(); return true;
    case boost::json::kind::string: out = money::from_text(view(v.get_string())); return true;
    case boost::json::kind::int64: out = money::from_text(std::to_string(v.get_int64())); return true;
    case boost::json::kind::uint64: out = money::from_text(std::to_string(v.get_uint64())); return true;
    case boost::json::kind::double_: {
        char buf[32];
        auto const res = std::to_chars(buf, buf + sizeof buf, v.get_double());
        out = money::from_text(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)));
        return true;
    }
    default: return false;
    }
}

inline account_validation_status validation_status_from(std::string_view s) noexcept
{
    if (s == "CREATED")
        return account_validation_status::created;
    if (s == "ACTIVE")
        return account_validation_status::active;
    if (s == "PENDING")
        return account_validation_status::pending;
    if (s == "FAILURE")
        return account_validation_status::failure;
    return account_validation_status::unknown;
}

inline bool read_customer_account(boost::json::value const& v, customer_account& out, shape_error& err,
                                  std::string_view prefix = {})
{
    auto const* o = v.if_object();
    if (!o)
        return wrong_type(err, prefix.empty() ? std::string() : std::string(prefix.substr(0, prefix.size() - 1)),
                          "a customer account object", v);
    bool have_details = false;
    for (auto const& kv : *o) {
        std::string_view const k = kv.key();
        auto const& fv = kv.value();
        bool ok = true;
        char const* expected = "a string";
        if (k == "object") {
            ok = fv.is_null() || read_string(fv, out.object);
        } else if (k == "customer_account_id") {
            ok = read_string(fv, out.customer_account_id);
        } else if (k == "customer_id") {
            ok = fv.is_null() || read_string(fv, out.customer_id);
        } else if (k == "date_created") {
            read_timestamp(fv, out.date_created);
        } else if (k == "last_validated") {
            read_timestamp(fv, out.last_validated);
        } else if (k == "account_details") {
            if (!read_account_details(fv, out.account_details, err, prefix))
                return false;
            have_details = true;
        } else if (k == "validation_amount") {
            ok = read_money(fv, out.validation_amount);
            expected = "a decimal number or string";
        } else if (k == "currency") {
            ok = read_string(fv, out.currency);
        } else if (k == "validation_status") {
            ok = fv.is_null() || read_string(fv, out.validation_status_text);
            out.validation_status = validation_status_from(out.validation_status_text);
        } else if (k == "customer_account_type") {
            ok = read_string(fv, out.customer_account_type);
        } else {
            out.unknown_fields.emplace(k, fv);
        }
        if (!ok)
            return wrong_type(err, at_path(prefix, k), expected, fv);
    }
    if (out.customer_account_id.empty())
        return shape_fail(err, at_path(prefix, "customer_account_id"), "is missing or empty");
    if (!have_details)
        return shape_fail(err, at_path(prefix, "account_details"), "is missing");
    return true;
}

inline bool read_customer_accounts(boost::json::array const& a, std::vector<customer_account>& out, shape_error& err)
{
    out.resize(a.size());
    std::string prefix;
    for (std::size_t i = 0; i < a.size(); ++i) {
        prefix = "[" + std::to_string(i) + "].";
        if (!read_customer_account(a[i], out[i], err, prefix))
            return false;
    }
    return true;
}

// Builds account_details as compact JSON with Boost.JSON, so names with quotes, backslashes,
// newlines or any script are escaped correctly.
inline void write_account_details(create_customer_account const& op, form_writer& form)
{
    alignas(std::max_align_t) unsigned char buffer[2048];
    boost::json::monotonic_resource arena(buffer, sizeof buffer);
    boost::json::object details(&arena);
    if (!op.bank_accounts.empty()) {
        auto& list = details.emplace("bank_account", boost::json::array(&arena)).first->value().get_array();
        list.reserve(op.bank_accounts.size());
        for (auto const& b : op.bank_accounts) {
            boost::json::object& item = list.emplace_back(boost::json::object(&arena)).get_object();
            item.reserve(3);
            item.emplace("ifsc", b.ifsc);
            item.emplace("account", b.account);
            item.emplace("name", b.name);
        }
    }
    if (!op.upi_accounts.empty()) {
        auto& list = details.emplace("upi", boost::json::array(&arena)).first->value().get_array();
        list.reserve(op.upi_accounts.size());
        for (auto const& u : op.upi_accounts)
            list.emplace_back(boost::json::object({{"vpa", u.vpa}}, &arena));
    }
    boost::json::value const jv(std::move(details));
    boost::json::serializer sr;
    sr.reset(&jv);
    std::string text;
    char chunk[512];
    while (!sr.done()) {
        auto const part = sr.read(chunk, sizeof chunk);
        text.append(part.data(), part.size());
    }
    form.add_owned("account_details", std::move(text));
}

// What the account operations share: no x-merchantid requirement, routing by customer_id.
template <class Op>
struct account_operation_traits {
    static constexpr bool needs_merchant_id = false;
    static constexpr std::string_view routing_field = "customer_id";
    static std::string_view routing_id(Op const& op) noexcept { return op.customer_id; }
};

// The operations that address one account:
// /customers/{customer_id}/customer-accounts/{customer_account_id} and answer it.
template <class Op>
struct one_account_traits : account_operation_traits<Op> {
    static void check_structure(Op const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
        require_path_param(r, "customer_account_id", op.customer_account_id);
    }

    static void check_rules(Op const& op, refusal& r)
    {
        check_id(r, "customer_id", op.customer_id);
        check_id(r, "customer_account_id", op.customer_account_id);
    }

    static void append_target(Op const& op, std::string& url)
    {
        url += "/customers";
        append_path_segment(url, op.customer_id);
        url += "/customer-accounts";
        append_path_segment(url, op.customer_account_id);
    }

    static bool read_result(Op const&, boost::json::value const& v, customer_account& out, shape_error& err)
    {
        return read_customer_account(v, out, err);
    }
};

template <>
struct operation_traits<create_customer_account> : account_operation_traits<create_customer_account> {
    static constexpr http_method method = http_method::post;

    static void check_structure(create_customer_account const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
        if (op.bank_accounts.empty() && op.upi_accounts.empty())
            r.fail(errc::missing_field, "account_details", "needs at least one bank account or UPI id");
    }

    static void check_rules(create_customer_account const& op, refusal& r)
    {
        check_id(r, "customer_id", op.customer_id);
        check_required_text(r, "bank_code", op.bank_code);
        for (std::size_t i = 0; i < op.bank_accounts.size(); ++i) {
            std::string const base = "account_details.bank_account[" + std::to_string(i) + "].";
            check_ifsc(r, base + "ifsc", op.bank_accounts[i].ifsc);
            check_account_number(r, base + "account", op.bank_accounts[i].account);
            check_required_text(r, base + "name", op.bank_accounts[i].name);
        }
        for (std::size_t i = 0; i < op.upi_accounts.size(); ++i)
            check_vpa(r, "account_details.upi[" + std::to_string(i) + "].vpa", op.upi_accounts[i].vpa);
        if (check_not_empty_if_set(r, "gateway_id", op.gateway_id))
            check_text(r, "gateway_id", *op.gateway_id);
        if (check_not_empty_if_set(r, "gateway_reference_id", op.gateway_reference_id))
            check_text(r, "gateway_reference_id", *op.gateway_reference_id);
    }

    static void append_target(create_customer_account const& op, std::string& url)
    {
        url += "/customers";
        append_path_segment(url, op.customer_id);
        url += "/accounts";
    }

    static void write_body(create_customer_account const& op, form_writer& form)
    {
        form.add("bank_code", op.bank_code);
        write_account_details(op, form);
        form.add("customer_id", op.customer_id);
        form.add_if("gateway_id", op.gateway_id);
        form.add_if("gateway_reference_id", op.gateway_reference_id);
        if (op.validate)
            form.add("command", "validate");
    }

    static bool read_result(create_customer_account const&, boost::json::value const& v,
                            std::vector<customer_account>& out, shape_error& err)
    {
        auto const* a = v.if_array();
        if (!a)
            return wrong_type(err, "", "an array of customer accounts", v);
        return read_customer_accounts(*a, out, err);
    }
};

template <>
struct operation_traits<validate_customer_account> : one_account_traits<validate_customer_account> {
    static constexpr http_method method = http_method::post;

    static void check_rules(validate_customer_account const& op, refusal& r)
    {
        one_account_traits::check_rules(op, r);
        if (check_not_empty_if_set(r, "preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway))
            check_text(r, "preferred_ifsc_validation_gateway", *op.preferred_ifsc_validation_gateway);
        if (op.validation_amount)
            check_amount(r, "validation_amount", op.validation_amount->text);
    }

    static void append_target(validate_customer_account const& op, std::string& url)
    {
        one_account_traits::append_target(op, url);
        url += "/validate";
    }

    static void write_body(validate_customer_account const& op, form_writer& form)
    {
        form.add_if("preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway);
        if (op.validation_amount)
            form.add("validation_amount", op.validation_amount->text);
    }
};

template <>
struct operation_traits<get_customer_account> : one_account_traits<get_customer_account> {
    static constexpr http_method method = http_method::get;
};

template <>
struct operation_traits<list_customer_accounts> : account_operation_traits<list_customer_accounts> {
    static constexpr http_method method = http_method::get;

    static void check_structure(list_customer_accounts const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
    }

    static void check_rules(list_customer_accounts const& op, refusal& r) { check_id(r, "customer_id", op.customer_id); }

    static void append_target(list_customer_accounts const& op, std::string& url)
    {
        url += "/customers";
        append_path_segment(url, op.customer_id);
        url += "/customer-accounts/list";
    }

    static bool read_result(list_customer_accounts const&, boost::json::value const& v,
                            std::vector<customer_account>& out, shape_error& err)
    {
        if (auto const* a = v.if_array())
            return read_customer_accounts(*a, out, err);
        if (auto const* o = v.if_object()) {
            if (auto const* list = o->if_contains("list")) {
                if (auto const* a = list->if_array())
                    return read_customer_accounts(*a, out, err);
                return wrong_type(err, "list", "an array of customer accounts", *list);
            }
        }
        return wrong_type(err, "", "an array of customer accounts or {\"list\": [...]}", v);
    }
};

template <>
struct operation_traits<delete_customer_account> : one_account_traits<delete_customer_account> {
    static constexpr http_method method = http_method::post;

    static void write_body(delete_customer_account const&, form_writer& form) { form.add("command", "delete"); }

    // The key names are not published: accept both spellings of each, and fall back to the
    // id the request named, so a successful delete is never reported as a failure.
    static bool read_result(delete_customer_account const& op, boost::json::value const& v,
                            deleted_customer_account& out, shape_error& err)
    {
        auto const* o = v.if_object();
        if (!o)
            return wrong_type(err, "", "an object", v);
        for (auto const& kv : *o) {
            std::string_view const k = kv.key();
            auto const& fv = kv.value();
            if (k == "customer_account_id" || k == "id") {
                if (!read_string(fv, out.customer_account_id))
                    return wrong_type(err, k, "a string", fv);
            } else if (k == "status" || k == "customer_account_status") {
                if (!fv.is_null() && !read_string(fv, out.status))
                    return wrong_type(err, k, "a string", fv);
            } else {
                out.unknown_fields.emplace(k, fv);
            }
        }
        if (out.customer_account_id.empty())
            out.customer_account_id = op.customer_account_id;
        return true;
    }
};

} // namespace detail

inline boost::system::result<customer_account> tag_invoke(boost::json::try_value_to_tag<customer_account>,
                                                          boost::json::value const& jv)
{
    customer_account a;
    detail::shape_error err;
    if (!detail::read_customer_account(jv, a, err))
        return make_error_code(errc::unexpected_shape);
    return a;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, customer_account const& a)
{
    auto& o = jv.emplace_object();
    o.emplace("object", a.object);
    o.emplace("customer_account_id", a.customer_account_id);
    o.emplace("customer_id", a.customer_id);
    detail::put(o, "date_created", a.date_created);
    auto& details = o.emplace("account_details", boost::json::object()).first->value().get_object();
    if (auto const* b = a.bank()) {
        details.emplace("account", b->account);
        details.emplace("name", b->name);
        details.emplace("ifsc", b->ifsc);
        detail::put(details, "juspay_bank_code", b->juspay_bank_code);
        detail::put(details, "bank_name", b->bank_name);
        for (auto const& kv : b->unknown_fields)
            details.emplace(kv.key(), kv.value());
    } else if (auto const* u = a.upi()) {
        details.emplace("vpa", u->vpa);
        for (auto const& kv : u->unknown_fields)
            details.emplace(kv.key(), kv.value());
    }
    if (a.validation_amount)
        o.emplace("validation_amount", a.validation_amount->text);
    detail::put(o, "currency", a.currency);
    o.emplace("validation_status", a.validation_status_text);
    if (a.last_validated)
        o.emplace("last_validated", a.last_validated->text);
    else
        o.emplace("last_validated", nullptr);
    detail::put(o, "customer_account_type", a.customer_account_type);
    for (auto const& kv : a.unknown_fields)
        o.emplace(kv.key(), kv.value());
}

} // namespace juspay

#endif
