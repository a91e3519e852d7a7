// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EXAMPLES_BEAST_TRANSPORT_HPP
#define JUSPAY_EXAMPLES_BEAST_TRANSPORT_HPP

// Sends a juspay::request with Boost.Beast: plain TCP for http, TLS (Boost.Asio SSL over
// OpenSSL, peer and host name verified) for https. One connection per call. send() blocks, but
// runs Beast's async operations underneath: tcp_stream's timeouts apply to those only, and a
// client without a timeout would hang on a stalled server.

#include "http_result.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>

#include <chrono>

namespace juspay_examples {

class beast_transport {
public:
    explicit beast_transport(std::chrono::milliseconds timeout = std::chrono::seconds(10)) : timeout_(timeout) {}

    http_result send(juspay::request const& req)
    {
        namespace http = boost::beast::http;
        http_result out;
        auto const url = boost::urls::parse_absolute_uri(req.url());
        if (!url)
            return out.error = "not an absolute URL", out;
        bool const tls = url->scheme_id() == boost::urls::scheme::https;
        std::string const host = url->host();
        std::string const port = url->has_port() ? std::string(url->port()) : tls ? "443" : "80";

        http::request<http::string_body> msg{req.method() == juspay::http_method::post ? http::verb::post : http::verb::get,
                                             req.target(), 11};
        msg.set(http::field::host, req.host());
        for (juspay::header_view h : req.headers())
            msg.set(h.name, h.value);
        msg.body() = req.body();
        msg.prepare_payload();

        boost::system::error_code ec;
        boost::asio::io_context ioc;
        boost::beast::tcp_stream tcp(ioc);
        auto const endpoints = boost::asio::ip::tcp::resolver(ioc).resolve(host, port, ec);
        if (!ec) {
            tcp.expires_after(timeout_);
            tcp.async_connect(endpoints, [&](boost::system::error_code e, auto const&) { ec = e; });
            run(ioc);
        }
        if (ec)
            return out.error = "connect: " + ec.message(), out;
        if (!tls)
            return exchange(ioc, tcp, msg, out);

        boost::asio::ssl::context ctx(boost::asio::ssl::context::tls_client);
        ctx.set_default_verify_paths();
        ctx.set_verify_mode(boost::asio::ssl::verify_peer);
        boost::beast::ssl_stream<boost::beast::tcp_stream> stream(std::move(tcp), ctx);
        stream.set_verify_callback(boost::asio::ssl::host_name_verification(host));
        SSL_set_tlsext_host_name(stream.native_handle(), host.c_str()); // SNI
        boost::beast::get_lowest_layer(stream).expires_after(timeout_);
        stream.async_handshake(boost::asio::ssl::stream_base::client, [&](boost::system::error_code e) { ec = e; });
        run(ioc);
        if (ec)
            return out.error = "TLS handshake: " + ec.message(), out;
        return exchange(ioc, stream, msg, out);
    }

private:
    static void run(boost::asio::io_context& ioc)
    {
        ioc.restart();
        ioc.run();
    }

    template <class Stream>
    http_result& exchange(boost::asio::io_context& ioc, Stream& stream,
                          boost::beast::http::request<boost::beast::http::string_body>& msg, http_result& out)
    {
        namespace http = boost::beast::http;
        boost::system::error_code ec;
        boost::beast::get_lowest_layer(stream).expires_after(timeout_);
        http::async_write(stream, msg, [&](boost::system::error_code e, std::size_t) { ec = e; });
        run(ioc);
        if (ec)
            return out.error = "write: " + ec.message(), out;
        boost::beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(8 << 20);
        http::async_read(stream, buffer, parser, [&](boost::system::error_code e, std::size_t) { ec = e; });
        run(ioc);
        if (parser.is_header_done()) {
            out.status = static_cast<int>(parser.get().result_int());
            out.body = std::move(parser.get().body()); // what arrived, even if cut short
            for (auto const& field : parser.get())
                out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
        }
        if (ec)
            out.error = "read: " + ec.message();
        return out;
    }

    std::chrono::milliseconds timeout_;
};

} // namespace juspay_examples

#endif
