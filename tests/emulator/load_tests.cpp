// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Under load and at shutdown: 8 threads x 2,000 mixed calls lose nothing (every answer checked,
// every call journaled), and a stop with connections open -- idle, mid-latency, mid-request --
// ends cleanly every time (a sanitizer build of the emulator would exit non-zero otherwise).

#include "fixture.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/write.hpp>

#include <ifaddrs.h>
#include <netinet/in.h>
#include <signal.h>

#include <atomic>
#include <optional>
#include <chrono>
#include <thread>

namespace emulator_tests {
namespace {

constexpr int threads = 8;
constexpr int calls_per_thread = 2000;
constexpr auto deadline = std::chrono::seconds(150);

struct tally {
    int sent = 0;
    int failed = 0;
    std::vector<std::pair<std::string, std::string>> customers; // (object_reference_id, id)
    std::string first_problem;

    void problem(std::string what)
    {
        ++failed;
        if (first_problem.empty())
            first_problem = std::move(what);
    }
};

void load_client(unsigned short port, int thread, std::chrono::steady_clock::time_point stop_at, tally& n)
{
    client c(port);
    auto call = [&](auto&& send) {
        ++n.sent;
        answer a = send();
        if (!a.complete)
            n.problem("connection: " + a.error);
        return a;
    };
    for (int i = 0; n.sent < calls_per_thread && std::chrono::steady_clock::now() < stop_at; ++i) {
        std::string const ref = "load-" + std::to_string(thread) + "-" + std::to_string(i);
        std::string const routing = "route-" + ref;
        auto const created = call([&] { return c.post("/customers", customer_form(ref), routing); });
        std::string const id = str(created.json(), "id");
        if (created.status != 200 || id.empty()) {
            n.problem("create customer: " + std::to_string(created.status) + " " + created.body);
            continue;
        }
        n.customers.emplace_back(ref, id);
        auto const by_ref = call([&] { return c.get("/customers/" + segment(ref), routing); });
        if (str(by_ref.json(), "id") != id)
            n.problem("get by reference answered another customer: " + by_ref.body);
        std::string const vpa = "user" + std::to_string(thread) + "x" + std::to_string(i) + "@upi";
        auto const acc = call([&] {
            return c.post("/customers/" + id + "/accounts",
                          form({{"bank_code", "JP_HDFC"}, {"account_details", R"({"upi":[{"vpa":")" + vpa + R"("}]})"}}), routing);
        });
        auto const accounts = acc.json();
        if (!accounts.is_array() || accounts.get_array().size() != 1) {
            n.problem("create account: " + acc.body);
            continue;
        }
        std::string const account = str(accounts.get_array()[0], "customer_account_id");
        auto const got = call([&] { return c.get("/customers/" + id + "/customer-accounts/" + account, routing); });
        auto const gv = got.json();
        if (str(gv, "customer_id") != id || !gv.is_object() || str(gv.at("account_details"), "vpa") != vpa)
            n.problem("get account answered another account: " + got.body);
        auto const list = call([&] { return c.get("/customers/" + id + "/customer-accounts/list", routing); });
        auto const lv = list.json();
        if (!lv.is_object() || lv.at("count").to_number<int>() != 1 ||
            str(lv.at("list").at(0), "customer_account_id") != account)
            n.problem("list answered other accounts: " + list.body);
    }
}

TEST(load, eight_threads_of_two_thousand_mixed_calls_lose_nothing)
{
    emulator emu;
    ASSERT_TRUE(emu.started()) << emu.err();
    auto const start = std::chrono::steady_clock::now();
    std::vector<tally> tallies(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(load_client, emu.port(), t, start + deadline, std::ref(tallies[static_cast<std::size_t>(t)]));
    for (auto& th : pool)
        th.join();
    auto const took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    long long sent = 0;
    for (auto const& n : tallies) {
        sent += n.sent;
        EXPECT_EQ(n.failed, 0) << n.first_problem;
    }
    EXPECT_GE(sent, threads * calls_per_thread) << "the deadline stopped the clients early";

    // Every call is in the journal's count, the newest 10,000 are kept, in order.
    client admin(emu.port());
    auto const j = admin.send(http::verb::get, "/__emulator/requests");
    ASSERT_EQ(j.status, 200);
    EXPECT_EQ(j.header("x-emulator-journal-total"), std::to_string(sent));
    auto const entries = j.json();
    ASSERT_TRUE(entries.is_array());
    EXPECT_EQ(entries.get_array().size(), std::min<std::size_t>(10000, static_cast<std::size_t>(sent)));
    for (auto const& e : entries.get_array())
        if (e.at("status").as_int64() != 200 || e.at("routing_mismatch").as_bool()) {
            ADD_FAILURE() << "journal entry " << boost::json::serialize(e);
            break;
        }

    // Every customer created can be read back by its id, with its own reference.
    client check(emu.port());
    int wrong = 0;
    std::size_t created = 0;
    for (auto const& n : tallies)
        for (auto const& [ref, id] : n.customers) {
            ++created;
            wrong += str(check.get("/customers/" + id, "").json(), "object_reference_id") != ref;
        }
    EXPECT_EQ(wrong, 0);
    EXPECT_GE(created, static_cast<std::size_t>(threads * calls_per_thread / 5));
    std::cout << sent << " calls from " << threads << " threads in " << took << " s\n";
    std::string why;
    EXPECT_TRUE(emu.stop(&why)) << why;
}

// Connections in every state when SIGTERM comes: never connected to by a request, idle after
// a keep-alive answer, waiting on injected latency, and one sending a request byte by byte.
TEST(shutdown, stops_cleanly_with_connections_open_every_time)
{
    namespace asio = boost::asio;
    for (int round = 0; round < 8; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        emulator emu({"--latency-ms", "200"});
        ASSERT_TRUE(emu.started()) << emu.err();
        asio::io_context ioc;
        auto const ep = asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), emu.port());
        asio::ip::tcp::socket silent(ioc), partial(ioc);
        silent.connect(ep);
        partial.connect(ep);
        asio::write(partial, asio::buffer(std::string("GET /customers/x HTTP/1.1\r\nHost: a\r\n")));
        client idle(emu.port());
        EXPECT_EQ(idle.get("/customers/nobody").status, 404);
        std::atomic<int> in_flight_status{-1};
        std::thread waiting([&] {
            client c(emu.port());
            for (int i = 0; i < 50 && in_flight_status.load() != 0; ++i)
                in_flight_status = c.get("/customers/nobody").status;
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50 + 37 * round));
        auto const asked = std::chrono::steady_clock::now();
        std::string why;
        EXPECT_TRUE(emu.stop(&why, round % 2 ? SIGINT : SIGTERM)) << why;
        EXPECT_LT(std::chrono::steady_clock::now() - asked, std::chrono::seconds(5));
        waiting.join();
        EXPECT_EQ(in_flight_status.load(), 0) << "a call waiting on latency should see its connection closed";
    }
}

// Only 127.0.0.1 listens: another address of this machine is refused.
TEST(shutdown, listens_on_loopback_only)
{
    namespace asio = boost::asio;
    std::optional<asio::ip::address_v4> other;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (auto* i = list; i && !other; i = i->ifa_next)
            if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET) {
                auto const a = asio::ip::address_v4(ntohl(reinterpret_cast<sockaddr_in const*>(i->ifa_addr)->sin_addr.s_addr));
                if (!a.is_loopback())
                    other = a;
            }
        freeifaddrs(list);
    }
    if (!other)
        GTEST_SKIP() << "this machine has no IPv4 address but loopback";
    emulator emu;
    ASSERT_TRUE(emu.started());
    asio::io_context ioc;
    asio::ip::tcp::socket s(ioc);
    boost::system::error_code ec;
    s.connect(asio::ip::tcp::endpoint(*other, emu.port()), ec);
    EXPECT_EQ(ec, asio::error::connection_refused) << other->to_string() << ": " << ec.message();
    client local(emu.port());
    EXPECT_EQ(local.get("/customers/nobody").status, 404);
    std::string why;
    EXPECT_TRUE(emu.stop(&why)) << why;
}

TEST(command_line, help_and_bad_flags)
{
    auto const help = run_to_exit({"--help"});
    EXPECT_EQ(help.exit_code, 0);
    for (char const* flag : {"--drift", "--strict-routing", "--rate-limit", "--reset-rate", "--not-found-html", "--seed",
                             "--port-file", "/__emulator/requests", "10000"})
        EXPECT_NE(help.output.find(flag), std::string::npos) << flag;
    for (std::vector<std::string> const& bad : std::vector<std::vector<std::string>>{
             {"--bogus"}, {"--rate-limit", "2"}, {"--reset-rate"}, {"--seed", "-1"}, {"--port", "70000"},
             {"--api-key", "with:colon"}, {"sk_pasted_in_the_wrong_place"}}) {
        auto const r = run_to_exit(bad);
        EXPECT_EQ(r.exit_code, 2) << bad.front() << ": " << r.output;
        EXPECT_EQ(r.output.find("with:colon"), std::string::npos) << "the key was printed";
        EXPECT_EQ(r.output.find("sk_pasted"), std::string::npos) << "a stray argument was printed";
    }
}

} // namespace
} // namespace emulator_tests
