// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// build_request for all eight operations from structure-aware input: each field is drawn from
// its rule's own alphabet (so most requests are valid and reach the encoder), and now and then
// a hostile byte or a raw piece of the input replaces part of it.
//
// Properties, beyond "no crash, no exception":
// - a request whose every field was drawn valid is built (no over-refusal); a control character
//   or edge whitespace in anything that reaches a header is refused, also with validation off;
// - Beast's request_parser reads http1() back whole and agrees with every accessor;
// - no header holds CR, LF or NUL; url() is scheme://host() + target();
// - Boost.URL decodes each path parameter back to exactly its input, as one segment, and no
//   path parameter is "." or ".." (those are refused: escaping does not stop a server resolving them);
// - the form body decodes back to exactly the operation's fields, in order;
// - the API key appears nowhere but (encoded) in the Authorization header, and never in
//   operator<< or an error message;
// - building twice, or into a reused request, or copying and moving, gives the same bytes.
#ifndef JUSPAY_FUZZ_LINKED_BOOST // fuzz/run.sh compiles Boost in; CMake links it
#include <juspay/boost_src.hpp>
#endif

#include "fuzz.hpp"

#include <juspay/juspay.hpp>

#include <boost/beast/core/detail/base64.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using field_list = std::vector<std::pair<std::string, std::string>>;

// What the generator knows about the request it made.
struct draw {
    bool valid = true;        // every field drawn from its rule's alphabet, nothing hostile
    bool header_unsafe = false; // something a header cannot carry, bound for one
    std::vector<std::string> inputs; // every text the caller gave, to tell a leak from an echo
};

constexpr std::string_view digits = "0123456789";
constexpr std::string_view upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr std::string_view alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
// Path parameters and ids: any text but controls, so every byte the URL must escape is here,
// and letters of other scripts.
constexpr std::string_view id_tokens[] = {"a", "Z", "0", "9", "_", "-", ".", "~", " ", "/", "%", "?", "#", "&",
                                          "=", "+", "@", ":", ";", "\"", "'", "\\", "é", "क", "😀", "cst_", "..", "%2F"};
constexpr std::string_view name_tokens[] = {"J", "o", "h", "n", " ", "(", ")", ".", "-", "_", "7", "é", "ß", "李"};
constexpr std::string_view hostile[] = {"\r", "\n", std::string_view("\0", 1), "\t", "\x7f", "\x01", "\xff", "\xc3",
                                        "\xed\xa0\x80", "%", "&", "=", "+", "#", ":", "@", " ", "\r\nX-Evil: 1"};

std::string from_chars(fuzz::input& in, std::string_view alphabet, std::size_t min, std::size_t max)
{
    std::string s;
    for (std::size_t n = min + in.below(max - min + 1); n > 0; --n)
        s += alphabet[in.below(alphabet.size())];
    return s;
}

template <std::size_t N>
std::string from_tokens(fuzz::input& in, std::string_view const (&tokens)[N], std::size_t min, std::size_t max)
{
    std::string s;
    for (std::size_t n = min + in.below(max - min + 1); n > 0; --n)
        s += tokens[in.below(N)];
    return s;
}

bool has_header_breaker(std::string_view s) { return s.find_first_of(std::string_view("\r\n\0", 3)) != s.npos; }

// What a header value cannot carry: controls other than HTAB, and a space or tab at either
// end, which the receiver drops.
bool header_cannot_carry(std::string_view s)
{
    for (char c : s)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    return !s.empty() && (s.front() == ' ' || s.front() == '\t' || s.back() == ' ' || s.back() == '\t');
}

// Sometimes spoils a drawn value: a hostile piece spliced in, or a raw piece of the input.
std::string spoil(fuzz::input& in, std::string s, draw& d, bool reaches_header)
{
    std::uint8_t const how = in.byte();
    if (how < 8) {
        std::size_t const at = s.empty() ? 0 : in.below(s.size() + 1);
        s.insert(at, hostile[in.below(std::size(hostile))]);
        d.valid = false;
    } else if (how < 12) {
        s = std::string(in.piece(48));
        d.valid = false;
    }
    if (reaches_header && header_cannot_carry(s)) {
        d.header_unsafe = true;
        d.valid = false;
    }
    d.inputs.push_back(s);
    return s;
}

std::string id(fuzz::input& in, draw& d, bool reaches_header = false)
{
    return spoil(in, from_tokens(in, id_tokens, 1, 12), d, reaches_header);
}

// A path parameter: as id(), but "." and ".." are refused (a normalizing server resolves them,
// "%2E" or not), with validation off too.
std::string path_id(fuzz::input& in, draw& d)
{
    std::string v = id(in, d);
    if (v == "." || v == "..")
        d.valid = false;
    return v;
}

std::optional<std::string> maybe(fuzz::input& in, std::string value)
{
    if (in.chance(128))
        return value;
    return std::nullopt;
}

std::string mobile(fuzz::input& in, bool country_code, draw& d)
{
    std::string m = (country_code && in.chance(64) ? "+" : "") + from_chars(in, digits, 1, 15);
    return spoil(in, std::move(m), d, false);
}

std::string email(fuzz::input& in, draw& d)
{
    std::string e = from_chars(in, alnum, 1, 8);
    if (in.chance(96))
        e += std::string(1, "._+-!#$%&'*/=?^{|}~`"[in.below(20)]) + from_chars(in, alnum, 1, 6);
    e += '@' + from_chars(in, alnum, 1, 8) + '.' + from_chars(in, upper, 2, 4);
    return spoil(in, std::move(e), d, false);
}

std::string person_name(fuzz::input& in, draw& d) { return spoil(in, from_tokens(in, name_tokens, 1, 10), d, false); }

std::string ifsc(fuzz::input& in, draw& d)
{
    return spoil(in, from_chars(in, upper, 4, 4) + '0' + from_chars(in, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 6, 6), d,
                 false);
}

std::string vpa(fuzz::input& in, draw& d)
{
    return spoil(in, from_chars(in, "abcdefghijXYZ0123456789.-_", 2, 12) + '@' + from_chars(in, alnum, 2, 8), d, false);
}

std::string amount(fuzz::input& in, draw& d)
{
    std::string a = std::string(1, "123456789"[in.below(9)]) + from_chars(in, digits, 0, 5);
    if (in.chance(128))
        a += '.' + from_chars(in, digits, 1, 2);
    return spoil(in, std::move(a), d, false);
}

// Percent-decoding of a form value ('+' is a space), written here so that it shares nothing
// with the encoder it checks. Empty when the text is not well-formed.
std::optional<std::string> form_decode(std::string_view s)
{
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1; // the encoder writes upper-case hex only
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
                return std::nullopt;
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                   c == '.' || c == '_' || c == '*' || c == '~') {
            out += c;
        } else {
            return std::nullopt; // a byte a form value must not carry raw
        }
    }
    return out;
}

std::optional<field_list> decode_form(std::string_view body)
{
    field_list out;
    if (body.empty())
        return out;
    while (true) {
        std::size_t const amp = body.find('&');
        std::string_view const pair = body.substr(0, amp);
        std::size_t const eq = pair.find('=');
        if (eq == std::string_view::npos)
            return std::nullopt;
        auto name = form_decode(pair.substr(0, eq));
        auto value = form_decode(pair.substr(eq + 1));
        if (!name || !value)
            return std::nullopt;
        out.emplace_back(std::move(*name), std::move(*value));
        if (amp == std::string_view::npos)
            return out;
        body.remove_prefix(amp + 1);
    }
}

struct expectation {
    std::vector<std::string> segments; // after the base URL's own
    std::string query;
    field_list fields;  // the form, in order; account_details is compared as JSON
    bool post = false;
};

void add_if(field_list& f, char const* name, std::optional<std::string> const& v)
{
    if (v)
        f.emplace_back(name, *v);
}

template <class Op>
void add_contact(field_list& f, Op const& op)
{
    add_if(f, "email_address", op.email_address);
    add_if(f, "first_name", op.first_name);
    add_if(f, "last_name", op.last_name);
    add_if(f, "mobile_country_code", op.mobile_country_code);
}

expectation expect(juspay::create_customer const& op)
{
    expectation e{{"customers"}, "", {}, true};
    e.fields.emplace_back("object_reference_id", op.object_reference_id);
    e.fields.emplace_back("mobile_number", op.mobile_number);
    add_contact(e.fields, op);
    if (op.get_client_auth_token)
        e.fields.emplace_back("options.get_client_auth_token", "true");
    return e;
}
expectation expect(juspay::get_customer const& op)
{
    return {{"customers", op.customer_id}, op.get_client_auth_token ? "options.get_client_auth_token=true" : "", {}, false};
}
expectation expect(juspay::update_customer const& op)
{
    expectation e{{"customers", op.customer_id}, "", {}, true};
    add_if(e.fields, "mobile_number", op.mobile_number);
    add_contact(e.fields, op);
    return e;
}
expectation expect(juspay::create_customer_account const& op)
{
    expectation e{{"customers", op.customer_id, "accounts"}, "", {}, true};
    boost::json::object details;
    if (!op.bank_accounts.empty()) {
        boost::json::array a;
        for (auto const& b : op.bank_accounts)
            a.push_back(boost::json::object{{"ifsc", b.ifsc}, {"account", b.account}, {"name", b.name}});
        details["bank_account"] = std::move(a);
    }
    if (!op.upi_accounts.empty()) {
        boost::json::array a;
        for (auto const& u : op.upi_accounts)
            a.push_back(boost::json::object{{"vpa", u.vpa}});
        details["upi"] = std::move(a);
    }
    e.fields.emplace_back("bank_code", op.bank_code);
    e.fields.emplace_back("account_details", boost::json::serialize(details));
    e.fields.emplace_back("customer_id", op.customer_id);
    add_if(e.fields, "gateway_id", op.gateway_id);
    add_if(e.fields, "gateway_reference_id", op.gateway_reference_id);
    if (op.validate)
        e.fields.emplace_back("command", "validate");
    return e;
}
expectation expect(juspay::validate_customer_account const& op)
{
    expectation e{{"customers", op.customer_id, "customer-accounts", op.customer_account_id, "validate"}, "", {}, true};
    add_if(e.fields, "preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway);
    if (op.validation_amount)
        e.fields.emplace_back("validation_amount", op.validation_amount->text);
    return e;
}
expectation expect(juspay::get_customer_account const& op)
{
    return {{"customers", op.customer_id, "customer-accounts", op.customer_account_id}, "", {}, false};
}
expectation expect(juspay::list_customer_accounts const& op)
{
    return {{"customers", op.customer_id, "customer-accounts", "list"}, "", {}, false};
}
expectation expect(juspay::delete_customer_account const& op)
{
    return {{"customers", op.customer_id, "customer-accounts", op.customer_account_id}, "", {{"command", "delete"}}, true};
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

bool echoed(draw const& d, std::string_view s)
{
    for (auto const& i : d.inputs)
        if (contains(i, s))
            return true;
    return false;
}

std::string base64(std::string const& s)
{
    std::string out(boost::beast::detail::base64::encoded_size(s.size()), '\0');
    out.resize(boost::beast::detail::base64::encode(&out[0], s.data(), s.size()));
    return out;
}

std::string printed(juspay::request const& r)
{
    std::ostringstream os;
    os << r;
    return os.str();
}

// The accessors of one request, as text, to compare two requests.
std::string layout(juspay::request const& r)
{
    std::string s(to_string(r.method()));
    for (std::string_view v : {r.url(), r.target(), r.host(), r.body(), r.http1()})
        s.append("|").append(v);
    for (auto h : r.headers())
        s.append("|").append(h.name).append(":").append(h.value);
    return s;
}

struct base_choice {
    std::string_view url;
    std::string_view scheme_host; // what url() starts with
    std::vector<std::string> segments;
};

base_choice const bases[] = {
    {"https://api.juspay.in", "https://api.juspay.in", {}},
    {"https://sandbox.juspay.in/", "https://sandbox.juspay.in", {}},
    {"http://127.0.0.1:8080", "http://127.0.0.1:8080", {}},
    {"https://proxy.example/juspay", "https://proxy.example", {"juspay"}},
    {"https://proxy.example:8443/a%20b/c/", "https://proxy.example:8443", {"a b", "c"}},
    {"http://[::1]:9/x", "http://[::1]:9", {"x"}},
};

template <class Op>
void check(juspay::config const& cfg, Op const& op, juspay::call_options const& opts, draw const& d,
           juspay::request& reuse)
{
    auto const built = juspay::build_request(cfg, op, opts);
    auto const again = juspay::build_request(cfg, op, opts);
    auto const into = juspay::build_request(cfg, op, opts, reuse);
    FUZZ_CHECK(bool(built) == bool(again) && bool(built) == bool(into), "the same call builds or refuses alike");

    std::string const key = cfg.api_key;
    std::string const credentials = base64(key + ":");
    // Told apart from the library's own texts by its "#k" (a lone '#' is in the email rule's
    // message), and from an echo of the caller's other inputs.
    bool const key_secret = contains(key, "#k") && !echoed(d, key);

    if (!built) {
        juspay::error const& e = built.error();
        FUZZ_CHECK(e.code == juspay::errc::missing_field || e.code == juspay::errc::invalid_field ||
                       e.code == juspay::errc::invalid_config,
                   "a refusal is missing_field, invalid_field or invalid_config");
        FUZZ_CHECK(e.http_status == 0 && e.retry() == juspay::retry_advice::do_not_retry,
                   "a refusal has no status and is not to be retried");
        FUZZ_CHECK(e.message() == again.error().message(), "the same call is refused the same way");
        FUZZ_CHECK(!e.fields().empty(), "a refusal names the fields");
        FUZZ_CHECK(!key_secret || !contains(e.message(), key), "the API key never appears in an error");
        for (auto const& f : e.fields())
            FUZZ_CHECK(!key_secret || (!contains(f.field_name, key) && !contains(f.reason, key)),
                       "the API key never appears in an error's fields");
        FUZZ_CHECK(reuse.http1().empty() && reuse.url().empty(), "a refusal leaves the reused request empty");
        FUZZ_CHECK(!d.valid, "a request whose fields all keep their rules is built");
        return;
    }
    FUZZ_CHECK(!d.header_unsafe, "a control or edge whitespace bound for a header is refused");

    juspay::request const& r = *built;
    FUZZ_CHECK(layout(r) == layout(*again) && layout(r) == layout(reuse), "the same call builds the same bytes");
    {
        juspay::request copy = r;
        FUZZ_CHECK(layout(copy) == layout(r), "a copy keeps every view");
        juspay::request moved = std::move(copy);
        FUZZ_CHECK(layout(moved) == layout(r), "a move keeps every view");
        FUZZ_CHECK(copy.http1().empty() && copy.url().empty(), "a moved-from request is empty");
    }

    expectation const want = expect(op);
    FUZZ_CHECK((r.method() == juspay::http_method::post) == want.post, "the operation's method");

    // Beast, an HTTP/1.1 parser that shares nothing with the writer, reads the message whole.
    namespace http = boost::beast::http;
    http::request_parser<http::string_body> parser;
    parser.eager(true);
    parser.body_limit(r.http1().size());
    boost::beast::error_code ec;
    std::size_t const used = parser.put(boost::asio::buffer(r.http1().data(), r.http1().size()), ec);
    FUZZ_CHECK(!ec && parser.is_done() && used == r.http1().size(), "Beast reads http1() as one whole request");
    auto const& m = parser.get();
    FUZZ_CHECK(m.version() == 11, "HTTP/1.1");
    FUZZ_CHECK(m.method_string() == to_string(r.method()), "the request line's method is method()");
    FUZZ_CHECK(m.target() == r.target(), "the request line's target is target()");
    FUZZ_CHECK(m.body() == r.body(), "the body is body()");
    auto it = m.begin();
    FUZZ_CHECK(it != m.end() && it->name_string() == "Host" && it->value() == r.host(), "Host comes first, as host()");
    ++it;
    for (auto h : r.headers()) {
        FUZZ_CHECK(!has_header_breaker(h.name) && !has_header_breaker(h.value), "no CR, LF or NUL in a header");
        FUZZ_CHECK(it != m.end() && it->name_string() == h.name && it->value() == h.value,
                   "headers() lists http1()'s headers in order");
        FUZZ_CHECK(r.header_value(h.name).data() != nullptr, "header_value finds every header");
        ++it;
    }
    if (want.post) {
        FUZZ_CHECK(it != m.end() && it->name_string() == "Content-Length" &&
                       it->value() == std::to_string(r.body().size()),
                   "Content-Length, last, is the body's size");
        ++it;
    }
    FUZZ_CHECK(it == m.end(), "http1() has no header but Host, headers() and Content-Length");

    FUZZ_CHECK(r.header_value("authorization") == "Basic " + credentials, "Authorization carries the key");
    FUZZ_CHECK(r.header_value("x-routing-id") == opts.routing_id, "x-routing-id is the routing id");
    FUZZ_CHECK(r.header_value("x-request-id") == opts.request_id, "x-request-id is the request id, or absent");
    FUZZ_CHECK(r.header_value("x-merchantid") == cfg.merchant_id, "x-merchantid is the merchant id, or absent");
    FUZZ_CHECK((r.header_value("x-merchantid").data() != nullptr) == !cfg.merchant_id.empty() &&
                   (r.header_value("x-request-id").data() != nullptr) == !opts.request_id.empty(),
               "x-merchantid and x-request-id are sent exactly when set (never empty)");

    // The URL: Boost.URL decodes the path back to the base's segments, then the operation's.
    auto const url = boost::urls::parse_absolute_uri(r.url());
    FUZZ_CHECK(url.has_value(), "url() is an absolute URI");
    FUZZ_CHECK(r.url().substr(r.url().size() - r.target().size()) == r.target() &&
                   r.url().substr(0, r.url().size() - r.target().size()) ==
                       std::string(url->scheme()) + "://" + std::string(r.host()),
               "url() is scheme://host() + target()");
    std::vector<std::string> got;
    for (auto seg : url->segments())
        got.push_back(seg);
    // The base's own segments: the table's for a chosen base; for any other base the library
    // accepted, what Boost.URL reads in it once its trailing slashes are gone.
    std::vector<std::string> expected;
    bool known = false;
    for (auto const& b : bases)
        if (b.url == cfg.base_url) {
            expected = b.segments;
            known = true;
        }
    if (!known) {
        std::string_view trimmed = cfg.base_url;
        while (!trimmed.empty() && trimmed.back() == '/')
            trimmed.remove_suffix(1);
        auto const base_url = boost::urls::parse_absolute_uri(trimmed);
        FUZZ_CHECK(base_url.has_value(), "an accepted base URL is an absolute URI without its trailing slashes");
        for (auto seg : base_url->segments())
            expected.emplace_back(seg);
    }
    std::size_t const base_segments = expected.size();
    expected.insert(expected.end(), want.segments.begin(), want.segments.end());
    FUZZ_CHECK(got == expected, "each path parameter decodes back to exactly its input, as one segment");
    for (std::size_t i = base_segments; i < got.size(); ++i)
        FUZZ_CHECK(got[i] != "." && got[i] != "..", "no path parameter is a dot segment, escaped or not");
    FUZZ_CHECK(url->encoded_query() == want.query && url->has_query() == !want.query.empty(), "the query");

    // The form: decoded back, the operation's fields in order.
    auto const form = decode_form(r.body());
    FUZZ_CHECK(form.has_value(), "the body is well-formed application/x-www-form-urlencoded");
    FUZZ_CHECK(form->size() == want.fields.size(), "the form has exactly the operation's fields");
    for (std::size_t i = 0; i < form->size(); ++i) {
        FUZZ_CHECK((*form)[i].first == want.fields[i].first, "the form's fields in the operation's order");
        if (want.fields[i].first == "account_details") {
            boost::json::error_code jec;
            boost::json::parse_options raw; // with validation off, the names may be any bytes
            raw.allow_invalid_utf8 = true;
            auto const v = boost::json::parse((*form)[i].second, jec, {}, raw);
            FUZZ_CHECK(!jec && boost::json::serialize(v) == want.fields[i].second,
                       "account_details is the accounts as compact JSON");
        } else {
            FUZZ_CHECK((*form)[i].second == want.fields[i].second, "each form value decodes back to exactly its input");
        }
    }

    // The key: only in the Authorization header, and never printed.
    std::string const shown = printed(r);
    FUZZ_CHECK(contains(shown, "Authorization: Basic ***\r\n"), "operator<< hides the credentials");
    if (key_secret) {
        std::size_t const auth = r.http1().find("Authorization: Basic ");
        std::string without = std::string(r.http1());
        without.erase(auth, std::string_view("Authorization: Basic \r\n").size() + credentials.size());
        FUZZ_CHECK(!contains(without, key) && !contains(r.url(), key), "the API key appears only in Authorization");
        FUZZ_CHECK(!contains(shown, key), "operator<< never prints the API key");
    }
    if (!echoed(d, credentials))
        FUZZ_CHECK(!contains(shown, credentials), "operator<< never prints the encoded credentials");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    fuzz::input in(data, size);
    draw d;
    std::uint8_t const op = in.byte();
    std::uint8_t const flags = in.byte();

    juspay::config cfg;
    std::size_t const base = in.below(std::size(bases) + 1);
    if (base < std::size(bases)) {
        cfg.base_url = std::string(bases[base].url);
    } else {
        cfg.base_url = std::string(in.piece(40)); // anything: must be refused or used as it is
        d.valid = false;
    }
    d.inputs.push_back(cfg.base_url); // what the host and path echo
    // The key holds "#k" unless spoiled; the URL and the form always escape a '#', so an
    // occurrence of the key anywhere but in a header the caller filled is a leak.
    cfg.api_key = spoil(in, from_chars(in, alnum, 1, 24) + "#k", d, false);
    d.inputs.pop_back(); // the key is not an echo of itself
    for (char c : cfg.api_key) // the key goes out base64-encoded: only controls and ':' break it
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == ':')
            d.header_unsafe = true;
    if (cfg.api_key.empty())
        d.valid = false;
    if (!(flags & 1))
        cfg.merchant_id = id(in, d, true);
    juspay::call_options opts;
    opts.validate = !(flags & 2) || (flags & 4);
    opts.routing_id = id(in, d, true);
    if (flags & 8)
        opts.request_id = id(in, d, true);
    if (!opts.validate)
        d.valid = false; // structure is still checked, but not every rule: no expectation
    juspay::request reuse;
    if (flags & 16) // a request already in the reused object, larger or smaller
        (void)juspay::build_request(juspay::config{"https://api.juspay.in", "k", "m"},
                                    juspay::get_customer{std::string(in.below(300), 'x'), true},
                                    juspay::call_options{"r", "", true}, reuse);

    switch (op % 8) {
    case 0: {
        if (cfg.merchant_id.empty())
            d.valid = false;
        juspay::create_customer c;
        c.object_reference_id = spoil(in, from_tokens(in, id_tokens, 8, 16), d, false);
        c.mobile_country_code = maybe(in, spoil(in, from_chars(in, digits, 1, 3), d, false));
        c.mobile_number = mobile(in, c.mobile_country_code.has_value(), d);
        c.email_address = maybe(in, email(in, d));
        c.first_name = maybe(in, person_name(in, d));
        c.last_name = maybe(in, person_name(in, d));
        c.get_client_auth_token = flags & 32;
        check(cfg, c, opts, d, reuse);
        break;
    }
    case 1: {
        if (cfg.merchant_id.empty())
            d.valid = false;
        check(cfg, juspay::get_customer{path_id(in, d), (flags & 32) != 0}, opts, d, reuse);
        break;
    }
    case 2: {
        if (cfg.merchant_id.empty())
            d.valid = false;
        juspay::update_customer u;
        u.customer_id = path_id(in, d);
        u.mobile_country_code = maybe(in, spoil(in, from_chars(in, digits, 1, 3), d, false));
        u.mobile_number = maybe(in, mobile(in, u.mobile_country_code.has_value(), d));
        u.email_address = maybe(in, email(in, d));
        u.first_name = maybe(in, person_name(in, d));
        u.last_name = maybe(in, person_name(in, d));
        if (!u.mobile_number && !u.email_address && !u.first_name && !u.last_name && !u.mobile_country_code)
            d.valid = false;
        check(cfg, u, opts, d, reuse);
        break;
    }
    case 3: {
        juspay::create_customer_account c;
        c.customer_id = path_id(in, d);
        c.bank_code = spoil(in, "JP_" + from_chars(in, upper, 2, 6), d, false);
        for (std::size_t n = in.below(3); n > 0; --n)
            c.bank_accounts.push_back({ifsc(in, d), spoil(in, from_chars(in, digits, 9, 18), d, false),
                                       person_name(in, d)});
        for (std::size_t n = in.below(3); n > 0; --n)
            c.upi_accounts.push_back({vpa(in, d)});
        if (c.bank_accounts.empty() && c.upi_accounts.empty())
            d.valid = false;
        c.gateway_id = maybe(in, spoil(in, from_chars(in, digits, 1, 4), d, false));
        c.gateway_reference_id = maybe(in, id(in, d));
        c.validate = flags & 32;
        check(cfg, c, opts, d, reuse);
        break;
    }
    case 4: {
        juspay::validate_customer_account v{path_id(in, d), path_id(in, d), {}, {}};
        v.preferred_ifsc_validation_gateway = maybe(in, id(in, d));
        if (in.chance(128))
            v.validation_amount = juspay::money::from_text(amount(in, d));
        check(cfg, v, opts, d, reuse);
        break;
    }
    case 5: check(cfg, juspay::get_customer_account{path_id(in, d), path_id(in, d)}, opts, d, reuse); break;
    case 6: check(cfg, juspay::list_customer_accounts{path_id(in, d)}, opts, d, reuse); break;
    default: check(cfg, juspay::delete_customer_account{path_id(in, d), path_id(in, d)}, opts, d, reuse); break;
    }
    return 0;
}
