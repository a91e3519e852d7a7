// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_ENCODE_HPP
#define JUSPAY_DETAIL_ENCODE_HPP

#include <boost/url/encode.hpp>
#include <boost/url/encoding_opts.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace juspay {
namespace detail {

// Percent-encodes `s` onto `out`, keeping only `A-Z a-z 0-9 - . _ ~`. With `space_as_plus`
// (form bodies) a space becomes '+'; '+' itself is always "%2B", which is exactly what
// Boost.URL's params().append does not do.
inline void append_encoded(std::string& out, std::string_view s, bool space_as_plus)
{
    boost::urls::encoding_opts opt;
    opt.space_as_plus = space_as_plus;
    std::size_t const n = boost::urls::encoded_size(s, boost::urls::unreserved_chars, opt);
    std::size_t const start = out.size();
    out.resize(start + n);
    boost::urls::encode(&out[start], n, s, boost::urls::unreserved_chars, opt);
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
    append_encoded(out, segment, false);
}

// Writes `application/x-www-form-urlencoded` fields in the order they are added.
class form_writer {
public:
    explicit form_writer(std::string& out) noexcept : out_(out) {}

    void add(std::string_view name, std::string_view value)
    {
        if (!out_.empty())
            out_ += '&';
        append_encoded(out_, name, true);
        out_ += '=';
        append_encoded(out_, value, true);
    }

    // Starts a field whose value arrives in parts through value_part().
    void start(std::string_view name)
    {
        if (!out_.empty())
            out_ += '&';
        append_encoded(out_, name, true);
        out_ += '=';
    }

    void value_part(std::string_view part) { append_encoded(out_, part, true); }

    void add_if(std::string_view name, std::optional<std::string> const& value)
    {
        if (value)
            add(name, *value);
    }

private:
    std::string& out_;
};

} // namespace detail
} // namespace juspay

#endif
