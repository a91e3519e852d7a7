// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// juspay-emulator: a loopback stand-in for Juspay's customer API, for tests and demos (the role
// stripe-mock plays for Stripe's SDKs), with a request journal, run-time faults and a reset
// (as WireMock has). Listens on 127.0.0.1 only. See --help and README.md.

#include "server.hpp"

#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <string>

namespace {

constexpr char usage[] = R"(usage: juspay-emulator [options]
  --port N             port on 127.0.0.1 (0 = pick a free one; default 0)
  --port-file F        write the chosen port to F once listening
  --api-key K          the API key to accept (default test_api_key)
  --merchant-id M      the x-merchantid to accept (default test_merchant)
  --seed S             seed for ids, drift and fault choices (default 1)
  --drift              answer in the variants Juspay's samples show: amounts 1, 1.0 or "1";
                       timestamps ...Z, ...nanosecondsZ or ...+0000; null last_validated while
                       CREATED; optional members absent; members shuffled; an unknown member
  --strict-routing     answer 400 to a call about a customer with another x-routing-id than
                       its first (default: answer normally, flag it in the journal and on stderr)
fault injection (also switchable at run time, see below):
  --latency-ms N       wait N ms before each answer
  --fail-rate P        answer a share P (0..1) of calls with 500, 502 or 503 (seeded)
  --html-502           answer every call with 502 and an HTML page, as a proxy would
  --truncate-rate P    for a share P of calls, close the connection halfway through the body
  --bad-origin         answer every call with 403 BAD_ORIGIN
  --rate-limit P       answer a share P of calls with 429 and Retry-After: 1
  --reset-rate P       for a share P of calls, reset the connection before any answer
  --not-found-html     answer every call with a proxy's HTML 404 page
admin API (no API key; never journaled, never faulted):
  GET  /__emulator/requests   the journal: a JSON array, oldest first, of {method, target,
                              headers, body, status, routing_mismatch, fault}; Authorization
                              shown as "Basic ***". Keeps the newest 10000 calls.
  POST /__emulator/reset      forget every customer, account and journal entry
  GET  /__emulator/faults     the fault settings as JSON (keys: the flags with underscores)
  POST /__emulator/faults     replace them; {} turns every fault off
Stops cleanly on SIGINT or SIGTERM.
)";

bool parse_args(int argc, char** argv, juspay_emulator::server_options& o)
{
    for (int i = 1; i < argc; ++i) {
        std::string const a = argv[i];
        auto value = [&]() -> char const* { return i + 1 < argc ? argv[++i] : nullptr; };
        auto number = [&](double lo, double hi, double& out) {
            char const* v = value();
            if (!v)
                return false;
            char* end = nullptr;
            out = std::strtod(v, &end);
            return *v && *end == '\0' && out >= lo && out <= hi;
        };
        double d = 0;
        auto& f = o.faults;
        if (a == "--port") {
            if (!number(0, 65535, d))
                return false;
            o.port = static_cast<unsigned short>(d);
        } else if (a == "--port-file") {
            char const* v = value();
            if (!v)
                return false;
            o.port_file = v;
        } else if (a == "--api-key" || a == "--merchant-id") {
            char const* v = value();
            if (!v || !*v)
                return false;
            (a == "--api-key" ? o.api.api_key : o.api.merchant_id) = v;
        } else if (a == "--seed") {
            char const* v = value();
            if (!v || !*v || *v == '-')
                return false;
            char* end = nullptr;
            errno = 0;
            o.api.seed = std::strtoull(v, &end, 10);
            if (*end != '\0' || errno == ERANGE)
                return false;
        } else if (a == "--latency-ms") {
            if (!number(0, 600000, d))
                return false;
            f.latency_ms = static_cast<long long>(d);
        } else if (a == "--fail-rate") {
            if (!number(0, 1, f.fail_rate))
                return false;
        } else if (a == "--truncate-rate") {
            if (!number(0, 1, f.truncate_rate))
                return false;
        } else if (a == "--rate-limit") {
            if (!number(0, 1, f.rate_limit))
                return false;
        } else if (a == "--reset-rate") {
            if (!number(0, 1, f.reset_rate))
                return false;
        } else if (a == "--html-502") {
            f.html_502 = true;
        } else if (a == "--bad-origin") {
            f.bad_origin = true;
        } else if (a == "--not-found-html") {
            f.not_found_html = true;
        } else if (a == "--drift") {
            o.api.drift = true;
        } else if (a == "--strict-routing") {
            o.api.strict_routing = true;
        } else if (a == "--help" || a == "-h") {
            std::cout << usage;
            std::exit(0);
        } else {
            // Only options are named back: a stray argument could be a key pasted in the wrong place.
            std::cerr << "juspay-emulator: unknown or incomplete option "
                      << (a.rfind("--", 0) == 0 ? a : std::string("(an argument that is not an option)")) << "\n";
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    juspay_emulator::server_options o;
    if (!parse_args(argc, argv, o)) {
        std::cerr << usage;
        return 2;
    }
    for (char c : o.api.api_key) {
        if (c == ':' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            // Never echo the key itself: only what is wrong with it.
            std::cerr << "juspay-emulator: --api-key may not contain ':' or control characters\n";
            return 2;
        }
    }
    try {
        return juspay_emulator::server(std::move(o)).run();
    } catch (std::exception const& e) {
        std::cerr << "juspay-emulator: " << e.what() << "\n";
        return 1;
    }
}
