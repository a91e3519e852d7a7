// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_CUSTOMER_HPP
#define JUSPAY_IMPL_CUSTOMER_HPP

#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/rules.hpp>

namespace juspay {
namespace detail {

inline bool read_client_auth(boost::json::value const& v, client_auth& out, shape_error& err)
{
    auto const* o = v.if_object();
    if (!o)
        return wrong_type(err, "juspay", "an object", v);
    bool have_token = false;
    for (auto const& kv : *o) {
        std::string_view const k = kv.key();
        auto const& fv = kv.value();
        if (k == "client_auth_token") {
            if (!read_string(fv, out.client_auth_token))
                return wrong_type(err, "juspay.client_auth_token", "a string", fv);
            have_token = !out.client_auth_token.empty();
        } else if (k == "client_auth_token_expiry") {
            read_timestamp(fv, out.client_auth_token_expiry);
        } else {
            out.unknown_fields.emplace(k, fv);
        }
    }
    // The object exists only to carry the token; without one it would be a silent failure.
    if (!have_token)
        return shape_fail(err, "juspay.client_auth_token", "is missing or empty");
    return true;
}

inline bool read_customer(boost::json::value const& v, customer& out, shape_error& err)
{
    auto const* o = v.if_object();
    if (!o)
        return wrong_type(err, "", "a customer object", v);
    for (auto const& kv : *o) {
        std::string_view const k = kv.key();
        auto const& fv = kv.value();
        if (k == "id") {
            if (!read_string(fv, out.id))
                return wrong_type(err, "id", "a string", fv);
        } else if (k == "object") {
            if (!fv.is_null() && !read_string(fv, out.object))
                return wrong_type(err, "object", "a string", fv);
        } else if (k == "object_reference_id") {
            std::optional<std::string> s;
            if (!read_digits_text(fv, s))
                return wrong_type(err, "object_reference_id", "a string", fv);
            out.object_reference_id = s.value_or(std::string());
        } else if (k == "mobile_country_code") {
            if (!read_digits_text(fv, out.mobile_country_code))
                return wrong_type(err, "mobile_country_code", "a string", fv);
        } else if (k == "mobile_number") {
            if (!read_digits_text(fv, out.mobile_number))
                return wrong_type(err, "mobile_number", "a string", fv);
        } else if (k == "email_address") {
            if (!read_string(fv, out.email_address))
                return wrong_type(err, "email_address", "a string", fv);
        } else if (k == "first_name") {
            if (!read_string(fv, out.first_name))
                return wrong_type(err, "first_name", "a string", fv);
        } else if (k == "last_name") {
            if (!read_string(fv, out.last_name))
                return wrong_type(err, "last_name", "a string", fv);
        } else if (k == "date_created") {
            read_timestamp(fv, out.date_created);
        } else if (k == "last_updated") {
            read_timestamp(fv, out.last_updated);
        } else if (k == "juspay") {
            if (!fv.is_null() && !read_client_auth(fv, out.juspay.emplace(), err))
                return false;
        } else {
            out.unknown_fields.emplace(k, fv);
        }
    }
    if (out.id.empty())
        return shape_fail(err, "id", "is missing or empty");
    return true;
}

// Rules shared by create and update, for the optional fields both carry.
template <class Op>
void check_contact_fields(Op const& op, refusal& r)
{
    bool const country_code = check_not_empty_if_set(r, "mobile_country_code", op.mobile_country_code);
    if (country_code)
        check_mobile_country_code(r, *op.mobile_country_code);
    if (check_not_empty_if_set(r, "email_address", op.email_address))
        check_email_address(r, *op.email_address);
    if (check_not_empty_if_set(r, "first_name", op.first_name))
        check_name(r, "first_name", *op.first_name);
    if (check_not_empty_if_set(r, "last_name", op.last_name))
        check_name(r, "last_name", *op.last_name);
}

// What the customer operations share: Juspay requires x-merchantid, and all answer a customer.
template <class Op>
struct customer_operation_traits {
    static constexpr bool needs_merchant_id = true;

    static bool read_result(Op const&, boost::json::value const& v, customer& out, shape_error& err)
    {
        return read_customer(v, out, err);
    }
};

template <>
struct operation_traits<create_customer> : customer_operation_traits<create_customer> {
    static constexpr http_method method = http_method::post;
    static constexpr std::string_view routing_field = "object_reference_id";

    static std::string_view routing_id(create_customer const& op) noexcept { return op.object_reference_id; }

    static void check_structure(create_customer const&, refusal&) noexcept {}

    static void check_rules(create_customer const& op, refusal& r)
    {
        check_object_reference_id(r, op.object_reference_id);
        if (op.mobile_number.empty())
            r.fail(errc::missing_field, "mobile_number", "is required");
        else
            check_mobile_number(r, op.mobile_number, op.mobile_country_code.has_value());
        check_contact_fields(op, r);
    }

    static void append_target(create_customer const&, std::string& url) { url += "/customers"; }

    static void write_body(create_customer const& op, form_writer& form)
    {
        form.add("object_reference_id", op.object_reference_id);
        form.add("mobile_number", op.mobile_number);
        form.add_if("email_address", op.email_address);
        form.add_if("first_name", op.first_name);
        form.add_if("last_name", op.last_name);
        form.add_if("mobile_country_code", op.mobile_country_code);
        if (op.get_client_auth_token)
            form.add("options.get_client_auth_token", "true");
    }
};

template <>
struct operation_traits<get_customer> : customer_operation_traits<get_customer> {
    static constexpr http_method method = http_method::get;
    static constexpr std::string_view routing_field = "customer_id";

    static std::string_view routing_id(get_customer const& op) noexcept { return op.customer_id; }

    static void check_structure(get_customer const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
    }

    static void check_rules(get_customer const& op, refusal& r) { check_id(r, "customer_id", op.customer_id); }

    static void append_target(get_customer const& op, std::string& url)
    {
        url += "/customers";
        append_path_segment(url, op.customer_id);
        if (op.get_client_auth_token)
            url += "?options.get_client_auth_token=true";
    }
};

template <>
struct operation_traits<update_customer> : customer_operation_traits<update_customer> {
    static constexpr http_method method = http_method::post;
    static constexpr std::string_view routing_field = "customer_id";

    static std::string_view routing_id(update_customer const& op) noexcept { return op.customer_id; }

    static void check_structure(update_customer const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
        if (!op.mobile_number && !op.email_address && !op.first_name && !op.last_name && !op.mobile_country_code)
            r.fail(errc::missing_field, "update_customer", "sets no field to update");
    }

    static void check_rules(update_customer const& op, refusal& r)
    {
        check_id(r, "customer_id", op.customer_id);
        if (check_not_empty_if_set(r, "mobile_number", op.mobile_number))
            check_mobile_number(r, *op.mobile_number, op.mobile_country_code.has_value());
        check_contact_fields(op, r);
    }

    static void append_target(update_customer const& op, std::string& url)
    {
        url += "/customers";
        append_path_segment(url, op.customer_id);
    }

    static void write_body(update_customer const& op, form_writer& form)
    {
        form.add_if("mobile_number", op.mobile_number);
        form.add_if("email_address", op.email_address);
        form.add_if("first_name", op.first_name);
        form.add_if("last_name", op.last_name);
        form.add_if("mobile_country_code", op.mobile_country_code);
    }
};

} // namespace detail

inline boost::system::result<customer> tag_invoke(boost::json::try_value_to_tag<customer>, boost::json::value const& jv)
{
    customer c;
    detail::shape_error err;
    if (!detail::read_customer(jv, c, err))
        return make_error_code(errc::unexpected_shape);
    return c;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, customer const& c)
{
    auto& o = jv.emplace_object();
    o.emplace("id", c.id);
    o.emplace("object", c.object);
    o.emplace("object_reference_id", c.object_reference_id);
    detail::put(o, "mobile_country_code", c.mobile_country_code);
    detail::put(o, "mobile_number", c.mobile_number);
    detail::put(o, "email_address", c.email_address);
    detail::put(o, "first_name", c.first_name);
    detail::put(o, "last_name", c.last_name);
    detail::put(o, "date_created", c.date_created);
    detail::put(o, "last_updated", c.last_updated);
    if (c.juspay) {
        auto& j = o.emplace("juspay", boost::json::object()).first->value().as_object();
        j.emplace("client_auth_token", c.juspay->client_auth_token);
        detail::put(j, "client_auth_token_expiry", c.juspay->client_auth_token_expiry);
        for (auto const& kv : c.juspay->unknown_fields)
            j.emplace(kv.key(), kv.value());
    }
    for (auto const& kv : c.unknown_fields)
        o.emplace(kv.key(), kv.value());
}

} // namespace juspay

#endif
