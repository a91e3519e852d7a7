// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_ENCODE_HPP
#define JUSPAY_DETAIL_ENCODE_HPP

// Percent-encoding for form bodies and path segments: keep `A-Z a-z 0-9 - . _ ~`, a space
// is '+' in a form body (so '+' itself is always "%2B", which Boost.URL's params().append does
// not do), everything else is %XX with upper-case hex.
//
// Written here rather than with boost::urls::encode: that generic version (two passes through
// a character-set object) measured ~7,500 of the ~15,000 instructions of a create_customer
// build_request under callgrind; this table-driven one costs a few instructions a byte.

#include <juspay/detail/abi.hpp>
#include <juspay/detail/inline_list.hpp>
#include <juspay/detail/text.hpp>

#include <boost/assert.hpp>
#include <boost/endian/conversion.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// For each byte, how it is written: 0 = as is, 1 = '+' (a space in a form body), 2 = %XX.
// The value is also how many characters it adds: 0, 0 and 2.
constexpr std::array<unsigned char, 256> make_escape_table(bool space_as_plus)
{
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) {
        bool const keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '.' || c == '_' || c == '~';
        t[static_cast<std::size_t>(c)] = keep ? 0 : (space_as_plus && c == ' ') ? 1 : 2;
    }
    return t;
}
inline constexpr std::array<unsigned char, 256> form_escapes = make_escape_table(true);
inline constexpr std::array<unsigned char, 256> path_escapes = make_escape_table(false);

// The encoded length of a text, and whether it is the text itself (nothing escaped or
// replaced), in which case it is copied as is.
struct encoded_length {
    std::size_t size = 0;
    bool verbatim = true;
};

// For each byte of a table, what it adds to an encoded length, packed so that one addition per
// byte counts both things encoded_size needs: the extra characters (bits 32 and up: 2 for
// %XX) and the bytes that are not copied as they are (the low bits: 1 for '+' or %XX).
constexpr std::array<std::uint64_t, 256> make_size_table(std::array<unsigned char, 256> const& escapes)
{
    std::array<std::uint64_t, 256> t{};
    for (std::size_t c = 0; c < 256; ++c)
        t[c] = (std::uint64_t(escapes[c] & 2u) << 32) | (escapes[c] != 0 ? 1u : 0u);
    return t;
}
inline constexpr std::array<std::uint64_t, 256> path_sizes = make_size_table(path_escapes);

// A form value's encoded length and its bytes' classes (char_classes, ORed): what the writer
// and the field rules need, from one pass.
struct form_scan {
    encoded_length len;
    unsigned classes = 0;
};

// For each byte, everything form_scan needs in one entry, so that the pass is one load, one
// addition and one OR per byte (the rules and the sizing used to walk each value apart):
// bits 0-27 count the bytes not copied as they are, bits 28-55 the bytes written %XX (the
// sum), and bits 56-63 are the byte's classes (the OR). Values are scanned in chunks of at
// most 2^27 bytes, so neither count can carry into the next field.
inline constexpr std::array<std::uint64_t, 256> form_scan_table = [] {
    std::array<std::uint64_t, 256> t{};
    for (std::size_t c = 0; c < 256; ++c)
        t[c] = (std::uint64_t(char_classes[c]) << 56) | (std::uint64_t(form_escapes[c] == 2) << 28) |
               (form_escapes[c] != 0 ? 1u : 0u);
    return t;
}();
static_assert(cc_colon < 256, "char_classes must fit the scan entry's top byte");

// One chunk of a scan: the summed and the ORed entries.
BOOST_FORCEINLINE void scan_form_chunk(unsigned char const* p, std::size_t n, std::uint64_t& sum,
                                       std::uint64_t& seen) noexcept
{
    std::uint64_t s = 0, o = 0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) { // by four: the loop's own work was half of the cost
        std::uint64_t const a = form_scan_table[p[i]], b = form_scan_table[p[i + 1]], c = form_scan_table[p[i + 2]],
                            d = form_scan_table[p[i + 3]];
        s += a + b + c + d;
        o |= a | b | c | d;
    }
    for (; i < n; ++i) {
        std::uint64_t const a = form_scan_table[p[i]];
        s += a;
        o |= a;
    }
    sum = s;
    seen |= o;
}

BOOST_FORCEINLINE form_scan scan_form_value(std::string_view s) noexcept
{
    constexpr std::size_t chunk = std::size_t(1) << 27;
    constexpr std::uint64_t count_mask = (std::uint64_t(1) << 28) - 1;
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    std::uint64_t sum = 0, seen = 0;
    if (BOOST_LIKELY(s.size() <= chunk)) {
        scan_form_chunk(p, s.size(), sum, seen);
        std::size_t const escaped = static_cast<std::size_t>((sum >> 28) & count_mask);
        return {{s.size() + 2 * escaped, (sum & count_mask) == 0}, static_cast<unsigned>(seen >> 56)};
    }
    std::size_t changed = 0, escaped = 0;
    for (std::size_t done = 0; done < s.size(); done += chunk) {
        std::size_t const m = s.size() - done < chunk ? s.size() - done : chunk;
        scan_form_chunk(p + done, m, sum, seen);
        changed += static_cast<std::size_t>(sum & count_mask);
        escaped += static_cast<std::size_t>((sum >> 28) & count_mask);
    }
    return {{s.size() + 2 * escaped, changed == 0}, static_cast<unsigned>(seen >> 56)};
}

// What each byte becomes, packed in four bytes: up to three characters, then their count. So
// encoding is one four-byte store and an advance per byte instead of a branch per kind (the
// request buffer has slack for the bytes stored past the end).
constexpr std::array<std::uint32_t, 256> make_escape_entries(std::array<unsigned char, 256> const& escapes)
{
    constexpr char hex[] = "0123456789ABCDEF";
    auto const pack = [](unsigned char a, unsigned char b, unsigned char c, unsigned n) {
        // Little- or big-endian, the characters go out in order: see encode_to.
        return std::uint32_t(a) | std::uint32_t(b) << 8 | std::uint32_t(c) << 16 | std::uint32_t(n) << 24;
    };
    std::array<std::uint32_t, 256> t{};
    for (std::size_t c = 0; c < 256; ++c) {
        if (escapes[c] == 0)
            t[c] = pack(static_cast<unsigned char>(c), 0, 0, 1);
        else if (escapes[c] == 1)
            t[c] = pack('+', 0, 0, 1);
        else
            t[c] = pack('%', static_cast<unsigned char>(hex[c >> 4]), static_cast<unsigned char>(hex[c & 15]), 3);
    }
    return t;
}
inline constexpr std::array<std::uint32_t, 256> form_entries = make_escape_entries(form_escapes);
inline constexpr std::array<std::uint32_t, 256> path_entries = make_escape_entries(path_escapes);

// Stores the (up to three) characters of a packed entry at `p`, plus a byte of slack: on a
// little-endian machine the entry's low byte is the first character, so it is one store.
inline char* put_entry(char* p, std::uint32_t e) noexcept
{
    if constexpr (boost::endian::order::native == boost::endian::order::little) {
        std::memcpy(p, &e, 4);
    } else {
        unsigned char const bytes[4] = {static_cast<unsigned char>(e), static_cast<unsigned char>(e >> 8),
                                        static_cast<unsigned char>(e >> 16), 0};
        std::memcpy(p, bytes, 4);
    }
    return p + (e >> 24);
}

inline encoded_length encoded_size(std::string_view s, std::array<std::uint64_t, 256> const& sizes) noexcept
{
    auto const* p = reinterpret_cast<unsigned char const*>(s.data());
    std::size_t const n = s.size();
    std::uint64_t acc = 0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) // by four: the loop's own work was half of the cost
        acc += sizes[p[i]] + sizes[p[i + 1]] + sizes[p[i + 2]] + sizes[p[i + 3]];
    for (; i < n; ++i)
        acc += sizes[p[i]];
    return {n + static_cast<std::size_t>(acc >> 32), (acc & 0xffffffffu) == 0};
}

// Copies `s` to `p` and returns the end. Most pieces of a request are a few to a few dozen
// bytes; for those, two overlapping fixed-size moves cost a fraction of a call to memcpy
// (which measured about a tenth of a build_request under callgrind).
BOOST_FORCEINLINE char* put(char* p, std::string_view s) noexcept
{
    std::size_t const n = s.size();
    char const* q = s.data();
    if (n >= 8 && n <= 16) {
        std::uint64_t a, b;
        std::memcpy(&a, q, 8);
        std::memcpy(&b, q + n - 8, 8);
        std::memcpy(p, &a, 8);
        std::memcpy(p + n - 8, &b, 8);
    } else if (n >= 4 && n < 8) {
        std::uint32_t a, b;
        std::memcpy(&a, q, 4);
        std::memcpy(&b, q + n - 4, 4);
        std::memcpy(p, &a, 4);
        std::memcpy(p + n - 4, &b, 4);
    } else if (n < 4) {
        for (std::size_t i = 0; i < n; ++i)
            p[i] = q[i];
    } else {
        std::memcpy(p, q, n);
    }
    return p + n;
}

// Writes the encoding of `s` (of length `len`, from encoded_size) at `p`; returns the end.
inline char* encode_to(char* p, std::string_view s, encoded_length len, std::array<std::uint32_t, 256> const& entries) noexcept
{
    if (len.verbatim) // the common case for ids, digits and codes
        return put(p, s);
    auto const* q = reinterpret_cast<unsigned char const*>(s.data());
    std::size_t const n = s.size();
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) { // by four, as in the scans
        p = put_entry(p, entries[q[i]]);
        p = put_entry(p, entries[q[i + 1]]);
        p = put_entry(p, entries[q[i + 2]]);
        p = put_entry(p, entries[q[i + 3]]);
    }
    for (; i < n; ++i)
        p = put_entry(p, entries[q[i]]);
    return p;
}

// Counts (Writing = false) or writes (Writing = true) bytes form-encoded, one at a time: for a
// value that is generated rather than held (account_details' JSON), so that it is sized
// first and then written straight into the request, never built on its own.
template <bool Writing>
class form_sink {
public:
    explicit form_sink(char* p = nullptr) noexcept : p_(p) {}

    void put(char c) noexcept
    {
        std::uint32_t const e = form_entries[static_cast<unsigned char>(c)];
        if constexpr (Writing)
            p_ = put_entry(p_, e);
        else
            n_ += e >> 24;
    }

    void put(std::string_view s) noexcept
    {
        for (char c : s)
            put(c);
    }

    std::size_t size() const noexcept { return n_; }
    char* end() const noexcept { return p_; }

private:
    char* p_;
    std::size_t n_ = 0;
};

// The pieces of a request target, literals and path segments, sized as they are added and
// written once into the request.
class target_writer {
public:
    // `text` is written as is (a path such as "/customers", or a query already encoded).
    void literal(std::string_view text)
    {
        pieces_.push_back(piece{text, {text.size(), true}, false});
        size_ += text.size();
    }

    // "/" and `value` as exactly one path segment: '/', '?', '#' and everything else outside
    // the unreserved set are escaped. "." and ".." never get here (require_path_param refuses
    // them: no escaping keeps a normalizing server from resolving them).
    void segment(std::string_view value)
    {
        encoded_length const len = encoded_size(value, path_sizes);
        pieces_.push_back(piece{value, len, true});
        size_ += 1 + len.size;
    }

    std::size_t size() const noexcept { return size_; }

    char* write(char* p) const noexcept
    {
        for (piece const& x : pieces_) {
            if (!x.segment) {
                p = put(p, x.text);
                continue;
            }
            *p++ = '/';
            p = encode_to(p, x.text, x.len, path_entries);
        }
        return p;
    }

private:
    struct piece {
        std::string_view text;
        encoded_length len;
        bool segment;
    };
    // Inline room for the longest target (six pieces); more would go to the heap.
    inline_list<piece, 8> pieces_;
    std::size_t size_ = 0;
};

// Collects `application/x-www-form-urlencoded` fields in order, sizing each as it comes, then
// writes them once into the request. Values are views: they must outlive write(), which holds
// for the operation's own fields. A generated value (account_details) is run once to size it
// and once to write it.
class form_writer {
public:
    // `name` is one of Juspay's field names: unreserved characters only, written as is.
    // Returns the value's classes (char_classes), found by the same pass that sizes it, for
    // the field rules.
    BOOST_FORCEINLINE unsigned add(std::string_view name, std::string_view value)
    {
        form_scan const scan = scan_form_value(value);
        push(field{name, value, scan.len, nullptr, nullptr}, scan.len.size);
        return scan.classes;
    }

    // Adds the field when the value is set; returns its classes (0 when it is not set).
    unsigned add_if(std::string_view name, std::optional<std::string> const& value)
    {
        return value ? add(name, *value) : 0u;
    }

    // A value that `Generator::generate(ctx, sink)` produces; `ctx` must outlive write().
    template <class Generator, class Context>
    void add_generated(std::string_view name, Context const& ctx)
    {
        form_sink<false> counter;
        Generator::generate(ctx, counter);
        auto const write = [](void const* c, char* p) noexcept {
            form_sink<true> sink(p);
            Generator::generate(*static_cast<Context const*>(c), sink);
            return sink.end();
        };
        push(field{name, {}, {counter.size(), false}, &ctx, write}, counter.size());
    }

    // The fields' "name=value" lengths, and the '&' between each two.
    std::size_t size() const noexcept { return fields_.empty() ? 0 : size_ + fields_.size() - 1; }

    char* write(char* p) const noexcept
    {
        bool first = true;
        for (field const& f : fields_) {
            if (!first)
                *p++ = '&';
            first = false;
            p = put(p, f.name);
            *p++ = '=';
            p = f.generator ? f.write(f.generator, p) : encode_to(p, f.value, f.len, form_entries);
        }
        return p;
    }

private:
    struct field {
        std::string_view name;
        std::string_view value;
        encoded_length len;
        void const* generator;
        char* (*write)(void const*, char*) noexcept;
    };

    void push(field const& f, std::size_t value_size)
    {
        BOOST_ASSERT(scan_form_value(f.name).len.verbatim);
        size_ += f.name.size() + 1 + value_size;
        fields_.push_back(f);
    }

    // Inline room for every operation's fields (seven at most); more would go to the heap.
    inline_list<field, 8> fields_;
    std::size_t size_ = 0;
};

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
