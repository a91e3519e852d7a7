// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_JSON_WRITER_HPP
#define JUSPAY_EMULATOR_JSON_WRITER_HPP

// JSON text written by hand. A DOM serializer would decide for us how a number looks (Boost.JSON
// writes 1.0 as 1E0) and in which order members go; the emulator has to choose both, to answer
// in Juspay's shapes and, with --drift, in each of the variants Juspay's samples show.

#include "text.hpp"

#include <algorithm>
#include <charconv>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace juspay_emulator {
namespace json {

// A JSON string. Well-formed UTF-8 is kept as is; a byte that is not (a journaled body can
// hold anything) becomes U+FFFD, so the output is always valid JSON.
inline std::string quote(std::string_view s)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        char const c = s[i];
        auto const u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            std::size_t const n = utf8_sequence(s, i);
            if (n == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(s.data() + i, n);
                i += n;
            }
            continue;
        }
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 15];
            } else
                out += c;
        }
        ++i;
    }
    out += '"';
    return out;
}

// Integers as JSON numbers (counts, statuses, latency).
inline std::string number(long long v) { return std::to_string(v); }
inline std::string number(unsigned long long v) { return std::to_string(v); }

// Shortest text that reads back as the same double ("0.25", "1", "1e-05"): all valid JSON.
inline std::string number(double v)
{
    char buf[64];
    auto const r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

inline std::string boolean(bool b) { return b ? "true" : "false"; }

// An object as an ordered list of members, each already JSON text; the order can be shuffled
// and members dropped before it is written.
class object {
public:
    object& raw(std::string_view key, std::string value)
    {
        members_.emplace_back(std::string(key), std::move(value));
        return *this;
    }
    object& str(std::string_view key, std::string_view value) { return raw(key, quote(value)); }
    object& null(std::string_view key) { return raw(key, "null"); }

    template <class Rng>
    void shuffle(Rng& rng)
    {
        std::shuffle(members_.begin(), members_.end(), rng);
    }

    std::string text() const
    {
        std::string out = "{";
        for (auto const& [k, v] : members_) {
            if (out.size() > 1)
                out += ',';
            out += quote(k);
            out += ':';
            out += v;
        }
        out += '}';
        return out;
    }

private:
    std::vector<std::pair<std::string, std::string>> members_;
};

// An array of elements that are already JSON text.
inline std::string array(std::vector<std::string> const& elements)
{
    std::string out = "[";
    for (auto const& e : elements) {
        if (out.size() > 1)
            out += ',';
        out += e;
    }
    out += ']';
    return out;
}

} // namespace json
} // namespace juspay_emulator

#endif
