// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_FAULTS_HPP
#define JUSPAY_EMULATOR_FAULTS_HPP

// Fault injection: what a network, a proxy or an overloaded Juspay does to a call. Set by the
// command line at start and replaced at run time through POST /__emulator/faults, so one
// emulator serves a whole test suite: a test switches a fault on, then {} switches all off.

#include "json_writer.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <cmath>
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>

namespace juspay_emulator {

// The settings; the JSON keys are the command-line flags with underscores.
struct fault_settings {
    long long latency_ms = 0;   // --latency-ms: wait before each answer
    double fail_rate = 0;       // --fail-rate: share answered 500, 502 or 503
    bool html_502 = false;      // --html-502: every call answered by a proxy's HTML 502
    double truncate_rate = 0;   // --truncate-rate: share whose body is cut off halfway
    bool bad_origin = false;    // --bad-origin: every call answered 403 BAD_ORIGIN
    double rate_limit = 0;      // --rate-limit: share answered 429 with Retry-After: 1
    double reset_rate = 0;      // --reset-rate: share whose connection is reset before any answer
    bool not_found_html = false;// --not-found-html: every call answered by a proxy's HTML 404
};

// What happens to one call, drawn when it arrives.
struct fault_plan {
    long long latency_ms = 0;
    bool reset = false;
    enum class answer_kind { normal, not_found_html, bad_origin, html_502, rate_limited, server_error } answer = answer_kind::normal;
    int server_status = 500; // for server_error: 500, 502 or 503
    bool truncate = false;
};

inline char const* fault_name(fault_plan::answer_kind k) noexcept
{
    using k_t = fault_plan::answer_kind;
    switch (k) {
    case k_t::normal: return nullptr;
    case k_t::not_found_html: return "not_found_html";
    case k_t::bad_origin: return "bad_origin";
    case k_t::html_502: return "html_502";
    case k_t::rate_limited: return "rate_limit";
    case k_t::server_error: return "fail_rate";
    }
    return nullptr;
}

// The settings and the seeded generator that decides the shares. Thread-safe.
class faults {
public:
    faults(fault_settings s, std::uint64_t seed) : settings_(s), seed_(seed), rng_(seed) {}

    // One draw per call, in arrival order: the same seed and the same sequence of calls give
    // the same faults, so a failing test can be re-run.
    fault_plan plan()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        fault_plan p;
        p.latency_ms = settings_.latency_ms;
        p.reset = roll(settings_.reset_rate);
        using k = fault_plan::answer_kind;
        if (settings_.not_found_html)
            p.answer = k::not_found_html;
        else if (settings_.bad_origin)
            p.answer = k::bad_origin;
        else if (settings_.html_502)
            p.answer = k::html_502;
        else if (roll(settings_.rate_limit))
            p.answer = k::rate_limited;
        else if (roll(settings_.fail_rate)) {
            p.answer = k::server_error;
            static constexpr int statuses[] = {500, 502, 503};
            p.server_status = statuses[rng_() % 3];
        }
        p.truncate = roll(settings_.truncate_rate);
        return p;
    }

    // GET /__emulator/faults: every key, with its current value.
    std::string to_json() const
    {
        std::lock_guard<std::mutex> lock(mutex_);
        json::object o;
        o.raw("latency_ms", json::number(settings_.latency_ms));
        o.raw("fail_rate", json::number(settings_.fail_rate));
        o.raw("html_502", json::boolean(settings_.html_502));
        o.raw("truncate_rate", json::number(settings_.truncate_rate));
        o.raw("bad_origin", json::boolean(settings_.bad_origin));
        o.raw("rate_limit", json::number(settings_.rate_limit));
        o.raw("reset_rate", json::number(settings_.reset_rate));
        o.raw("not_found_html", json::boolean(settings_.not_found_html));
        o.raw("seed", json::number(static_cast<unsigned long long>(seed_)));
        return o.text();
    }

    // POST /__emulator/faults: the body replaces every setting (an absent key is off; {} turns
    // all faults off). "seed", when present, restarts the fault generator from that seed.
    // Nothing changes unless the whole body is valid; the error says what is wrong.
    std::optional<std::string> replace(std::string_view body)
    {
        boost::json::error_code ec;
        auto const doc = boost::json::parse(body, ec);
        if (ec)
            return "the body is not JSON: " + ec.message();
        if (!doc.is_object())
            return std::string("the body must be a JSON object");
        fault_settings s;
        std::optional<std::uint64_t> seed;
        for (auto const& [key, v] : doc.get_object()) {
            std::string const k(key);
            if (k == "latency_ms") {
                auto const n = whole_number(v);
                if (!n || *n > 600000)
                    return std::string("latency_ms must be a whole number of milliseconds from 0 to 600000");
                s.latency_ms = static_cast<long long>(*n);
            } else if (k == "seed") {
                auto const n = whole_number(v);
                if (!n)
                    return std::string("seed must be a whole number from 0");
                seed = *n;
            } else if (k == "fail_rate" || k == "truncate_rate" || k == "rate_limit" || k == "reset_rate") {
                auto const r = share(v);
                if (!r)
                    return k + " must be a number from 0 to 1";
                (k == "fail_rate" ? s.fail_rate : k == "truncate_rate" ? s.truncate_rate : k == "rate_limit" ? s.rate_limit : s.reset_rate) = *r;
            } else if (k == "html_502" || k == "bad_origin" || k == "not_found_html") {
                if (!v.is_bool())
                    return k + " must be true or false";
                (k == "html_502" ? s.html_502 : k == "bad_origin" ? s.bad_origin : s.not_found_html) = v.get_bool();
            } else {
                return "unknown key '" + k +
                       "' (known: latency_ms, fail_rate, html_502, truncate_rate, bad_origin, rate_limit, reset_rate, "
                       "not_found_html, seed)";
            }
        }
        std::lock_guard<std::mutex> lock(mutex_);
        settings_ = s;
        if (seed) {
            seed_ = *seed;
            rng_.seed(*seed);
        }
        return std::nullopt;
    }

private:
    bool roll(double rate)
    {
        if (rate <= 0)
            return false;
        return std::uniform_real_distribution<double>(0, 1)(rng_) < rate;
    }

    static std::optional<std::uint64_t> whole_number(boost::json::value const& v)
    {
        if (v.is_uint64())
            return v.get_uint64();
        if (v.is_int64())
            return v.get_int64() >= 0 ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(v.get_int64())) : std::nullopt;
        if (v.is_double() && v.get_double() >= 0 && v.get_double() <= 1e15 && std::floor(v.get_double()) == v.get_double())
            return static_cast<std::uint64_t>(v.get_double());
        return std::nullopt;
    }

    static std::optional<double> share(boost::json::value const& v)
    {
        if (!v.is_number())
            return std::nullopt;
        double const d = v.to_number<double>();
        if (!(d >= 0 && d <= 1))
            return std::nullopt;
        return d;
    }

    mutable std::mutex mutex_;
    fault_settings settings_;
    std::uint64_t seed_;
    std::mt19937_64 rng_;
};

} // namespace juspay_emulator

#endif
