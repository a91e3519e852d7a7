// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_HTTP_HPP
#define JUSPAY_IMPL_HTTP_HPP

#include <juspay/detail/base64.hpp>
#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/mapper.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/status.hpp>
#include <juspay/detail/text.hpp>

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <ostream>
#include <type_traits>
#include <utility>

namespace juspay {
namespace detail {

// Each operation specializes this with the narrow pieces of its request and response:
//   static constexpr http_method method;
//   static constexpr bool needs_merchant_id;          // Juspay documents x-merchantid as required
//   static constexpr retry_advice unanswered;         // the advice when the outcome is unknown
//   static void check_structure(Op const&, refusal&); // always applied
//   static void check_rules(Op const&, refusal&);     // applied when call_options::validate
//   static void append_target(Op const&, std::string& url);  // path and query
//   static void write_body(Op const&, form_writer&);  // POST only
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

// Checks config::base_url and returns it without trailing slashes. Messages never repeat
// the URL: it may carry credentials.
inline std::string_view check_base_url(std::string_view base, refusal& r)
{
    if (is_documented_endpoint(base))
        return base;
    auto const parsed = boost::urls::parse_absolute_uri(base);
    if (!parsed) {
        r.fail(errc::invalid_config, "config.base_url", "is not an absolute URL");
        return base;
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
    if (u.has_userinfo())
        r.fail(errc::invalid_config, "config.base_url", "must not contain user info");
    if (u.has_query())
        r.fail(errc::invalid_config, "config.base_url", "must not contain a query");
    if (u.has_fragment())
        r.fail(errc::invalid_config, "config.base_url", "must not contain a fragment");
    while (!base.empty() && base.back() == '/')
        base.remove_suffix(1);
    return base;
}

// Checks the config and returns the base URL without trailing slashes. Messages never
// repeat the base URL or the key: either may carry a secret.
inline std::string_view check_config(config const& cfg, bool merchant_required, refusal& r)
{
    std::string_view const base = check_base_url(cfg.base_url, r);
    if (cfg.api_key.empty())
        r.fail(errc::invalid_config, "config.api_key", "is empty");
    else if (has_control(cfg.api_key))
        r.fail(errc::invalid_config, "config.api_key", "contains a control character");
    else if (cfg.api_key.find(':') != std::string::npos)
        r.fail(errc::invalid_config, "config.api_key", "contains ':', which Basic auth cannot carry in a user name");
    if (!is_header_safe(cfg.merchant_id))
        r.fail(errc::invalid_config, "config.merchant_id", "contains CR, LF, NUL or another control character");
    else if (merchant_required && cfg.merchant_id.empty())
        r.fail(errc::invalid_config, "config.merchant_id", "is required by this operation (x-merchantid)");
    return base;
}

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
result<request> build_request(config const& cfg, Operation const& op, call_options const& opts)
{
    using traits = detail::operation_traits<Operation>;
    constexpr bool post = traits::method == http_method::post;

    detail::refusal refused;
    std::string_view const base = detail::check_config(cfg, traits::needs_merchant_id && opts.validate, refused);
    traits::check_structure(op, refused);

    std::string_view const routing = opts.routing_id;
    if (routing.empty())
        refused.fail(errc::missing_field, "call_options.routing_id",
                     "is required (x-routing-id): the same value on every call about one customer");
    else if (!detail::is_header_safe(routing))
        refused.fail(errc::invalid_field, "call_options.routing_id",
                     "contains CR, LF, NUL or another control character (it is sent as x-routing-id)");
    if (!detail::is_header_safe(opts.request_id))
        refused.fail(errc::invalid_field, "call_options.request_id",
                     "contains CR, LF, NUL or another control character (it is sent as x-request-id)");
    if (opts.validate)
        traits::check_rules(op, refused);
    if (!refused.empty())
        return std::move(refused).to_error();

    request req;
    req.method = traits::method;
    req.url.reserve(base.size() + 96);
    req.url.append(base.data(), base.size());
    traits::append_target(op, req.url);

    req.headers.reserve((post ? 5 : 4) + (opts.request_id.empty() ? 0 : 1));
    std::string auth;
    auth.reserve(6 + detail::base64_size(cfg.api_key.size() + 1));
    auth = "Basic ";
    detail::append_base64(auth, cfg.api_key, ":");
    req.headers.push_back(header{"Authorization", std::move(auth)});
    if (!cfg.merchant_id.empty())
        req.headers.push_back(header{"x-merchantid", cfg.merchant_id});
    req.headers.push_back(header{"x-routing-id", std::string(routing)});
    if (!opts.request_id.empty())
        req.headers.push_back(header{"x-request-id", opts.request_id});
    if constexpr (post)
        req.headers.push_back(header{"Content-Type", "application/x-www-form-urlencoded"});
    req.headers.push_back(header{"Accept", "application/json"});

    if constexpr (post) {
        detail::form_writer form;
        traits::write_body(op, form);
        form.write_to(req.body);
    }
    return req;
}

template <class Operation>
constexpr retry_advice retry_after_transport_failure(Operation const&) noexcept
{
    return detail::operation_traits<Operation>::unanswered;
}

template <class Operation>
result<typename Operation::result_type> parse_response(Operation const& op, response_view response)
{
    using traits = detail::operation_traits<Operation>;
    if (!detail::is_success(response.status))
        return detail::response_error(response.status, response.body, response.headers, traits::unanswered);
    // Filled in place: the reader writes straight into the result that is returned.
    result<typename Operation::result_type> out(boost::system::in_place_value);
    auto reader = traits::reader(op, *out);
    // Some answers may be empty (Delete's is not published): the reader says so.
    if (detail::is_blank(response.body) && detail::take_empty_answer(reader, 0))
        return out;
    detail::shape_error shape;
    detail::mapper m(reader.root(), shape);
    boost::json::error_code const ec = detail::map_json(response.body, m);
    if (ec)
        out = detail::malformed_body_error(response.status, response.body, response.headers, traits::unanswered, ec);
    else if (m.failed())
        out = detail::unexpected_shape_error(response.status, response.body, response.headers, traits::unanswered,
                                             shape);
    return out;
}

inline std::string_view request::header_value(std::string_view name) const noexcept
{
    for (auto const& h : headers)
        if (detail::iequals(h.name, name))
            return h.value;
    return {};
}

inline std::ostream& operator<<(std::ostream& os, request const& r)
{
    std::string_view target = r.url;
    std::string_view host;
    if (auto const u = boost::urls::parse_absolute_uri(r.url)) {
        host = u->encoded_host_and_port();
        target = u->encoded_target();
        if (target.empty())
            target = "/";
    }
    os << to_string(r.method) << ' ' << target << " HTTP/1.1\n";
    if (!host.empty())
        os << "Host: " << host << '\n';
    for (auto const& h : r.headers) {
        os << h.name << ": ";
        if (detail::iequals(h.name, "authorization")) {
            // Keep the scheme so a reader can tell Basic from anything else; hide the rest.
            auto const space = h.value.find(' ');
            if (space != std::string::npos)
                os << std::string_view(h.value).substr(0, space) << ' ';
            os << "***";
        } else {
            os << h.value;
        }
        os << '\n';
    }
    os << '\n' << r.body;
    return os;
}

} // namespace juspay

#endif
