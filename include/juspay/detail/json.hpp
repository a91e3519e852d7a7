// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_JSON_HPP
#define JUSPAY_DETAIL_JSON_HPP

#include <juspay/timestamp.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace juspay {
namespace detail {

// A body parsed into an arena on the stack: a Juspay response is well under 4 KiB of tree,
// so the tree costs no heap allocation at all; larger bodies spill over to the heap.
// Strings copied out of it into results are the only allocations a parse makes.
class parsed_json {
public:
    explicit parsed_json(std::string_view body)
        : arena_(buffer_, sizeof buffer_)
        , value_(boost::json::parse(boost::json::string_view(body.data(), body.size()), ec_, &arena_))
    {
    }
    parsed_json(parsed_json const&) = delete;
    parsed_json& operator=(parsed_json const&) = delete;

    bool ok() const noexcept { return !ec_; }
    boost::json::error_code const& error() const noexcept { return ec_; }
    boost::json::value const& value() const noexcept { return value_; }

private:
    alignas(std::max_align_t) unsigned char buffer_[4096];
    boost::json::monotonic_resource arena_;
    boost::json::error_code ec_;
    boost::json::value value_;
};

// Where a response departed from the expected shape, e.g. {"id", "expected a string"}.
struct shape_error {
    std::string path;
    std::string reason;
};

inline bool shape_fail(shape_error& err, std::string_view path, std::string_view reason)
{
    err.path.assign(path.data(), path.size());
    err.reason.assign(reason.data(), reason.size());
    return false;
}

inline std::string_view view(boost::json::string const& s) noexcept { return {s.data(), s.size()}; }

inline bool read_string(boost::json::value const& v, std::string& out)
{
    if (auto const* s = v.if_string()) {
        out.assign(s->data(), s->size());
        return true;
    }
    return false;
}

// null (or absent) is "not given"; anything but a string is a shape error.
inline bool read_string(boost::json::value const& v, std::optional<std::string>& out)
{
    if (v.is_null()) {
        out.reset();
        return true;
    }
    return read_string(v, out.emplace());
}

// For fields that are digits on the wire (mobile numbers, country codes): Juspay documents
// them as strings, but an integer is accepted and kept as its decimal text.
inline bool read_digits_text(boost::json::value const& v, std::optional<std::string>& out)
{
    if (v.is_int64()) {
        out = std::to_string(v.get_int64());
        return true;
    }
    if (v.is_uint64()) {
        out = std::to_string(v.get_uint64());
        return true;
    }
    return read_string(v, out);
}

// A timestamp never fails a parse: null is "not given", text is kept (and parsed when well
// formed), and any other JSON is kept as its serialization with no instant.
inline void read_timestamp(boost::json::value const& v, std::optional<timestamp>& out)
{
    if (v.is_null())
        out.reset();
    else if (auto const* s = v.if_string())
        out = timestamp::from_text(view(*s));
    else
        out = timestamp{boost::json::serialize(v), std::nullopt};
}

// Writes `key` into `o` only when the value is there.
inline void put(boost::json::object& o, std::string_view key, std::optional<std::string> const& v)
{
    if (v)
        o.emplace(key, *v);
}

inline void put(boost::json::object& o, std::string_view key, std::optional<timestamp> const& v)
{
    if (v)
        o.emplace(key, v->text);
}

inline char const* json_kind(boost::json::value const& v) noexcept
{
    switch (v.kind()) {
    case boost::json::kind::null: return "null";
    case boost::json::kind::bool_: return "a boolean";
    case boost::json::kind::int64:
    case boost::json::kind::uint64:
    case boost::json::kind::double_: return "a number";
    case boost::json::kind::string: return "a string";
    case boost::json::kind::array: return "an array";
    case boost::json::kind::object: return "an object";
    }
    return "something else";
}

// "expected a string, got a number"
inline bool wrong_type(shape_error& err, std::string_view path, std::string_view expected,
                       boost::json::value const& got)
{
    std::string reason = "expected ";
    reason += expected;
    reason += ", got ";
    reason += json_kind(got);
    return shape_fail(err, path, reason);
}

} // namespace detail
} // namespace juspay

#endif
