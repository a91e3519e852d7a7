// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/validate.hpp>

#include <gtest/gtest.h>

namespace {

TEST(validate, gateway_table_as_documented)
{
    struct row {
        char const* gateway;
        bool mobile;
        bool email;
    };
    // Juspay's Create Customer page, gateway table, every row.
    row const rows[] = {
        {"RAZORPAY", true, true},        {"EASEBUZZ", true, true},   {"PAYU", true, true},
        {"BILLDESK", true, false},       {"CASHFREE", true, true},   {"TPSL", true, true},
        {"OLAAPP", true, true},          {"PAYTM", true, true},      {"SIMPL", true, true},
        {"PAYPAL", false, true},         {"HSBC UPI", true, false},  {"LAZYPAY", true, false},
        {"LOANTAP", true, false},        {"PAYFORT", false, true},   {"CYBERSOURCE", true, true},
        {"FREECHARGEWALLET", false, true}, {"MORPHEUS", true, true}, {"ZAAKPAY", true, true},
        {"AUTHORIZEDOTNET", false, true}, {"BHARATX", true, false},  {"GOKWIK", true, false},
        {"GPAYIMF", false, true},        {"HYPERPAY", false, true},  {"HYPERPG", true, false},
        {"IFG", false, true},            {"LYRA", true, true},       {"M2P", true, true},
        {"ONEPAY", true, true},          {"PAYMOB", true, true},     {"SHOPSE", true, false},
        {"TAPPAY", true, true},
    };
    EXPECT_EQ(std::size(rows), 31u);
    for (auto const& r : rows) {
        auto const req = juspay::gateway_customer_requirements(r.gateway);
        ASSERT_TRUE(req) << r.gateway;
        EXPECT_EQ(req->mobile_number, r.mobile) << r.gateway;
        EXPECT_EQ(req->email_address, r.email) << r.gateway;
    }
}

TEST(validate, gateway_names_ignore_case_and_underscores)
{
    EXPECT_TRUE(juspay::gateway_customer_requirements("payu"));
    EXPECT_TRUE(juspay::gateway_customer_requirements("Hsbc_Upi"));
    EXPECT_TRUE(juspay::gateway_customer_requirements("hsbc upi"));
    EXPECT_FALSE(juspay::gateway_customer_requirements("STRIPE"));
    EXPECT_FALSE(juspay::gateway_customer_requirements(""));
    EXPECT_FALSE(juspay::gateway_customer_requirements("PAYU "));
    EXPECT_FALSE(juspay::gateway_customer_requirements("HSBCUPI"));
}

TEST(validate, create_customer_is_checked_against_a_gateway)
{
    juspay::create_customer op;
    op.object_reference_id = "cust_123489";
    op.mobile_number = "9988776655";
    EXPECT_TRUE(juspay::check_gateway_requirements(op, "BILLDESK"));
    EXPECT_TRUE(juspay::check_gateway_requirements(op, "UNLISTED"));
    auto r = juspay::check_gateway_requirements(op, "PAYPAL");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::missing_field);
    ASSERT_EQ(r.error().fields().size(), 1u);
    EXPECT_EQ(r.error().fields()[0].field_name, "email_address");
    EXPECT_EQ(r.error().fields()[0].reason, "is required by the gateway");

    op.mobile_number.clear();
    op.email_address = "";
    r = juspay::check_gateway_requirements(op, "razorpay");
    ASSERT_FALSE(r);
    ASSERT_EQ(r.error().fields().size(), 2u);
    EXPECT_EQ(r.error().fields()[0].field_name, "mobile_number");
    EXPECT_EQ(r.error().fields()[1].field_name, "email_address");

    op.mobile_number = "9988776655";
    op.email_address = "customer@gmail.com";
    EXPECT_TRUE(juspay::check_gateway_requirements(op, "RAZORPAY"));
}

} // namespace
