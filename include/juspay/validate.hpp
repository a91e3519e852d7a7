// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_VALIDATE_HPP
#define JUSPAY_VALIDATE_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/customer.hpp>
#include <juspay/error.hpp>

#include <optional>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN

/// Which customer fields a payment gateway needs, from the gateway table on Juspay's
/// Create Customer page.
struct gateway_requirements {
    bool mobile_number = false; ///< the gateway needs the customer's mobile number
    bool email_address = false; ///< the gateway needs the customer's e-mail address
};

/// What `gateway` needs (its name as in Juspay's table, e.g. "PAYU", "HSBC UPI"; ASCII case
/// and '_' for ' ' do not matter). Empty for a gateway the table does not list: Juspay
/// documents no customer-field need for it.
std::optional<gateway_requirements> gateway_customer_requirements(std::string_view gateway) noexcept;

/// Checks that `op` carries what `gateway` needs before the customer is created: a
/// `missing_field` error naming each absent field, or success (also for unlisted gateways).
result<void> check_gateway_requirements(create_customer const& op, std::string_view gateway);

JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/validate.hpp>
#endif

#endif
