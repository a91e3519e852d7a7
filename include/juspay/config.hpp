// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_CONFIG_HPP
#define JUSPAY_CONFIG_HPP

#include <juspay/detail/abi.hpp>

#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN

/// Juspay's base URLs. The library never picks one for you (the official SDKs disagree on
/// the default): put one of these, or your own proxy, in `config::base_url`.
namespace endpoints {
/// India, sandbox.
inline constexpr std::string_view india_sandbox = "https://sandbox.juspay.in";
/// India, production.
inline constexpr std::string_view india_production = "https://api.juspay.in";
/// Europe, sandbox.
inline constexpr std::string_view europe_sandbox = "https://sandbox.juspay.io";
/// Europe, production.
inline constexpr std::string_view europe_production = "https://api.juspay.io";
/// Brazil, sandbox.
inline constexpr std::string_view brazil_sandbox = "https://api.sandbox.juspay.io";
/// Brazil, production.
inline constexpr std::string_view brazil_production = "https://api.juspay.io";
} // namespace endpoints

/// Who is calling and where to: the same for every call of one merchant account.
struct config {
    /// One of `endpoints`, or a proxy whose path prefix is kept
    /// (`https://proxy.example/juspay` + `/customers`). Must be `https`, or `http` to a
    /// loopback host only; no user info, query, fragment, or `.` or `..` path segment (which
    /// the server would resolve, sending the call elsewhere). A trailing slash is dropped.
    std::string base_url;

    /// Sent as the Basic-auth user name with an empty password. Never printed, never
    /// copied into an error.
    std::string api_key;

    /// Sent as `x-merchantid`; the header is omitted when empty. Juspay requires it on the
    /// customer operations, so with `call_options::validate` those refuse an empty one. Control
    /// characters, and a space or tab at either end (HTTP would drop it), are refused as
    /// `invalid_config`, also with `validate = false`.
    std::string merchant_id;
};

/// Per-call options.
struct call_options {
    /// Sent as `x-routing-id`: REQUIRED, there is no default. Juspay requires the same value
    /// on every call about one customer; its examples use the merchant's own customer id
    /// (`customer_1122`) on create and on the account calls alike, although those paths carry
    /// `cst_…`. Use your own key for the customer (an order or cart id for a guest). Empty is
    /// refused as `missing_field` naming `call_options.routing_id`, also with `validate = false`;
    /// so are control characters and a space or tab at either end (`invalid_field`).
    std::string routing_id;

    /// Sent as `x-request-id` when not empty, to correlate your logs with Juspay's. CR, LF, NUL
    /// and other control characters, and a space or tab at either end (which HTTP would drop),
    /// are refused (`invalid_field`), also with `validate = false`.
    std::string request_id;

    /// Apply the documented field rules before building. Structural checks (empty path
    /// parameters, CR/LF/NUL in anything that reaches a header, an unusable base URL) are
    /// applied even when this is false.
    bool validate = true;
};

JUSPAY_NAMESPACE_END

#endif
