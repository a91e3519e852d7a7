// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_HTTP_HPP
#define JUSPAY_IMPL_HTTP_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/detail/base64.hpp>
#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/mapper.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/status.hpp>
#include <juspay/detail/text.hpp>
#include <juspay/version.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <array>
#include <cstring>
#include <new>
#include <ostream>
#include <type_traits>
#include <utility>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// Each operation specializes this with the narrow pieces of its request and response:
//   static constexpr http_method method;
//   static constexpr bool needs_merchant_id;          // Juspay documents x-merchantid as required
//   static void check_structure(Op const&, refusal&); // always applied
//   static void check_rules(Op const&, refusal&);     // GET only: applied when call_options::validate
//   static void target(Op const&, target_writer&);    // path and query
//   static void write_body(Op const&, form_writer&, refusal* rules);
//       // POST only: adds the fields, then, when `rules` is given (call_options::validate),
//       // applies the field rules with the classes the form's scan found (one pass a value)
//   static Reader reader(Op const&, result_type& out); // Reader::root(): where the body goes
template <class Operation>
struct operation_traits;

inline bool is_loopback_host(boost::urls::url_view const& u) noexcept
{
    switch (u.host_type()) {
    case boost::urls::host_type::ipv4: return u.host_ipv4_address().to_bytes()[0] == 127;
    case boost::urls::host_type::ipv6: return u.host_ipv6_address().is_loopback();
    case boost::urls::host_type::name: return iequals(u.encoded_host(), "localhost");
    default: return false;
    }
}

// Checks the config and returns the base URL without trailing slashes. Messages never
// repeat the base URL or the key: either may carry a secret.
// The documented base URLs are known to be good: comparing against them is ~30 times cheaper
// than parsing the URL on every call (measured under callgrind).
inline bool is_documented_endpoint(std::string_view base) noexcept
{
    return base == endpoints::india_sandbox || base == endpoints::india_production ||
           base == endpoints::europe_sandbox || base == endpoints::europe_production ||
           base == endpoints::brazil_sandbox;
}

// A checked base URL: without trailing slashes, and where its authority (host[:port]) is.
struct base_url {
    std::string_view url;
    std::size_t host_pos = 0;
    std::size_t host_size = 0;
};

// True when a segment of `path` (percent-encoded) is "." or "..", "%2E" counting as '.'
// (RFC 3986, section 6.2.2.2, decodes it before removing dot segments).
inline bool has_dot_segment(std::string_view path) noexcept
{
    std::size_t dots = 0;
    bool other = false;
    for (std::size_t i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            if (!other && (dots == 1 || dots == 2))
                return true;
            dots = 0;
            other = false;
        } else if (path[i] == '.') {
            ++dots;
        } else if (path[i] == '%' && i + 2 < path.size() && path[i + 1] == '2' && (path[i + 2] | 0x20) == 'e') {
            ++dots;
            i += 2;
        } else {
            other = true;
        }
    }
    return false;
}

// Checks config::base_url. Messages never repeat the URL: it may carry credentials.
inline base_url check_base_url(std::string_view base, refusal& r)
{
    constexpr std::size_t https_prefix = 8; // "https://"
    if (is_documented_endpoint(base))
        return {base, https_prefix, base.size() - https_prefix};
    // A base URL needs "scheme://" and a host. Checking that first also keeps rootless
    // inputs away from Boost.URL 1.81, whose parser asserts on some (such as "a:%e").
    auto const colon = base.find(':');
    if (colon == std::string_view::npos || base.substr(colon + 1, 2) != "//") {
        r.fail(errc::invalid_config, "config.base_url", "is not an absolute URL (scheme://host)");
        return {base, 0, 0};
    }
    auto const parsed = boost::urls::parse_absolute_uri(base);
    if (!parsed) {
        r.fail(errc::invalid_config, "config.base_url", "is not an absolute URL");
        return {base, 0, 0};
    }
    boost::urls::url_view const& u = *parsed;
    bool const https = u.scheme_id() == boost::urls::scheme::https;
    bool const http = u.scheme_id() == boost::urls::scheme::http;
    // Boost.URL 1.81 reads "http://127.0.0.1.evil.example" as host 127.0.0.1 and path
    // ".evil.example"; a transport would resolve the name instead. RFC 3986 requires a
    // path after an authority to be empty or start with '/', so such a URL is refused.
    auto const path = u.encoded_path();
    bool const path_ok = path.empty() || path.front() == '/';
    if (!path_ok)
        r.fail(errc::invalid_config, "config.base_url", "is not an absolute URL");
    else if (!https && !http)
        r.fail(errc::invalid_config, "config.base_url", "must use https (or http to a loopback host)");
    else if (!u.has_authority() || u.encoded_host().empty())
        r.fail(errc::invalid_config, "config.base_url", "has no host");
    else if (http && !is_loopback_host(u))
        r.fail(errc::invalid_config, "config.base_url", "may use plain http only to a loopback host");
    else if (has_dot_segment(path))
        r.fail(errc::invalid_config, "config.base_url",
               "has a '.' or '..' path segment, which the server would resolve");
    if (u.has_userinfo())
        r.fail(errc::invalid_config, "config.base_url", "must not contain user info");
    if (u.has_query())
        r.fail(errc::invalid_config, "config.base_url", "must not contain a query");
    if (u.has_fragment())
        r.fail(errc::invalid_config, "config.base_url", "must not contain a fragment");
    while (!base.empty() && base.back() == '/')
        base.remove_suffix(1);
    auto const authority = u.encoded_host_and_port();
    std::size_t const pos = static_cast<std::size_t>(authority.data() - base.data());
    if (pos > base.size() || authority.size() > base.size() - pos)
        return {base, 0, 0}; // refused above: no host
    return {base, pos, authority.size()};
}

// Checks the config and returns the base URL without trailing slashes. Messages never
// repeat the base URL or the key: either may carry a secret.
inline base_url check_config(config const& cfg, bool merchant_required, refusal& r)
{
    base_url const base = check_base_url(cfg.base_url, r);
    unsigned const key = classes_of(cfg.api_key);
    if (cfg.api_key.empty())
        r.fail(errc::invalid_config, "config.api_key", "is empty");
    else if (key & (cc_control | cc_tab))
        r.fail(errc::invalid_config, "config.api_key", "contains a control character");
    else if (key & cc_colon)
        r.fail(errc::invalid_config, "config.api_key", "contains ':', which Basic auth cannot carry in a user name");
    if (!is_header_safe(cfg.merchant_id))
        r.fail(errc::invalid_config, "config.merchant_id", "contains CR, LF, NUL or another control character");
    else if (has_edge_space(cfg.merchant_id))
        r.fail(errc::invalid_config, "config.merchant_id", "begins or ends with a space or tab, which HTTP drops");
    else if (merchant_required && cfg.merchant_id.empty())
        r.fail(errc::invalid_config, "config.merchant_id", "is required by this operation (x-merchantid)");
    return base;
}

// The checks of call_options, the same for every operation: out of the eight build_request
// instantiations, so that they are compiled once.
inline void check_call_options(call_options const& opts, refusal& r)
{
    std::string_view const routing = opts.routing_id;
    if (routing.empty())
        r.fail(errc::missing_field, "call_options.routing_id",
               "is required (x-routing-id): the same value on every call about one customer");
    else if (!is_header_safe(routing))
        r.fail(errc::invalid_field, "call_options.routing_id",
               "contains CR, LF, NUL or another control character (it is sent as x-routing-id)");
    else if (has_edge_space(routing))
        r.fail(errc::invalid_field, "call_options.routing_id",
               "begins or ends with a space or tab, which HTTP drops (it is sent as x-routing-id)");
    if (!is_header_safe(opts.request_id))
        r.fail(errc::invalid_field, "call_options.request_id",
               "contains CR, LF, NUL or another control character (it is sent as x-request-id)");
    else if (has_edge_space(opts.request_id))
        r.fail(errc::invalid_field, "call_options.request_id",
               "begins or ends with a space or tab, which HTTP drops (it is sent as x-request-id)");
}

// The headers every request ends with, as whole lines (the same bytes on every call).
inline constexpr std::string_view post_trailing_headers = "Content-Type: application/x-www-form-urlencoded\r\n"
                                                          "Accept: application/json\r\n"
                                                          "User-Agent: juspay-sansio/" JUSPAY_SANSIO_VERSION_STRING "\r\n";
inline constexpr std::string_view get_trailing_headers = "Accept: application/json\r\n"
                                                         "User-Agent: juspay-sansio/" JUSPAY_SANSIO_VERSION_STRING "\r\n";

// Writes a whole request into its one buffer: the URL, then the HTTP/1.1 message. Headers are
// collected first (views), so that the exact size is known before the one allocation (none
// when the request's capacity suffices); everything is then copied in a single pass.
class message_writer {
public:
    static void clear(request& r) noexcept
    {
        r.buf_.clear();
        r.method_ = http_method::get;
        r.url_size_ = r.target_pos_ = r.target_size_ = r.host_pos_ = r.host_size_ = 0;
        r.headers_pos_ = r.headers_size_ = r.body_pos_ = 0;
    }

    message_writer(request& out, http_method m, base_url const& base, target_writer const& target) noexcept
        : out_(out), method_(m), base_(base), target_(target)
    {
    }

    // A header line: `start` is its name, ": " and any fixed text before `value` ("Basic ").
    // `value` must hold no CR, LF or NUL (checked before: see build_request).
    void header(std::string_view start, std::string_view value) noexcept
    {
        BOOST_ASSERT(count_ < 8);
        new (&slots_.headers[count_++]) pending{start, value, {}, {}, false};
    }

    // `start` then base64(a + b): the credentials, never written anywhere else.
    void header_base64(std::string_view start, std::string_view a, std::string_view b) noexcept
    {
        BOOST_ASSERT(count_ < 8);
        new (&slots_.headers[count_++]) pending{start, {}, a, b, false};
        base64_index_ = count_ - 1;
    }

    // Whole header lines known in advance, CRLFs included: written with one copy.
    void header_lines(std::string_view lines) noexcept
    {
        BOOST_ASSERT(count_ < 8);
        new (&slots_.headers[count_++]) pending{lines, {}, {}, {}, true};
    }

    void finish(form_writer const& form)
    {
        std::string_view const method = to_string(method_);
        bool const post = method_ == http_method::post;
        std::string_view const prefix = base_.url.substr(base_.host_pos + base_.host_size); // a proxy's path
        std::string_view const host = base_.url.substr(base_.host_pos, base_.host_size);
        std::size_t const target_size = prefix.size() + target_.size();
        std::size_t const body_size = form.size();
        char length[24];
        std::size_t const length_size = post ? decimal(length, body_size) : 0;

        std::size_t headers_size = 0;
        for (std::size_t i = 0; i < count_; ++i)
            headers_size += line_size(i);
        std::size_t const url_size = base_.url.size() + target_.size();
        std::size_t const total = url_size + method.size() + 1 + target_size + 11 + 8 + host.size() + headers_size +
                                  (post ? 18 + length_size : 0) + 2 + body_size;

        char* const begin = out_.buf_.prepare(total); // the one allocation, unless reused
        char* p = put(begin, base_.url);
        p = target_.write(p);
        out_.url_size_ = url_size;
        p = post ? put_literal(p, "POST ") : put_literal(p, "GET ");
        out_.target_pos_ = static_cast<std::size_t>(p - begin);
        out_.target_size_ = target_size;
        p = target_.write(put(p, prefix));
        p = put_literal(p, " HTTP/1.1\r\nHost: ");
        out_.host_pos_ = static_cast<std::size_t>(p - begin);
        out_.host_size_ = host.size();
        p = put_literal(put(p, host), "\r\n");
        out_.headers_pos_ = static_cast<std::size_t>(p - begin);
        out_.headers_size_ = headers_size;
        for (std::size_t i = 0; i < count_; ++i) {
            auto const& h = slots_.headers[i];
            p = put(p, h.start);
            if (h.lines)
                continue;
            p = i == base64_index_ ? write_base64(p, h.secret, h.suffix) : put(p, h.value);
            p = put_literal(p, "\r\n");
        }
        if (post)
            p = put_literal(put(put_literal(p, "Content-Length: "), std::string_view(length, length_size)), "\r\n");
        p = put_literal(p, "\r\n");
        out_.body_pos_ = static_cast<std::size_t>(p - begin);
        p = form.write(p);
        BOOST_ASSERT(p == begin + total);
        out_.method_ = method_;
    }

private:
    struct pending {
        std::string_view start;  // "name: " (and fixed text), or whole lines
        std::string_view value;
        std::string_view secret; // base64 header only: encoded as base64(secret + suffix)
        std::string_view suffix;
        bool lines;              // `start` is whole header lines, CRLFs included
    };
    static_assert(std::is_trivially_destructible_v<pending>, "slots_ never destroys its headers");

    std::size_t line_size(std::size_t i) const noexcept
    {
        auto const& h = slots_.headers[i];
        if (h.lines)
            return h.start.size();
        std::size_t const value = i == base64_index_ ? base64_size(h.secret.size() + h.suffix.size()) : h.value.size();
        return h.start.size() + value + 2;
    }

    // A literal's bytes, copied with a size the compiler knows.
    template <std::size_t N>
    static char* put_literal(char* p, char const (&text)[N]) noexcept
    {
        std::memcpy(p, text, N - 1);
        return p + N - 1;
    }

    static std::size_t decimal(char* out, std::size_t n) noexcept
    {
        char digits[24];
        std::size_t k = 0;
        do {
            digits[k++] = static_cast<char>('0' + n % 10);
            n /= 10;
        } while (n != 0);
        for (std::size_t i = 0; i < k; ++i)
            out[i] = digits[k - 1 - i];
        return k;
    }

    request& out_;
    http_method method_;
    base_url const& base_;
    target_writer const& target_;
    // Room for every header a request has; constructed one by one as headers are added (an
    // array of eight, value-initialised, was a measurable part of the writer's fixed cost).
    union slots {
        slots() noexcept {}
        pending headers[8];
    } slots_;
    std::size_t count_ = 0;
    std::size_t base64_index_ = std::size_t(-1);
};

// An empty 2xx body is success only for readers that say how to fill the result from the
// request alone (take_empty()); for every other reader it is malformed_body.
template <class Reader>
auto take_empty_answer(Reader& r, int) -> decltype(r.take_empty())
{
    return r.take_empty();
}
template <class Reader>
bool take_empty_answer(Reader&, long) noexcept
{
    return false;
}

inline bool is_blank(std::string_view body) noexcept
{
    for (char c : body)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

} // namespace detail

template <class Operation>
result<void> build_request(config const& cfg, Operation const& op, call_options const& opts, request& reuse)
{
    using traits = detail::operation_traits<Operation>;
    constexpr bool post = traits::method == http_method::post;
    detail::message_writer::clear(reuse);

    detail::refusal refused;
    detail::base_url const base = detail::check_config(cfg, traits::needs_merchant_id && opts.validate, refused);
    traits::check_structure(op, refused);

    detail::check_call_options(opts, refused);
    detail::form_writer form;
    if constexpr (post)
        traits::write_body(op, form, opts.validate ? &refused : nullptr);
    else if (opts.validate)
        traits::check_rules(op, refused);
    if (!refused.empty())
        return std::move(refused).to_error();

    detail::target_writer target;
    traits::target(op, target);

    detail::message_writer w(reuse, traits::method, base, target);
    w.header_base64("Authorization: Basic ", cfg.api_key, ":");
    if (!cfg.merchant_id.empty())
        w.header("x-merchantid: ", cfg.merchant_id);
    w.header("x-routing-id: ", opts.routing_id);
    if (!opts.request_id.empty())
        w.header("x-request-id: ", opts.request_id);
    if constexpr (post)
        w.header_lines(detail::post_trailing_headers);
    else
        w.header_lines(detail::get_trailing_headers);
    w.finish(form);
    return {};
}

template <class Operation>
result<request> build_request(config const& cfg, Operation const& op, call_options const& opts)
{
    result<request> out(boost::system::in_place_value);
    if (auto r = build_request(cfg, op, opts, *out); !r)
        out = r.error();
    return out;
}

template <class Operation>
result<typename Operation::result_type> parse_response(Operation const& op, response_view response)
{
    using traits = detail::operation_traits<Operation>;
    constexpr retry_advice unanswered = detail::unanswered_advice<Operation>::value;
    // Filled in place: the reader writes straight into the result that is returned. Every
    // path returns this one object (an error is assigned to it), because a `return` of any
    // other expression keeps GCC from constructing `out` in the caller's slot, and the whole
    // result was moved on the way out.
    result<typename Operation::result_type> out(boost::system::in_place_value);
    if (!detail::is_success(response.status)) {
        out = detail::response_error(response.status, response.body, response.headers, unanswered);
        return out;
    }
    auto reader = traits::reader(op, *out);
    // Some answers may be empty (Delete's is not published): the reader says so.
    if (detail::is_blank(response.body) && detail::take_empty_answer(reader, 0))
        return out;
    detail::shape_error shape;
    detail::mapper m(reader, shape);
    boost::json::error_code const ec = detail::map_json(response.body, m);
    if (ec)
        out = detail::malformed_body_error(response.status, response.body, response.headers, unanswered, ec);
    else if (m.failed())
        out = detail::unexpected_shape_error(response.status, response.body, response.headers, unanswered,
                                             shape);
    return out;
}

JUSPAY_DECL header_view request::header_range::iterator::operator*() const noexcept
{
    // A header line is "name: value\r\n": names have no ':', values no CR or LF.
    char const* colon = p_;
    while (*colon != ':')
        ++colon;
    char const* cr = colon + 2;
    while (*cr != '\r')
        ++cr;
    return {std::string_view(p_, static_cast<std::size_t>(colon - p_)),
            std::string_view(colon + 2, static_cast<std::size_t>(cr - colon - 2))};
}

JUSPAY_DECL request::header_range::iterator& request::header_range::iterator::operator++() noexcept
{
    while (*p_ != '\n')
        ++p_;
    ++p_;
    return *this;
}

JUSPAY_DECL request::header_range::iterator request::header_range::iterator::operator++(int) noexcept
{
    iterator const before = *this;
    ++*this;
    return before;
}

JUSPAY_DECL std::size_t request::header_range::size() const noexcept
{
    std::size_t n = 0;
    for (auto it = begin(); it != end(); ++it)
        ++n;
    return n;
}

JUSPAY_DECL request::header_range request::headers() const noexcept
{
    char const* const first = buf_.data() + headers_pos_;
    return header_range(first, first + headers_size_);
}

JUSPAY_DECL std::string_view request::header_value(std::string_view name) const noexcept
{
    for (header_view h : headers())
        if (detail::iequals(h.name, name))
            return h.value;
    return {};
}

JUSPAY_DECL std::ostream& operator<<(std::ostream& os, request const& r)
{
    std::string_view const m = r.http1();
    auto const auth = r.header_value("Authorization");
    if (auth.empty())
        return os << m;
    // The credentials are the one thing not printed: keep the scheme, hide the rest.
    std::size_t const at = static_cast<std::size_t>(auth.data() - m.data());
    auto const space = auth.find(' ');
    std::size_t const hidden = space == std::string_view::npos ? 0 : space + 1;
    os << m.substr(0, at + hidden) << "***" << m.substr(at + auth.size());
    return os;
}

JUSPAY_NAMESPACE_END

#endif
