// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_JSON_HPP
#define JUSPAY_DETAIL_JSON_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/timestamp.hpp>

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// An error body parsed into an arena on the stack (an error envelope is well under 4 KiB of
// tree, so the tree costs no heap allocation; larger bodies spill over to the heap). Success
// bodies are not parsed into a tree at all: see mapper.hpp.
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

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
