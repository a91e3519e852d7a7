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

inline void append_encoded(std::string& out, std::string_view s, std::array<unsigned char, 256> const& table)
{
    encoded_length const len = encoded_size(s, table);
    std::size_t const start = out.size();
    out.resize(start + len.size);
    encode_to(&out[start], s, len, table);
}

// Appends "/" and `segment` as exactly one path segment: '/', '?', '#' and everything else
// outside the unreserved set are escaped, and "." and ".." are written "%2E" / "%2E%2E"
// so no client or proxy can resolve them as dot segments.
inline void append_path_segment(std::string& out, std::string_view segment)
{
    out += '/';
    if (segment == "." || segment == "..") {
        for (std::size_t i = 0; i < segment.size(); ++i)
            out += "%2E";
        return;
    }
    append_encoded(out, segment, path_escapes);
}

// Collects `application/x-www-form-urlencoded` fields in order, then writes them with one
// allocation of exactly the right size (write_to replaces the target's contents). Values are
// views: they must outlive write_to(), which holds for the operation's own fields; one value
// built on the fly (account_details) goes through add_owned(). Past `capacity` fields the
// earlier ones are written out first, so any count works; no operation has that many.
class form_writer {
public:
    // `name` is one of Juspay's field names: unreserved characters only, written as is.
    void add(std::string_view name, std::string_view value)
    {
        BOOST_ASSERT(encoded_size(name, form_escapes).verbatim);
        if (count_ == fields_.size())
            flush_into(overflow_);
        fields_[count_++] = field{name, value};
    }

    void add_if(std::string_view name, std::optional<std::string> const& value)
    {
        if (value)
            add(name, *value);
    }

    // Keeps `value` alive until the body is written. One owned value per body.
    void add_owned(std::string_view name, std::string value)
    {
        BOOST_ASSERT(owned_.empty());
        owned_ = std::move(value);
        add(name, owned_);
    }

    // One pass to size the body, one allocation, one pass to write it.
    void write_to(std::string& out)
    {
        encoded_length sizes[capacity];
        std::size_t total = overflow_.size();
        for (std::size_t i = 0; i < count_; ++i) {
            sizes[i] = encoded_size(fields_[i].value, form_escapes);
            total += fields_[i].name.size() + sizes[i].size + 2; // '=' and '&'
        }
        if (total != 0 && overflow_.empty())
            --total; // no '&' before the first field
        out = std::move(overflow_);
        std::size_t const start = out.size();
        out.resize(total);
        char* p = &out[0] + start;
        for (std::size_t i = 0; i < count_; ++i) {
            if (p != out.data())
                *p++ = '&';
            std::memcpy(p, fields_[i].name.data(), fields_[i].name.size());
            p += fields_[i].name.size();
            *p++ = '=';
            p = encode_to(p, fields_[i].value, sizes[i], form_escapes);
        }
        count_ = 0;
    }

private:
    static constexpr std::size_t capacity = 8;

    struct field {
        std::string_view name;
        std::string_view value;
    };

    void flush_into(std::string& out)
    {
        for (std::size_t i = 0; i < count_; ++i) {
            if (!out.empty())
                out += '&';
            append_encoded(out, fields_[i].name, form_escapes);
            out += '=';
            append_encoded(out, fields_[i].value, form_escapes);
        }
        count_ = 0;
    }

    std::array<field, capacity> fields_{};
    std::size_t count_ = 0;
    std::string owned_;
    std::string overflow_;
};

} // namespace detail
} // namespace juspay

#endif
