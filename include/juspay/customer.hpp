// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_CUSTOMER_HPP
#define JUSPAY_CUSTOMER_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/http.hpp>
#include <juspay/timestamp.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <optional>
#include <string>
#include <type_traits>

JUSPAY_NAMESPACE_BEGIN

/// The `juspay` member of a customer: present only when `get_client_auth_token` was asked.
struct client_auth {
    std::string client_auth_token;                   ///< for the Express Checkout SDK; lives 15 minutes
    std::optional<timestamp> client_auth_token_expiry; ///< when the token stops working
    boost::json::object unknown_fields;              ///< members this struct does not model
};

/// A customer object as Juspay returns it. Field names are Juspay's wire names.
struct customer {
    std::string id;                                 ///< Juspay's id, `cst_…`; always present
    std::string object;                             ///< "customer"
    std::string object_reference_id;                ///< the merchant's own customer id
    std::optional<std::string> mobile_country_code; ///< e.g. "91"
    std::optional<std::string> mobile_number;       ///< without the country code
    std::optional<std::string> email_address;       ///< the customer's e-mail address
    std::optional<std::string> first_name;          ///< the customer's first name
    std::optional<std::string> last_name;           ///< the customer's last name
    std::optional<timestamp> date_created;          ///< when the customer was created
    std::optional<timestamp> last_updated;          ///< when the customer last changed
    std::optional<client_auth> juspay;              ///< only when a client auth token was asked for
    boost::json::object unknown_fields;             ///< every member this struct does not model
};

/// Create Customer: `POST /customers`. The default routing id is `object_reference_id`.
/// Validation applies Juspay's documented rules: `object_reference_id` at least 8
/// characters, `mobile_number` digits (a leading `+` only with a country code),
/// `mobile_country_code` digits, the e-mail and name character sets.
struct create_customer {
    using result_type = customer; ///< what `parse_response` returns

    std::string object_reference_id;                ///< required; unique per merchant, >= 8 characters
    std::string mobile_number;                      ///< required
    std::optional<std::string> email_address;       ///< needed by some gateways (see validate.hpp)
    std::optional<std::string> first_name;          ///< letters, digits, spaces and ( ) . - _
    std::optional<std::string> last_name;           ///< letters, digits, spaces and ( ) . - _
    std::optional<std::string> mobile_country_code; ///< digits, without '+'
    bool get_client_auth_token = false;             ///< ask for `customer::juspay` (SDK integrations)
};

/// Get Customer: `GET /customers/{customer_id}`. The default routing id is `customer_id`.
struct get_customer {
    using result_type = customer; ///< what `parse_response` returns

    std::string customer_id;            ///< Juspay's `cst_…` id or the merchant's object_reference_id
    bool get_client_auth_token = false; ///< adds `?options.get_client_auth_token=true`
};

/// Update Customer: `POST /customers/{customer_id}` with the fields that are set (at least
/// one). The default routing id is `customer_id`. Field rules as for `create_customer`.
struct update_customer {
    using result_type = customer; ///< what `parse_response` returns

    std::string customer_id;                        ///< Juspay's `cst_…` id or object_reference_id
    std::optional<std::string> mobile_number;       ///< new mobile number
    std::optional<std::string> email_address;       ///< new e-mail address
    std::optional<std::string> first_name;          ///< new first name
    std::optional<std::string> last_name;           ///< new last name
    std::optional<std::string> mobile_country_code; ///< new country code, digits only
};

/// Boost.JSON conversion from a customer object (`boost::json::try_value_to<customer>`);
/// fails with `errc::unexpected_shape` when `jv` is not one. (The conversions are templates,
/// `T` being `customer`, only so that a translation unit compiles them where it converts
/// rather than wherever it includes this header.)
template <class T, std::enable_if_t<std::is_same_v<T, customer>, int> = 0>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv);

/// Boost.JSON conversion to a customer object (`boost::json::value_from`), documented
/// members in Juspay's order, then `unknown_fields`.
template <class T, std::enable_if_t<std::is_same_v<T, customer>, int> = 0>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& c);

namespace detail {
// All three are safe to send again when the answer was lost: reads and updates change nothing
// twice, and Juspay de-duplicates a create by object_reference_id (answering `unique`).
template <>
struct unanswered_advice<create_customer> : std::integral_constant<retry_advice, retry_advice::retry> {};
template <>
struct unanswered_advice<get_customer> : std::integral_constant<retry_advice, retry_advice::retry> {};
template <>
struct unanswered_advice<update_customer> : std::integral_constant<retry_advice, retry_advice::retry> {};
} // namespace detail

#ifdef JUSPAY_SANSIO_SEPARATE_COMPILATION
JUSPAY_EXTERN_CONVERSIONS(customer)
JUSPAY_EXTERN_OPERATION(create_customer)
JUSPAY_EXTERN_OPERATION(get_customer)
JUSPAY_EXTERN_OPERATION(update_customer)
#endif

JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/customer.hpp>
#endif

#endif
