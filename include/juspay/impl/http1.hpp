// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_HTTP1_HPP
#define JUSPAY_IMPL_HTTP1_HPP

#include <juspay/detail/abi.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/assert.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// Everything of a reader that views point into lives here, on the heap, so that moving the
// reader moves one pointer and every view of `response()` stays valid.
struct http1_reader_state {
    using parser_type = boost::beast::http::response_parser<boost::beast::http::string_body>;

    // A Beast parser reads one message and cannot be reset or moved: a new one is emplaced for
    // each response, and after each interim 1xx.
    std::optional<parser_type> parser;
    // Bytes taken from the caller that the parser could not use yet: a header not yet ended
    // by its blank line, or the end of a piece that stopped inside a chunk-size line or the
    // trailer (Beast needs those whole in one buffer). At most one byte more than
    // `limits::header_bytes` (that byte tells a unit over the limit).
    std::string pending;
    // Built once when done; views into the parser's fields, whose elements never move.
    std::vector<header_view> headers;
    std::optional<error> failed;
    bool done = false;
};

// Beast keeps a field's name and value in at most 65535 bytes each and throws beyond; a header
// limit below that keeps every field under it, so parsing never throws anything but bad_alloc.
constexpr std::size_t http1_max_header_bytes = 65535;

inline std::size_t http1_header_limit(http1::limits const& l) noexcept
{
    return l.header_bytes < http1_max_header_bytes ? l.header_bytes : http1_max_header_bytes;
}

// Where a header ends in `buf`, looking at the bytes from `from` on (those before it were
// looked at already): one past its blank line (CRLF CRLF), or npos. At the first LF not
// preceded by CR, which no header may hold, `bare_lf` is set and one past that LF returned.
inline std::size_t http1_header_end(std::string_view buf, std::size_t from, bool& bare_lf) noexcept
{
    bare_lf = false;
    for (std::size_t i = buf.find('\n', from); i != std::string_view::npos; i = buf.find('\n', i + 1)) {
        if (i == 0 || buf[i - 1] != '\r') {
            bare_lf = true;
            return i + 1;
        }
        if (i >= 3 && buf[i - 2] == '\n' && buf[i - 3] == '\r')
            return i + 1;
    }
    return std::string_view::npos;
}

// Whether `unit`, chunk framing that Beast was just given and wants more of, already holds
// all it needs for a verdict: a whole chunk-size line, and for the last chunk its whole
// trailer. Beast 1.81 gives a chunk extension's quoted-string parser the end of its buffer
// rather than the end of the line, so an unclosed quote keeps it reading past the line, and
// its verdict then depends on how many bytes behind the line came in the same piece. A quoted
// string holds no CR and no LF, so such a line is malformed whatever follows it.
inline bool http1_chunk_line_overrun(std::string_view unit) noexcept
{
    // The CRLF that ends the previous chunk's data, which Beast reads with the next line.
    if (unit.size() >= 2 && unit[0] == '\r' && unit[1] == '\n')
        unit.remove_prefix(2);
    std::size_t const eol = unit.find("\r\n");
    if (eol == std::string_view::npos)
        return false;
    std::size_t const digits = unit.find_first_not_of("0123456789abcdefABCDEF");
    if (unit.find_first_not_of('0') < digits)
        return true; // a chunk with data: the line is all there is to judge
    // The last chunk: Beast reads its line with the trailer, up to the blank line.
    return unit.find("\r\n\r\n", eol) != std::string_view::npos;
}

// What a Beast parse error means, in words that echo none of the bytes.
inline std::string_view http1_describe(boost::beast::error_code const& ec) noexcept
{
    namespace http = boost::beast::http;
    if (ec.category() != http::make_error_code(http::error::need_more).category())
        return "not a valid HTTP/1.1 message";
    switch (static_cast<http::error>(ec.value())) {
    case http::error::bad_version: return "the status line does not start with HTTP/1.0 or HTTP/1.1 and a space";
    case http::error::bad_status: return "the status code is not three digits";
    case http::error::bad_reason: return "the reason phrase holds a control character";
    case http::error::bad_line_ending: return "a line does not end with CRLF";
    case http::error::bad_field: return "a header field name is not a token";
    case http::error::bad_value: return "a header field value holds a control character";
    case http::error::bad_content_length: return "Content-Length is not one decimal number, or comes with chunked";
    case http::error::multiple_content_length: return "more than one Content-Length";
    case http::error::bad_transfer_encoding: return "Transfer-Encoding is repeated, or comes with Content-Length";
    case http::error::bad_chunk: return "a chunk size is not hexadecimal, or a chunk does not end with CRLF";
    case http::error::bad_chunk_extension: return "a chunk extension is malformed";
    case http::error::bad_obs_fold: return "a folded header line is malformed";
    default: return "not a valid HTTP/1.1 message";
    }
}

} // namespace detail

namespace http1 {

JUSPAY_DECL response_reader::response_reader(limits l) noexcept : limits_(l) {}

JUSPAY_DECL response_reader::response_reader(response_reader&& other) noexcept
    : limits_(other.limits_), state_(std::move(other.state_))
{
}

JUSPAY_DECL response_reader& response_reader::operator=(response_reader&& other) noexcept
{
    limits_ = other.limits_;
    state_ = std::move(other.state_);
    return *this;
}

JUSPAY_DECL response_reader::~response_reader() = default;

JUSPAY_DECL void response_reader::start()
{
    state_ = std::make_unique<juspay::detail::http1_reader_state>();
    configure();
}

JUSPAY_DECL void response_reader::configure()
{
    auto& p = state_->parser.emplace();
    // Beast checks its limit against one call's buffer only; the reader counts the whole header
    // itself, against the same limit, so Beast's check never fires first.
    p.header_limit(static_cast<std::uint32_t>(juspay::detail::http1_header_limit(limits_)));
    p.body_limit(static_cast<std::uint64_t>(limits_.body_bytes));
    // Not eager: one put() reads one unit (the header, a chunk-size line, some body bytes, the
    // last chunk with its trailer) and advance() loops. The bytes consumed by one put() are
    // then the exact size of that unit, so the limits hold however the bytes were split.
    p.eager(false);
    // Beast's default status is 200; 0 tells "no status line read yet" for an error's status.
    p.get().result(boost::beast::http::status::unknown);
}

JUSPAY_DECL void response_reader::reset()
{
    if (!state_)
        return;
    auto& s = *state_;
    s.headers.clear();
    s.pending.clear();
    s.failed.reset();
    s.done = false;
    configure();
}

JUSPAY_DECL error response_reader::fail(errc code, std::string_view what, bool with_status)
{
    juspay::detail::error_details d;
    d.text.reserve(19 + what.size());
    d.text = "HTTP/1.1 response: ";
    d.text += what;
    // The request went out and its answer is lost or unreadable: it may have been carried out.
    d.retry = retry_advice::check_first;
    int const status = with_status && state_->parser ? static_cast<int>(state_->parser->get().result_int()) : 0;
    state_->failed = juspay::detail::error_access::make(make_error_code(code), status, std::move(d));
    state_->done = false;
    return *state_->failed;
}

JUSPAY_DECL error response_reader::fail_header_too_large()
{
    return fail(errc::response_too_large,
                "header longer than the " + std::to_string(juspay::detail::http1_header_limit(limits_)) + "-byte limit", false);
}

JUSPAY_DECL error response_reader::fail_framing_too_large()
{
    return fail(errc::response_too_large, "chunk-size line or trailer longer than the " +
                                              std::to_string(juspay::detail::http1_header_limit(limits_)) + "-byte header limit");
}

// How many more bytes the pending buffer may take before it is over its limit, plus one: a
// unit still unfinished with that one byte more is over the limit, and is reported as such.
JUSPAY_DECL std::size_t response_reader::pending_room() const noexcept
{
    auto const& s = *state_;
    std::size_t const limit = juspay::detail::http1_header_limit(limits_);
    return (s.pending.size() < limit ? limit - s.pending.size() : 0) + 1;
}

// Checks made once per header, before any body byte: what Beast accepts but a client of one
// API must not (duplicate framing is how responses get split), and skipping interim answers.
JUSPAY_DECL result<void> response_reader::header_complete()
{
    namespace http = boost::beast::http;
    auto& p = *state_->parser;
    auto const& m = p.get();
    unsigned const status = m.result_int();
    if (status < 100)
        return fail(errc::malformed_http, "status code " + std::to_string(status) + " is below 100");
    if (m.count(http::field::content_length) > 1 ||
        m[http::field::content_length].find(',') != boost::beast::string_view::npos)
        return fail(errc::malformed_http, "more than one Content-Length");
    if (m.count(http::field::transfer_encoding) != 0 &&
        (m.count(http::field::transfer_encoding) > 1 || !p.chunked() ||
         !boost::beast::iequals(m[http::field::transfer_encoding], "chunked")))
        return fail(errc::malformed_http, "a Transfer-Encoding other than chunked");
    return {};
}

JUSPAY_DECL void response_reader::finish()
{
    auto& s = *state_;
    auto const& m = s.parser->get();
    s.headers.clear();
    for (auto const& f : m) {
        auto const name = f.name_string();
        auto const value = f.value();
        s.headers.push_back(header_view{std::string_view(name.data(), name.size()),
                                        std::string_view(value.data(), value.size())});
    }
    s.done = true;
}

// Runs the parser over [data, data + size) until the response is complete, the parser needs
// bytes that have not arrived, or the bytes are wrong. Returns how many it consumed.
JUSPAY_DECL result<std::size_t> response_reader::advance(char const* data, std::size_t size)
{
    namespace http = boost::beast::http;
    auto& s = *state_;
    std::size_t const header_limit = juspay::detail::http1_header_limit(limits_);
    std::size_t used = 0;
    for (;;) {
        auto& p = *s.parser;
        bool const in_header = !p.is_header_done();
        std::size_t const body_before = p.get().body().size();
        boost::beast::error_code ec;
        // Beast sees at most one byte more of chunk framing than the limit allows, as it does
        // when the bytes come in pieces (the pending buffer holds no more), so that a unit over
        // the limit is over it however the bytes were split, whatever else is wrong in it.
        std::size_t step = size - used;
        if (!in_header && p.chunked() && step > header_limit + 1)
            step = header_limit + 1;
        std::size_t const n = p.put(boost::asio::const_buffer(data + used, step), ec);
        used += n;
        if (ec == http::error::need_more) {
            // read_header gives Beast whole headers only, so this is chunk framing.
            if (in_header)
                return fail(errc::malformed_http, "not a valid HTTP/1.1 message");
            if (juspay::detail::http1_chunk_line_overrun(std::string_view(data + used, step - n)))
                return fail(errc::malformed_http, juspay::detail::http1_describe(http::error::bad_chunk_extension));
            if (size - used > header_limit)
                return fail_framing_too_large();
            return used;
        }
        if (ec) {
            if (ec == http::error::header_limit)
                return fail_header_too_large();
            if (ec == http::error::body_limit || ec == http::error::buffer_overflow)
                return fail(errc::response_too_large,
                            "body longer than the " + std::to_string(limits_.body_bytes) + "-byte limit");
            return fail(errc::malformed_http, juspay::detail::http1_describe(ec));
        }
        if (in_header && p.is_header_done()) {
            if (auto r = header_complete(); !r)
                return r.error();
            unsigned const status = p.get().result_int();
            if (status / 100 == 1 && status != 101) {
                // An interim answer (100 Continue, 103 Early Hints, ...): the final one follows,
                // and its header goes through read_header like any other.
                configure();
                return used;
            }
        } else if (p.get().body().size() == body_before && n > header_limit) {
            // Body bytes always grow the body; a unit that did not was chunk framing.
            return fail_framing_too_large();
        }
        if (p.is_done()) {
            finish();
            return used;
        }
        if (used == size || n == 0)
            return used;
    }
}

// Takes the current header from bytes[taken..]: buffers it until its blank line has arrived,
// then gives it to Beast whole. Beast checks a header's lines as soon as it sees them when the
// first bytes it gets hold them, but only looks for the blank line when it got the start
// earlier; handing it whole headers only makes every verdict on a header the same however the
// bytes were split. Returns true once the header is parsed (`taken` then counts up to its
// end), false when all of `bytes` was buffered and more is needed.
JUSPAY_DECL result<bool> response_reader::read_header(std::string_view bytes, std::size_t& taken)
{
    auto& s = *state_;
    std::size_t const limit = juspay::detail::http1_header_limit(limits_);
    std::string_view const in = bytes.substr(taken);
    // One more byte than the limit is enough to tell a header over it.
    std::size_t const want = limit + 1 - s.pending.size();
    std::size_t const k = in.size() < want ? in.size() : want;
    bool const buffered = !s.pending.empty();
    std::size_t const from = s.pending.size();
    if (buffered)
        s.pending.append(in.data(), k);
    std::string_view const buf = buffered ? std::string_view(s.pending) : in.substr(0, k);
    bool bare_lf = false;
    std::size_t const end = juspay::detail::http1_header_end(buf, from, bare_lf);
    if (bare_lf) {
        if (end > limit)
            return fail_header_too_large();
        // Beast's verdict on the header up to that line: the same bytes however they were
        // split, and it knows the status when the status line came before.
        boost::beast::error_code ec;
        s.parser->put(boost::asio::const_buffer(buf.data(), end), ec);
        if (ec && ec != boost::beast::http::error::need_more)
            return fail(errc::malformed_http, juspay::detail::http1_describe(ec));
        return fail(errc::malformed_http, "a header line does not end with CRLF");
    }
    if (end == std::string_view::npos) {
        if (buf.size() > limit)
            return fail_header_too_large();
        if (!buffered)
            s.pending.assign(in.data(), in.size());
        taken = bytes.size();
        return false;
    }
    if (end > limit)
        return fail_header_too_large();
    auto const used = advance(buf.data(), end);
    if (!used)
        return used.error();
    BOOST_ASSERT(*used == end || s.done);
    taken += end - from; // the buffered part was taken by an earlier call
    s.pending.clear();
    return true;
}

JUSPAY_DECL result<std::size_t> response_reader::feed(std::string_view bytes)
{
    if (!state_)
        start();
    auto& s = *state_;
    if (s.failed)
        return *s.failed;
    if (s.done || bytes.empty())
        return std::size_t(0);
    std::size_t taken = 0;
    // The header, and the final one after any interim answers.
    while (!s.parser->is_header_done()) {
        auto const whole = read_header(bytes, taken);
        if (!whole)
            return whole.error();
        if (!*whole || s.done || taken == bytes.size())
            return taken;
    }
    // First the buffered bytes, with as many of the new ones as their unit may still need.
    while (!s.pending.empty()) {
        if (taken == bytes.size())
            return taken;
        std::size_t const room = pending_room();
        std::size_t const k = bytes.size() - taken < room ? bytes.size() - taken : room;
        s.pending.append(bytes.data() + taken, k);
        taken += k;
        // Beast 1.81 asserts (debug builds) when the last chunk is given back to it in fewer
        // than 5 bytes ("0\r\n" then "0\r\n\r"). Whatever framing is pending, a valid body
        // has at least "0\r\n\r\n" still to come, so waiting for 5 bytes costs nothing.
        if (s.parser->is_header_done() && s.parser->chunked() && s.pending.size() < 5)
            continue;
        auto const used = advance(s.pending.data(), s.pending.size());
        if (!used)
            return used.error();
        if (s.done) {
            // The parser needed more than the buffered bytes, so what it left is all new.
            std::size_t const left = s.pending.size() - *used;
            BOOST_ASSERT(left <= k);
            taken -= left;
            s.pending.clear();
            return taken;
        }
        s.pending.erase(0, *used);
    }
    if (taken == bytes.size())
        return taken;
    // Then straight from the caller's bytes; keep an unfinished unit at the end.
    auto const used = advance(bytes.data() + taken, bytes.size() - taken);
    if (!used)
        return used.error();
    taken += *used;
    if (!s.done) {
        s.pending.assign(bytes.data() + taken, bytes.size() - taken);
        taken = bytes.size();
    }
    return taken;
}

JUSPAY_DECL result<void> response_reader::feed_eof()
{
    if (!state_)
        start();
    auto& s = *state_;
    if (s.failed)
        return *s.failed;
    if (s.done)
        return {};
    auto& p = *s.parser;
    if (!p.is_header_done()) {
        if (s.pending.empty())
            return fail(errc::malformed_http, "connection closed before the response began");
        return fail(errc::malformed_http,
                    "connection closed inside the header, after " + std::to_string(s.pending.size()) + " bytes",
                    false);
    }
    boost::beast::error_code ec;
    p.put_eof(ec);
    if (!ec) {
        BOOST_ASSERT(s.pending.empty());
        finish();
        return {};
    }
    std::uint64_t const got = p.get().body().size();
    if (p.chunked())
        return fail(errc::malformed_http,
                    "connection closed inside the chunked body, after " + std::to_string(got) + " body bytes");
    if (auto const length = p.content_length())
        return fail(errc::malformed_http, "connection closed after " + std::to_string(got) + " of " +
                                              std::to_string(*length) + " body bytes");
    return fail(errc::malformed_http, "connection closed before the end of the response");
}

JUSPAY_DECL bool response_reader::done() const noexcept { return state_ && state_->done; }

JUSPAY_DECL response_view response_reader::response() const noexcept
{
    if (!done())
        return response_view();
    auto const& m = state_->parser->get();
    auto const& body = m.body();
    return response_view(static_cast<int>(m.result_int()), std::string_view(body.data(), body.size()),
                         boost::span<header_view const>(state_->headers.data(), state_->headers.size()));
}

JUSPAY_DECL bool response_reader::keep_alive() const noexcept
{
    if (!done())
        return false;
    auto const& p = *state_->parser;
    return p.get().result_int() != 101 && p.keep_alive();
}

} // namespace http1
JUSPAY_NAMESPACE_END

#endif
