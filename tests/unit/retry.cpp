// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/retry.hpp>

#include <juspay/juspay.hpp>

#include "support.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>

namespace {

using juspay::errc;
using juspay::retry_advice;
using juspay_test::parse;

juspay::create_customer a_create()
{
    juspay::create_customer op;
    op.object_reference_id = "customer@gmail.com";
    op.mobile_number = "9988776655";
    return op;
}

juspay::create_customer_account an_account_create() { return std::get<3>(juspay_test::sample_operations()); }

// What a lost answer calls for (design.md "Retry advice per operation"; juspay-api.md "Which
// calls are safe to repeat"): only these two may have done something that must not be done twice.
template <class Op>
retry_advice expected_when_unanswered(Op const&)
{
    constexpr bool check = std::is_same_v<Op, juspay::create_customer_account> ||
                           std::is_same_v<Op, juspay::validate_customer_account>;
    return check ? retry_advice::check_first : retry_advice::retry;
}

template <class F>
void for_each_operation(F&& f)
{
    juspay_test::for_each_sample_operation([&](auto const& sample) {
        struct {
            decltype(sample) op;
            retry_advice unanswered;
        } const row{sample, expected_when_unanswered(sample)};
        f(row);
    });
}

template <class Op>
std::string name_of(Op const&)
{
    return typeid(Op).name();
}

TEST(retry, advice_for_every_operation_and_every_kind_of_outcome)
{
    int checked = 0;
    for_each_operation([&](auto const& row) {
        auto const& op = row.op;
        std::string const name = name_of(op);
        // No answer at all (timeout, reset after sending).
        EXPECT_EQ(juspay::retry_after_transport_failure(op), row.unanswered) << name;
        static_assert(noexcept(juspay::retry_after_transport_failure(op)));
        // 5xx and 408: the request may or may not have been carried out.
        for (int status : {500, 502, 503, 504, 599, 408}) {
            for (char const* body : {"", "<html>Bad Gateway</html>", R"({"error_message":"Internal Server error."})"}) {
                auto const r = parse(op, status, body);
                ASSERT_FALSE(r);
                EXPECT_EQ(r.error().retry(), row.unanswered) << name << " " << status;
                ++checked;
            }
        }
        // 429: nothing was done, whatever the call.
        auto const limited = parse(op, 429, "");
        EXPECT_EQ(limited.error().code, errc::rate_limited);
        EXPECT_EQ(limited.error().retry(), retry_advice::retry) << name;
        // Every other 4xx: the same request gets the same answer.
        for (int status : {400, 401, 403, 404, 405, 409, 422, 499}) {
            auto const r = parse(op, status, R"({"error_code":"x","error_message":"no"})");
            EXPECT_EQ(r.error().retry(), retry_advice::do_not_retry) << name << " " << status;
            ++checked;
        }
        EXPECT_EQ(parse(op, 404, "").error().retry(), retry_advice::do_not_retry) << name;
        // 1xx and 3xx: not an answer to act on.
        for (int status : {100, 301, 302, 304})
            EXPECT_EQ(parse(op, status, "").error().retry(), retry_advice::do_not_retry) << name << " " << status;
        // A 2xx that cannot be read: it was carried out; only safe calls may simply go again.
        for (char const* body : {"{", "<html>", R"({"unexpected":"shape"})", "[7]", "true"}) {
            auto const r = parse(op, 200, body);
            if (r)
                continue; // e.g. a delete that says nothing but {"unexpected":...}: still success
            EXPECT_TRUE(r.error().code == errc::malformed_body || r.error().code == errc::unexpected_shape) << body;
            EXPECT_EQ(r.error().retry(), row.unanswered) << name << " " << body;
            ++checked;
        }
        // Refused before sending: fix the request first.
        juspay::call_options none; // no routing id
        auto const refused = juspay::build_request(juspay_test::test_config(), op, none);
        ASSERT_FALSE(refused) << name;
        EXPECT_EQ(refused.error().retry(), retry_advice::do_not_retry) << name;
        EXPECT_EQ(refused.error().http_status, 0);
    });
    EXPECT_GT(checked, 8 * 30);
}

TEST(retry, the_two_non_idempotent_calls_are_check_first_on_a_502)
{
    // The case that made retryable() dangerous: a 502 on a penny drop.
    auto const v = parse(juspay::validate_customer_account{"cst_1", "banh_1", {}, {}}, 502, "<html>502</html>");
    EXPECT_EQ(v.error().code, errc::server_error);
    EXPECT_EQ(v.error().retry(), retry_advice::check_first);
    EXPECT_EQ(parse(an_account_create(), 503, "").error().retry(), retry_advice::check_first);
    EXPECT_EQ(parse(a_create(), 503, "").error().retry(), retry_advice::retry);
}

TEST(retry, a_404_is_not_found_only_with_juspays_envelope)
{
    for_each_operation([&](auto const& row) {
        auto const juspays = parse(row.op, 404, juspay_test::golden("responses/404_object_not_found.json"));
        EXPECT_EQ(juspays.error().code, errc::not_found);
        EXPECT_EQ(juspays.error().envelope().error_code, "object_not_found");
        for (char const* body : {"", "<html><body><h1>404 Not Found</h1></body></html>", R"({"message":"Not Found"})",
                                 R"({"status":404})", "[]", "Cannot GET /customers"}) {
            auto const other = parse(row.op, 404, body);
            EXPECT_EQ(other.error().code, errc::endpoint_not_found) << body;
            EXPECT_EQ(other.error().code, juspay::condition::rejected_by_api);
            EXPECT_EQ(other.error().retry(), retry_advice::do_not_retry);
        }
        // Juspay's envelope without error_info is still Juspay's.
        EXPECT_EQ(parse(row.op, 404, R"({"error_code":"object_not_found"})").error().code, errc::not_found);
        EXPECT_EQ(parse(row.op, 404, R"({"error_message":"Customer not found"})").error().code, errc::not_found);
    });
}

TEST(retry, answer_headers_are_kept_whatever_their_case)
{
    std::string const request_id = "b2e0fd33-7655-4778-83a8-5179ed21b0b7";
    std::string const response_id = "resp-0b61-77";
    for (auto names : {std::array<char const*, 3>{"x-request-id", "x-response-id", "retry-after"},
                       std::array<char const*, 3>{"X-Request-Id", "X-Response-Id", "Retry-After"},
                       std::array<char const*, 3>{"X-REQUEST-ID", "X-RESPONSE-ID", "RETRY-AFTER"}}) {
        juspay::header_view const headers[] = {{"Content-Type", "application/json"},
                                               {names[0], request_id},
                                               {names[1], response_id},
                                               {names[2], "120"}};
        auto const r = juspay::parse_response(a_create(), {503, "", headers});
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().response_request_id(), request_id) << names[0];
        EXPECT_EQ(r.error().response_id(), response_id) << names[1];
        ASSERT_TRUE(r.error().retry_after()) << names[2];
        EXPECT_EQ(*r.error().retry_after(), std::chrono::seconds(120));
    }
    // Without headers nothing is invented.
    auto const bare = juspay::parse_response(a_create(), {503, ""});
    EXPECT_EQ(bare.error().response_request_id(), "");
    EXPECT_EQ(bare.error().response_id(), "");
    EXPECT_FALSE(bare.error().retry_after());
}

TEST(retry, retry_after_is_read_as_delta_seconds_only)
{
    struct row {
        char const* value;
        long long seconds; // -1: not read
    };
    row const rows[] = {{"0", 0},
                        {"1", 1},
                        {" 30 ", 30},
                        {"\t7", 7},
                        {"86400", 86400},
                        {"Wed, 21 Oct 2015 07:28:00 GMT", -1}, // an HTTP-date is ignored (documented)
                        {"-1", -1},
                        {"1.5", -1},
                        {"", -1},
                        {"12abc", -1},
                        {"99999999999999999999999", -1}};
    for (auto const& r : rows) {
        juspay::header_view const headers[] = {{"Retry-After", r.value}};
        auto const res = juspay::parse_response(a_create(), {429, "", headers});
        ASSERT_FALSE(res);
        if (r.seconds < 0) {
            EXPECT_FALSE(res.error().retry_after()) << r.value;
        } else {
            ASSERT_TRUE(res.error().retry_after()) << r.value;
            EXPECT_EQ(res.error().retry_after()->count(), r.seconds) << r.value;
        }
    }
}

TEST(retry, ids_no_server_would_send_are_not_kept)
{
    std::string const huge(300, 'a');
    juspay::header_view const headers[] = {{"x-request-id", huge}, {"x-response-id", "bad\r\nid"}};
    auto const r = juspay::parse_response(a_create(), {500, "", headers});
    EXPECT_EQ(r.error().response_request_id(), "");
    EXPECT_EQ(r.error().response_id(), "");
    // The first of two wins.
    juspay::header_view const twice[] = {{"x-request-id", "first"}, {"X-Request-Id", "second"}};
    EXPECT_EQ(juspay::parse_response(a_create(), {500, "", twice}).error().response_request_id(), "first");
}

TEST(retry, headers_reach_every_kind_of_answer_error)
{
    juspay::header_view const headers[] = {{"x-request-id", "rq-1"}};
    auto const shape = juspay::parse_response(a_create(), {200, "[]", headers});
    EXPECT_EQ(shape.error().code, errc::unexpected_shape);
    EXPECT_EQ(shape.error().response_request_id(), "rq-1");
    auto const malformed = juspay::parse_response(a_create(), {200, "{", headers});
    EXPECT_EQ(malformed.error().code, errc::malformed_body);
    EXPECT_EQ(malformed.error().response_request_id(), "rq-1");
    auto const refused = juspay::parse_response(a_create(), {400, juspay_test::golden("responses/400_unique.json"), headers});
    EXPECT_EQ(refused.error().code, errc::already_exists);
    EXPECT_EQ(refused.error().response_request_id(), "rq-1");
    EXPECT_EQ(refused.error().body(), juspay_test::golden("responses/400_unique.json"));
}

TEST(retry, a_reference_into_an_error_outlives_the_copy_it_was_taken_through)
{
    auto const r = parse(a_create(), 400, juspay_test::golden("responses/400_invalid_mobile_number.json"));
    ASSERT_FALSE(r);
    // r.error() returns a copy (Boost 1.81): the references below outlive it, and stay good
    // because they point into details that the result still shares.
    auto const& field = r.error().fields()[0];
    auto const& envelope = r.error().envelope();
    std::string_view const message = r.error().message();
    std::string_view const body = r.error().body();
    EXPECT_EQ(field.field_name, "mobile_number");
    EXPECT_EQ(field.reason, "Invalid value.");
    EXPECT_EQ(envelope.info_code, "INVALID_INPUT");
    EXPECT_NE(message.find("mobile_number"), std::string_view::npos);
    EXPECT_EQ(body, juspay_test::golden("responses/400_invalid_mobile_number.json"));

    // Copies share: the same details, at the same address.
    juspay::error const a = r.error();
    juspay::error const b = a;
    EXPECT_EQ(&a.fields(), &b.fields());
    EXPECT_EQ(a.message().data(), b.message().data());
    EXPECT_EQ(&field, &a.fields()[0]);
}

} // namespace
