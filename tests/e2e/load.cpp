// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Load: 8 client threads x 2,000 mixed requests against the emulator, each thread on its own
// keep-alive libcurl connection. Every answer is checked against what that thread created, and
// every created customer is read back at the end. Bounded: each thread stops at a deadline.

#include <juspay/juspay.hpp>

#include "transports/curl_transport.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

namespace {

constexpr int threads = 8;
constexpr int requests_per_thread = 2000;
constexpr auto deadline = std::chrono::seconds(240);

juspay::config normal_emulator()
{
    char const* dir = std::getenv("JUSPAY_EMULATOR_DIR");
    std::ifstream in(std::string(dir ? dir : ".") + "/normal/port");
    int port = 0;
    in >> port;
    return juspay::config{"http://127.0.0.1:" + std::to_string(port), "e2e_api_key", "e2e_merchant"};
}

struct tally {
    int sent = 0;
    int mismatched = 0;
    int failed = 0;
    std::vector<std::pair<std::string, std::string>> customers; // (object_reference_id, id)
    std::string first_problem;
};

template <class Op>
juspay::result<typename Op::result_type> call(juspay_examples::curl_transport& t, juspay::config const& cfg, Op const& op,
                                              tally& n)
{
    ++n.sent;
    juspay::call_options opts;
    opts.routing_id = "load_customer";
    auto req = juspay::build_request(cfg, op, opts);
    if (!req)
        return req.error();
    auto got = t.send(*req);
    auto r = juspay::parse_response(op, got.view());
    if (!r) {
        ++n.failed;
        if (n.first_problem.empty())
            n.first_problem = std::string(r.error().message()) + " / " + got.error;
    }
    return r;
}

void mismatch(tally& n, std::string what)
{
    ++n.mismatched;
    if (n.first_problem.empty())
        n.first_problem = std::move(what);
}

void client(int thread, juspay::config const& cfg, std::chrono::steady_clock::time_point stop_at, tally& n)
{
    juspay_examples::curl_transport t;
    std::string const run = std::to_string(std::chrono::system_clock::now().time_since_epoch().count());
    for (int i = 0; n.sent < requests_per_thread && std::chrono::steady_clock::now() < stop_at; ++i) {
        std::string const ref = "load-" + run + "-" + std::to_string(thread) + "-" + std::to_string(i);
        juspay::create_customer create;
        create.object_reference_id = ref;
        create.mobile_number = "9988776655";
        auto const c = call(t, cfg, create, n);
        if (!c)
            continue;
        n.customers.emplace_back(ref, c->id);
        auto const by_ref = call(t, cfg, juspay::get_customer{ref, false}, n);
        if (by_ref && by_ref->id != c->id)
            mismatch(n, "get by reference answered another customer");
        juspay::create_customer_account acc;
        acc.customer_id = c->id;
        acc.bank_code = "JP_HDFC";
        acc.upi_accounts.push_back({"user" + std::to_string(thread) + "x" + std::to_string(i) + "@upi"});
        auto const a = call(t, cfg, acc, n);
        if (!a || a->size() != 1) {
            if (a)
                mismatch(n, "create account answered the wrong number of accounts");
            continue;
        }
        auto const got = call(t, cfg, juspay::get_customer_account{c->id, a->front().customer_account_id}, n);
        if (got && (got->customer_id != c->id || !got->upi() || got->upi()->vpa != acc.upi_accounts[0].vpa))
            mismatch(n, "get account answered another account");
        auto const list = call(t, cfg, juspay::list_customer_accounts{c->id}, n);
        if (list && (list->size() != 1 || list->front().customer_account_id != a->front().customer_account_id))
            mismatch(n, "list answered other accounts");
    }
}

TEST(load, eight_threads_of_two_thousand_mixed_requests_lose_nothing)
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
    auto const cfg = normal_emulator();
    auto const start = std::chrono::steady_clock::now();
    auto const stop_at = start + deadline;
    std::vector<tally> tallies(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(client, t, std::cref(cfg), stop_at, std::ref(tallies[t]));
    for (auto& th : pool)
        th.join();

    int sent = 0;
    for (auto const& n : tallies) {
        sent += n.sent;
        EXPECT_EQ(n.failed, 0) << n.first_problem;
        EXPECT_EQ(n.mismatched, 0) << n.first_problem;
    }
    EXPECT_GE(sent, threads * requests_per_thread) << "the deadline stopped the clients early";

    // Every created customer can be read back, by id, with its own reference.
    juspay_examples::curl_transport t;
    tally check;
    std::size_t created = 0;
    for (auto const& n : tallies) {
        for (auto const& [ref, id] : n.customers) {
            ++created;
            auto const c = call(t, cfg, juspay::get_customer{id, false}, check);
            if (c && c->object_reference_id != ref)
                mismatch(check, "read back another customer");
        }
    }
    EXPECT_EQ(check.failed, 0) << check.first_problem;
    EXPECT_EQ(check.mismatched, 0) << check.first_problem;
    EXPECT_GE(created, static_cast<std::size_t>(threads * requests_per_thread / 5));
    auto const secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << sent << " mixed requests from " << threads << " threads, then " << created << " read-backs, in "
              << secs << " s\n";
    curl_global_cleanup();
}

} // namespace
