// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_BENCHMARKS_CASES_HPP
#define JUSPAY_BENCHMARKS_CASES_HPP

// Every measured case, by name: one call of the thing measured. Shared by the Google
// Benchmark program and the fixed-iteration program that callgrind counts.

#include "baselines.hpp"
#include "samples.hpp"

#include <boost/json/parse.hpp>

#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

namespace juspay_bench {

struct bench_case {
    std::string name;
    std::size_t bytes; // input size, for bytes/s (0 for builds)
    std::function<void()> run;
};

template <class T>
inline void keep(T&& value)
{
    // Opaque to the optimizer, so the work is not removed.
    asm volatile("" : : "g"(&value) : "memory");
}

inline std::vector<bench_case> const& cases()
{
    static std::vector<bench_case> const all = [] {
        static auto const cc = create_customer();
        static auto const ca = create_account();
        static juspay::get_customer const gc{"cst_afdeuvmfhs3j1acm", true};
        static juspay::update_customer const uc{"cst_afdeuvmfhs3j1acm", "+919912346789", {}, "John Paul", {}, "91"};
        static juspay::validate_customer_account const va{"cst_zqqmw0v4exbhvv2l", "banh_jhDBzmQanmKTLoZj", std::nullopt,
                                                          juspay::money::from_text("1.00")};
        static juspay::get_customer_account const ga{"cst_zqqmw0v4exbhvv2l", "banh_jhDBzmQanmKTLoZj"};
        static juspay::list_customer_accounts const la{"cst_zqqmw0v4exbhvv2l"};
        static juspay::delete_customer_account const da{"cst_zqqmw0v4exbhvv2l", "banh_jhDBzmQanmKTLoZj"};
        static simdjson::ondemand::parser sj_parser;
        auto const& cfg = config();
        auto const& opts = routing();
        std::vector<bench_case> v;
        auto build = [&](std::string name, auto const& op) {
            v.push_back({"build_request/" + name, 0, [&cfg, &opts, &op] { keep(juspay::build_request(cfg, op, opts)); }});
        };
        auto parse = [&](std::string name, auto const& op, std::string_view body, int status) {
            v.push_back({"parse_response/" + name, body.size(),
                         [&op, body, status] { keep(juspay::parse_response(op, {status, body})); }});
        };
        build("create_customer", cc);
        build("get_customer", gc);
        build("update_customer", uc);
        build("create_customer_account", ca);
        build("validate_customer_account", va);
        build("get_customer_account", ga);
        build("list_customer_accounts", la);
        build("delete_customer_account", da);
        v.push_back({"baseline_naive_build/create_customer", 0, [&cfg, &opts] { keep(naive::create_customer(cfg, cc, opts)); }});
        // Into a request that already has the capacity: what a connection's loop pays.
        static juspay::request reused;
        auto build_reused = [&](std::string name, auto const& op) {
            v.push_back({"build_request_reuse/" + name, 0,
                         [&cfg, &opts, &op] { keep(juspay::build_request(cfg, op, opts, reused)); }});
        };
        build_reused("create_customer", cc);
        build_reused("create_customer_account", ca);
        // The floor: one malloc, a memcpy of the request's bytes, one free.
        static std::string const cc_bytes = [&] {
            auto const r = juspay::build_request(cfg, cc, opts);
            return std::string(r->url()) + std::string(r->http1());
        }();
        v.push_back({"floor/create_customer", 0, [] {
                         char* p = static_cast<char*>(std::malloc(cc_bytes.size()));
                         std::memcpy(p, cc_bytes.data(), cc_bytes.size());
                         keep(p);
                         std::free(p);
                     }});
        // Cost per byte of a field: a 1 MiB first name (validated, encoded), minus the same
        // request with the docs' name, divided by the extra bytes (instructions.sh does that).
        static auto const big = [] {
            auto op = create_customer();
            op.first_name = std::string(1 << 20, 'a');
            return op;
        }();
        build("create_customer_1MiB_name", big);

        parse("create_customer/200", cc, customer_with_token, 200);
        parse("create_customer/400", cc, invalid_input, 400);
        parse("create_customer/401", cc, unauthorized, 401);
        parse("get_customer/200", gc, customer_with_token, 200);
        parse("update_customer/200", uc, customer_with_token, 200);
        parse("create_customer_account/200", ca, account_array, 200);
        parse("create_customer_account/400", ca, invalid_input, 400);
        parse("create_customer_account/401", ca, unauthorized, 401);
        parse("validate_customer_account/200", va, validated_account, 200);
        parse("get_customer_account/200", ga, validated_account, 200);
        parse("list_customer_accounts/200", la, account_array, 200);

        // Copying a parsed result allocates exactly what the result owns: the yardstick for
        // "parsing allocates only for what the result owns".
        auto owned = [&](std::string name, auto const& op, std::string_view body) {
            using result_type = typename std::decay_t<decltype(op)>::result_type;
            static std::vector<result_type> keep_alive;
            keep_alive.push_back(juspay::parse_response(op, {200, body}).value());
            auto const* parsed = &keep_alive.back();
            v.push_back({"result_copy/" + name, 0, [parsed] { keep(result_type(*parsed)); }});
        };
        owned("create_customer/200", cc, customer_with_token);
        owned("create_customer_account/200", ca, account_array);
        owned("validate_customer_account/200", va, validated_account);

        auto raw = [&](std::string name, std::string_view body) {
            v.push_back({"baseline_boost_json_parse/" + name, body.size(), [body] {
                             keep(boost::json::parse(boost::json::string_view(body.data(), body.size())));
                         }});
        };
        raw("customer", customer_with_token);
        raw("account_array", account_array);
        raw("validated_account", validated_account);
        raw("invalid_input", invalid_input);
        raw("unauthorized", unauthorized);
        v.push_back({"baseline_nlohmann/customer", customer_with_token.size(), [] { keep(nl::customer(customer_with_token)); }});
        v.push_back({"baseline_nlohmann/account_array", account_array.size(), [] { keep(nl::accounts(account_array)); }});
        v.push_back({"baseline_nlohmann/validated_account", validated_account.size(), [] { keep(nl::account(validated_account)); }});
        v.push_back({"baseline_simdjson/customer", customer_with_token.size(),
                     [] { keep(sj::customer(sj_parser, customer_with_token)); }});
        v.push_back({"baseline_simdjson/account_array", account_array.size(),
                     [] { keep(sj::accounts(sj_parser, account_array)); }});
        v.push_back({"baseline_simdjson/validated_account", validated_account.size(),
                     [] { keep(sj::account(sj_parser, validated_account)); }});
        return v;
    }();
    return all;
}

} // namespace juspay_bench

#endif
