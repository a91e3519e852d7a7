// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_RULES_HPP
#define JUSPAY_DETAIL_RULES_HPP

// The documented field rules of ../shared/juspay-api.md ("Documented field rules"), one
// function per field kind. Reasons name the rule, never the value.

#include <juspay/detail/abi.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/text.hpp>
#include <juspay/money.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// Text every field shares: well-formed UTF-8 and no control characters. `classes` are the
// value's classes_of(), which the caller keeps for its own rule. UTF-8 is decoded only when
// the value has a byte above 0x7F. Forced inline: on the good path it is two bit tests, and
// once it had callers enough GCC stopped inlining it, which showed in every build_request.
BOOST_FORCEINLINE bool check_text(refusal& r, std::string_view field, std::string_view v, unsigned classes)
{
    if ((classes & cc_high) && !is_valid_utf8(v)) {
        r.fail(errc::invalid_field, field, "is not valid UTF-8");
        return false;
    }
    if (classes & (cc_control | cc_tab)) {
        r.fail(errc::invalid_field, field, "contains a control character");
        return false;
    }
    return true;
}

inline bool check_text(refusal& r, std::string_view field, std::string_view v)
{
    return check_text(r, field, v, classes_of(v));
}

// An optional field that is set must say something; leave it unset to omit it.
inline bool check_not_empty_if_set(refusal& r, std::string_view field, std::optional<std::string> const& v)
{
    if (v && v->empty()) {
        r.fail(errc::invalid_field, field, "is set but empty (leave it unset to omit it)");
        return false;
    }
    return v.has_value();
}

// An identifier that is also a path parameter or a routing id: any text but controls.
inline void check_id(refusal& r, std::string_view field, std::string_view v)
{
    if (!v.empty())
        check_text(r, field, v);
}

// The rules below take the value's `classes` (classes_of(v)), which the form's scan found
// while sizing it: no rule walks a value again for them.

// object_reference_id: required, unique per merchant, at least 8 characters.
inline void check_object_reference_id(refusal& r, std::string_view v, unsigned classes)
{
    constexpr std::string_view field = "object_reference_id";
    if (v.empty()) {
        r.fail(errc::missing_field, field, "is required");
        return;
    }
    if (!check_text(r, field, v, classes))
        return;
    if ((classes & cc_high) ? utf8_length(v) < 8 : v.size() < 8)
        r.fail(errc::invalid_field, field, "must be at least 8 characters");
}

// mobile_number: digits, with '+' only as a prefix and only when a country code is passed.
// The India pages say 10 digits, other regions' samples use 8, so only E.164's limit of
// 15 digits is enforced.
inline void check_mobile_number(refusal& r, std::string_view v, bool country_code_given, unsigned classes)
{
    constexpr std::string_view field = "mobile_number";
    std::string_view digits = v;
    if (!digits.empty() && digits.front() == '+') {
        if (!country_code_given) {
            r.fail(errc::invalid_field, field, "may start with '+' only when mobile_country_code is given");
            return;
        }
        digits.remove_prefix(1);
        classes = classes_of(digits); // without the '+', which is not a digit
    }
    if (digits.empty()) {
        r.fail(errc::invalid_field, field, "has no digits");
        return;
    }
    if (classes & cc_not_digit) {
        r.fail(errc::invalid_field, field, "may contain only digits (and a leading '+' when mobile_country_code is given)");
        return;
    }
    if (digits.size() > 15)
        r.fail(errc::invalid_field, field, "has more than 15 digits (the E.164 maximum)");
}

// mobile_country_code: digits only, no '+'; ITU country codes have 1 to 3 digits.
inline void check_mobile_country_code(refusal& r, std::string_view v, unsigned classes)
{
    constexpr std::string_view field = "mobile_country_code";
    if (classes & cc_not_digit) {
        r.fail(errc::invalid_field, field, "may contain only digits, without '+'");
        return;
    }
    if (v.size() > 3)
        r.fail(errc::invalid_field, field, "must be 1 to 3 digits");
}

// email_address: letters, digits and !#$%&'*+-/=?^_.{|}~` around one '@'; '_' and '.' may
// not begin or end the part before or the part after the '@'. 254 is RFC 5321's limit.
inline void check_email_address(refusal& r, std::string_view v, unsigned classes)
{
    constexpr std::string_view field = "email_address";
    if (v.size() > 254) {
        r.fail(errc::invalid_field, field, "is longer than 254 characters");
        return;
    }
    auto const at = v.find('@');
    if (at == std::string_view::npos || v.find('@', at + 1) != std::string_view::npos) {
        r.fail(errc::invalid_field, field, "must contain exactly one '@'");
        return;
    }
    std::string_view const parts[] = {v.substr(0, at), v.substr(at + 1)};
    for (auto part : parts) {
        if (part.empty()) {
            r.fail(errc::invalid_field, field, "must have text before and after the '@'");
            return;
        }
        // The whole value's classes rule the parts in ('@' is not cc_not_email); a part is
        // walked only when the value has a byte outside the set.
        if ((classes & cc_not_email) && (classes_of(part) & cc_not_email)) {
            r.fail(errc::invalid_field, field, "may contain only letters, digits and !#$%&'*+-/=?^_.{|}~` around one '@'");
            return;
        }
        auto const edge = [](char c) { return c == '_' || c == '.'; };
        if (edge(part.front()) || edge(part.back())) {
            r.fail(errc::invalid_field, field, "must not begin or end either side of the '@' with '_' or '.'");
            return;
        }
    }
}

// first_name, last_name: letters, digits and ( ) . - _. Letters of any script are accepted
// (bytes of multi-byte UTF-8), and so is the space: Juspay's reject list does not name it and
// real names contain it. Everything on Juspay's reject list (+!<>?;:@%`&*$^{}/\,=) is refused.
inline void check_name(refusal& r, std::string_view field, std::string_view v, unsigned classes)
{
    if (!check_text(r, field, v, classes))
        return;
    if (classes & cc_not_name)
        r.fail(errc::invalid_field, field, "may contain only letters, digits, spaces and ( ) . - _");
}

// A required text field: present, well-formed UTF-8, no control characters.
inline bool check_required_text(refusal& r, std::string_view field, std::string_view v, unsigned classes)
{
    if (v.empty()) {
        r.fail(errc::missing_field, field, "is required");
        return false;
    }
    return check_text(r, field, v, classes);
}

inline bool check_required_text(refusal& r, std::string_view field, std::string_view v)
{
    return check_required_text(r, field, v, classes_of(v));
}

constexpr bool is_ascii_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }

// IFSC (RBI): 11 characters, 4 letters (the bank), '0', 6 letters or digits (the branch).
inline void check_ifsc(refusal& r, std::string_view field, std::string_view v)
{
    if (!check_required_text(r, field, v))
        return;
    bool ok = v.size() == 11 && v[4] == '0';
    for (std::size_t i = 0; ok && i < v.size(); ++i)
        ok = i < 4 ? is_ascii_upper(v[i]) : (is_ascii_upper(v[i]) || is_ascii_digit(v[i]));
    if (!ok)
        r.fail(errc::invalid_field, field, "must be 11 characters: 4 letters, '0', then 6 letters or digits (upper case)");
}

// Bank account numbers in India are 9 to 18 digits.
inline void check_account_number(refusal& r, std::string_view field, std::string_view v)
{
    if (!check_required_text(r, field, v))
        return;
    for (char c : v) {
        if (!is_ascii_digit(c)) {
            r.fail(errc::invalid_field, field, "may contain only digits");
            return;
        }
    }
    if (v.size() < 9 || v.size() > 18)
        r.fail(errc::invalid_field, field, "must be 9 to 18 digits");
}

// A UPI virtual payment address: `handle@provider`, the handle 2 to 256 letters, digits,
// '.', '-' or '_', the provider 2 to 64 letters or digits (NPCI's format).
inline void check_vpa(refusal& r, std::string_view field, std::string_view v)
{
    if (!check_required_text(r, field, v))
        return;
    auto const at = v.find('@');
    constexpr std::string_view reason =
        "must be handle@provider: 2-256 letters, digits, '.', '-' or '_', then 2-64 letters or digits";
    if (at == std::string_view::npos) {
        r.fail(errc::invalid_field, field, reason);
        return;
    }
    std::string_view const handle = v.substr(0, at), provider = v.substr(at + 1);
    bool ok = handle.size() >= 2 && handle.size() <= 256 && provider.size() >= 2 && provider.size() <= 64;
    for (char c : handle)
        ok = ok && (is_ascii_alnum(c) || c == '.' || c == '-' || c == '_');
    for (char c : provider)
        ok = ok && is_ascii_alnum(c);
    if (!ok)
        r.fail(errc::invalid_field, field, reason);
}

// An amount the caller sends: a plain decimal, greater than zero, at most two decimals.
// Judged on the text, which is what is sent (money::minor_units could disagree with it).
inline void check_amount(refusal& r, std::string_view field, std::string_view text)
{
    auto const minor_units = parse_minor_units(text);
    if (!minor_units)
        r.fail(errc::invalid_field, field, "must be a plain decimal with at most two decimals, like 1 or 1.50");
    else if (*minor_units <= 0)
        r.fail(errc::invalid_field, field, "must be greater than zero");
}

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
