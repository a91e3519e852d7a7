// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// juspay::request (declared in http.hpp): one buffer, read back through views. Every check
// below reads http1() with an independent HTTP/1.1 parser (Boost.Beast's request_parser) and
// compares what it finds with the accessors.
#include <juspay/http.hpp>

#include <juspay/juspay.hpp>

#include "support.hpp"

#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/url/parse.hpp>

#include <gtest/gtest.h>

#include <iterator>
#include <memory>
#include <string>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

namespace {

namespace http = boost::beast::http;

std::string const& proxy_base()
{
    static std::string const base = "https://proxy.example:8443/juspay/v1/";
    return base;
}

// What Beast reads from http1(), compared with every accessor of `r`.
void expect_http1_agrees(juspay::request const& r, std::string const& name)
{
    SCOPED_TRACE(name);
    std::string_view const bytes = r.http1();
    http::request_parser<http::string_body> parser;
    parser.eager(true);
    boost::system::error_code ec;
    std::size_t const used = parser.put(boost::asio::buffer(bytes.data(), bytes.size()), ec);
    ASSERT_FALSE(ec) << ec.message() << "\n" << bytes;
    ASSERT_TRUE(parser.is_done());
    EXPECT_EQ(used, bytes.size()); // nothing after the message
    auto const& m = parser.get();

    EXPECT_EQ(m.version(), 11);
    EXPECT_EQ(std::string(m.method_string()), juspay::to_string(r.method()));
    EXPECT_EQ(std::string(m.target()), r.target());
    EXPECT_EQ(std::string(m[http::field::host]), r.host());
    EXPECT_EQ(m.body(), r.body());
    if (r.method() == juspay::http_method::post) {
        EXPECT_EQ(std::string(m[http::field::content_length]), std::to_string(r.body().size()));
    } else {
        EXPECT_EQ(m.count(http::field::content_length), 0u);
    }

    // The headers, in order: Host first, Content-Length last, headers() in between.
    std::vector<std::pair<std::string, std::string>> seen;
    for (auto const& f : m)
        seen.emplace_back(std::string(f.name_string()), std::string(f.value()));
    ASSERT_GE(seen.size(), 2u);
    EXPECT_EQ(seen.front().first, "Host");
    std::size_t const last = r.method() == juspay::http_method::post ? seen.size() - 1 : seen.size();
    if (r.method() == juspay::http_method::post) {
        EXPECT_EQ(seen.back().first, "Content-Length");
    }
    std::vector<std::pair<std::string, std::string>> const middle(seen.begin() + 1, seen.begin() + last);
    std::vector<std::pair<std::string, std::string>> listed;
    for (juspay::header_view h : r.headers()) {
        listed.emplace_back(std::string(h.name), std::string(h.value));
        EXPECT_EQ(r.header_value(h.name), h.value);
        for (char c : h.value)
            EXPECT_TRUE(c != '\r' && c != '\n' && c != '\0') << h.name;
    }
    EXPECT_EQ(listed, middle);
    EXPECT_EQ(r.headers().size(), listed.size());
    EXPECT_EQ(r.header_value("host"), "");
    EXPECT_EQ(r.header_value("content-length"), "");

    // url() is the scheme and authority, then the target.
    auto const u = boost::urls::parse_absolute_uri(r.url());
    ASSERT_TRUE(u) << r.url();
    EXPECT_EQ(u->encoded_host_and_port(), r.host());
    EXPECT_EQ(u->encoded_target(), r.target());
}

TEST(request, http1_agrees_with_every_accessor_for_every_operation)
{
    int checked = 0;
    for (std::string const& base : {std::string(juspay::endpoints::india_sandbox), proxy_base(),
                                    std::string("http://127.0.0.1:8080"), std::string("http://[::1]:9/x")}) {
        auto cfg = juspay_test::test_config();
        cfg.base_url = base;
        juspay::call_options opts = juspay_test::doc_routing();
        opts.request_id = "req-0001";
        juspay_test::for_each_sample_operation([&](auto const& op) {
            auto const r = juspay_test::build(cfg, op, opts);
            ASSERT_TRUE(r) << r.error().message();
            expect_http1_agrees(*r, base + " " + typeid(op).name());
            ++checked;
        });
    }
    EXPECT_EQ(checked, 32);
}

TEST(request, a_proxy_path_prefix_is_in_the_target_and_the_url)
{
    auto cfg = juspay_test::test_config();
    cfg.base_url = proxy_base();
    auto const r = juspay_test::build(cfg, juspay::get_customer{"cst_1", false});
    ASSERT_TRUE(r);
    EXPECT_EQ(r->url(), "https://proxy.example:8443/juspay/v1/customers/cst_1");
    EXPECT_EQ(r->target(), "/juspay/v1/customers/cst_1");
    EXPECT_EQ(r->host(), "proxy.example:8443");
    EXPECT_EQ(r->http1().substr(0, 42), "GET /juspay/v1/customers/cst_1 HTTP/1.1\r\nH");
}

// Each view lies inside the request it was taken from (so it cannot point into another one).
void expect_views_inside(juspay::request const& r)
{
    std::string_view const all = r.http1();
    char const* lo = r.url().data();
    char const* hi = all.data() + all.size();
    for (std::string_view v : {r.url(), r.target(), r.host(), r.body(), r.http1()})
        EXPECT_TRUE(v.data() >= lo && v.data() + v.size() <= hi);
    for (juspay::header_view h : r.headers())
        EXPECT_TRUE(h.value.data() >= lo && h.value.data() + h.value.size() <= hi);
}

TEST(request, copies_and_moves_keep_every_view)
{
    juspay_test::for_each_sample_operation([&](auto const& op) {
        auto original = juspay_test::build(op);
        ASSERT_TRUE(original);
        std::string const bytes(original->http1());
        std::string const url(original->url());
        auto copy = std::make_unique<juspay::request>(*original);
        original = juspay::request(); // the source is gone: the copy owns its bytes
        expect_views_inside(*copy);
        EXPECT_EQ(copy->http1(), bytes);
        EXPECT_EQ(copy->url(), url);
        expect_http1_agrees(*copy, "copy");

        juspay::request moved(std::move(*copy));
        EXPECT_EQ(copy->http1(), ""); // a moved-from request is empty, with empty views
        EXPECT_EQ(copy->body(), "");
        EXPECT_TRUE(copy->headers().empty());
        copy.reset();
        expect_views_inside(moved);
        EXPECT_EQ(moved.http1(), bytes);
        expect_http1_agrees(moved, "move");

        juspay::request assigned;
        assigned = moved;
        EXPECT_EQ(assigned.http1(), bytes);
        juspay::request move_assigned;
        move_assigned = std::move(assigned);
        EXPECT_EQ(move_assigned.http1(), bytes);
        expect_views_inside(move_assigned);
    });
}

TEST(request, reuse_builds_over_the_old_request_and_a_refusal_leaves_it_empty)
{
    juspay::request reuse;
    auto const cfg = juspay_test::test_config();
    auto const opts = juspay_test::doc_routing();
    auto const big = std::get<3>(juspay_test::sample_operations()); // a create account: the largest
    ASSERT_TRUE(juspay::build_request(cfg, big, opts, reuse));
    std::size_t const capacity = reuse.capacity();
    ASSERT_TRUE(juspay::build_request(cfg, juspay::get_customer{"cst_1", false}, opts, reuse));
    EXPECT_EQ(reuse.capacity(), capacity); // the buffer was kept
    expect_http1_agrees(reuse, "reused");
    EXPECT_EQ(reuse.url(), "https://sandbox.juspay.in/customers/cst_1");
    EXPECT_EQ(reuse.body(), "");
    auto const same = juspay::build_request(cfg, juspay::get_customer{"cst_1", false}, opts);
    EXPECT_EQ(reuse.http1(), same->http1());

    juspay::call_options none;
    auto const refused = juspay::build_request(cfg, big, none, reuse);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().fields().at(0).field_name, "call_options.routing_id");
    EXPECT_EQ(reuse.http1(), "");
    EXPECT_EQ(reuse.url(), "");
    EXPECT_TRUE(reuse.headers().empty());
}

TEST(request, an_empty_request_has_empty_views)
{
    juspay::request const r;
    EXPECT_EQ(r.method(), juspay::http_method::get);
    EXPECT_EQ(r.url(), "");
    EXPECT_EQ(r.target(), "");
    EXPECT_EQ(r.host(), "");
    EXPECT_EQ(r.body(), "");
    EXPECT_EQ(r.http1(), "");
    EXPECT_TRUE(r.headers().empty());
    EXPECT_EQ(r.headers().size(), 0u);
    EXPECT_EQ(r.header_value("Authorization"), "");
}

TEST(request, the_header_range_is_a_forward_range)
{
    auto const r = juspay_test::build(juspay::get_customer{"cst_1", false});
    ASSERT_TRUE(r);
    auto const range = r->headers();
    auto it = range.begin();
    auto const first = it++;
    EXPECT_EQ((*first).name, "Authorization");
    EXPECT_EQ((*it).name, "x-merchantid");
    EXPECT_EQ(std::distance(range.begin(), range.end()), 5);
    static_assert(std::is_same_v<std::iterator_traits<juspay::request::header_range::iterator>::iterator_category,
                                 std::forward_iterator_tag>);
}

} // namespace
