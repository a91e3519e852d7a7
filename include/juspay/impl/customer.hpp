// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_CUSTOMER_HPP
#define JUSPAY_IMPL_CUSTOMER_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/detail/describe.hpp>
#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/mapper.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/rules.hpp>

#include <type_traits>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// The members of a customer and of its `juspay` object, in Juspay's order (the writer's).
template <>
struct description<client_auth> {
    static constexpr auto fields = members_of(
        // The object exists only to carry the token; without one it would be a silent failure.
        member("client_auth_token", &client_auth::client_auth_token, wire::text_strict, required),
        member("client_auth_token_expiry", &client_auth::client_auth_token_expiry, wire::stamp));
    static constexpr std::size_t derived = 0;
    static constexpr std::size_t custom_depth = 0;
};

template <>
struct description<customer> {
    static constexpr auto fields = members_of(
        member("id", &customer::id, wire::text_strict, required),
        member("object", &customer::object, wire::text),
        member("object_reference_id", &customer::object_reference_id, wire::digits),
        member("mobile_country_code", &customer::mobile_country_code, wire::opt_digits),
        member("mobile_number", &customer::mobile_number, wire::opt_digits),
        member("email_address", &customer::email_address, wire::opt_text),
        member("first_name", &customer::first_name, wire::opt_text),
        member("last_name", &customer::last_name, wire::opt_text),
        member("date_created", &customer::date_created, wire::stamp),
        member("last_updated", &customer::last_updated, wire::stamp),
        member("juspay", &customer::juspay, wire::nested));
    static constexpr std::size_t derived = 0;
    static constexpr std::size_t custom_depth = 0;
};

class client_auth_map final : public object_map {
public:
    explicit client_auth_map(std::optional<client_auth>& slot) noexcept : slot_(slot) {}

    void begin() override { slot_.emplace(); }

    void member(std::string_view k, target& out) override
    {
        find_target(*slot_, k, [](std::size_t) { return skip_target(); }, out); // nothing nests
    }

    bool finish(shape_error& err) override { return check_required(*slot_, path, err); }

private:
    std::optional<client_auth>& slot_;
};

class customer_map final : public object_map {
public:
    customer_map(customer& c, bool token_asked) noexcept : c_(c), juspay_(c.juspay), token_asked_(token_asked) {}

    void member(std::string_view k, target& out) override
    {
        // `juspay` is the one nested member.
        find_target(c_, k, [this](std::size_t) { return object_target(&juspay_, true, "an object"); }, out);
    }

    bool finish(shape_error& err) override
    {
        if (!check_required(c_, path, err))
            return false;
        // A caller who asked for a token reads customer.juspay->client_auth_token next.
        if (token_asked_ && !c_.juspay)
            return shape_fail(err, path + "juspay", "is missing although a client auth token was asked for");
        return true;
    }

private:
    customer& c_;
    client_auth_map juspay_;
    bool token_asked_;
};

// Reads a customer object into `out`.
class customer_reader {
public:
    static constexpr std::size_t depth = detail::depth<customer>();

    // `token_asked`: the call asked for a client auth token, so the answer must carry `juspay`.
    customer_reader(customer& out, bool token_asked) noexcept : map_(out, token_asked) {}
    // A bare customer object (try_value_to): `juspay` is optional.
    explicit customer_reader(customer& out) noexcept : map_(out, false) {}
    target root() noexcept { return object_target(&map_, false, "a customer object"); }

private:
    customer_map map_;
};

// The optional fields create and update both carry, added in the documented order; their
// classes, from the form's scan, are what check_contact_fields needs.
struct contact_classes {
    unsigned email_address, first_name, last_name, mobile_country_code;
};

template <class Op>
contact_classes add_contact_fields(Op const& op, form_writer& form)
{
    contact_classes k{};
    k.email_address = form.add_if("email_address", op.email_address);
    k.first_name = form.add_if("first_name", op.first_name);
    k.last_name = form.add_if("last_name", op.last_name);
    k.mobile_country_code = form.add_if("mobile_country_code", op.mobile_country_code);
    return k;
}

// Rules shared by create and update, for the optional fields both carry.
template <class Op>
void check_contact_fields(Op const& op, contact_classes const& k, refusal& r)
{
    bool const country_code = check_not_empty_if_set(r, "mobile_country_code", op.mobile_country_code);
    if (country_code)
        check_mobile_country_code(r, *op.mobile_country_code, k.mobile_country_code);
    if (check_not_empty_if_set(r, "email_address", op.email_address))
        check_email_address(r, *op.email_address, k.email_address);
    if (check_not_empty_if_set(r, "first_name", op.first_name))
        check_name(r, "first_name", *op.first_name, k.first_name);
    if (check_not_empty_if_set(r, "last_name", op.last_name))
        check_name(r, "last_name", *op.last_name, k.last_name);
}

// What the customer operations share: Juspay requires x-merchantid, and all answer a customer
// (their retry advice is in customer.hpp).
template <class Op>
struct customer_operation_traits {
    static constexpr bool needs_merchant_id = true;

    static customer_reader reader(Op const& op, customer& out) noexcept
    {
        if constexpr (std::is_same_v<Op, update_customer>)
            return customer_reader(out, false);
        else
            return customer_reader(out, op.get_client_auth_token);
    }
};

template <>
struct operation_traits<create_customer> : customer_operation_traits<create_customer> {
    static constexpr http_method method = http_method::post;
    // Always required: Juspay de-duplicates a create by it, which is what makes a create safe
    // to send again (retry_advice::retry); an empty one would make that advice wrong.
    static void check_structure(create_customer const& op, refusal& r)
    {
        if (op.object_reference_id.empty())
            r.fail(errc::missing_field, "object_reference_id", "is required (Juspay de-duplicates a create by it)");
    }

    static void target(create_customer const&, target_writer& t) { t.literal("/customers"); }

    static void write_body(create_customer const& op, form_writer& form, refusal* rules)
    {
        unsigned const reference = form.add("object_reference_id", op.object_reference_id);
        unsigned const mobile = form.add("mobile_number", op.mobile_number);
        contact_classes const contact = add_contact_fields(op, form);
        if (op.get_client_auth_token)
            form.add("options.get_client_auth_token", "true");
        if (!rules)
            return;
        refusal& r = *rules;
        if (!op.object_reference_id.empty()) // empty: refused by check_structure already
            check_object_reference_id(r, op.object_reference_id, reference);
        if (op.mobile_number.empty())
            r.fail(errc::missing_field, "mobile_number", "is required");
        else
            check_mobile_number(r, op.mobile_number, op.mobile_country_code.has_value(), mobile);
        check_contact_fields(op, contact, r);
    }
};

template <>
struct operation_traits<get_customer> : customer_operation_traits<get_customer> {
    static constexpr http_method method = http_method::get;
    static void check_structure(get_customer const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
    }

    static void check_rules(get_customer const& op, refusal& r) { check_id(r, "customer_id", op.customer_id); }

    static void target(get_customer const& op, target_writer& t)
    {
        t.literal("/customers");
        t.segment(op.customer_id);
        if (op.get_client_auth_token)
            t.literal("?options.get_client_auth_token=true");
    }
};

template <>
struct operation_traits<update_customer> : customer_operation_traits<update_customer> {
    static constexpr http_method method = http_method::post;
    static void check_structure(update_customer const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
        if (!op.mobile_number && !op.email_address && !op.first_name && !op.last_name && !op.mobile_country_code)
            r.fail(errc::missing_field, "update_customer", "sets no field to update");
    }

    static void target(update_customer const& op, target_writer& t)
    {
        t.literal("/customers");
        t.segment(op.customer_id);
    }

    static void write_body(update_customer const& op, form_writer& form, refusal* rules)
    {
        unsigned const mobile = form.add_if("mobile_number", op.mobile_number);
        contact_classes const contact = add_contact_fields(op, form);
        if (!rules)
            return;
        refusal& r = *rules;
        check_id(r, "customer_id", op.customer_id);
        if (check_not_empty_if_set(r, "mobile_number", op.mobile_number))
            check_mobile_number(r, *op.mobile_number, op.mobile_country_code.has_value(), mobile);
        check_contact_fields(op, contact, r);
    }
};

} // namespace detail

template <class T, std::enable_if_t<std::is_same_v<T, customer>, int>>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv)
{
    return detail::map_dom<customer, detail::customer_reader>(jv);
}

template <class T, std::enable_if_t<std::is_same_v<T, customer>, int>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& c)
{
    detail::write_described(jv.emplace_object(), c);
}

JUSPAY_NAMESPACE_END

#endif
