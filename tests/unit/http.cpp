// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/http.hpp>

#include <juspay/customer.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

namespace {

using juspay::errc;
using juspay_test::build;
using juspay_test::parse;

juspay::get_customer get_op(std::string id = "cst_pcxaymwoh9vbse97")
{
    juspay::get_customer op;
    op.customer_id = std::move(id);
    return op;
}

juspay::config with_base(std::string base)
{
    auto c = juspay_test::test_config();
    c.base_url = std::move(base);
    return c;
}

TEST(http, base_urls_that_are_accepted)
{
    struct row {
        char const* base;
        char const* url;
    };
    row const rows[] = {
        {"https://sandbox.juspay.in", "https://sandbox.juspay.in/customers/cst_1"},
        {"https://sandbox.juspay.in/", "https://sandbox.juspay.in/customers/cst_1"},
        {"https://sandbox.juspay.in//", "https://sandbox.juspay.in/customers/cst_1"},
        {"https://proxy.example/juspay", "https://proxy.example/juspay/customers/cst_1"},
        {"https://proxy.example/juspay/", "https://proxy.example/juspay/customers/cst_1"},
        {"https://proxy.example:8443/a/b", "https://proxy.example:8443/a/b/customers/cst_1"},
        {"http://localhost:8080", "http://localhost:8080/customers/cst_1"},
        {"http://LOCALHOST", "http://LOCALHOST/customers/cst_1"},
        {"http://127.0.0.1:9000", "http://127.0.0.1:9000/customers/cst_1"},
        {"http://127.200.3.4", "http://127.200.3.4/customers/cst_1"},
        {"http://[::1]:9000/", "http://[::1]:9000/customers/cst_1"},
        {"HTTPS://api.juspay.in", "HTTPS://api.juspay.in/customers/cst_1"},
    };
    for (auto const& r : rows) {
        auto const req = build(with_base(r.base), get_op("cst_1"));
        ASSERT_TRUE(req) << r.base << ": " << req.error().message();
        EXPECT_EQ(req->url(), r.url);
    }
}

TEST(http, base_urls_that_are_refused_as_invalid_config)
{
    char const* const rows[] = {
        "",
        "sandbox.juspay.in",
        "/customers",
        "http://example.com",
        "http://sandbox.juspay.in",
        "http://localhost.evil.example",
        "http://127.0.0.1.evil.example",
        "https://127.0.0.1.evil.example/juspay",
        "http://127.0.0.1x/",
        "http://10.0.0.1",
        "http://[::2]",
        "ftp://x",
        "file:///etc/passwd",
        "https://u:p@x",
        "https://key@sandbox.juspay.in",
        "https://x/?q",
        "https://x?",
        "https://x/#f",
        "https://",
        "https:///path",
        "https://sandbox.juspay.in\r\nX-Evil: 1",
        "https://sandbox juspay.in",
        "a:%e", // asserts inside Boost.URL 1.81's parser (debug builds): refused before it
        "https:%e",
        "https:/x",
        // A dot segment would be resolved by the server or a proxy: the request would go
        // elsewhere than the URL says (Boost.URL's segments() even hides a leading "/.").
        "https://x/.",
        "https://x:/.",
        "https://x/./juspay",
        "https://x/a/../juspay",
        "https://x/a/..",
        "https://x/%2E%2e/b",
        "https://x/a/%2e/",
    };
    for (auto const* base : rows) {
        auto const req = build(with_base(base), get_op());
        ASSERT_FALSE(req) << base;
        EXPECT_EQ(req.error().code, errc::invalid_config) << base;
        EXPECT_EQ(req.error().code, juspay::condition::invalid_request) << base;
        ASSERT_FALSE(req.error().fields().empty());
        EXPECT_EQ(req.error().fields()[0].field_name, "config.base_url") << base;
        EXPECT_EQ(req.error().http_status, 0);
    }
    // The message names the field but never repeats a base URL, which may carry credentials.
    auto const req = build(with_base("https://user:hunter2@x"), get_op());
    ASSERT_FALSE(req);
    EXPECT_EQ(req.error().message().find("hunter2"), std::string::npos) << req.error().message();
    EXPECT_NE(req.error().message().find("config.base_url must not contain user info"), std::string::npos)
        << req.error().message();
}

TEST(http, config_checks_apply_even_without_validation)
{
    juspay::call_options no_validate;
    no_validate.validate = false;
    auto c = with_base("http://example.com");
    EXPECT_EQ(build(c, get_op(), no_validate).error().code, errc::invalid_config);
    c = juspay_test::test_config();
    c.api_key.clear();
    auto r = build(c, get_op(), no_validate);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::invalid_config);
    EXPECT_EQ(r.error().fields().at(0).field_name, "config.api_key");
    EXPECT_EQ(r.error().fields().at(0).reason, "is empty");
}

TEST(http, api_key_with_controls_or_colon_is_refused_without_echoing_it)
{
    for (std::string key : {std::string("sk_test_N0tForLogs\r\nX-Evil: 1"), std::string("sk_test_N0tForLogs\n"),
                            std::string("sk_test_N0tForLogs\0x", 20), std::string("sk_test_N0tForLogs:extra")}) {
        auto c = juspay_test::test_config();
        c.api_key = key;
        juspay::call_options o = juspay_test::doc_routing();
        o.validate = false;
        auto const r = build(c, get_op(), o);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, errc::invalid_config);
        EXPECT_EQ(r.error().fields().at(0).field_name, "config.api_key");
    }
}

TEST(http, header_injection_through_merchant_or_routing_id_is_refused_always)
{
    for (bool validate : {true, false}) {
        juspay::call_options o = juspay_test::doc_routing();
        o.validate = validate;
        for (std::string evil : {std::string("m\r\nX-Evil: 1"), std::string("m\nX-Evil: 1"), std::string("m\rx"),
                                 std::string("m\0x", 3), std::string("m\x7f")}) {
            auto c = juspay_test::test_config();
            c.merchant_id = evil;
            auto r = build(c, get_op(), o);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, errc::invalid_config);
            EXPECT_EQ(r.error().fields().at(0).field_name, "config.merchant_id");

            juspay::call_options ro = o;
            ro.routing_id = evil;
            r = build(get_op(), ro);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, errc::invalid_field);
            EXPECT_EQ(r.error().fields().at(0).field_name, "call_options.routing_id");

            juspay::call_options io = juspay_test::doc_routing();
            io.validate = validate;
            io.request_id = evil;
            r = build(get_op(), io);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, errc::invalid_field);
            EXPECT_EQ(r.error().fields().at(0).field_name, "call_options.request_id");
        }
    }
}

TEST(http, a_header_value_with_space_at_either_end_is_refused_always)
{
    // The receiver drops the whitespace around a field value: " m" would arrive as "m".
    for (bool validate : {true, false}) {
        juspay::call_options o = juspay_test::doc_routing();
        o.validate = validate;
        for (std::string edge : {" m", "m ", "\tm", "m\t", " ", "\t"}) {
            auto c = juspay_test::test_config();
            c.merchant_id = edge;
            auto r = build(c, get_op(), o);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, errc::invalid_config);
            EXPECT_EQ(r.error().fields().at(0).field_name, "config.merchant_id");

            juspay::call_options ro = o;
            ro.routing_id = edge;
            r = build(get_op(), ro);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, errc::invalid_field);
            EXPECT_EQ(r.error().fields().at(0).field_name, "call_options.routing_id");

            juspay::call_options io = o;
            io.request_id = edge;
            r = build(get_op(), io);
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error().code, errc::invalid_field);
            EXPECT_EQ(r.error().fields().at(0).field_name, "call_options.request_id");
        }
        // Inside a value, a space or tab is carried as it is.
        juspay::call_options inner = o;
        inner.routing_id = "cart 88\t12";
        auto const r = build(get_op(), inner);
        ASSERT_TRUE(r) << r.error().message();
        EXPECT_EQ(r->header_value("x-routing-id"), "cart 88\t12");
    }
}

TEST(http, headers_in_order_and_get_has_no_body)
{
    auto const r = build(get_op());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->method(), juspay::http_method::get);
    ASSERT_EQ(juspay_test::headers_of(*r).size(), 5u);
    EXPECT_EQ(juspay_test::headers_of(*r)[0].name, "Authorization");
    EXPECT_EQ(juspay_test::headers_of(*r)[0].value, "Basic c2tfdGVzdF9OMHRGb3JMb2dzXzlmOGU3ZDo=");
    EXPECT_EQ(juspay_test::headers_of(*r)[1].name, "x-merchantid");
    EXPECT_EQ(juspay_test::headers_of(*r)[1].value, "merchant_42");
    EXPECT_EQ(juspay_test::headers_of(*r)[2].name, "x-routing-id");
    EXPECT_EQ(juspay_test::headers_of(*r)[2].value, "customer_1122");
    EXPECT_EQ(juspay_test::headers_of(*r)[3].name, "Accept");
    EXPECT_EQ(juspay_test::headers_of(*r)[3].value, "application/json");
    EXPECT_EQ(juspay_test::headers_of(*r)[4].name, "User-Agent");
    EXPECT_EQ(juspay_test::headers_of(*r)[4].value, "juspay-sansio/" JUSPAY_SANSIO_VERSION_STRING);
    EXPECT_TRUE(r->body().empty());
    EXPECT_EQ(r->header_value("X-ROUTING-ID"), "customer_1122");
    EXPECT_EQ(r->header_value("content-type"), "");
}

TEST(http, merchant_header_omitted_when_empty_and_not_required)
{
    auto c = juspay_test::test_config();
    c.merchant_id.clear();
    // Juspay documents x-merchantid as required on customer calls: validation refuses it...
    auto r = build(c, get_op());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::invalid_config);
    EXPECT_EQ(r.error().fields().at(0).field_name, "config.merchant_id");
    // ...and without validation the header is simply left out.
    juspay::call_options o = juspay_test::doc_routing();
    o.validate = false;
    r = build(c, get_op(), o);
    ASSERT_TRUE(r);
    EXPECT_EQ(juspay_test::headers_of(*r).size(), 4u);
    EXPECT_EQ(r->header_value("x-merchantid"), "");
}

TEST(http, routing_id_is_sent_as_given_never_taken_from_the_path)
{
    juspay::call_options o;
    o.routing_id = "cart_8812";
    auto const r = build(get_op(), o);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->header_value("x-routing-id"), "cart_8812");
    EXPECT_EQ(r->header_value("x-request-id"), ""); // only when asked
}

TEST(http, an_empty_routing_id_is_refused_with_validation_on_and_off)
{
    for (bool validate : {true, false}) {
        juspay::call_options o;
        o.validate = validate;
        auto const r = build(get_op(), o);
        ASSERT_FALSE(r) << validate;
        EXPECT_EQ(r.error().code, errc::missing_field);
        ASSERT_EQ(r.error().fields().size(), 1u);
        EXPECT_EQ(r.error().fields()[0].field_name, "call_options.routing_id");
        EXPECT_NE(r.error().message().find("call_options.routing_id"), std::string::npos);
        EXPECT_EQ(r.error().retry(), juspay::retry_advice::do_not_retry);
        EXPECT_EQ(r.error().http_status, 0);
    }
}

TEST(http, request_id_is_sent_as_x_request_id_after_the_routing_id)
{
    juspay::call_options o = juspay_test::doc_routing();
    o.request_id = "req-7f3a-0001";
    auto const r = build(get_op(), o);
    ASSERT_TRUE(r);
    ASSERT_EQ(juspay_test::headers_of(*r).size(), 6u);
    EXPECT_EQ(juspay_test::headers_of(*r)[2].name, "x-routing-id");
    EXPECT_EQ(juspay_test::headers_of(*r)[3].name, "x-request-id");
    EXPECT_EQ(juspay_test::headers_of(*r)[3].value, "req-7f3a-0001");
}

TEST(http, operator_prints_an_http_message_with_the_key_hidden)
{
    auto const r = build(get_op());
    ASSERT_TRUE(r);
    EXPECT_EQ(juspay_test::printed(*r),
              "GET /customers/cst_pcxaymwoh9vbse97 HTTP/1.1\r\n"
              "Host: sandbox.juspay.in\r\n"
              "Authorization: Basic ***\r\n"
              "x-merchantid: merchant_42\r\n"
              "x-routing-id: customer_1122\r\n"
              "Accept: application/json\r\n"
              "User-Agent: juspay-sansio/0.2.0\r\n"
              "\r\n");
    // http1() is the same message with the credentials in it.
    std::string sent(r->http1());
    auto const at = sent.find("Basic ") + 6;
    EXPECT_EQ(sent.substr(at, sent.find('\r', at) - at), "c2tfdGVzdF9OMHRGb3JMb2dzXzlmOGU3ZDo=");
    EXPECT_EQ(sent.replace(at, sent.find('\r', at) - at, "***"), juspay_test::printed(*r));
    // An empty request prints nothing.
    EXPECT_EQ(juspay_test::printed(juspay::request()), "");
}

TEST(http, to_string_of_methods)
{
    EXPECT_EQ(juspay::to_string(juspay::http_method::get), "GET");
    EXPECT_EQ(juspay::to_string(juspay::http_method::post), "POST");
}

TEST(http, statuses_map_to_codes_whatever_the_body)
{
    struct row {
        int status;
        char const* body;
        errc code;
        juspay::retry_advice advice; // for get_customer: safe to repeat
    };
    constexpr auto R = juspay::retry_advice::retry;
    constexpr auto N = juspay::retry_advice::do_not_retry;
    row const rows[] = {
        {100, "", errc::unexpected_status, N},
        {301, "<html>Moved</html>", errc::unexpected_status, N},
        {304, "", errc::unexpected_status, N},
        {0, "", errc::unexpected_status, N},
        {-1, "", errc::unexpected_status, N},
        {600, "{}", errc::unexpected_status, N},
        {400, "<html><body>Bad Request</body></html>", errc::api_error, N},
        {400, "", errc::api_error, N},
        {401, "", errc::unauthorized, N},
        {403, "<html>Forbidden</html>", errc::forbidden, N},
        {404, "", errc::endpoint_not_found, N},
        {404, "<html><body><h1>404 Not Found</h1></body></html>", errc::endpoint_not_found, N},
        {404, "{\"message\":\"Not Found\"}", errc::endpoint_not_found, N},
        {405, "", errc::api_error, N},
        {408, "", errc::api_error, R},
        {409, "{\"error_message\":\"conflict\"}", errc::api_error, N},
        {429, "", errc::rate_limited, R},
        {500, "{\"error_message\":\"Internal Server error.\"}", errc::server_error, R},
        {502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", errc::server_error, R},
        {503, "", errc::server_error, R},
        {504, "upstream request timeout", errc::server_error, R},
        {599, "[1,2]", errc::server_error, R},
    };
    for (auto const& r : rows) {
        auto const res = parse(get_op(), r.status, r.body);
        ASSERT_FALSE(res) << r.status;
        auto const& e = res.error();
        EXPECT_EQ(e.code, r.code) << r.status << " " << r.body;
        EXPECT_EQ(e.http_status, r.status);
        EXPECT_EQ(e.retry(), r.advice) << r.status;
        EXPECT_EQ(e.body(), r.body);
        EXPECT_FALSE(e.body_truncated());
        EXPECT_EQ(e.message().find('\n'), std::string::npos);
        EXPECT_NE(e.message().find("HTTP " + std::to_string(r.status)), std::string::npos) << e.message();
    }
}

TEST(http, error_body_is_kept_bounded_and_says_so)
{
    std::string const huge(1 << 20, 'x');
    auto const r = parse(get_op(), 502, huge);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, errc::server_error);
    EXPECT_EQ(r.error().body().size(), juspay::error::max_body_size);
    EXPECT_TRUE(r.error().body_truncated());
    EXPECT_EQ(r.error().body(), huge.substr(0, juspay::error::max_body_size));
}

TEST(http, server_text_in_messages_stays_on_one_bounded_line)
{
    std::string const long_text(5000, 'y');
    auto const r = parse(get_op(), 400,
                         "{\"error_message\":\"line one\\nline two\\r\\n" + long_text + "\",\"error_code\":\"x\"}");
    ASSERT_FALSE(r);
    std::string const m(r.error().message());
    EXPECT_EQ(m.find('\n'), std::string::npos);
    EXPECT_EQ(m.find('\r'), std::string::npos);
    EXPECT_LT(m.size(), 400u);
    EXPECT_EQ(m.substr(m.size() - 3), "...");
    // The envelope itself is copied whole.
    EXPECT_EQ(r.error().envelope().error_message, "line one\nline two\r\n" + long_text);
}

} // namespace
