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

#include <boost/assert.hpp>
#include <boost/container/small_vector.hpp>

#include <array>
#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace juspay {
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

inline encoded_length encoded_size(std::string_view s, std::array<unsigned char, 256> const& table) noexcept
{
    std::size_t extra = 0;
    unsigned any = 0;
    for (char c : s) {
        unsigned const t = table[static_cast<unsigned char>(c)];
        extra += t & 2u;
        any |= t;
    }
    return {s.size() + extra, any == 0};
}

// Writes the encoding of `s` (of length `len`, from encoded_size) at `p`; returns the end.
inline char* encode_to(char* p, std::string_view s, encoded_length len, std::array<unsigned char, 256> const& table) noexcept
{
    if (len.verbatim) { // the common case for ids, digits and codes
        if (len.size != 0)
            std::memcpy(p, s.data(), len.size);
        return p + len.size;
    }
    static constexpr char hex[] = "0123456789ABCDEF";
    for (char c : s) {
        auto const u = static_cast<unsigned char>(c);
        switch (table[u]) {
        case 0: *p++ = c; break;
        case 1: *p++ = '+'; break;
        default:
            p[0] = '%';
            p[1] = hex[u >> 4];
            p[2] = hex[u & 15];
            p += 3;
        }
    }
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
        auto const u = static_cast<unsigned char>(c);
        unsigned const t = form_escapes[u];
        if constexpr (Writing) {
            static constexpr char hex[] = "0123456789ABCDEF";
            if (t == 0) {
                *p_++ = c;
            } else if (t == 1) {
                *p_++ = '+';
            } else {
                p_[0] = '%';
                p_[1] = hex[u >> 4];
                p_[2] = hex[u & 15];
                p_ += 3;
            }
        } else {
            n_ += 1 + (t & 2u);
        }
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
    // the unreserved set are escaped, and "." and ".." are written "%2E" / "%2E%2E" so no
    // client or proxy can resolve them as dot segments.
    void segment(std::string_view value)
    {
        encoded_length len = encoded_size(value, path_escapes);
        if (value == "." || value == "..")
            len = {value.size() * 3, false};
        pieces_.push_back(piece{value, len, true});
        size_ += 1 + len.size;
    }

    std::size_t size() const noexcept { return size_; }

    char* write(char* p) const noexcept
    {
        for (piece const& x : pieces_) {
            if (!x.segment) {
                std::memcpy(p, x.text.data(), x.text.size());
                p += x.text.size();
                continue;
            }
            *p++ = '/';
            if (x.text == "." || x.text == "..") {
                for (std::size_t k = 0; k < x.text.size(); ++k, p += 3)
                    std::memcpy(p, "%2E", 3);
            } else {
                p = encode_to(p, x.text, x.len, path_escapes);
            }
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
    boost::container::small_vector<piece, 8> pieces_;
    std::size_t size_ = 0;
};

// Collects `application/x-www-form-urlencoded` fields in order, sizing each as it comes, then
// writes them once into the request. Values are views: they must outlive write(), which holds
// for the operation's own fields. A generated value (account_details) is run once to size it
// and once to write it.
class form_writer {
public:
    // `name` is one of Juspay's field names: unreserved characters only, written as is.
    void add(std::string_view name, std::string_view value)
    {
        encoded_length const len = encoded_size(value, form_escapes);
        push(field{name, value, len, nullptr, nullptr}, len.size);
    }

    void add_if(std::string_view name, std::optional<std::string> const& value)
    {
        if (value)
            add(name, *value);
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

    std::size_t size() const noexcept { return size_; }

    char* write(char* p) const noexcept
    {
        bool first = true;
        for (field const& f : fields_) {
            if (!first)
                *p++ = '&';
            first = false;
            std::memcpy(p, f.name.data(), f.name.size());
            p += f.name.size();
            *p++ = '=';
            p = f.generator ? f.write(f.generator, p) : encode_to(p, f.value, f.len, form_escapes);
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
        BOOST_ASSERT(encoded_size(f.name, form_escapes).verbatim);
        size_ += (fields_.empty() ? 0 : 1) + f.name.size() + 1 + value_size;
        fields_.push_back(f);
    }

    // Inline room for every operation's fields (seven at most); more would go to the heap.
    boost::container::small_vector<field, 8> fields_;
    std::size_t size_ = 0;
};

} // namespace detail
} // namespace juspay

#endif
