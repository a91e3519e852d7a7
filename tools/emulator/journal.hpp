// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_JOURNAL_HPP
#define JUSPAY_EMULATOR_JOURNAL_HPP

// The request journal (WireMock's "verification"): every API call the emulator answered, so a
// test can check what its client actually sent -- headers, exact body, which answer it got.
// Bounded: the newest `capacity` entries are kept, older ones dropped, and each keeps at most
// `body_limit` bytes of its body, so a long CI run cannot grow the emulator without limit.
// Calls to /__emulator/ itself are never journaled.

#include "json_writer.hpp"
#include "text.hpp"

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace juspay_emulator {

struct journal_entry {
    std::string method;
    std::string target;
    std::vector<std::pair<std::string, std::string>> headers; // names lower-cased, in arrival order
    std::string body;
    int status = 0;              // the answer's status; 0 when the connection was reset unanswered
    bool routing_mismatch = false;
    char const* fault = nullptr; // the fault that answered instead of the API, if any
};

// Thread-safe. Entries are written to JSON as they arrive, so reading the journal under load
// holds the lock only to copy text.
class journal {
public:
    static constexpr std::size_t capacity = 10000;
    static constexpr std::size_t body_limit = 64 * 1024; // Juspay's request bodies are far smaller

    // Serialized before the lock is taken: concurrent calls only wait for a push_back.
    void add(journal_entry const& e)
    {
        std::string text = to_json(e);
        std::lock_guard<std::mutex> lock(mutex_);
        entries_.push_back(std::move(text));
        ++total_;
        if (entries_.size() > capacity)
            entries_.pop_front();
    }

    // GET /__emulator/requests: a JSON array, oldest first. `total` is every entry recorded
    // since the start or the last reset, dropped ones included.
    std::string to_json(std::uint64_t& total) const
    {
        std::lock_guard<std::mutex> lock(mutex_);
        total = total_;
        std::size_t size = 2;
        for (auto const& e : entries_)
            size += e.size() + 1;
        std::string out;
        out.reserve(size);
        out += '[';
        for (auto const& e : entries_) {
            if (out.size() > 1)
                out += ',';
            out += e;
        }
        out += ']';
        return out;
    }

    // POST /__emulator/reset: the count starts again too.
    void clear()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        entries_.clear();
        total_ = 0;
    }

private:
    // Headers become an object; a repeated header's values are joined with ", " (RFC 9110's
    // combination rule). Authorization is masked, so the journal never holds the API key.
    static std::string to_json(journal_entry const& e)
    {
        std::vector<std::pair<std::string, std::string>> merged;
        for (auto const& [name, value] : e.headers) {
            std::string const shown = name == "authorization" ? mask_authorization(value) : value;
            auto it = merged.begin();
            while (it != merged.end() && it->first != name)
                ++it;
            if (it == merged.end())
                merged.emplace_back(name, shown);
            else
                it->second += ", " + shown;
        }
        json::object headers;
        for (auto const& [name, value] : merged)
            headers.str(name, value);
        json::object o;
        o.str("method", e.method);
        o.str("target", e.target);
        o.raw("headers", headers.text());
        bool const cut = e.body.size() > body_limit;
        o.str("body", cut ? std::string_view(e.body).substr(0, body_limit) : std::string_view(e.body));
        o.raw("status", json::number(static_cast<long long>(e.status)));
        o.raw("routing_mismatch", json::boolean(e.routing_mismatch));
        o.raw("fault", e.fault ? json::quote(e.fault) : std::string("null"));
        if (cut)
            o.raw("body_truncated", "true");
        return o.text();
    }

    mutable std::mutex mutex_;
    std::deque<std::string> entries_;
    std::uint64_t total_ = 0;
};

} // namespace juspay_emulator

#endif
