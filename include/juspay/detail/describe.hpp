// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_DESCRIBE_HPP
#define JUSPAY_DETAIL_DESCRIBE_HPP

// Each response type's members are described once, in a constexpr table
// (`description<S>::fields`, in the impl/ header of the type), and everything else is derived
// from it: the key lookup and the targets the mapper fills, the required-member checks, the
// `boost::json::value_from` writer, the nesting depth the mapper must hold, and the member
// count a test compares with the struct's. Adding a documented field is one line there.
//
// Why a table of our own rather than Boost.Describe: what a member is on the wire is not its
// C++ type (a std::string may take a JSON integer as its text or not, may be null or not, may
// be required; `validation_status` is read into `validation_status_text`; Delete's answer has
// two spellings of a member), so Boost.Describe's names and pointers would need this table
// beside them anyway, and its macros would put Boost.Mp11 into every user's translation unit
// through the public headers. A constexpr list of fields costs neither, and lets the key
// lookup below be built at compile time.

#include <juspay/detail/abi.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/mapper.hpp>
#include <juspay/money.hpp>
#include <juspay/timestamp.hpp>

#include <boost/endian/conversion.hpp>
#include <boost/json/object.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// What a member is on the wire, and so how it is read and written.
enum class wire : unsigned char {
    text,        // std::string: a string; null leaves it empty
    text_strict, // std::string: a string, never null
    digits,      // std::string: a string, or an integer kept as its text; null leaves it empty
    opt_text,    // std::optional<std::string>: a string, or null
    opt_digits,  // std::optional<std::string>: a string or an integer, or null
    stamp,       // std::optional<timestamp>: see target::kind::timestamp; written as its text
    amount,      // std::optional<money>: a string or a number, kept exactly; written as its text
    nested,      // std::optional<S> of a described S: an object, or null
    custom,      // read by the owning map's nested() and written by write_value (account_details)
};

// Flags of a member (bits).
enum : unsigned char {
    required = 1,         // missing or empty at '}' is a shape error
    null_when_absent = 2, // written as null rather than left out when absent
    alias = 4,            // another spelling of the member before it: read, never written
};

template <class S, class M>
struct field {
    std::string_view name; // the wire name
    M S::*member;
    wire kind;
    unsigned char flags;
};

template <class S, class M>
constexpr field<S, M> member(std::string_view name, M S::*p, wire kind, unsigned char flags = 0) noexcept
{
    return {name, p, kind, flags};
}

// The members of one type: a minimal tuple of fields. Not std::tuple, whose constructors'
// constraints and helpers were most of what the descriptions cost the compiler (clang's
// -ftime-trace), in every translation unit that includes a response type's header.
template <std::size_t I, class F>
struct field_leaf {
    F value;
};

template <class Seq, class... F>
struct field_list_base;
template <std::size_t... I, class... F>
struct field_list_base<std::index_sequence<I...>, F...> : field_leaf<I, F>... {};

template <class... F>
struct field_list : field_list_base<std::index_sequence_for<F...>, F...> {
    static constexpr std::size_t size = sizeof...(F);
};

template <class... F>
constexpr field_list<F...> members_of(F... f) noexcept
{
    return field_list<F...>{{{f}...}};
}

// Field I of a field_list (found as its one base field_leaf<I, F>).
template <std::size_t I, class F>
constexpr F const& field_at(field_leaf<I, F> const& leaf) noexcept
{
    return leaf.value;
}

template <class Fn, class... F, std::size_t... I>
void for_each_field(field_list<F...> const& l, Fn&& fn, std::index_sequence<I...>)
{
    (fn(field_at<I>(l)), ...);
}

// Calls fn(field) for each field, in order.
template <class Fn, class... F>
void for_each_field(field_list<F...> const& l, Fn&& fn)
{
    for_each_field(l, fn, std::index_sequence_for<F...>());
}

// Specialized for each response type, beside its map:
//   static constexpr auto fields = members_of(member("id", &customer::id, wire::text_strict, required), ...);
//   static constexpr std::size_t derived = 0;     // members computed from others (not on the wire)
//   static constexpr std::size_t custom_depth = 0; // object levels a `custom` member nests
//   static void write_custom(boost::json::object&, std::string_view name, M const&); // if any
template <class S>
struct description;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

// Whether a member of type M can be read and written as `k`; checked for every member.
template <class M>
constexpr bool kind_fits(wire k) noexcept
{
    switch (k) {
    case wire::text:
    case wire::text_strict:
    case wire::digits: return std::is_same_v<M, std::string>;
    case wire::opt_text:
    case wire::opt_digits: return std::is_same_v<M, std::optional<std::string>>;
    case wire::stamp: return std::is_same_v<M, std::optional<timestamp>>;
    case wire::amount: return std::is_same_v<M, std::optional<money>>;
    case wire::nested: return is_optional<M>::value;
    case wire::custom: return true;
    }
    return false;
}

template <class S>
constexpr std::size_t field_count = std::decay_t<decltype(description<S>::fields)>::size;

// Byte equality of two texts of the same length `n` (at most 32), in at most four eight-byte
// comparisons: member names are short, and a call to memcmp costs more than the comparison.
inline bool same_bytes(char const* a, char const* b, std::size_t n) noexcept
{
    using boost::endian::load_little_u32;
    using boost::endian::load_little_u64;
    auto const* x = reinterpret_cast<unsigned char const*>(a);
    auto const* y = reinterpret_cast<unsigned char const*>(b);
    if (n >= 8) {
        if (load_little_u64(x) != load_little_u64(y))
            return false;
        if (n > 16) {
            if (load_little_u64(x + 8) != load_little_u64(y + 8))
                return false;
            if (n > 24 && load_little_u64(x + 16) != load_little_u64(y + 16))
                return false;
        }
        return load_little_u64(x + n - 8) == load_little_u64(y + n - 8); // may overlap: fine
    }
    if (n >= 4)
        return load_little_u32(x) == load_little_u32(y) && load_little_u32(x + n - 4) == load_little_u32(y + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (x[i] != y[i])
            return false;
    return true;
}

// Member names grouped by length at compile time: a key is compared with at most the few
// names of its own length, and a key of any other length (most unknown ones) with none.
template <std::size_t N>
struct key_index {
    static constexpr std::size_t max_size = 32;     // longer keys are unknown members at once
    static constexpr std::size_t max_same_size = 3; // names of one length
    static_assert(N < 255, "indexes are kept in a byte");

    std::string_view names[N]{};
    unsigned char by_size[max_size + 1][max_same_size]{}; // index + 1; 0 ends the list
    bool fits = true; // false when a name is too long or one length has too many names

    // The member named `k`, or -1.
    int find(std::string_view k) const noexcept
    {
        if (k.size() > max_size)
            return -1;
        for (unsigned char e : by_size[k.size()]) {
            if (e == 0)
                return -1;
            if (same_bytes(names[e - 1].data(), k.data(), k.size()))
                return e - 1;
        }
        return -1;
    }
};

template <class List, std::size_t... I>
constexpr key_index<sizeof...(I)> make_key_index(List const& fields, std::index_sequence<I...>)
{
    key_index<sizeof...(I)> x{};
    std::string_view const names[] = {field_at<I>(fields).name...};
    for (std::size_t i = 0; i < sizeof...(I); ++i) {
        x.names[i] = names[i];
        std::size_t const n = names[i].size();
        if (n > x.max_size || n == 0) {
            x.fits = false;
            continue;
        }
        std::size_t slot = 0;
        while (slot < x.max_same_size && x.by_size[n][slot] != 0)
            ++slot;
        if (slot == x.max_same_size) {
            x.fits = false;
            continue;
        }
        x.by_size[n][slot] = static_cast<unsigned char>(i + 1);
    }
    return x;
}

template <class S>
struct described {
    static constexpr auto const& fields = description<S>::fields;
    static constexpr std::size_t size = field_count<S>;
    static constexpr key_index<size> index = make_key_index(fields, std::make_index_sequence<size>());
    static_assert(index.fits, "a member name is longer than key_index::max_size, or too many share a length");

    // Distinct struct members the description accounts for: described (aliases read into a
    // member described already), derived, and `unknown_fields`.
    template <std::size_t... I>
    static constexpr std::size_t members(std::index_sequence<I...>) noexcept
    {
        return (std::size_t(0) + ... + ((field_at<I>(fields).flags & alias) ? 0 : 1)) + description<S>::derived + 1;
    }
    static constexpr std::size_t member_count = members(std::make_index_sequence<size>());
};

template <class F>
struct member_type;
template <class S, class M>
struct member_type<field<S, M>> {
    using type = M;
};

// Object levels from S down (1 for an object of scalars): what the mapper's frames must hold.
template <class S>
constexpr std::size_t depth() noexcept;

template <class S, std::size_t I>
constexpr std::size_t field_depth() noexcept
{
    constexpr auto f = field_at<I>(description<S>::fields);
    using M = typename member_type<std::decay_t<decltype(f)>>::type;
    if constexpr (f.kind == wire::nested)
        return depth<typename M::value_type>();
    else if constexpr (f.kind == wire::custom)
        return description<S>::custom_depth;
    else
        return 0;
}

template <class S, std::size_t... I>
constexpr std::size_t depth_of(std::index_sequence<I...>) noexcept
{
    std::size_t below = 0;
    ((below = field_depth<S, I>() > below ? field_depth<S, I>() : below), ...);
    return 1 + below;
}

template <class S>
constexpr std::size_t depth() noexcept
{
    return depth_of<S>(std::make_index_sequence<field_count<S>>());
}

// The required members of `s` that are empty: the first one is a shape error at `path`.
template <class S, std::size_t I>
bool check_required_member(S const& s, std::string_view path, shape_error& err)
{
    constexpr auto const& f = field_at<I>(description<S>::fields);
    if constexpr ((f.flags & required) != 0) {
        if ((s.*(f.member)).empty()) {
            std::string p(path);
            p.append(f.name.data(), f.name.size());
            return shape_fail(err, p, "is missing or empty");
        }
    }
    (void)s, (void)path, (void)err;
    return true;
}

template <class S, std::size_t... I>
bool check_required(S const& s, std::string_view path, shape_error& err, std::index_sequence<I...>)
{
    return (check_required_member<S, I>(s, path, err) && ...);
}

template <class S>
bool check_required(S const& s, std::string_view path, shape_error& err)
{
    return check_required(s, path, err, std::make_index_sequence<field_count<S>>());
}

// Where member number I of `s` goes. `nested` and `custom` members ask the owning map.
template <class S, std::size_t I, class Nested>
target member_target(S& s, Nested&& nested)
{
    constexpr auto f = field_at<I>(description<S>::fields);
    auto& m = s.*(f.member);
    using M = std::remove_reference_t<decltype(m)>;
    static_assert(kind_fits<M>(f.kind), "a described member's C++ type does not fit its wire kind");
    if constexpr (f.kind == wire::text)
        return text_target(&m, true);
    else if constexpr (f.kind == wire::text_strict)
        return text_target(&m, false);
    else if constexpr (f.kind == wire::digits)
        return digits_target(&m);
    else if constexpr (f.kind == wire::opt_text)
        return opt_text_target(&m);
    else if constexpr (f.kind == wire::opt_digits)
        return opt_digits_target(&m);
    else if constexpr (f.kind == wire::stamp)
        return stamp_target(&m);
    else if constexpr (f.kind == wire::amount)
        return money_target(&m);
    else
        return nested(I);
}

// Sets `out` to the target of member number `i` of an S (`i` from described<S>::index), or,
// when `i` is -1, to the capture of an unknown member into s.unknown_fields. `nested(i)` gives
// the target of the nested or custom member i.
template <class S, class Nested, std::size_t... I>
void set_target(S& s, int i, Nested&& nested, target& out, std::index_sequence<I...>)
{
    if (i < 0)
        return void(out = capture_target(&s.unknown_fields));
    (void)((static_cast<std::size_t>(i) == I ? (out = member_target<S, I>(s, nested), true) : false) || ...);
}

template <class S, class Nested>
void set_target(S& s, int i, Nested&& nested, target& out)
{
    set_target(s, i, nested, out, std::make_index_sequence<field_count<S>>());
}

// Sets `out` to the target of key `k` of an S, through the description; a key that is not a
// described member captures its value into s.unknown_fields.
template <class S, class Nested>
void find_target(S& s, std::string_view k, Nested&& nested, target& out)
{
    set_target(s, described<S>::index.find(k), nested, out);
}

// Writing: every described member in description order (aliases skipped, absent optionals
// left out unless null_when_absent), then the unknown members.
inline void write_value(boost::json::object& o, std::string_view name, std::string const& v)
{
    o.emplace(name, v);
}
inline void write_value(boost::json::object& o, std::string_view name, timestamp const& v)
{
    o.emplace(name, v.text);
}
inline void write_value(boost::json::object& o, std::string_view name, money const& v)
{
    o.emplace(name, v.text);
}

template <class S>
void write_described(boost::json::object& o, S const& s);

template <class S, class = decltype(description<S>::fields)>
void write_value(boost::json::object& o, std::string_view name, S const& v)
{
    write_described(o.emplace(name, boost::json::object()).first->value().get_object(), v);
}

template <class S, class M>
void write_field(boost::json::object& o, S const& s, field<S, M> const& f)
{
    if (f.flags & alias)
        return;
    M const& m = s.*(f.member);
    if constexpr (is_optional<M>::value) {
        if (m)
            write_value(o, f.name, *m);
        else if (f.flags & null_when_absent)
            o.emplace(f.name, nullptr);
    } else if constexpr (std::is_same_v<M, std::string>) {
        write_value(o, f.name, m);
    } else {
        description<S>::write_custom(o, f.name, m); // a `custom` member
    }
}

template <class S>
void write_described(boost::json::object& o, S const& s)
{
    for_each_field(description<S>::fields, [&](auto const& f) { write_field(o, s, f); });
    for (auto const& kv : s.unknown_fields)
        o.emplace(kv.key(), kv.value());
}

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
