// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EXAMPLES_RAW_TLS_TRANSPORT_HPP
#define JUSPAY_EXAMPLES_RAW_TLS_TRANSPORT_HPP

// Sends a juspay::request over a connection it holds itself, with no HTTP library: it writes
// request::http1() as is and reads the answer with juspay::http1::response_reader. This is the
// loop for whoever holds only a connection (a TLS stream, an io_uring or Seastar socket); here
// it is Boost.Asio: TLS over OpenSSL for https (peer and host name verified, SNI), plain TCP
// for http (the emulator on loopback).
//
// The connection stays open between calls while the answers allow it. One instance per
// thread. send() blocks, but runs Asio's async operations underneath: those can be given a
// deadline, blocking socket calls cannot.

#include "http_result.hpp"

#include <juspay/http1.hpp>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace juspay_examples {

class raw_tls_transport {
public:
    /// `timeout` bounds each step: connecting, the TLS handshake, writing the request, and
    /// reading the whole answer. `ca_file`: trust only the certificates in this PEM file (a
    /// private CA, a test server); empty trusts the system's store. `connect_address`: connect
    /// to this address instead of resolving the URL's host, while TLS still names and verifies
    /// the URL's host (curl's --connect-to: a static IP such as Juspay's api-ns1 hosts, or a
    /// test server on loopback). Throws `boost::system::system_error` if the file cannot be
    /// loaded.
    explicit raw_tls_transport(std::chrono::milliseconds timeout = std::chrono::seconds(10),
                               std::string const& ca_file = {}, std::string connect_address = {})
        : timeout_(timeout), connect_address_(std::move(connect_address))
    {
        tls_context_.set_verify_mode(boost::asio::ssl::verify_peer);
        if (ca_file.empty())
            tls_context_.set_default_verify_paths();
        else
            tls_context_.load_verify_file(ca_file);
    }

    http_result send(juspay::request const& req)
    {
        http_result out;
        auto const url = boost::urls::parse_absolute_uri(req.url());
        if (!url)
            return out.error = "not an absolute URL", out;
        bool const tls = url->scheme_id() == boost::urls::scheme::https;
        std::string const origin = std::string(url->scheme()) + "://" + std::string(req.host());
        bool const reuse = conn_ && alive_ && origin == origin_ && nothing_waiting();
        if (!reuse && !connect(*url, tls, out))
            return out;
        origin_ = origin;
        if (exchange(req, out, reuse) == outcome::stale) {
            // The server had closed the kept-alive connection (idle servers do, at any time):
            // the write failed, or the connection ended before one byte of an answer. Resend
            // once on a new connection, as curl does. This cannot loop: a new connection is
            // never stale. The one risk, as with curl: a server that read the request, acted
            // on it and closed without a byte of answer gets it twice. For the calls whose
            // advice is check_first (create and validate customer account), a caller that
            // cannot accept that should resend only when the write itself failed.
            out = http_result();
            if (connect(*url, tls, out))
                exchange(req, out, false);
        }
        return out;
    }

    /// How many connections this transport has opened (and completed the TLS handshake on).
    std::size_t connects() const noexcept { return connects_; }

private:
    using socket = boost::asio::ip::tcp::socket;
    using clock = std::chrono::steady_clock;
    enum class outcome { answered, failed, stale };

    // For http, only the stream's socket is used: one member for both, and one code path.
    template <class Operation>
    void start(Operation op)
    {
        if (tls_)
            op(*conn_);
        else
            op(conn_->next_layer());
    }

    // Runs the operation just started until it completes or `deadline` passes. Past it, closes
    // the socket, which ends the operation; the connection is lost then, which is what a
    // timeout means for HTTP/1.1 anyway (the answer could still arrive on it later).
    bool wait(clock::time_point deadline)
    {
        ioc_.restart();
        ioc_.run_until(deadline);
        if (ioc_.stopped())
            return true;
        boost::system::error_code ignored;
        conn_->next_layer().close(ignored);
        ioc_.restart();
        ioc_.run(); // the operation ends with operation_aborted; nothing may outlive this call
        return false;
    }

    // An idle connection with bytes waiting (a 408 or a TLS close_notify the server sent as it
    // hung up) is not at the start of the next answer: those bytes would be taken for it.
    bool nothing_waiting()
    {
        boost::system::error_code ec;
        return conn_->next_layer().available(ec) == 0 && !ec;
    }

    // No TLS close_notify: every answer's end is known from its framing, so the peer loses
    // nothing, and a close cannot block on a stalled server.
    void close()
    {
        if (conn_) {
            boost::system::error_code ignored;
            conn_->next_layer().close(ignored);
            conn_.reset();
        }
        alive_ = false;
    }

    bool connect(boost::urls::url_view const& url, bool tls, http_result& out)
    {
        close();
        std::string const host = url.host_address(); // what TLS names and verifies
        std::string const address = connect_address_.empty() ? host : connect_address_;
        std::string const port = url.has_port() ? std::string(url.port()) : tls ? "443" : "80";
        boost::system::error_code ec;
        // getaddrinfo cannot be given a deadline; a numeric host (as the emulator's) never waits.
        auto const endpoints = boost::asio::ip::tcp::resolver(ioc_).resolve(address, port, ec);
        if (ec)
            return out.error = "resolve: " + ec.message(), false;
        auto const deadline = clock::now() + timeout_;
        conn_.emplace(ioc_, tls_context_);
        tls_ = tls;
        boost::asio::async_connect(conn_->next_layer(), endpoints,
                                   [&](boost::system::error_code e, boost::asio::ip::tcp::endpoint const&) { ec = e; });
        if (!wait(deadline))
            return close(), out.error = "connect: timeout", false;
        if (ec)
            return close(), out.error = "connect: " + ec.message(), false;
        if (tls) {
            conn_->set_verify_callback(boost::asio::ssl::host_name_verification(host));
            // SNI says which certificate to show; RFC 6066 allows names only, no IP addresses.
            if (url.host_type() == boost::urls::host_type::name)
                SSL_set_tlsext_host_name(conn_->native_handle(), host.c_str());
            conn_->async_handshake(boost::asio::ssl::stream_base::client, [&](boost::system::error_code e) { ec = e; });
            if (!wait(clock::now() + timeout_))
                return close(), out.error = "TLS handshake: timeout", false;
            if (ec)
                return close(), out.error = "TLS handshake: " + ec.message(), false;
        }
        ++connects_;
        return true;
    }

    outcome exchange(juspay::request const& req, http_result& out, bool reused)
    {
        alive_ = false; // until this answer says the connection may carry the next one
        reader_.reset();
        kept_.clear();
        boost::system::error_code ec;
        start([&](auto& stream) {
            boost::asio::async_write(stream, boost::asio::buffer(req.http1()),
                                     [&](boost::system::error_code e, std::size_t) { ec = e; });
        });
        if (!wait(clock::now() + timeout_))
            return fail(out, "write: timeout");
        if (ec)
            return reused ? (close(), outcome::stale) : fail(out, "write: " + ec.message());

        auto const deadline = clock::now() + timeout_;
        std::string in; // received, not yet taken by the reader
        bool received = false;
        while (!reader_.done()) {
            if (in.empty()) {
                std::size_t n = 0;
                start([&](auto& stream) {
                    stream.async_read_some(boost::asio::buffer(buffer_), [&](boost::system::error_code e, std::size_t k) {
                        ec = e;
                        n = k;
                    });
                });
                if (!wait(deadline))
                    return fail(out, "read: timeout");
                in.append(buffer_.data(), n);
                received = received || n != 0;
                if (ec && in.empty()) {
                    // A close without TLS's close_notify is stream_truncated: an end all the
                    // same; the reader knows from the framing whether the answer was whole.
                    bool const closed = ec == boost::asio::error::eof || ec == boost::asio::ssl::error::stream_truncated;
                    if (reused && !received && (closed || ec == boost::asio::error::connection_reset))
                        return close(), outcome::stale;
                    if (!closed)
                        return fail(out, "read: " + ec.message());
                    if (auto const end = reader_.feed_eof(); !end)
                        return fail(out, std::string(end.error().message()));
                    break; // a body delimited by the close ended there
                }
            }
            auto const taken = reader_.feed(in);
            if (!taken)
                return fail(out, std::string(taken.error().message()));
            kept_.append(in, 0, std::min(*taken, kept_limit - kept_.size()));
            in.erase(0, *taken);
        }

        juspay::response_view const got = reader_.response();
        out.status = got.status;
        out.body = got.body;
        for (juspay::header_view h : got.headers)
            out.headers.emplace_back(h.name, h.value);
        // Bytes after the answer were not asked for (one request at a time): the connection is
        // out of step, so it is not used again.
        alive_ = reader_.keep_alive() && in.empty();
        if (!alive_)
            close();
        return outcome::answered;
    }

    // The exchange stopped short: `what` says why. The connection cannot be trusted to be at a
    // message boundary, so it is closed. When the answer's header had arrived, its status and
    // the body bytes that came are handed back (as the other transports do), so parse_response
    // reports a 2xx cut short as malformed_body, with those bytes in error::body().
    outcome fail(http_result& out, std::string what)
    {
        close();
        out.error = std::move(what);
        // The reader says how far the answer got: the status is set once its header was whole.
        if (auto const end = reader_.feed_eof(); !end && end.error().http_status != 0) {
            out.status = end.error().http_status;
            // What followed the header, as it came (a chunked body with its framing).
            if (auto const head = kept_.find("\r\n\r\n"); head != std::string::npos)
                out.body = kept_.substr(head + 4);
        }
        return outcome::failed;
    }

    // What fail() needs of an answer: its header (at most header_bytes) and as much of the body
    // as parse_response keeps for error::body() (64 KiB).
    static constexpr std::size_t kept_limit = juspay::http1::limits{}.header_bytes + 64 * 1024;

    std::chrono::milliseconds timeout_;

    std::string connect_address_;
    boost::asio::io_context ioc_;
    boost::asio::ssl::context tls_context_{boost::asio::ssl::context::tls_client};
    std::optional<boost::asio::ssl::stream<socket>> conn_; // declared after ioc_: destroyed first
    bool tls_ = false;
    bool alive_ = false;
    std::string origin_;
    std::size_t connects_ = 0;
    juspay::http1::response_reader reader_;
    std::string kept_;
    std::array<char, 16 * 1024> buffer_{};
};

} // namespace juspay_examples

#endif
