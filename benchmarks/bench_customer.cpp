// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/juspay.hpp>

#include <benchmark/benchmark.h>

#include <boost/json/parse.hpp>

namespace {

constexpr std::string_view customer_with_token = R"({
  "id": "cst_afdeuvmfhs3j1acm", "object": "customer", "object_reference_id": "customer@gmail.com",
  "mobile_country_code": "91", "mobile_number": "9988776655", "email_address": "customer@gmail.com",
  "first_name": "John", "last_name": "Smith",
  "date_created": "2020-03-17T14:13:37Z", "last_updated": "2020-03-17T14:13:37Z",
  "juspay": {"client_auth_token": "tkn_24543c6a278f45d680d09edb32e78061",
             "client_auth_token_expiry": "2020-03-17T14:28:37Z"}})";

constexpr std::string_view invalid_input = R"({"error_message":"Wrong value in mobile_number","status":"Invalid Request","error_code":"Invalid Request","error_info":{"user_message":"Invalid request params. Please verify your input.","fields":[{"field_name":"mobile_number","reason":"Invalid value."}],"developer_message":"Invalid request params","code":"INVALID_INPUT","category":"USER_ERROR"}})";

juspay::config const cfg{std::string(juspay::endpoints::india_sandbox), "your_api_key", "merchant_id"};

juspay::create_customer full_create()
{
    juspay::create_customer op;
    op.object_reference_id = "customer@gmail.com";
    op.mobile_number = "9988776655";
    op.email_address = "customer@gmail.com";
    op.first_name = "John";
    op.last_name = "Smith";
    op.mobile_country_code = "91";
    op.get_client_auth_token = true;
    return op;
}

void build_create_customer(benchmark::State& state)
{
    auto const op = full_create();
    for (auto _ : state) {
        auto r = juspay::build_request(cfg, op);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(build_create_customer);

void parse_create_customer_200(benchmark::State& state)
{
    auto const op = full_create();
    for (auto _ : state) {
        auto r = juspay::parse_response(op, {200, customer_with_token});
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(customer_with_token.size()));
}
BENCHMARK(parse_create_customer_200);

void parse_create_customer_400(benchmark::State& state)
{
    auto const op = full_create();
    for (auto _ : state) {
        auto r = juspay::parse_response(op, {400, invalid_input});
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(invalid_input.size()));
}
BENCHMARK(parse_create_customer_400);

// Baseline: Boost.JSON's DOM parse alone, with the default allocator.
void baseline_boost_json_parse_200(benchmark::State& state)
{
    for (auto _ : state) {
        auto v = boost::json::parse(boost::json::string_view(customer_with_token.data(), customer_with_token.size()));
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(customer_with_token.size()));
}
BENCHMARK(baseline_boost_json_parse_200);

} // namespace

BENCHMARK_MAIN();
