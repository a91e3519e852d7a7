// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_RETRY_HPP
#define JUSPAY_RETRY_HPP

#include <juspay/detail/abi.hpp>

#include <string_view>

JUSPAY_NAMESPACE_BEGIN

/// What to do after a failed call, set by `parse_response` from the operation and the answer
/// (`error::retry()`), or given by `retry_after_transport_failure` when no answer came back.
///
/// | answer                                  | reads, update, delete, create customer | create / validate customer account |
/// |-----------------------------------------|----------------------------------------|------------------------------------|
/// | 5xx, 408, no answer, unreadable 2xx     | `retry`                                | `check_first`                      |
/// | 429                                     | `retry` (after `error::retry_after()`) | `retry`                            |
/// | refused before sending, any other 4xx, 1xx, 3xx | `do_not_retry`                 | `do_not_retry`                     |
///
/// Why: a repeated read or update changes nothing; a repeated delete answers `not_found`
/// (treat it as done); a repeated create customer answers `already_exists` (Juspay
/// de-duplicates by `object_reference_id`: get it then). A repeated create customer account
/// may add a second account and a repeated validate sends a second penny drop, so read the
/// state back first (list the accounts, or get the account's `validation_status`).
enum class retry_advice {
    do_not_retry, ///< the request is wrong, or was refused: sending it again gives the same answer
    retry,        ///< nothing was done, or doing it twice is harmless: send the same request again
    check_first   ///< it may have been done: read the state back before sending again
};

/// The enumerator's name: "do_not_retry", "retry" or "check_first" ("unknown" otherwise).
constexpr std::string_view to_string(retry_advice a) noexcept
{
    switch (a) {
    case retry_advice::do_not_retry: return "do_not_retry";
    case retry_advice::retry: return "retry";
    case retry_advice::check_first: return "check_first";
    }
    return "unknown";
}

/// The advice when the HTTP stack failed after the request may have been sent (a timeout, a
/// reset connection) and there is no answer to give `parse_response`: `retry` for the calls
/// that are safe to repeat, `check_first` for create and validate customer account.
template <class Operation>
constexpr retry_advice retry_after_transport_failure(Operation const&) noexcept;

namespace detail {
// Specialized beside each operation in its public header (not in impl/), so that the advice
// stays a constant expression when the library is compiled separately.
template <class Operation>
struct unanswered_advice;
} // namespace detail

template <class Operation>
constexpr retry_advice retry_after_transport_failure(Operation const&) noexcept
{
    return detail::unanswered_advice<Operation>::value;
}

JUSPAY_NAMESPACE_END

#endif
