// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// parse_response for all eight operations, the status and the answer's headers chosen by the
// input, the body the rest of it. Input: [operation][status choice (1 or 3 bytes)][header
// count, then per header: name choice, value piece][body...].
//
// Properties, beyond "no crash, no exception":
// - the status maps to the code README's table gives, with the retry advice of retry.hpp;
// - a 2xx succeeds only with a body Boost.JSON's own DOM parser accepts, and a body it refuses
//   is malformed_body; the streaming mapper and the DOM conversion (try_value_to) agree;
// - what value_from writes for a result, parse_response reads back the same;
// - reading the same bytes twice gives the same result;
// - the error keeps the body (at most max_body_size), its message is one line.
#ifndef JUSPAY_FUZZ_LINKED_BOOST // fuzz/run.sh compiles Boost in; CMake links it
#include <juspay/boost_src.hpp>
#endif

#include "fuzz.hpp"

#include <juspay/juspay.hpp>

#include <boost/json.hpp>

#include <cmath>
#include <type_traits>
#include <string>
#include <vector>

namespace {

using juspay::errc;
using juspay::retry_advice;

// A result reduced to text, so two outcomes compare with ==.
template <class T>
std::string fingerprint(juspay::result<T> const& r);

std::string error_fingerprint(juspay::error const& e)
{
    std::string s = "error ";
    s += e.code_name();
    s += ' ' + std::to_string(e.http_status) + ' ' + std::string(to_string(e.retry())) + ' ';
    s += e.message();
    s += '|';
    s += e.body();
    s += e.body_truncated() ? "|cut|" : "|whole|";
    s += e.response_request_id();
    s += '|';
    s += e.response_id();
    s += '|' + (e.retry_after() ? std::to_string(e.retry_after()->count()) : std::string("-"));
    for (auto const& f : e.fields())
        s += '|' + f.field_name + '=' + f.reason;
    auto const& env = e.envelope();
    s += '|' + env.status + '|' + env.error_code + '|' + env.error_message + '|' + env.user_message + '|' +
         env.developer_message + '|' + env.info_code + '|' + env.category + '|' + env.request_id;
    return s;
}

boost::json::value to_json(juspay::customer const& c) { return boost::json::value_from(c); }
boost::json::value to_json(juspay::customer_account const& a) { return boost::json::value_from(a); }
boost::json::value to_json(std::vector<juspay::customer_account> const& v) { return boost::json::value_from(v); }
boost::json::value to_json(juspay::deleted_customer_account const& d)
{
    // Delete has no value_from of its own: the members it reads, then the rest.
    boost::json::object o;
    o["customer_account_id"] = d.customer_account_id;
    if (!d.status.empty())
        o["status"] = d.status;
    for (auto const& kv : d.unknown_fields)
        o.insert_or_assign(kv.key(), kv.value());
    return o;
}

template <class T>
std::string fingerprint(juspay::result<T> const& r)
{
    if (!r)
        return error_fingerprint(r.error());
    return "value " + boost::json::serialize(to_json(*r));
}

// README "Results and errors": the code for a status that is not 2xx, from the status alone
// where the table says so; for 400 and 404, the set the body may choose from.
bool code_fits_status(int status, errc code, std::string_view body)
{
    switch (status) {
    case 400: return code == errc::already_exists || code == errc::invalid_input || code == errc::api_error;
    case 401: return code == errc::unauthorized;
    case 403: return code == errc::forbidden;
    case 404: {
        boost::json::error_code ec;
        auto const v = boost::json::parse(boost::json::string_view(body.data(), body.size()), ec);
        if (ec || !v.is_object()) // not an envelope at all: a wrong URL or a proxy
            return code == errc::endpoint_not_found;
        return code == errc::not_found || code == errc::endpoint_not_found;
    }
    case 429: return code == errc::rate_limited;
    default: break;
    }
    if (status >= 400 && status <= 499)
        return code == errc::api_error;
    if (status >= 500 && status <= 599)
        return code == errc::server_error;
    return code == errc::unexpected_status;
}

// retry.hpp's table.
retry_advice expected_advice(int status, retry_advice unanswered)
{
    if (status == 429)
        return retry_advice::retry;
    if (status == 408 || (status >= 500 && status <= 599) || (status >= 200 && status <= 299))
        return unanswered;
    return retry_advice::do_not_retry;
}

// The DOM path a caller may take instead: boost::json::try_value_to on the parsed body.
template <class Op>
std::optional<std::string> dom_fingerprint(Op const&, boost::json::value const& v)
{
    using T = typename Op::result_type;
    if constexpr (std::is_same_v<T, juspay::deleted_customer_account>) {
        return std::nullopt; // no DOM conversion for delete's answer
    } else if constexpr (std::is_same_v<Op, juspay::list_customer_accounts>) {
        if (!v.is_array())
            return std::nullopt; // the older wrapper has no DOM conversion
        auto r = boost::json::try_value_to<T>(v);
        return r ? "value " + boost::json::serialize(to_json(*r)) : std::string("refused");
    } else {
        auto r = boost::json::try_value_to<T>(v);
        return r ? "value " + boost::json::serialize(to_json(*r)) : std::string("refused");
    }
}

// Equal values, but a double may come back a few units in the last place off: Boost 1.81's
// parser does not round every decimal text correctly (a long mantissa such as
// 12222222222222222222222222222225222222222222222222222222.0 reads 2 units off; 1.82 added
// number_precision::precise), so a double written and read again can move.
bool same_json(boost::json::value const& a, boost::json::value const& b)
{
    if (a.is_double() && b.is_double()) {
        double x = a.get_double();
        double const y = b.get_double();
        for (int ulp = 0; ulp < 4 && x != y; ++ulp)
            x = std::nextafter(x, y);
        return x == y;
    }
    if (a.kind() != b.kind())
        return false;
    if (a.is_array()) {
        auto const &p = a.get_array(), &q = b.get_array();
        if (p.size() != q.size())
            return false;
        for (std::size_t i = 0; i < p.size(); ++i)
            if (!same_json(p[i], q[i]))
                return false;
        return true;
    }
    if (a.is_object()) {
        auto const &p = a.get_object(), &q = b.get_object();
        if (p.size() != q.size())
            return false;
        for (auto i = p.begin(), j = q.begin(); i != p.end(); ++i, ++j)
            if (i->key() != j->key() || !same_json(i->value(), j->value()))
                return false;
        return true;
    }
    return a == b;
}

bool has_double(boost::json::value const& v)
{
    switch (v.kind()) {
    case boost::json::kind::double_: return true;
    case boost::json::kind::array:
        for (auto const& e : v.get_array())
            if (has_double(e))
                return true;
        return false;
    case boost::json::kind::object:
        for (auto const& kv : v.get_object())
            if (has_double(kv.value()))
                return true;
        return false;
    default: return false;
    }
}

// Every member of `body` but null ones (which read as absent) is a member of `out`: nothing
// parse_response read is lost on the way out of value_from.
bool members_kept(boost::json::value const& body, boost::json::value const& out)
{
    if (body.is_array()) {
        if (!out.is_array() || out.get_array().size() != body.get_array().size())
            return false;
        for (std::size_t i = 0; i < body.get_array().size(); ++i)
            if (!members_kept(body.get_array()[i], out.get_array()[i]))
                return false;
        return true;
    }
    if (!body.is_object())
        return true;
    if (!out.is_object())
        return false;
    for (auto const& kv : body.get_object())
        if (!kv.value().is_null() && !out.get_object().contains(kv.key()))
            return false;
    return true;
}

template <class Op>
void check(Op const& op, int status, std::string_view body, std::vector<juspay::header_view> const& headers)
{
    juspay::response_view const answer(status, body, headers);
    auto const first = juspay::parse_response(op, answer);
    auto const again = juspay::parse_response(op, answer);
    std::string const print = fingerprint(first);
    FUZZ_CHECK(print == fingerprint(again), "the same bytes read twice give the same result");

    retry_advice const unanswered = juspay::retry_after_transport_failure(op);
    bool const success = status >= 200 && status <= 299;
    boost::json::error_code ec;
    boost::json::value const dom = boost::json::parse(boost::json::string_view(body.data(), body.size()), ec);

    if (!first) {
        juspay::error const& e = first.error();
        FUZZ_CHECK(e.http_status == status, "the error carries the answer's status");
        FUZZ_CHECK(e.retry() == expected_advice(status, unanswered), "retry advice as retry.hpp's table says");
        FUZZ_CHECK(e.message().find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos,
                   "the message is one line");
        std::size_t const kept = body.size() < juspay::error::max_body_size ? body.size() : juspay::error::max_body_size;
        FUZZ_CHECK(e.body() == body.substr(0, kept), "the error keeps the body's first max_body_size bytes");
        FUZZ_CHECK(e.body_truncated() == (body.size() > kept), "body_truncated says whether bytes were dropped");
        if (success) {
            FUZZ_CHECK(e.code == errc::malformed_body || e.code == errc::unexpected_shape,
                       "a 2xx fails only as malformed_body or unexpected_shape");
            FUZZ_CHECK((e.code == errc::malformed_body) == bool(ec),
                       "malformed_body exactly when Boost.JSON's DOM parser refuses the body");
        } else {
            FUZZ_CHECK(code_fits_status(status, static_cast<errc>(e.code.value()), body),
                       "the status maps to README's code");
        }
    } else {
        FUZZ_CHECK(success, "only a 2xx succeeds");
        // Delete's answer may be empty (only JSON whitespace counts as empty too).
        bool const empty_delete = std::is_same_v<Op, juspay::delete_customer_account> &&
                                  body.find_first_not_of(" \t\r\n") == std::string_view::npos;
        FUZZ_CHECK(empty_delete || !ec, "success only for a body that is JSON");
    }

    if (success && !ec) {
        // The operation may refuse more than the type does (a token asked for and not sent). A
        // DOM keeps a double, not its text ("1.0" comes back "1"), so values are compared only
        // when the body has none.
        if (auto const dom_print = dom_fingerprint(op, dom)) {
            if (first && !has_double(dom))
                FUZZ_CHECK(*dom_print == print, "the streaming mapper and try_value_to read the same value");
            if (first)
                FUZZ_CHECK(*dom_print != "refused", "what parse_response reads, try_value_to reads");
            if (*dom_print == "refused")
                FUZZ_CHECK(!first, "what try_value_to refuses, parse_response refuses");
        }
    }

    if (first) {
        // value_from, serialized, read back by the same operation: the same result.
        std::string const text = boost::json::serialize(to_json(*first));
        auto const back = juspay::parse_response(op, juspay::response_view(200, text));
        FUZZ_CHECK(back.has_value(), "what value_from writes, parse_response reads");
        FUZZ_CHECK(same_json(to_json(*back), to_json(*first)),
                   "what value_from writes, parse_response reads back the same");
        if (!ec && !std::is_same_v<Op, juspay::delete_customer_account>)
            FUZZ_CHECK(members_kept(dom, to_json(*first)), "value_from writes every member the body had");
    }
}

constexpr int statuses[] = {200, 201, 202, 204, 299, 400, 401, 403, 404, 408, 409, 422, 429, 499,
                            500, 502, 503, 504, 599, 100, 101, 199, 301, 304, 0,   -1,  600, 999};

constexpr std::string_view header_names[] = {"x-request-id", "X-Response-Id", "Retry-After", "retry-after",
                                             "X-REQUEST-ID", "content-type",  "x-response-id"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
{
    fuzz::input in(data, size);
    std::uint8_t const op = in.byte();
    std::uint8_t const pick = in.byte();
    int status = pick < 224 ? statuses[pick % std::size(statuses)] : static_cast<std::int16_t>(in.u16());
    std::vector<juspay::header_view> headers;
    for (std::size_t n = in.below(4); n > 0; --n) {
        std::string_view const name = header_names[in.below(std::size(header_names))];
        headers.push_back(juspay::header_view{name, in.piece(40)});
    }
    std::string_view const body = in.rest();

    switch (op % 9) {
    case 0: check(juspay::create_customer{"cust_ref_1", "9988776655", {}, {}, {}, {}, false}, status, body, headers); break;
    case 1: check(juspay::create_customer{"cust_ref_1", "9988776655", {}, {}, {}, {}, true}, status, body, headers); break;
    case 2: check(juspay::get_customer{"cst_1", (op & 0x80) != 0}, status, body, headers); break;
    case 3: check(juspay::update_customer{"cst_1", "9988776655", {}, {}, {}, {}}, status, body, headers); break;
    case 4: {
        juspay::create_customer_account c;
        c.customer_id = "cst_1";
        c.bank_code = "JP_HDFC";
        c.upi_accounts.push_back({"a@upi"});
        check(c, status, body, headers);
        break;
    }
    case 5: check(juspay::validate_customer_account{"cst_1", "banh_1", {}, {}}, status, body, headers); break;
    case 6: check(juspay::get_customer_account{"cst_1", "banh_1"}, status, body, headers); break;
    case 7: check(juspay::list_customer_accounts{"cst_1"}, status, body, headers); break;
    default: check(juspay::delete_customer_account{"cst_1", "banh_1"}, status, body, headers); break;
    }
    return 0;
}
