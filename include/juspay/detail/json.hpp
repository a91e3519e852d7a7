// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_JSON_HPP
#define JUSPAY_DETAIL_JSON_HPP

#include <juspay/timestamp.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/monotonic_resource.hpp>
#include <boost/json/value_stack.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace juspay {
namespace detail {

// Builds the same tree as boost::json::parse, through Boost.JSON's documented extension point
// (basic_parser + value_stack), with one difference: a number that is the value of the key
// `exact_number_key` is stored as a string holding its source text. The DOM parser would turn
// `"validation_amount": 1.10` into a double and lose both the exact value and the text; money
// must reach the caller exactly as written.
class exact_number_handler {
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    static constexpr std::string_view exact_number_key = "validation_amount";

    exact_number_handler(unsigned char* temp, std::size_t temp_size) noexcept
        : stack(boost::json::storage_ptr(), temp, temp_size)
    {
    }

    boost::json::value_stack stack;

    using ec_t = boost::json::error_code;
    using sv_t = boost::json::string_view;

    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_object_begin(ec_t&) { return value_starts(); }
    bool on_object_end(std::size_t n, ec_t&) { return stack.push_object(n), true; }
    bool on_array_begin(ec_t&) { return value_starts(); }
    bool on_array_end(std::size_t n, ec_t&) { return stack.push_array(n), true; }
    bool on_key_part(sv_t s, std::size_t, ec_t&)
    {
        key_parts_.append(s.data(), s.size());
        return stack.push_chars(s), true;
    }
    bool on_key(sv_t s, std::size_t, ec_t&)
    {
        if (key_parts_.empty()) {
            exact_ = std::string_view(s.data(), s.size()) == exact_number_key;
        } else {
            key_parts_.append(s.data(), s.size());
            exact_ = key_parts_ == exact_number_key;
            key_parts_.clear();
        }
        return stack.push_key(s), true;
    }
    bool on_string_part(sv_t s, std::size_t, ec_t&) { return value_starts(), stack.push_chars(s), true; }
    bool on_string(sv_t s, std::size_t, ec_t&) { return value_starts(), stack.push_string(s), true; }
    bool on_number_part(sv_t s, ec_t&)
    {
        if (exact_)
            number_parts_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, sv_t s, ec_t&) { return exact_ ? push_exact(s) : (stack.push_int64(i), true); }
    bool on_uint64(std::uint64_t u, sv_t s, ec_t&) { return exact_ ? push_exact(s) : (stack.push_uint64(u), true); }
    bool on_double(double d, sv_t s, ec_t&) { return exact_ ? push_exact(s) : (stack.push_double(d), true); }
    bool on_bool(bool b, ec_t&) { return value_starts(), stack.push_bool(b), true; }
    bool on_null(ec_t&) { return value_starts(), stack.push_null(), true; }
    bool on_comment_part(sv_t, ec_t&) { return true; }
    bool on_comment(sv_t, ec_t&) { return true; }

private:
    bool value_starts() noexcept { return exact_ = false, true; }

    bool push_exact(sv_t last)
    {
        exact_ = false;
        if (number_parts_.empty()) {
            stack.push_string(last);
        } else {
            number_parts_.append(last.data(), last.size());
            stack.push_string(number_parts_);
            number_parts_.clear();
        }
        return true;
    }

    bool exact_ = false;       // the next value belongs to exact_number_key
    std::string key_parts_;    // a key split across callbacks (only with escapes or huge keys)
    std::string number_parts_; // an exact number split across callbacks
};

// A body parsed into an arena on the stack: a Juspay response is well under 4 KiB of tree,
// so the tree costs no heap allocation at all; larger bodies spill over to the heap.
// Strings copied out of it into results are the only allocations a parse makes.
class parsed_json {
public:
    explicit parsed_json(std::string_view body) : arena_(buffer_, sizeof buffer_), value_(parse(body)) {}
    parsed_json(parsed_json const&) = delete;
    parsed_json& operator=(parsed_json const&) = delete;

    bool ok() const noexcept { return !ec_; }
    boost::json::error_code const& error() const noexcept { return ec_; }
    boost::json::value const& value() const noexcept { return value_; }

private:
    // Returns the tree by move construction, so it keeps the arena as its storage (assigning
    // it to a default-storage value would deep-copy it to the heap).
    boost::json::value parse(std::string_view body)
    {
        boost::json::basic_parser<exact_number_handler> p(boost::json::parse_options(), temp_, sizeof temp_);
        p.handler().stack.reset(&arena_);
        std::size_t const n = p.write_some(false, body.data(), body.size(), ec_);
        if (!ec_ && n < body.size())
            ec_ = boost::json::error::extra_data;
        if (ec_)
            return boost::json::value(&arena_);
        return p.handler().stack.release();
    }

    alignas(std::max_align_t) unsigned char buffer_[4096];
    alignas(std::max_align_t) unsigned char temp_[1024];
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
