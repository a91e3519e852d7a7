// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_CUSTOMER_ACCOUNT_HPP
#define JUSPAY_CUSTOMER_ACCOUNT_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/http.hpp>
#include <juspay/money.hpp>
#include <juspay/timestamp.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/system/result.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

JUSPAY_NAMESPACE_BEGIN

/// The details of a bank account, as Juspay returns them.
struct bank_account_details {
    std::string account;                         ///< the account number
    std::string name;                            ///< the beneficiary name
    std::string ifsc;                            ///< the branch's IFSC code
    std::optional<std::string> juspay_bank_code; ///< Juspay's code for the bank, e.g. "12"
    std::optional<std::string> bank_name;        ///< e.g. "SBI"
    boost::json::object unknown_fields;          ///< members this struct does not model
};

/// The details of a UPI account, as Juspay returns them.
struct upi_account_details {
    std::string vpa;                    ///< the virtual payment address, `handle@provider`
    boost::json::object unknown_fields; ///< members this struct does not model
};

/// A customer account is either a bank account or a UPI account, never both.
using account_details = std::variant<bank_account_details, upi_account_details>;

/// `validation_status` of a customer account.
enum class account_validation_status {
    unknown, ///< a value this library does not know (the text is in `validation_status_text`)
    created, ///< "CREATED": created, not yet validated
    active,  ///< "ACTIVE": validated successfully at the gateway
    pending, ///< "PENDING": waiting for the penny-drop transaction's status
    failure  ///< "FAILURE": the validation failed
};

/// A customer account (bank account or UPI id) as Juspay returns it.
struct customer_account {
    std::string object;                                 ///< "customer_account"
    std::string customer_account_id;                    ///< Juspay's id, `banh_…`; always present
    std::string customer_id;                            ///< the customer it belongs to
    std::optional<timestamp> date_created;              ///< when it was created
    std::optional<timestamp> last_validated;            ///< last validation; null until validated
    juspay::account_details account_details;            ///< bank or UPI details
    std::optional<money> validation_amount;             ///< the penny-drop amount, exact
    std::optional<std::string> currency;                ///< currency of `validation_amount`, e.g. "INR"
    account_validation_status validation_status = account_validation_status::unknown; ///< parsed status
    std::string validation_status_text;                 ///< the status exactly as sent
    std::optional<std::string> customer_account_type;   ///< e.g. "UPI", "SAVINGS"; not always sent
    boost::json::object unknown_fields;                 ///< every member this struct does not model

    /// The bank details, or null when this is a UPI account.
    bank_account_details const* bank() const noexcept { return std::get_if<bank_account_details>(&account_details); }
    /// The UPI details, or null when this is a bank account.
    upi_account_details const* upi() const noexcept { return std::get_if<upi_account_details>(&account_details); }
};

/// What Delete Customer Account answers.
struct deleted_customer_account {
    std::string customer_account_id;    ///< `customer_account_id` or `id`; the request's id if neither
    std::string status;                 ///< `status` or `customer_account_status`, e.g. "DELETED"
    boost::json::object unknown_fields; ///< every member this struct does not model
};

/// One bank account to attach to a customer.
struct bank_account_input {
    std::string ifsc;    ///< 11 characters: 4 letters, '0', 6 letters or digits (upper case)
    std::string account; ///< 9 to 18 digits
    std::string name;    ///< the account holder's name
};

/// One UPI id to attach to a customer.
struct upi_input {
    std::string vpa; ///< `handle@provider`, e.g. "9164326296@upi"
};

/// Create Customer Account: `POST /customers/{customer_id}/accounts`. One account is created
/// for each element of `bank_accounts` and `upi_accounts` (at least one in all). The body is
/// `bank_code`, `account_details` (compact JSON), `customer_id`, `gateway_id`,
/// `gateway_reference_id`, then `command=validate` when `validate` is set. That last parameter
/// (create and validate in one call) is inferred from Juspay's older bank-accounts API; the
/// Create-with-Validate page gives the path but not the body.
struct create_customer_account {
    using result_type = std::vector<customer_account>; ///< one per account, in the server's order

    std::string customer_id;                         ///< path parameter; also sent in the body
    std::string bank_code;                           ///< Juspay bank code, e.g. "JP_HDFC"; required
    std::vector<bank_account_input> bank_accounts;   ///< bank accounts to create
    std::vector<upi_input> upi_accounts;             ///< UPI ids to create
    std::optional<std::string> gateway_id;           ///< gateway used for validation, e.g. "800"
    std::optional<std::string> gateway_reference_id; ///< reference for that gateway
    bool validate = false;                           ///< also validate (sends `command=validate`)
};

/// Validate Customer Account:
/// `POST /customers/{customer_id}/customer-accounts/{customer_account_id}/validate`.
struct validate_customer_account {
    using result_type = customer_account; ///< what `parse_response` returns

    std::string customer_id;                                      ///< path parameter
    std::string customer_account_id;                              ///< path parameter, `banh_…`
    std::optional<std::string> preferred_ifsc_validation_gateway; ///< gateway to validate with
    std::optional<money> validation_amount; ///< penny-drop amount; Juspay's default is 1 INR
};

/// Get Customer Account: `GET /customers/{customer_id}/customer-accounts/{customer_account_id}`.
struct get_customer_account {
    using result_type = customer_account; ///< what `parse_response` returns

    std::string customer_id;         ///< path parameter
    std::string customer_account_id; ///< path parameter, `banh_…`
};

/// List Customer Accounts: `GET /customers/{customer_id}/customer-accounts/list`. Juspay does
/// not publish the answer's wrapper: a top-level array and the older API's
/// `{"object":"list","list":[...]}` are both accepted.
struct list_customer_accounts {
    using result_type = std::vector<customer_account>; ///< in the server's order

    std::string customer_id; ///< path parameter
};

/// Delete Customer Account: `POST /customers/{customer_id}/customer-accounts/{customer_account_id}`
/// with `command=delete`.
struct delete_customer_account {
    using result_type = deleted_customer_account; ///< what `parse_response` returns

    std::string customer_id;         ///< path parameter
    std::string customer_account_id; ///< path parameter, `banh_…`
};

/// The status's wire text: "CREATED", "ACTIVE", "PENDING", "FAILURE"; "" for `unknown`.
constexpr std::string_view to_string(account_validation_status s) noexcept
{
    switch (s) {
    case account_validation_status::created: return "CREATED";
    case account_validation_status::active: return "ACTIVE";
    case account_validation_status::pending: return "PENDING";
    case account_validation_status::failure: return "FAILURE";
    case account_validation_status::unknown: break;
    }
    return "";
}

/// Boost.JSON conversion from a customer account object (`boost::json::try_value_to`);
/// fails with `errc::unexpected_shape` when `jv` is not one. (A template, `T` being
/// `customer_account`, for the reason given in customer.hpp.)
template <class T, std::enable_if_t<std::is_same_v<T, customer_account>, int> = 0>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv);

/// Boost.JSON conversion to a customer account object (`boost::json::value_from`): documented
/// members in Juspay's order, `validation_amount` as its exact text, then `unknown_fields`.
template <class T, std::enable_if_t<std::is_same_v<T, customer_account>, int> = 0>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& a);

/// Boost.JSON conversion from Delete Customer Account's answer (`boost::json::try_value_to`);
/// fails with `errc::unexpected_shape` when `jv` is not an object or says the account was not
/// deleted. Without a request to fall back on, a missing id stays empty.
template <class T, std::enable_if_t<std::is_same_v<T, deleted_customer_account>, int> = 0>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv);

/// Boost.JSON conversion to Delete Customer Account's answer (`boost::json::value_from`):
/// `customer_account_id`, `status`, then `unknown_fields`.
template <class T, std::enable_if_t<std::is_same_v<T, deleted_customer_account>, int> = 0>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& d);

namespace detail {
// Reads are safe to send again when the answer was lost, and so is a delete (a repeat answers
// not_found: done). A repeated create may add a second account (list the customer's accounts
// first), and a repeated validate sends a second penny drop (read validation_status first).
template <>
struct unanswered_advice<create_customer_account>
    : std::integral_constant<retry_advice, retry_advice::check_first> {};
template <>
struct unanswered_advice<validate_customer_account>
    : std::integral_constant<retry_advice, retry_advice::check_first> {};
template <>
struct unanswered_advice<get_customer_account> : std::integral_constant<retry_advice, retry_advice::retry> {};
template <>
struct unanswered_advice<list_customer_accounts> : std::integral_constant<retry_advice, retry_advice::retry> {};
template <>
struct unanswered_advice<delete_customer_account> : std::integral_constant<retry_advice, retry_advice::retry> {};
} // namespace detail

#ifdef JUSPAY_SANSIO_SEPARATE_COMPILATION
JUSPAY_EXTERN_CONVERSIONS(customer_account)
JUSPAY_EXTERN_CONVERSIONS(deleted_customer_account)
JUSPAY_EXTERN_OPERATION(create_customer_account)
JUSPAY_EXTERN_OPERATION(validate_customer_account)
JUSPAY_EXTERN_OPERATION(get_customer_account)
JUSPAY_EXTERN_OPERATION(list_customer_accounts)
JUSPAY_EXTERN_OPERATION(delete_customer_account)
#endif

JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/customer_account.hpp>
#endif

#endif
