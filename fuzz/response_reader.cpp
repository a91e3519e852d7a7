// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Fuzzes juspay::http1::response_reader. The same byte stream is read three ways (whole, in
// the fuzzer's pieces, one byte at a time) and every outcome must be the same; each outcome is
// checked against the class's documented promises; and for streams this file builds itself
// (well-formed responses with fuzzer-chosen status, fields, Content-Length, chunked or
// close-delimited bodies, interim 1xx and pipelining) the outcome must be exactly the one the
// builder knows, limits included.
//
// Input: byte 0 mode (0: raw stream, 1-2: built, 3: built then one byte changed); byte 1 picks
// the limits, u16 header_bytes and u16 body_bytes follow (used when picked); then the number
// of cut points (0-15) and a u16 per cut point; in mode 3 a u16 position and a byte to XOR;
// then the stream (raw) or the builder's choices.
#ifndef JUSPAY_FUZZ_LINKED_BOOST // fuzz/run.sh compiles Boost in; CMake links it
#include <juspay/boost_src.hpp>
#endif

#include <juspay/error.hpp>
#include <juspay/http1.hpp>

#include "fuzz.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using juspay::http1::limits;
using juspay::http1::response_reader;
using fields = std::vector<std::pair<std::string, std::string>>;

constexpr std::size_t max_responses = 8;

// The doc's clamp: header_bytes above 65535 acts as 65535.
std::size_t header_limit(limits const& l) { return std::min<std::size_t>(l.header_bytes, 65535); }

struct got_response {
    int status = 0;
    std::string body;
    fields headers;
    bool keep_alive = false;
    std::size_t bytes = 0; // of the stream, interim answers included
    bool by_eof = false;

    bool operator==(got_response const& o) const
    {
        return status == o.status && body == o.body && headers == o.headers && keep_alive == o.keep_alive &&
               bytes == o.bytes && by_eof == o.by_eof;
    }
};

struct outcome {
    std::vector<got_response> responses;
    bool failed = false;
    int code = 0;
    int http_status = 0;
    std::size_t taken = 0;  // by feeds that succeeded
    bool clean_end = false; // the stream ended between two responses
    bool capped = false;    // stopped after max_responses
};

bool same(outcome const& a, outcome const& b)
{
    if (a.responses != b.responses || a.failed != b.failed)
        return false;
    if (a.failed) // the failing feed's bytes are not counted, and those depend on the pieces
        return a.code == b.code && a.http_status == b.http_status;
    return a.taken == b.taken && a.clean_end == b.clean_end && a.capped == b.capped;
}

bool is_ows(char c) { return c == ' ' || c == '\t'; }

void check_error(juspay::error const& e)
{
    FUZZ_CHECK(e.code.category() == juspay::error_category(), "a reader error is a juspay::errc");
    FUZZ_CHECK(e.code == juspay::errc::malformed_http || e.code == juspay::errc::response_too_large,
               "a reader error is malformed_http or response_too_large");
    FUZZ_CHECK(e.retry() == juspay::retry_advice::check_first, "a reader error advises check_first");
    // The status line's three digits once parsed ("020" too, refused as below 100), else 0.
    FUZZ_CHECK(e.http_status >= 0 && e.http_status <= 999, "a reader error's status is 0 or three digits");
    // The message is the reader's own words: one short line of printable ASCII, which the
    // stream's bytes (controls, bytes past 0x7f) would break if they were echoed.
    std::string_view const m = e.message();
    FUZZ_CHECK(!m.empty() && m.size() <= 160 &&
                   std::all_of(m.begin(), m.end(), [](char c) { return c >= 0x20 && c < 0x7f; }),
               "a reader error's message is one short line of printable ASCII");
}

// What a reader with no response in hand must answer.
void check_empty(response_reader const& r)
{
    FUZZ_CHECK(!r.done(), "not done");
    FUZZ_CHECK(!r.keep_alive(), "keep_alive() is false before done()");
    auto const v = r.response();
    FUZZ_CHECK(v.status == 0 && v.body.empty() && v.headers.empty(), "response() is empty before done()");
}

// After a failure every call answers the same error until reset().
void check_sticky(response_reader& r, juspay::error const& e)
{
    check_empty(r);
    auto const again = r.feed("HTTP/1.1 200 OK\r\n\r\n");
    FUZZ_CHECK(!again && again.error().code == e.code && again.error().http_status == e.http_status,
               "feed after a failure returns the same error");
    auto const eof = r.feed_eof();
    FUZZ_CHECK(!eof && eof.error().code == e.code && eof.error().http_status == e.http_status,
               "feed_eof after a failure returns the same error");
    check_empty(r);
    r.reset();
    check_empty(r);
    auto const empty = r.feed({});
    FUZZ_CHECK(empty && *empty == 0, "reset() clears a failure");
}

got_response record(response_reader const& r, std::string_view own_bytes, limits const& lim, bool by_eof)
{
    auto const v = r.response();
    got_response g;
    g.status = v.status;
    g.body.assign(v.body);
    for (auto const& h : v.headers)
        g.headers.emplace_back(std::string(h.name), std::string(h.value));
    g.keep_alive = r.keep_alive();
    g.bytes = own_bytes.size();
    g.by_eof = by_eof;

    FUZZ_CHECK(g.status >= 100 && g.status <= 999, "a status is three digits");
    FUZZ_CHECK(g.status >= 200 || g.status == 101, "interim 1xx answers are dropped, 101 is final");
    FUZZ_CHECK(g.status != 101 || !g.keep_alive, "keep_alive() is false after 101");
    FUZZ_CHECK(!by_eof || !g.keep_alive, "keep_alive() is false after a close-delimited body");
    FUZZ_CHECK(g.body.size() <= lim.body_bytes, "the body is within limits::body_bytes");
    FUZZ_CHECK(!own_bytes.empty(), "a response takes some bytes");
    for (auto const& [name, value] : g.headers) {
        FUZZ_CHECK(!name.empty(), "a field name is not empty");
        FUZZ_CHECK(name.find_first_of(": \t\r\n") == std::string::npos, "a field name is a token");
        FUZZ_CHECK(value.empty() || (!is_ows(value.front()) && !is_ows(value.back())),
                   "a field value has no surrounding whitespace");
    }
    // A header ends at its first empty line; the first header of this response's bytes (an
    // interim one or the final one) is bounded by the limit like every header.
    auto const end = own_bytes.find("\r\n\r\n");
    FUZZ_CHECK(end != std::string_view::npos && end + 4 <= header_limit(lim),
               "a header is within limits::header_bytes");
    return g;
}

// The views must survive moving the reader (their state is on the heap), and the moved-from
// reader is a new one.
void check_move(response_reader& r, bool assign)
{
    auto const before = r.response();
    got_response const copy = [&] {
        got_response g;
        g.status = before.status;
        g.body.assign(before.body);
        for (auto const& h : before.headers)
            g.headers.emplace_back(std::string(h.name), std::string(h.value));
        return g;
    }();
    bool const ka = r.keep_alive();
    auto check = [&](response_reader const& m, response_reader& from) {
        FUZZ_CHECK(m.done() && m.keep_alive() == ka, "a moved reader is still done");
        auto const after = m.response();
        FUZZ_CHECK(after.status == copy.status && after.body == copy.body && after.body.data() == before.body.data() &&
                       after.headers.size() == copy.headers.size(),
                   "a moved reader keeps the response and its views");
        for (std::size_t i = 0; i < copy.headers.size(); ++i)
            FUZZ_CHECK(before.headers[i].name == copy.headers[i].first &&
                           before.headers[i].value == copy.headers[i].second &&
                           after.headers[i].name.data() == before.headers[i].name.data(),
                       "the views taken before the move stay valid");
        check_empty(from);
        auto const eof = from.feed_eof();
        FUZZ_CHECK(!eof && eof.error().code == juspay::errc::malformed_http && eof.error().http_status == 0,
                   "a moved-from reader behaves as a new one");
        from.reset();
    };
    if (assign) {
        response_reader m(limits{1, 1});
        m = std::move(r);
        check(m, r);
        r = std::move(m);
    } else {
        response_reader m(std::move(r));
        check(m, r);
        r = std::move(m);
    }
}

// Reads `stream` as a caller would, receiving it in the pieces that end at `cuts` (increasing,
// the last one stream.size()), reading pipelined responses until the stream ends.
outcome run(std::string_view stream, limits const& lim, std::vector<std::size_t> const& cuts)
{
    outcome o;
    response_reader r(lim);
    std::string in; // received, not taken yet
    std::size_t received = 0, next_cut = 0, response_start = 0;
    for (;;) {
        if (in.empty()) {
            if (received == stream.size()) {
                bool const nothing_fed = o.taken == response_start;
                auto const eof = r.feed_eof();
                if (eof) {
                    FUZZ_CHECK(r.done(), "feed_eof succeeds only with a done response");
                    FUZZ_CHECK(!nothing_fed, "feed_eof does not make a response out of nothing");
                    o.responses.push_back(record(r, stream.substr(response_start, o.taken - response_start), lim, true));
                    FUZZ_CHECK(r.feed_eof(), "feed_eof does nothing once done");
                    auto const more = r.feed("x");
                    FUZZ_CHECK(more && *more == 0, "feed takes 0 once done");
                    return o;
                }
                FUZZ_CHECK(!r.done(), "a failed feed_eof leaves the reader not done");
                check_error(eof.error());
                FUZZ_CHECK(eof.error().code == juspay::errc::malformed_http, "an early end is malformed_http");
                if (nothing_fed) {
                    FUZZ_CHECK(eof.error().http_status == 0, "nothing read has no status");
                    o.clean_end = true;
                    return o;
                }
                o.failed = true;
                o.code = eof.error().code.value();
                o.http_status = eof.error().http_status;
                check_sticky(r, eof.error());
                return o;
            }
            std::size_t const end = cuts[next_cut++];
            in.assign(stream.substr(received, end - received));
            received = end;
        }
        auto const taken = r.feed(in);
        if (!taken) {
            check_error(taken.error());
            o.failed = true;
            o.code = taken.error().code.value();
            o.http_status = taken.error().http_status;
            check_sticky(r, taken.error());
            return o;
        }
        FUZZ_CHECK(*taken <= in.size(), "feed takes at most the bytes given");
        FUZZ_CHECK(r.done() || *taken == in.size(), "feed takes every byte while the response goes on");
        in.erase(0, *taken);
        o.taken += *taken;
        if (!r.done()) {
            check_empty(r);
            continue;
        }
        o.responses.push_back(record(r, stream.substr(response_start, o.taken - response_start), lim, false));
        response_start = o.taken;
        auto const more = r.feed(in.empty() ? std::string_view("x") : std::string_view(in));
        FUZZ_CHECK(more && *more == 0, "feed takes 0 once done");
        if (o.responses.size() % 2 == 1)
            check_move(r, o.responses.size() % 4 == 1);
        if (o.responses.size() == max_responses) {
            o.capped = true;
            return o;
        }
        r.reset();
        check_empty(r);
    }
}

std::vector<std::size_t> whole(std::size_t n) { return {n}; }

std::vector<std::size_t> bytewise(std::size_t n)
{
    std::vector<std::size_t> cuts;
    for (std::size_t i = 1; i <= n; ++i)
        cuts.push_back(i);
    if (cuts.empty())
        cuts.push_back(0);
    return cuts;
}

// ---- Well-formed responses, and what reading them must give ----

constexpr std::string_view framing_names[] = {"content-length", "transfer-encoding", "connection", "proxy-connection",
                                              "keep-alive", "upgrade", "trailer", "te"};

bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

constexpr std::string_view tchars = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// One field "name: value" with optional whitespace around the value; appends the field as the
// reader must report it.
void add_field(fuzz::input& in, std::string& out, fields& expect)
{
    static constexpr std::string_view common[] = {"Content-Type", "x-request-id", "X-Response-Id", "Date",
                                                  "Server",       "Retry-After",  "cache-control", "Vary"};
    std::string name;
    if (in.chance(160)) {
        name = common[in.below(std::size(common))];
    } else {
        std::size_t const n = 1 + in.below(12);
        for (std::size_t i = 0; i < n; ++i)
            name += tchars[in.below(tchars.size())];
        for (auto const f : framing_names)
            if (iequals(name, f))
                name = "X-" + name; // framing fields are built on purpose, not by chance
    }
    std::string value;
    std::size_t const n = in.below(24);
    for (std::size_t i = 0; i < n; ++i) {
        std::uint8_t const b = in.byte();
        value += b % 96 == 95 ? '\t' : static_cast<char>(0x20 + b % 95);
    }
    std::size_t first = 0, last = value.size();
    while (first < last && is_ows(value[first]))
        ++first;
    while (last > first && is_ows(value[last - 1]))
        --last;
    static constexpr std::string_view ows[] = {"", " ", "  ", "\t", " \t"};
    out += name + ":" + std::string(ows[in.below(std::size(ows))]) + value +
           std::string(ows[in.below(std::size(ows))]) + "\r\n";
    expect.emplace_back(name, value.substr(first, last - first));
}

// A check the reader makes at a point of the stream: a unit over a limit stops it there.
struct unit {
    enum kind_t { header, framing, content_length, body_total } kind;
    std::size_t size;
};

struct built_response {
    std::string bytes;
    got_response expect;
    std::vector<unit> units; // in stream order
    int status = 0;          // for an error past the final header
    bool close_delimited = false;
};

std::string hex(std::size_t v, bool upper)
{
    char const* const digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string s;
    do {
        s.insert(s.begin(), digits[v % 16]);
        v /= 16;
    } while (v != 0);
    return s;
}

built_response build_one(fuzz::input& in, bool may_close)
{
    built_response b;
    // Interim answers first: dropped by the reader, but their bytes are this response's.
    std::size_t const interim = in.chance(40) ? 1 + in.below(2) : 0;
    for (std::size_t i = 0; i < interim; ++i) {
        static constexpr int codes[] = {100, 102, 103, 199};
        std::string h = "HTTP/1.1 " + std::to_string(codes[in.below(std::size(codes))]) + " Interim\r\n";
        fields ignored;
        std::size_t const nf = in.below(3);
        for (std::size_t f = 0; f < nf; ++f)
            add_field(in, h, ignored);
        h += "\r\n";
        b.units.push_back({unit::header, h.size()});
        b.bytes += h;
    }

    bool const v10 = in.chance(24);
    std::uint8_t const s = in.byte();
    int status;
    if (s < 24)
        status = 204;
    else if (s < 36)
        status = 304;
    else if (s < 44)
        status = 101;
    else if (s < 150)
        status = 200 + static_cast<int>(in.below(4)) * 100 + (s & 1);
    else
        status = 200 + static_cast<int>(in.below(800));
    bool const no_body = status == 204 || status == 304 || status == 101;

    std::string head = std::string(v10 ? "HTTP/1.0 " : "HTTP/1.1 ") + std::to_string(status) + " ";
    std::size_t const reason = in.below(16);
    for (std::size_t i = 0; i < reason; ++i)
        head += "OK Created Not Found "[in.below(21)];
    head += "\r\n";

    fields& expect = b.expect.headers;
    std::size_t const extra = in.below(6);
    int const connection = static_cast<int>(in.below(3)); // none, close, keep-alive
    std::size_t const connection_at = in.below(extra + 1);
    enum { by_length, by_chunks, by_close } framing = by_length;
    if (!no_body) {
        std::uint8_t const f = in.byte();
        framing = f < 110 ? by_length : f < 220 || !may_close ? by_chunks : by_close;
        if (v10 && framing == by_chunks)
            framing = by_length;
    }
    std::string body;
    std::size_t const body_size = no_body ? 0 : in.below(300);
    for (std::size_t i = 0; i < body_size; ++i)
        body += static_cast<char>(in.byte());
    for (std::size_t i = 0; i <= extra; ++i) {
        if (i == connection_at && connection != 0) {
            std::string const value = connection == 1 ? (in.chance(128) ? "close" : "Close")
                                                      : (in.chance(128) ? "keep-alive" : "Keep-Alive");
            std::string const name = in.chance(128) ? "Connection" : "connection";
            head += name + ": " + value + "\r\n";
            expect.emplace_back(name, value);
        }
        if (i < extra)
            add_field(in, head, expect);
    }
    // Framing last, so that the extra fields cannot have been cut by it.
    if (framing == by_length && !no_body) {
        std::string const name = in.chance(128) ? "Content-Length" : "content-length";
        std::string const value = std::string(in.below(3), '0') + std::to_string(body.size());
        head += name + ": " + value + "\r\n";
        expect.emplace_back(name, value);
    } else if (no_body && status != 101 && in.chance(40)) {
        // 204 and 304 have no body whatever Content-Length says.
        std::string const value = std::to_string(in.below(100000));
        head += "Content-Length: " + value + "\r\n";
        expect.emplace_back("Content-Length", value);
    } else if (framing == by_chunks) {
        std::string const value = in.chance(200) ? "chunked" : "Chunked";
        head += "Transfer-Encoding: " + value + "\r\n";
        expect.emplace_back("Transfer-Encoding", value);
    }
    head += "\r\n";
    b.units.push_back({unit::header, head.size()});
    b.bytes += head;

    static constexpr std::string_view extensions[] = {"", "", "", ";ext=1", ";a", ";b=\"q s\"", ";x=yz;y"};
    if (framing == by_length && !no_body) {
        b.units.push_back({unit::content_length, body.size()});
        b.bytes += body;
    } else if (framing == by_close) {
        b.units.push_back({unit::body_total, body.size()});
        b.bytes += body;
        b.close_delimited = true;
    } else if (framing == by_chunks) {
        std::size_t at = 0, total = 0;
        bool first = true;
        while (at < body.size()) {
            std::size_t const n = std::min(body.size() - at, 1 + in.below(in.chance(200) ? 64 : 300));
            std::string line = std::string(in.below(3), '0') + hex(n, in.chance(128)) +
                               std::string(extensions[in.below(std::size(extensions))]);
            if (in.chance(16)) // long enough to reach a small header limit
                line += ";long=" + std::string(1 + in.below(300), 'x');
            line += "\r\n";
            b.units.push_back({unit::framing, (first ? 0 : 2) + line.size()});
            total += n;
            b.units.push_back({unit::body_total, total});
            b.bytes += (first ? "" : "\r\n") + line + body.substr(at, n);
            at += n;
            first = false;
        }
        std::string last = (first ? "" : "\r\n") + std::string(1 + in.below(3), '0') +
                           std::string(extensions[in.below(std::size(extensions))]) + "\r\n";
        std::size_t const trailers = in.chance(60) ? 1 + in.below(2) : 0;
        for (std::size_t i = 0; i < trailers; ++i)
            add_field(in, last, expect);
        last += "\r\n";
        b.units.push_back({unit::framing, last.size()});
        b.bytes += last;
    }
    b.status = status;
    b.expect.status = status;
    b.expect.body = body;
    b.expect.bytes = b.bytes.size();
    b.expect.by_eof = b.close_delimited;
    bool const persistent = v10 ? connection == 2 : connection != 1;
    b.expect.keep_alive = status != 101 && !b.close_delimited && persistent;
    return b;
}

// Builds 1-4 pipelined responses and the outcome of reading them under `lim`.
std::string build(fuzz::input& in, limits const& lim, outcome& expect)
{
    std::string stream;
    std::size_t const count = 1 + in.below(4);
    std::size_t const h = header_limit(lim);
    for (std::size_t i = 0; i < count; ++i) {
        built_response b = build_one(in, i + 1 == count);
        stream += b.bytes;
        for (auto const& u : b.units) {
            bool over = false;
            switch (u.kind) {
            case unit::header: over = u.size > h; break;
            case unit::framing: over = u.size > h; break;
            case unit::content_length:
            case unit::body_total: over = u.size > lim.body_bytes; break;
            }
            if (over) {
                expect.failed = true;
                expect.code = static_cast<int>(juspay::errc::response_too_large);
                // A header over the limit has no status; after the header the status is known.
                expect.http_status = u.kind == unit::header ? 0 : b.status;
                return stream;
            }
        }
        expect.responses.push_back(b.expect);
        expect.taken += b.bytes.size();
        if (b.close_delimited)
            return stream;
    }
    expect.clean_end = true;
    return stream;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    fuzz::input in(data, size);
    std::uint8_t const mode = in.byte() % 4;

    limits lim;
    std::uint8_t const pick = in.byte();
    std::uint16_t const h = in.u16(), b = in.u16();
    // Small limits, often near the size of the units built below, so that their edges are hit.
    std::size_t const small_header = 64 + h % (h & 0x8000 ? 4033 : 256);
    std::size_t const small_body = b % (b & 0x8000 ? 4097 : 400);
    if (pick < 64) {
        lim.header_bytes = small_header;
        lim.body_bytes = small_body;
    } else if (pick < 96) {
        lim.header_bytes = small_header;
    } else if (pick < 112) {
        lim.body_bytes = small_body;
    } else if (pick < 116) {
        lim.header_bytes = pick % 2 ? std::numeric_limits<std::size_t>::max() : 65536 + h;
    }

    std::size_t const ncuts = in.byte() % 16;
    std::vector<std::uint16_t> raw_cuts;
    for (std::size_t i = 0; i < ncuts; ++i)
        raw_cuts.push_back(in.u16());
    std::uint16_t const flip_at = mode == 3 ? in.u16() : 0;
    std::uint8_t const flip = mode == 3 ? static_cast<std::uint8_t>(in.byte() | 1) : 0;

    std::string stream;
    std::optional<outcome> expect;
    if (mode == 0) {
        stream.assign(in.rest());
    } else {
        expect.emplace();
        stream = build(in, lim, *expect);
        if (mode == 3) {
            expect.reset();
            if (!stream.empty())
                stream[flip_at % stream.size()] = static_cast<char>(stream[flip_at % stream.size()] ^ flip);
        }
    }

    std::vector<std::size_t> cuts;
    for (auto const c : raw_cuts)
        cuts.push_back(c % (stream.size() + 1));
    cuts.push_back(stream.size());
    std::sort(cuts.begin(), cuts.end());

    outcome const one = run(stream, lim, whole(stream.size()));
    outcome const pieces = run(stream, lim, cuts);
    FUZZ_CHECK(same(one, pieces), "the fuzzer's pieces read as the whole stream does");
    if (stream.size() <= 2048) {
        outcome const bytes = run(stream, lim, bytewise(stream.size()));
        FUZZ_CHECK(same(one, bytes), "one byte at a time reads as the whole stream does");
    }
    if (!one.failed && !one.capped)
        FUZZ_CHECK(one.taken == stream.size(), "a stream read to its end is taken whole");
    if (expect) {
        // The documented order: as received, except that fields of one name (any case) stay
        // together at the place of the first, as Beast's fields keep them.
        auto grouped = [](outcome o) {
            auto same_name = [](std::string const& a, std::string const& b) {
                return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; };
                           return lower(x) == lower(y);
                       });
            };
            for (auto& r : o.responses) {
                fields out;
                for (auto const& f : r.headers) {
                    auto last = out.end();
                    for (auto it = out.begin(); it != out.end(); ++it)
                        if (same_name(it->first, f.first))
                            last = it + 1;
                    out.insert(last, f);
                }
                r.headers = std::move(out);
            }
            return o;
        };
        FUZZ_CHECK(same(one, grouped(*expect)),
                   "a built stream reads as built, fields in the order received (one name's together)");
    }
    return 0;
}
