// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// The raw transport's connection handling, against small loopback servers written here (the
// emulator cannot be told to close an idle connection, or to speak TLS): a kept-alive
// connection the server closed while idle is resent on once, and only then; bytes nobody asked
// for end a connection; and over TLS the peer is verified, with a certificate made at run time.

#include <juspay/juspay.hpp>

#include "transports/raw_tls_transport.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unistd.h>

namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

// Accepts connections on 127.0.0.1 on a thread of its own and hands each to `session`, one
// at a time, with its index (0 for the first). Blocking code in a session is fine: the test
// decides what the client does. Stops when destroyed (after the client: declare it first).
class loopback_server {
public:
    using session = std::function<void(tcp::socket&, int index)>;

    explicit loopback_server(session s) : session_(std::move(s))
    {
        acceptor_.open(tcp::v4());
        acceptor_.bind({asio::ip::make_address("127.0.0.1"), 0});
        acceptor_.listen();
        port_ = acceptor_.local_endpoint().port();
        accept();
        thread_ = std::thread([this] { ioc_.run(); });
    }
    ~loopback_server()
    {
        asio::post(ioc_, [this] { acceptor_.close(); });
        thread_.join();
    }

    unsigned short port() const { return port_; }
    int connections() const { return connections_.load(); }

private:
    void accept()
    {
        acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket s) {
            if (ec)
                return;
            session_(s, connections_++);
            accept();
        });
    }

    session session_;
    asio::io_context ioc_;
    tcp::acceptor acceptor_{ioc_};
    unsigned short port_ = 0;
    std::atomic<int> connections_{0};
    std::thread thread_;
};

// Reads one request off `stream`; false when the client closed or sent something else.
template <class Stream>
bool read_request(Stream& stream, boost::beast::flat_buffer& buffer)
{
    http::request<http::string_body> req;
    boost::system::error_code ec;
    http::read(stream, buffer, req, ec);
    return !ec;
}

template <class Stream>
void write(Stream& stream, std::string const& bytes)
{
    boost::system::error_code ignored;
    asio::write(stream, asio::buffer(bytes), ignored);
}

std::string answer(std::string const& body, std::string const& extra_header = "")
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + extra_header +
           "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

juspay::request request_to(std::string const& base_url)
{
    juspay::call_options opts;
    opts.routing_id = "raw_customer";
    auto req = juspay::build_request(juspay::config{base_url, "raw_api_key", "raw_merchant"},
                                     juspay::get_customer{"cst_1", false}, opts);
    EXPECT_TRUE(req) << req.error().message();
    return req ? *req : juspay::request();
}

juspay::request request_to(loopback_server const& server)
{
    return request_to("http://127.0.0.1:" + std::to_string(server.port()));
}

TEST(e2e_raw_transport, resends_once_on_a_kept_alive_connection_the_server_closed_while_idle)
{
    std::promise<void> closed;
    std::atomic<int> requests{0};
    loopback_server server([&](tcp::socket& s, int index) {
        boost::beast::flat_buffer buffer;
        if (!read_request(s, buffer))
            return;
        ++requests;
        write(s, answer("{\"connection\":" + std::to_string(index) + "}"));
        if (index == 0) {
            s.close(); // as an idle server does, at any time; the answer said keep-alive
            closed.set_value();
        }
    });
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5));
    auto const req = request_to(server);
    auto const first = transport.send(req);
    EXPECT_EQ(first.body, "{\"connection\":0}") << first.error;
    closed.get_future().wait();

    auto const second = transport.send(req);
    EXPECT_TRUE(second.error.empty()) << second.error;
    EXPECT_EQ(second.status, 200);
    EXPECT_EQ(second.body, "{\"connection\":1}");
    EXPECT_EQ(transport.connects(), 2u);
    EXPECT_EQ(requests.load(), 2); // the attempt on the closed connection reached no one
}

TEST(e2e_raw_transport, does_not_resend_once_any_byte_of_the_answer_arrived)
{
    std::atomic<int> requests{0};
    loopback_server server([&](tcp::socket& s, int) {
        boost::beast::flat_buffer buffer;
        if (!read_request(s, buffer))
            return;
        ++requests;
        write(s, answer("{}"));
        if (!read_request(s, buffer))
            return;
        ++requests;
        write(s, "HTTP/1.1 200 OK\r\nContent-Len"); // then the server goes away
    });
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5));
    auto const req = request_to(server);
    EXPECT_TRUE(transport.send(req).error.empty());
    auto const cut = transport.send(req);
    EXPECT_EQ(cut.status, 0);
    EXPECT_NE(cut.error.find("inside the header"), std::string::npos) << cut.error;
    EXPECT_EQ(transport.connects(), 1u);
    EXPECT_EQ(requests.load(), 2); // the server may have acted on it: not sent again
}

TEST(e2e_raw_transport, does_not_resend_on_a_new_connection)
{
    std::atomic<int> requests{0};
    loopback_server server([&](tcp::socket& s, int) {
        boost::beast::flat_buffer buffer;
        if (read_request(s, buffer))
            ++requests; // and hang up unanswered
    });
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5));
    auto const got = transport.send(request_to(server));
    EXPECT_EQ(got.status, 0);
    EXPECT_NE(got.error.find("before the response began"), std::string::npos) << got.error;
    EXPECT_EQ(transport.connects(), 1u);
    EXPECT_EQ(requests.load(), 1);
}

TEST(e2e_raw_transport, connection_close_and_unasked_bytes_end_a_connection)
{
    // Each connection is served until the client closes it, so a reused one would answer.
    loopback_server server([&](tcp::socket& s, int index) {
        boost::beast::flat_buffer buffer;
        for (bool first = true; read_request(s, buffer); first = false) {
            std::string const body = "{\"connection\":" + std::to_string(index) + "}";
            if (index == 0)
                return write(s, answer(body, "Connection: close\r\n"));
            if (index == 1 && first) // an answer, and one nobody asked for (a stray 408)
                write(s, answer(body) + "HTTP/1.1 408 Request Timeout\r\nContent-Length: 0\r\n\r\n");
            else
                write(s, answer(body));
        }
    });
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5));
    auto const req = request_to(server);
    for (int i = 0; i < 3; ++i) {
        auto const got = transport.send(req);
        EXPECT_TRUE(got.error.empty()) << got.error;
        EXPECT_EQ(got.body, "{\"connection\":" + std::to_string(i) + "}");
    }
    EXPECT_EQ(transport.connects(), 3u);
}

// A self-signed certificate for DNS name `name` and its key, in PEM, made with OpenSSL.
struct certificate {
    std::string cert, key;
};

certificate make_certificate(char const* name)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> x(X509_new(), X509_free);
    X509_set_version(x.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x.get()), 3600);
    X509_set_pubkey(x.get(), key.get());
    X509_NAME* subject = X509_get_subject_name(x.get());
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, reinterpret_cast<unsigned char const*>(name), -1, -1, 0);
    X509_set_issuer_name(x.get(), subject);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x.get(), x.get(), nullptr, nullptr, 0);
    std::string const san = std::string("DNS:") + name;
    for (auto [nid, value] : {std::pair<int, char const*>{NID_basic_constraints, "critical,CA:TRUE"},
                              std::pair<int, char const*>{NID_subject_alt_name, san.c_str()}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        X509_add_ext(x.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    X509_sign(x.get(), key.get(), EVP_sha256());
    auto pem = [](auto write) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        write(bio.get());
        char* data = nullptr;
        long const n = BIO_get_mem_data(bio.get(), &data);
        return std::string(data, static_cast<std::size_t>(n));
    };
    return {pem([&](BIO* b) { PEM_write_bio_X509(b, x.get()); }),
            pem([&](BIO* b) { PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr); })};
}

// A TLS server on 127.0.0.1 with a fresh certificate for "localhost", and that certificate in
// a file for the transport to trust. Answers every request on a connection; records the SNI.
// The transports connect to 127.0.0.1 whatever the URL's host (connect_address): a bare
// system may have no /etc/hosts, so "localhost" need not resolve.
class tls_server {
public:
    tls_server()
        : cert_(make_certificate("localhost")), ctx_(context(cert_)),
          server_([this](tcp::socket& s, int index) { serve(s, index); })
    {
        char dir[] = "/tmp/juspay-raw-tls-XXXXXX";
        EXPECT_NE(mkdtemp(dir), nullptr);
        dir_ = dir;
        std::ofstream(ca_file()) << cert_.cert;
    }
    ~tls_server()
    {
        std::remove(ca_file().c_str());
        rmdir(dir_.c_str());
    }

    std::string ca_file() const { return dir_ + "/ca.pem"; }
    std::string url(std::string const& host) const { return "https://" + host + ":" + std::to_string(server_.port()); }
    int connections() const { return server_.connections(); }
    std::string server_name()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return server_name_;
    }

private:
    static asio::ssl::context context(certificate const& cert)
    {
        asio::ssl::context ctx(asio::ssl::context::tls_server);
        ctx.use_certificate_chain(asio::buffer(cert.cert));
        ctx.use_private_key(asio::buffer(cert.key), asio::ssl::context::pem);
        return ctx;
    }

    void serve(tcp::socket& s, int index)
    {
        asio::ssl::stream<tcp::socket&> tls(s, ctx_);
        boost::system::error_code ec;
        tls.handshake(asio::ssl::stream_base::server, ec);
        if (ec)
            return; // the client refused the certificate
        if (char const* sni = SSL_get_servername(tls.native_handle(), TLSEXT_NAMETYPE_host_name)) {
            std::lock_guard<std::mutex> lock(mutex_);
            server_name_ = sni;
        }
        boost::beast::flat_buffer buffer;
        while (read_request(tls, buffer))
            write(tls, answer("{\"connection\":" + std::to_string(index) + "}"));
    }

    certificate cert_;
    asio::ssl::context ctx_;
    std::string dir_;
    std::mutex mutex_;
    std::string server_name_;
    loopback_server server_; // last: it serves with the members above
};

TEST(e2e_raw_tls, verifies_the_peer_sends_sni_and_keeps_the_connection)
{
    tls_server server;
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5), server.ca_file(), "127.0.0.1");
    auto const req = request_to(server.url("localhost"));
    for (int i = 0; i < 2; ++i) {
        auto const got = transport.send(req);
        EXPECT_TRUE(got.error.empty()) << got.error;
        EXPECT_EQ(got.status, 200);
        EXPECT_EQ(got.body, "{\"connection\":0}");
    }
    EXPECT_EQ(transport.connects(), 1u);
    EXPECT_EQ(server.server_name(), "localhost");
}

TEST(e2e_raw_tls, refuses_a_certificate_for_another_host_name)
{
    tls_server server; // its certificate names localhost, not 127.0.0.1
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5), server.ca_file(), "127.0.0.1");
    auto const got = transport.send(request_to(server.url("127.0.0.1")));
    EXPECT_EQ(got.status, 0);
    EXPECT_NE(got.error.find("TLS handshake: certificate verify failed"), std::string::npos) << got.error;
    EXPECT_EQ(transport.connects(), 0u);
}

TEST(e2e_raw_tls, refuses_a_certificate_it_does_not_trust)
{
    tls_server server;
    juspay_examples::raw_tls_transport transport(std::chrono::seconds(5), {}, "127.0.0.1"); // the system's store only
    auto const got = transport.send(request_to(server.url("localhost")));
    EXPECT_EQ(got.status, 0);
    EXPECT_NE(got.error.find("TLS handshake: certificate verify failed"), std::string::npos) << got.error;
}

} // namespace
