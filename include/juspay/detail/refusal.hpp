// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_REFUSAL_HPP
#define JUSPAY_DETAIL_REFUSAL_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/error.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// Collects every reason to refuse a request, so the caller sees all bad fields at once.
// The code of the error is that of the first failure (config before structure before rules).
class refusal {
public:
    void fail(errc code, std::string_view field, std::string_view reason)
    {
        if (fields_.empty())
            code_ = code;
        fields_.push_back(field_error{std::string(field), std::string(reason)});
    }

    bool empty() const noexcept { return fields_.empty(); }

    // Moves the failures of `scratch` (checked under a placeholder name) into this one under
    // `field()`, which is only called when there is a failure: names like
    // "account_details.bank_account[12].ifsc" cost allocations a valid request should not pay.
    template <class FieldName>
    void take_as(refusal&& scratch, FieldName const& field)
    {
        if (scratch.fields_.empty())
            return;
        std::string const name = field();
        for (auto& f : scratch.fields_)
            fail(scratch.code_, name, f.reason);
    }

    bool reports(std::string_view field) const noexcept
    {
        for (auto const& f : fields_)
            if (f.field_name == field)
                return true;
        return false;
    }

    // The error to return. The message names fields and reasons, never values: a value
    // may be personal data, and a base URL may carry credentials.
    error to_error() &&
    {
        error_details d;
        std::size_t size = 48;
        for (auto const& f : fields_)
            size += f.field_name.size() + f.reason.size() + 3;
        d.text.reserve(size);
        d.text = "request refused (";
        d.text += error_category().message(static_cast<int>(code_), nullptr, 0); // no std::string made
        d.text += "): ";
        for (std::size_t i = 0; i < fields_.size(); ++i) {
            if (i != 0)
                d.text += "; ";
            d.text += fields_[i].field_name;
            d.text += ' ';
            d.text += fields_[i].reason;
        }
        d.fields = std::move(fields_);
        d.retry = retry_advice::do_not_retry;
        return error_access::make(code_, 0, std::move(d));
    }

private:
    errc code_ = errc::invalid_field;
    std::vector<field_error> fields_;
};

// Path parameters are never optional: an empty one would address another endpoint.
// A path parameter of "." or ".." is refused however it is written: a server or proxy that
// normalizes the path decodes "%2E" before removing dot segments (RFC 3986, sections 6.2.2.2
// and 5.2.4), so the call would reach another endpoint (".." under a customer's accounts names
// the customer). This is structure, checked with validation off too.
inline void require_path_param(refusal& r, std::string_view field, std::string_view value)
{
    if (value.empty())
        r.fail(errc::missing_field, field, "is required (it is a path parameter)");
    else if (value == "." || value == "..")
        r.fail(errc::invalid_field, field, "is \".\" or \"..\", which a server resolves as a step in the path");
}

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
