// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_VALIDATE_HPP
#define JUSPAY_IMPL_VALIDATE_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/text.hpp>

#include <string>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

struct gateway_row {
    std::string_view name;
    bool mobile;
    bool email;
};

// Juspay's Create Customer page, "List of gateways which requires email address or phone
// number of the customer", in the page's order.
inline constexpr gateway_row gateway_table[] = {
    {"RAZORPAY", true, true},      {"EASEBUZZ", true, true},    {"PAYU", true, true},
    {"BILLDESK", true, false},     {"CASHFREE", true, true},    {"TPSL", true, true},
    {"OLAAPP", true, true},        {"PAYTM", true, true},       {"SIMPL", true, true},
    {"PAYPAL", false, true},       {"HSBC UPI", true, false},   {"LAZYPAY", true, false},
    {"LOANTAP", true, false},      {"PAYFORT", false, true},    {"CYBERSOURCE", true, true},
    {"FREECHARGEWALLET", false, true}, {"MORPHEUS", true, true}, {"ZAAKPAY", true, true},
    {"AUTHORIZEDOTNET", false, true}, {"BHARATX", true, false}, {"GOKWIK", true, false},
    {"GPAYIMF", false, true},      {"HYPERPAY", false, true},   {"HYPERPG", true, false},
    {"IFG", false, true},          {"LYRA", true, true},        {"M2P", true, true},
    {"ONEPAY", true, true},        {"PAYMOB", true, true},      {"SHOPSE", true, false},
    {"TAPPAY", true, true},
};

inline bool same_gateway_name(std::string_view table_name, std::string_view given) noexcept
{
    if (table_name.size() != given.size())
        return false;
    for (std::size_t i = 0; i < given.size(); ++i) {
        char const g = given[i] == '_' ? ' ' : ascii_lower(given[i]);
        if (g != ascii_lower(table_name[i]))
            return false;
    }
    return true;
}

} // namespace detail

JUSPAY_DECL std::optional<gateway_requirements> gateway_customer_requirements(std::string_view gateway) noexcept
{
    for (auto const& row : detail::gateway_table)
        if (detail::same_gateway_name(row.name, gateway))
            return gateway_requirements{row.mobile, row.email};
    return std::nullopt;
}

JUSPAY_DECL result<void> check_gateway_requirements(create_customer const& op, std::string_view gateway)
{
    auto const needs = gateway_customer_requirements(gateway);
    if (!needs)
        return {};
    detail::refusal r;
    std::string const why = "is required by the gateway";
    if (needs->mobile_number && op.mobile_number.empty())
        r.fail(errc::missing_field, "mobile_number", why);
    if (needs->email_address && (!op.email_address || op.email_address->empty()))
        r.fail(errc::missing_field, "email_address", why);
    if (r.empty())
        return {};
    return std::move(r).to_error();
}

JUSPAY_NAMESPACE_END

#endif
