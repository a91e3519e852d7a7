// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EXAMPLES_HTTPLIB_TRANSPORT_HPP
#define JUSPAY_EXAMPLES_HTTPLIB_TRANSPORT_HPP

// Sends a juspay::request with cpp-httplib's client. Debian's libcpp-httplib-dev is a shared
// library built with OpenSSL, so https works and verifies the peer and its host name; the
// compiler must see CPPHTTPLIB_OPENSSL_SUPPORT as the library did (examples/CMakeLists.txt).
// One instance per thread; it keeps its connection alive between calls to the same origin.

#include "http_result.hpp"

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace juspay_examples {

class httplib_transport {
public:
    /// `timeout` bounds connecting, and each read and write (httplib has no total timeout).
    explicit httplib_transport(std::chrono::milliseconds timeout = std::chrono::seconds(10)) : timeout_(timeout) {}

    http_result send(juspay::request const& req)
    {
        http_result out;
        // httplib::Client takes "scheme://host:port": the URL's scheme, then its Host header.
        std::string_view const url = req.url();
        std::string const origin = std::string(url.substr(0, url.find("://") + 3)) + std::string(req.host());
        if (!client_ || origin != origin_) {
            client_ = std::make_unique<httplib::Client>(origin);
            origin_ = origin;
            client_->set_keep_alive(true);
            client_->set_connection_timeout(timeout_);
            client_->set_read_timeout(timeout_);
            client_->set_write_timeout(timeout_);
            client_->enable_server_certificate_verification(true);
        }

        httplib::Request r;
        r.method = std::string(juspay::to_string(req.method()));
        r.path = req.target();
        for (juspay::header_view h : req.headers())
            r.headers.emplace(h.name, h.value);
        r.body = req.body();
        // The status and headers come before the body, and the body in pieces: keep each as it
        // arrives, so that an answer cut short still comes back with its status and the bytes
        // that came (parse_response then says malformed_body), as from the other transports.
        r.response_handler = [&out](httplib::Response const& res) {
            out.status = res.status;
            for (auto const& [name, value] : res.headers)
                out.headers.emplace_back(name, value);
            return true;
        };
        r.content_receiver = [&out](char const* data, std::size_t size, std::uint64_t, std::uint64_t) {
            out.body.append(data, size);
            return true;
        };
        httplib::Response res;
        httplib::Error error = httplib::Error::Success;
        if (!client_->send(r, res, error))
            out.error = "httplib: " + httplib::to_string(error);
        return out;
    }

private:
    std::chrono::milliseconds timeout_;
    std::string origin_;
    std::unique_ptr<httplib::Client> client_;
};

} // namespace juspay_examples

#endif
