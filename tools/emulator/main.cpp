// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// juspay-emulator: a loopback stand-in for Juspay's customer API, for tests and demos.
// Listens on 127.0.0.1 only. See --help, and service.hpp for what it emulates.

#include "service.hpp"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <sstream>
#include <thread>

namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

constexpr char usage[] = R"(usage: juspay-emulator [options]
  --port N            port on 127.0.0.1 (0 = pick a free one; default 0)
  --port-file F       write the chosen port to F once listening
  --api-key K         the API key to accept (default test_api_key)
  --merchant-id M     the x-merchantid to accept (default test_merchant)
  --seed S            seed for ids and fault choices (default 1)
fault injection:
  --latency-ms N      wait N ms before each answer
  --fail-rate P       answer a share P (0..1) of requests with 500, 502 or 503 (seeded)
  --html-502          answer every request with 502 and an HTML page, as a proxy would
  --truncate-rate P   for a share P of requests, close the connection halfway through the body
  --bad-origin        answer every request with 403 BAD_ORIGIN
Stops cleanly on SIGINT or SIGTERM.
)";

struct options {
    unsigned short port = 0;
    std::string port_file;
    juspay_emulator::settings settings;
    int latency_ms = 0;
    double fail_rate = 0;
    bool html_502 = false;
    double truncate_rate = 0;
    bool bad_origin = false;
};

bool parse_args(int argc, char** argv, options& o)
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
            (a == "--api-key" ? o.settings.api_key : o.settings.merchant_id) = v;
        } else if (a == "--seed") {
            if (!number(0, 1e18, d))
                return false;
            o.settings.seed = static_cast<std::uint64_t>(d);
        } else if (a == "--latency-ms") {
            if (!number(0, 600000, d))
                return false;
            o.latency_ms = static_cast<int>(d);
        } else if (a == "--fail-rate") {
            if (!number(0, 1, o.fail_rate))
                return false;
        } else if (a == "--truncate-rate") {
            if (!number(0, 1, o.truncate_rate))
                return false;
        } else if (a == "--html-502") {
            o.html_502 = true;
        } else if (a == "--bad-origin") {
            o.bad_origin = true;
        } else if (a == "--help" || a == "-h") {
            std::cout << usage;
            std::exit(0);
        } else {
            return false;
        }
    }
    return true;
}

// Connections are served one thread each; the registry lets a signal close them all and
// wait for their threads, so the process exits cleanly with no thread still running.
class server {
public:
    server(options o) : opts_(std::move(o)), service_(opts_.settings), faults_(opts_.settings.seed) {}

    int run()
    {
        asio::io_context ioc;
        tcp::acceptor acceptor(ioc);
        boost::system::error_code ec;
        tcp::endpoint const ep(asio::ip::address_v4::loopback(), opts_.port);
        acceptor.open(ep.protocol(), ec);
        if (!ec)
            acceptor.set_option(asio::socket_base::reuse_address(true), ec);
        if (!ec)
            acceptor.bind(ep, ec);
        if (!ec)
            acceptor.listen(asio::socket_base::max_listen_connections, ec);
        if (ec) {
            std::cerr << "juspay-emulator: cannot listen on 127.0.0.1:" << opts_.port << ": " << ec.message() << "\n";
            return 1;
        }
        unsigned short const port = acceptor.local_endpoint().port();
        if (!opts_.port_file.empty() && !write_port_file(port))
            return 1;
        std::cout << "juspay-emulator listening on http://127.0.0.1:" << port << std::endl;

        asio::signal_set signals(ioc, SIGINT, SIGTERM);
        signals.async_wait([&](boost::system::error_code const&, int sig) {
            std::cout << "juspay-emulator: signal " << sig << ", stopping" << std::endl;
            acceptor.close();
            ioc.stop();
        });
        accept(acceptor);
        ioc.run();
        close_all();
        std::cout << "juspay-emulator: stopped" << std::endl;
        return 0;
    }

private:
    bool write_port_file(unsigned short port)
    {
        // Written whole then renamed, so a reader never sees a partial port number.
        std::string const tmp = opts_.port_file + ".tmp";
        {
            std::ofstream out(tmp);
            out << port << "\n";
            if (!out)
                return std::cerr << "juspay-emulator: cannot write " << tmp << "\n", false;
        }
        if (std::rename(tmp.c_str(), opts_.port_file.c_str()) != 0)
            return std::cerr << "juspay-emulator: cannot write " << opts_.port_file << "\n", false;
        return true;
    }

    void accept(tcp::acceptor& acceptor)
    {
        acceptor.async_accept([this, &acceptor](boost::system::error_code ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted)
                return;
            if (!ec)
                start_session(std::move(socket));
            accept(acceptor);
        });
    }

    void start_session(tcp::socket socket)
    {
        auto sock = std::make_shared<tcp::socket>(std::move(socket));
        std::lock_guard<std::mutex> lock(mutex_);
        int const id = next_id_++;
        open_[id] = sock;
        std::thread([this, sock, id] {
            session(*sock);
            std::lock_guard<std::mutex> l(mutex_);
            open_.erase(id);
            done_.notify_all();
        }).detach();
    }

    void close_all()
    {
        std::unique_lock<std::mutex> lock(mutex_);
        for (auto& [id, sock] : open_) {
            boost::system::error_code ignored;
            sock->shutdown(tcp::socket::shutdown_both, ignored);
        }
        done_.wait(lock, [&] { return open_.empty(); });
    }

    bool roll(double rate)
    {
        if (rate <= 0)
            return false;
        std::lock_guard<std::mutex> lock(mutex_);
        return std::uniform_real_distribution<double>(0, 1)(faults_) < rate;
    }

    juspay_emulator::response fault_or_answer(juspay_emulator::request const& req)
    {
        using juspay_emulator::service;
        if (opts_.bad_origin)
            return service::json_response(http::status::forbidden, service::bad_origin_body());
        if (opts_.html_502) {
            juspay_emulator::response res{http::status::bad_gateway, 11};
            res.set(http::field::content_type, "text/html");
            res.body() = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                         "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
            return res;
        }
        if (roll(opts_.fail_rate)) {
            http::status status;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                status = std::array<http::status, 3>{http::status::internal_server_error, http::status::bad_gateway,
                                                     http::status::service_unavailable}[faults_() % 3];
            }
            auto res = service::json_response(status, R"({"error_message":"Internal Server error.","status":"error"})");
            return res;
        }
        return service_.handle(req);
    }

    void session(tcp::socket& sock)
    {
        boost::beast::flat_buffer buffer;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.body_limit(1 << 20);
            boost::system::error_code ec;
            http::read(sock, buffer, parser, ec);
            if (ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset ||
                ec == asio::error::operation_aborted || ec == asio::error::bad_descriptor || ec == asio::error::not_connected ||
                ec == asio::error::shut_down)
                break;
            if (ec) {
                // A request we cannot read: answer 400 and close; the emulator keeps running.
                juspay_emulator::response bad{http::status::bad_request, 11};
                bad.set(http::field::connection, "close");
                bad.prepare_payload();
                http::write(sock, bad, ec);
                break;
            }
            auto req = parser.release();
            if (opts_.latency_ms > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(opts_.latency_ms));
            auto res = fault_or_answer(req);
            res.version(11);
            res.keep_alive(req.keep_alive());
            res.prepare_payload();
            if (roll(opts_.truncate_rate)) {
                // Promise the whole body, send half of it, then hang up.
                std::ostringstream head;
                head << res.base();
                std::string const partial = head.str() + res.body().substr(0, res.body().size() / 2);
                asio::write(sock, asio::buffer(partial), ec);
                break;
            }
            http::write(sock, res, ec);
            if (ec || !res.keep_alive())
                break;
        }
        boost::system::error_code ignored;
        sock.shutdown(tcp::socket::shutdown_send, ignored);
        sock.close(ignored);
    }

    options opts_;
    juspay_emulator::service service_;
    std::mutex mutex_;
    std::condition_variable done_;
    std::map<int, std::shared_ptr<tcp::socket>> open_;
    int next_id_ = 0;
    std::mt19937_64 faults_;
};

} // namespace

int main(int argc, char** argv)
{
    options o;
    if (!parse_args(argc, argv, o)) {
        std::cerr << usage;
        return 2;
    }
    for (char c : o.settings.api_key) {
        if (c == ':' || static_cast<unsigned char>(c) < 0x20) {
            std::cerr << "juspay-emulator: --api-key may not contain ':' or control characters\n";
            return 2;
        }
    }
    try {
        return server(std::move(o)).run();
    } catch (std::exception const& e) {
        std::cerr << "juspay-emulator: " << e.what() << "\n";
        return 1;
    }
}
