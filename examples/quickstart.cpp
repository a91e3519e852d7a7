// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// quickstart: Juspay's documented customer flow through juspay-sansio and an HTTP stack.
//
//   quickstart                       starts tools/emulator on a free loopback port and runs the flow
//   quickstart --base-url URL        runs it against URL (e.g. https://sandbox.juspay.in) with the
//                                    key and merchant from JUSPAY_API_KEY and JUSPAY_MERCHANT_ID
//   --transport curl|beast|raw|httplib
//                                    libcurl (the default), Boost.Beast, a connection of its own
//                                    read with juspay::http1::response_reader, or cpp-httplib
//
// Exits 0 only if every step gave what it should.

#include "transports/beast_transport.hpp"
#include "transports/curl_transport.hpp"
#include "transports/httplib_transport.hpp"
#include "transports/raw_tls_transport.hpp"

#include <juspay/juspay.hpp>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <signal.h>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace {

using transport = std::function<juspay_examples::http_result(juspay::request const&)>;

// Every transport has the same send(); the quickstart picks one by name. Empty for no such name.
transport make_transport(std::string const& name)
{
    auto wrap = [](auto t) { return transport([t](juspay::request const& req) { return t->send(req); }); };
    if (name == "curl")
        return wrap(std::make_shared<juspay_examples::curl_transport>());
    if (name == "beast")
        return wrap(std::make_shared<juspay_examples::beast_transport>());
    if (name == "raw")
        return wrap(std::make_shared<juspay_examples::raw_tls_transport>());
    if (name == "httplib")
        return wrap(std::make_shared<juspay_examples::httplib_transport>());
    return {};
}

// The caller's loop, the whole of it: build, send with your own stack, parse.
class client {
public:
    client(juspay::config cfg, transport send) : cfg_(std::move(cfg)), send_(std::move(send)) {}

    template <class Op>
    juspay::result<typename Op::result_type> call(Op const& op, juspay::call_options const& opts)
    {
        auto req = juspay::build_request(cfg_, op, opts);
        if (!req)
            return req.error();
        std::cout << *req << "\n";
        juspay_examples::http_result got = send_(*req);
        if (!got.error.empty())
            std::cout << "(transport: " << got.error << "; if no answer came, the advice is "
                      << juspay::to_string(juspay::retry_after_transport_failure(op)) << ")\n";
        std::cout << "<- HTTP " << got.status << ", " << got.body.size() << " bytes\n";
        return juspay::parse_response(op, got.view());
    }

    juspay::config& config() { return cfg_; }

private:
    juspay::config cfg_;
    transport send_;
};

int failures = 0;

template <class T>
bool step(std::string_view title, juspay::result<T> const& r, std::function<bool(T const&)> const& ok)
{
    bool const good = r && ok(*r);
    std::cout << (good ? "[ok]   " : "[FAIL] ") << title;
    if (!r)
        std::cout << ": " << r.error().code_name() << ": " << r.error().message()
                  << " (retry: " << juspay::to_string(r.error().retry()) << ")";
    std::cout << "\n\n";
    failures += good ? 0 : 1;
    return good;
}

bool expect_error(std::string_view title, juspay::result<juspay::customer> const& r, juspay::errc code)
{
    bool const good = !r && r.error().code == code;
    std::cout << (good ? "[ok]   " : "[FAIL] ") << title << ": ";
    if (r)
        std::cout << "unexpected success\n\n";
    else
        std::cout << r.error().code_name() << ": " << r.error().message()
                  << " (retry: " << juspay::to_string(r.error().retry()) << ")\n\n";
    failures += good ? 0 : 1;
    return good;
}

struct emulator_process {
    pid_t pid = -1;
    std::string dir;

    bool start(std::string const& path, std::string const& key, std::string const& merchant, std::string& base_url)
    {
        char tmpl[] = "/tmp/juspay-quickstart-XXXXXX";
        if (!mkdtemp(tmpl))
            return false;
        dir = tmpl;
        std::string const port_file = dir + "/port";
        std::vector<std::string> args = {path, "--port", "0", "--port-file", port_file, "--api-key", key,
                                         "--merchant-id", merchant};
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        if (posix_spawn(&pid, path.c_str(), nullptr, nullptr, argv.data(), environ) != 0) {
            std::cerr << "cannot start " << path << "\n";
            return false;
        }
        for (int i = 0; i < 200; ++i) { // up to 10 s
            std::ifstream in(port_file);
            int port = 0;
            if (in >> port && port > 0) {
                base_url = "http://127.0.0.1:" + std::to_string(port);
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        std::cerr << "the emulator did not start\n";
        return false;
    }

    bool stop()
    {
        if (pid <= 0)
            return true;
        kill(pid, SIGTERM);
        int status = 0;
        waitpid(pid, &status, 0);
        std::remove((dir + "/port").c_str());
        rmdir(dir.c_str());
        pid = -1;
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
};

} // namespace

int main(int argc, char** argv)
{
    std::string base_url, transport_name = "curl";
    for (int i = 1; i < argc; ++i) {
        std::string const a = argv[i];
        if (a == "--base-url" && i + 1 < argc)
            base_url = argv[++i];
        else if (a == "--transport" && i + 1 < argc)
            transport_name = argv[++i];
        else
            return std::cerr << "usage: quickstart [--base-url URL] [--transport curl|beast|raw|httplib]\n", 2;
    }
    curl_global_init(CURL_GLOBAL_DEFAULT); // once, before any libcurl handle
    transport send = make_transport(transport_name);
    if (!send)
        return std::cerr << "unknown transport '" << transport_name << "': curl, beast, raw or httplib\n", 2;

    juspay::config cfg;
    emulator_process emulator;
    if (base_url.empty()) {
        cfg.api_key = "quickstart_key";
        cfg.merchant_id = "quickstart_merchant";
        std::cout << "Starting the emulator: " << JUSPAY_EMULATOR_PATH << "\n";
        if (!emulator.start(JUSPAY_EMULATOR_PATH, cfg.api_key, cfg.merchant_id, cfg.base_url))
            return 1;
    } else {
        char const* key = std::getenv("JUSPAY_API_KEY");
        char const* merchant = std::getenv("JUSPAY_MERCHANT_ID");
        if (!key || !merchant)
            return std::cerr << "--base-url needs JUSPAY_API_KEY and JUSPAY_MERCHANT_ID\n", 2;
        cfg = juspay::config{base_url, key, merchant};
    }
    std::cout << "Juspay at " << cfg.base_url << ", transport " << transport_name << "\n\n";
    client c(cfg, std::move(send));

    // One customer per run, so the flow can be repeated against a real sandbox.
    std::string const ref = "quickstart-" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count()) +
                            "@example.com";
    // x-routing-id is required: the merchant's own key for the customer, the same on every
    // call about it (Juspay's examples use customer_1122 even where the path holds cst_…).
    juspay::call_options routed;
    routed.routing_id = ref;

    expect_error("get customer before it exists", c.call(juspay::get_customer{ref, false}, routed), juspay::errc::not_found);

    juspay::create_customer create;
    create.object_reference_id = ref;
    create.mobile_number = "9988776655";
    create.mobile_country_code = "91";
    create.email_address = "customer@example.com";
    create.first_name = "John";
    create.last_name = "Smith";
    create.get_client_auth_token = true;
    std::string customer_id;
    step<juspay::customer>("create customer with a client auth token", c.call(create, routed), [&](auto const& cu) {
        customer_id = cu.id;
        std::cout << "customer " << cu.id << ", token " << (cu.juspay ? cu.juspay->client_auth_token : "none") << "\n";
        return cu.id.rfind("cst_", 0) == 0 && cu.juspay && !cu.juspay->client_auth_token.empty();
    });
    step<juspay::customer>("get customer", c.call(juspay::get_customer{ref, false}, routed),
                           [&](auto const& cu) { return cu.id == customer_id && cu.object_reference_id == ref; });

    juspay::update_customer update;
    update.customer_id = customer_id;
    update.first_name = "John Paul";
    step<juspay::customer>("update customer", c.call(update, routed),
                           [](auto const& cu) { return cu.first_name == std::optional<std::string>("John Paul"); });

    juspay::create_customer_account accounts;
    accounts.customer_id = customer_id;
    accounts.bank_code = "JP_HDFC";
    accounts.bank_accounts.push_back({"AABF0008032", "026291800001191", "John Paul"});
    accounts.upi_accounts.push_back({"9164326296@upi"});
    std::string bank_id, upi_id;
    step<std::vector<juspay::customer_account>>("create a bank and a UPI account", c.call(accounts, routed), [&](auto const& list) {
        for (auto const& a : list)
            (a.bank() ? bank_id : upi_id) = a.customer_account_id;
        return list.size() == 2 && !bank_id.empty() && !upi_id.empty();
    });

    juspay::validate_customer_account validate{customer_id, bank_id, std::nullopt, juspay::money::from_text("1")};
    step<juspay::customer_account>("validate the bank account", c.call(validate, routed), [&](auto const& a) {
        std::cout << "status " << a.validation_status_text << ", amount "
                  << (a.validation_amount ? a.validation_amount->text : "-") << "\n";
        return a.customer_account_id == bank_id && a.validation_status != juspay::account_validation_status::unknown;
    });
    step<juspay::customer_account>("get the bank account", c.call(juspay::get_customer_account{customer_id, bank_id}, routed),
                                   [&](auto const& a) { return a.customer_account_id == bank_id && a.bank(); });
    step<std::vector<juspay::customer_account>>("list accounts", c.call(juspay::list_customer_accounts{customer_id}, routed),
                                                [](auto const& list) { return list.size() == 2; });
    step<juspay::deleted_customer_account>("delete the UPI account",
                                           c.call(juspay::delete_customer_account{customer_id, upi_id}, routed),
                                           [&](auto const& d) { return d.customer_account_id == upi_id; });
    step<std::vector<juspay::customer_account>>("list accounts after the delete",
                                                c.call(juspay::list_customer_accounts{customer_id}, routed),
                                                [](auto const& list) { return list.size() == 1; });

    c.config().api_key = "wrong_key";
    expect_error("a call with a wrong API key", c.call(juspay::get_customer{ref, false}, routed), juspay::errc::unauthorized);

    if (!emulator.stop()) {
        std::cout << "[FAIL] the emulator did not stop cleanly\n";
        ++failures;
    }
    curl_global_cleanup();
    std::cout << (failures == 0 ? "quickstart: every step gave what it should\n"
                                : "quickstart: " + std::to_string(failures) + " step(s) failed\n");
    return failures == 0 ? 0 : 1;
}
