// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/error.hpp>

#include <gtest/gtest.h>

#include <boost/system/system_error.hpp>

namespace {

using juspay::condition;
using juspay::errc;

TEST(error, codes_belong_to_the_juspay_category)
{
    boost::system::error_code ec = errc::invalid_field;
    EXPECT_EQ(&ec.category(), &juspay::error_category());
    EXPECT_STREQ(ec.category().name(), "juspay");
    EXPECT_EQ(ec.value(), 2);
    EXPECT_EQ(ec.message(), "a field is invalid");
    EXPECT_TRUE(ec.failed());
}

TEST(error, every_code_maps_to_its_condition)
{
    struct row {
        errc code;
        condition cond;
    };
    row const rows[] = {
        {errc::missing_field, condition::invalid_request},  {errc::invalid_field, condition::invalid_request},
        {errc::invalid_config, condition::invalid_request}, {errc::invalid_input, condition::rejected_by_api},
        {errc::already_exists, condition::rejected_by_api}, {errc::unauthorized, condition::rejected_by_api},
        {errc::forbidden, condition::rejected_by_api},      {errc::not_found, condition::rejected_by_api},
        {errc::rate_limited, condition::rejected_by_api},   {errc::api_error, condition::rejected_by_api},
        {errc::server_error, condition::server_failure},    {errc::malformed_body, condition::malformed_response},
        {errc::unexpected_shape, condition::malformed_response},
        {errc::unexpected_status, condition::malformed_response},
        {errc::malformed_http, condition::malformed_response},
        {errc::response_too_large, condition::malformed_response},
        {errc::endpoint_not_found, condition::rejected_by_api},
    };
    for (auto const& r : rows) {
        boost::system::error_code const ec = r.code;
        EXPECT_TRUE(ec == r.cond) << ec.message();
        for (auto other : {condition::invalid_request, condition::rejected_by_api, condition::server_failure,
                           condition::malformed_response})
            if (other != r.cond) {
                EXPECT_FALSE(ec == other) << ec.message();
            }
        EXPECT_NE(ec.message(), "unknown juspay error");
    }
    EXPECT_STREQ(juspay::condition_category().name(), "juspay.condition");
    EXPECT_EQ(juspay::make_error_condition(condition::server_failure).message(), "Juspay or an intermediary failed");
}

TEST(error, names_of_codes)
{
    EXPECT_EQ(juspay::to_string(errc::already_exists), "already_exists");
    EXPECT_EQ(juspay::to_string(errc::unexpected_status), "unexpected_status");
    EXPECT_EQ(juspay::to_string(static_cast<errc>(99)), "unknown");
    juspay::error e;
    EXPECT_EQ(e.code_name(), "unknown"); // no code yet
    e.code = errc::rate_limited;
    EXPECT_EQ(e.code_name(), "rate_limited");
    e.code = boost::system::error_code(5, boost::system::generic_category());
    EXPECT_EQ(e.code_name(), "unknown");
}

TEST(error, categories_compare_by_their_fixed_id)
{
    // A second instance (as another shared object would have) is the same category.
    juspay::detail::errc_category const other;
    EXPECT_TRUE(other == juspay::error_category());
    EXPECT_FALSE(juspay::error_category() == boost::system::generic_category());
}

TEST(error, a_default_error_answers_empty_everywhere)
{
    juspay::error const e;
    EXPECT_FALSE(e.code);
    EXPECT_EQ(e.http_status, 0);
    EXPECT_EQ(e.message(), "");
    EXPECT_EQ(e.envelope().error_code, "");
    EXPECT_TRUE(e.fields().empty());
    EXPECT_EQ(e.body(), "");
    EXPECT_FALSE(e.body_truncated());
    EXPECT_EQ(e.response_request_id(), "");
    EXPECT_EQ(e.response_id(), "");
    EXPECT_FALSE(e.retry_after());
    EXPECT_EQ(e.retry(), juspay::retry_advice::do_not_retry);
}

TEST(error, retry_advice_has_stable_names)
{
    EXPECT_EQ(juspay::to_string(juspay::retry_advice::do_not_retry), "do_not_retry");
    EXPECT_EQ(juspay::to_string(juspay::retry_advice::retry), "retry");
    EXPECT_EQ(juspay::to_string(juspay::retry_advice::check_first), "check_first");
    EXPECT_EQ(juspay::to_string(static_cast<juspay::retry_advice>(7)), "unknown");
}

TEST(error, endpoint_not_found_is_its_own_code_rejected_by_the_api)
{
    boost::system::error_code const ec = errc::endpoint_not_found;
    EXPECT_NE(ec, errc::not_found);
    EXPECT_TRUE(ec == condition::rejected_by_api);
    EXPECT_EQ(juspay::to_string(errc::endpoint_not_found), "endpoint_not_found");
}

TEST(error, result_value_throws_system_error_with_the_message)
{
    juspay::error e;
    e.code = errc::not_found;
    juspay::result<int> r = e;
    ASSERT_FALSE(r);
    try {
        (void)r.value();
        FAIL() << "value() did not throw";
    } catch (boost::system::system_error const& ex) {
        EXPECT_EQ(ex.code(), errc::not_found);
    }
}

} // namespace
