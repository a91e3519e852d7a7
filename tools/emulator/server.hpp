// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_SERVER_HPP
#define JUSPAY_EMULATOR_SERVER_HPP

// The network side: an HTTP/1.1 server on 127.0.0.1 (Boost.Beast over Boost.Asio) that puts
// faults, the journal and the admin API (/__emulator/...) around the service.
//
// Threading, and why shutdown is race-free: one io_context run by a few threads. Every
// connection is a `session` whose socket and timer live on its own strand, and only handlers
// on that strand ever touch them -- including the close at shutdown, which is posted to the
// strand rather than done from the signal's thread. Sessions are owned by their pending
// handlers (shared_ptr); a stopping server closes the acceptor, posts a close to every live
// session, and io_context::run() returns in every thread once the last session has ended.
// The threads are then joined before anything is destroyed. No thread is detached.

#include "faults.hpp"
#include "journal.hpp"
#include "service.hpp"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace juspay_emulator {

namespace asio = boost::asio;
namespace beast = boost::beast;
using tcp = asio::ip::tcp;

/// Everything juspay-emulator is started with.
struct server_options {
    unsigned short port = 0;   ///< 0: any free port (see port_file)
    std::string port_file;     ///< where the chosen port is written once listening
    settings api;              ///< key, merchant id, seed, drift, strict routing
    fault_settings faults;     ///< faults from the command line; replaced through the admin API
    unsigned threads = 0;      ///< threads running the io_context; 0: one per core, 2 to 4
};

// What the sessions share: the API, the faults, the journal, and the registry of live sessions
// that lets a stop reach every connection. Thread-safe.
class core {
public:
    explicit core(server_options const& o) : service_(o.api), faults_(o.faults, o.api.seed) {}

    // The admin API lives beside Juspay's paths, under a prefix no Juspay endpoint has.
    static bool is_admin(std::string_view target)
    {
        constexpr std::string_view root = "/__emulator";
        return target.substr(0, root.size()) == root && (target.size() == root.size() || target[root.size()] == '/' ||
                                                          target[root.size()] == '?');
    }

    // The admin API: never behind the API key, never faulted, never journaled.
    response admin(request const& req)
    {
        std::string_view target(req.target().data(), req.target().size());
        std::string_view const path = target.substr(0, target.find('?'));
        bool const get = req.method() == http::verb::get;
        bool const post = req.method() == http::verb::post;
        auto const wrong_method = [](char const* allow) {
            auto res = json_response(http::status::method_not_allowed, error_json(std::string("use ") + allow));
            res.set(http::field::allow, allow);
            return res;
        };
        if (path == "/__emulator/requests") {
            if (!get)
                return wrong_method("GET");
            std::uint64_t total = 0;
            auto res = json_response(http::status::ok, journal_.to_json(total));
            res.set("x-emulator-journal-total", std::to_string(total));
            return res;
        }
        if (path == "/__emulator/reset") {
            if (!post)
                return wrong_method("POST");
            service_.reset();
            journal_.clear();
            return json_response(http::status::ok, R"({"reset":true})");
        }
        if (path == "/__emulator/faults") {
            if (get)
                return json_response(http::status::ok, faults_.to_json());
            if (!post)
                return wrong_method("GET, POST");
            if (auto error = faults_.replace(req.body()))
                return json_response(http::status::bad_request, error_json(*error));
            return json_response(http::status::ok, faults_.to_json());
        }
        return json_response(http::status::not_found,
                              error_json("no such admin endpoint: GET /__emulator/requests, POST /__emulator/reset, "
                                         "GET or POST /__emulator/faults"));
    }

    // Drawn when a call arrives, before any latency, so the draws follow arrival order.
    fault_plan plan() { return faults_.plan(); }

    // The answer to an API call under its fault plan, journaled before it is sent, so a test
    // that has its answer can already read the call back.
    response respond(request const& req, fault_plan const& p)
    {
        using k = fault_plan::answer_kind;
        response res;
        bool mismatch = false;
        bool from_juspay = true; // a proxy's page carries no Juspay request ids
        switch (p.answer) {
        case k::normal: {
            auto a = service_.handle(req);
            res = std::move(a.res);
            mismatch = a.routing_mismatch;
            break;
        }
        case k::not_found_html:
            res = html_response(http::status::not_found, bodies::html_404());
            from_juspay = false;
            break;
        case k::bad_origin:
            res = json_response(http::status::forbidden, bodies::bad_origin());
            break;
        case k::html_502:
            res = html_response(http::status::bad_gateway, bodies::html_502());
            from_juspay = false;
            break;
        case k::rate_limited:
            res = json_response(http::status::too_many_requests, bodies::rate_limited());
            res.set(http::field::retry_after, "1");
            break;
        case k::server_error:
            res = json_response(static_cast<http::status>(p.server_status), bodies::server_error());
            break;
        }
        if (from_juspay) {
            // Juspay support asks for these; the request id is the caller's when it sent one.
            auto const sent = req["x-request-id"];
            res.set("x-request-id", sent.empty() ? new_uuid() : std::string(sent));
            res.set("x-response-id", new_uuid());
        }
        char const* fault = fault_name(p.answer);
        if (!fault && p.truncate)
            fault = "truncate_rate";
        record(req, res.result_int(), mismatch, fault);
        return res;
    }

    // A call whose connection is reset unanswered: journaled with status 0.
    void record_reset(request const& req) { record(req, 0, false, "reset_rate"); }

    // The registry: a stop must reach sessions that are idle in a keep-alive read.
    template <class Session>
    std::uint64_t enroll(std::shared_ptr<Session> const& s)
    {
        std::lock_guard<std::mutex> lock(registry_mutex_);
        std::uint64_t const id = next_session_++;
        sessions_[id] = [w = std::weak_ptr<Session>(s)] {
            if (auto live = w.lock())
                asio::post(live->executor(), [live] { live->close(); });
        };
        return id;
    }

    // From ~session: a stop must not post to a session that no longer exists.
    void forget(std::uint64_t id)
    {
        std::lock_guard<std::mutex> lock(registry_mutex_);
        sessions_.erase(id);
    }

    // The closers run outside the lock: a session whose last reference is the one a closer
    // takes is destroyed right there, and its destructor takes the lock to leave the registry.
    void close_all()
    {
        std::vector<std::function<void()>> closers;
        {
            std::lock_guard<std::mutex> lock(registry_mutex_);
            for (auto const& [id, close] : sessions_)
                closers.push_back(close);
        }
        for (auto const& close : closers)
            close();
    }

private:
    static std::string error_json(std::string const& message)
    {
        json::object o;
        o.str("error", message);
        return o.text();
    }

    void record(request const& req, unsigned status, bool mismatch, char const* fault)
    {
        journal_entry e;
        e.method = std::string(req.method_string());
        e.target = std::string(req.target());
        for (auto const& f : req)
            e.headers.emplace_back(to_lower(f.name_string()), std::string(f.value()));
        e.body = req.body();
        e.status = static_cast<int>(status);
        e.routing_mismatch = mismatch;
        e.fault = fault;
        journal_.add(e);
    }

    // Unique per process, shaped like Juspay's request ids (a UUID).
    std::string new_uuid()
    {
        unsigned long long const n = next_uuid_.fetch_add(1, std::memory_order_relaxed);
        char buf[40];
        std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012llx", n);
        return buf;
    }

    service service_;
    faults faults_;
    journal journal_;
    std::atomic<unsigned long long> next_uuid_{1};
    std::mutex registry_mutex_;
    std::map<std::uint64_t, std::function<void()>> sessions_;
    std::uint64_t next_session_ = 1; // 0: a session never enrolled
};

// One connection: reads requests one after another (keep-alive), answers each. All of its
// handlers run on its strand; it ends when the peer closes, on an error, or on close().
class session : public std::enable_shared_from_this<session> {
public:
    session(tcp::socket socket, core& c) : socket_(std::move(socket)), executor_(socket_.get_executor()), timer_(executor_), core_(c)
    {
    }

    ~session() { core_.forget(id_); }

    session(session const&) = delete;
    session& operator=(session const&) = delete;

    // Registered first, so a stop that comes before the first read still reaches it.
    void start()
    {
        id_ = core_.enroll(shared_from_this());
        asio::dispatch(executor_, [self = shared_from_this()] { self->read(); });
    }

    // Where the session's handlers run; a stop posts close() there.
    asio::any_io_executor const& executor() const noexcept { return executor_; }

    // On the strand only: cancels whatever is pending, so the session's last handler runs
    // with an error and the session ends.
    void close()
    {
        closing_ = true;
        finish();
    }

private:
    void read()
    {
        if (closing_)
            return finish();
        parser_.emplace();
        parser_->header_limit(64 * 1024);
        parser_->body_limit(1024 * 1024);
        http::async_read_header(socket_, buffer_, *parser_,
                                [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
    }

    // curl sends "Expect: 100-continue" before a larger body and waits a second for the go-ahead.
    void on_header(beast::error_code ec)
    {
        if (ec)
            return on_read(ec);
        if (iequals(parser_->get()[http::field::expect], "100-continue")) {
            static std::string const go_ahead = "HTTP/1.1 100 Continue\r\n\r\n";
            asio::async_write(socket_, asio::buffer(go_ahead), [self = shared_from_this()](beast::error_code e, std::size_t) {
                if (e || self->closing_)
                    return self->finish();
                self->read_body();
            });
            return;
        }
        read_body();
    }

    void read_body()
    {
        http::async_read(socket_, buffer_, *parser_,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

    void on_read(beast::error_code ec)
    {
        if (closing_)
            return finish();
        if (ec == http::error::end_of_stream || ec == asio::error::eof || ec == asio::error::connection_reset ||
            ec == asio::error::operation_aborted || ec == asio::error::bad_descriptor)
            return finish();
        if (ec) {
            // A request that cannot be read: 400, and the connection is closed.
            res_ = response{http::status::bad_request, 11};
            res_.keep_alive(false);
            res_.prepare_payload();
            return write();
        }
        req_ = parser_->release();
        if (core::is_admin(std::string_view(req_.target().data(), req_.target().size()))) {
            res_ = core_.admin(req_);
            return send();
        }
        plan_ = core_.plan();
        if (plan_.latency_ms <= 0)
            return answer();
        timer_.expires_after(std::chrono::milliseconds(plan_.latency_ms));
        timer_.async_wait([self = shared_from_this()](beast::error_code e) {
            if (e || self->closing_)
                return self->finish();
            self->answer();
        });
    }

    void answer()
    {
        if (plan_.reset) {
            core_.record_reset(req_);
            // Linger 0: the peer sees a reset, as from a crashed proxy, not an orderly close.
            beast::error_code ignored;
            socket_.set_option(asio::socket_base::linger(true, 0), ignored);
            socket_.close(ignored);
            return finish();
        }
        res_ = core_.respond(req_, plan_);
        if (plan_.truncate) {
            // Promise the whole body, send half of it, then hang up.
            res_.version(11);
            res_.keep_alive(req_.keep_alive());
            res_.prepare_payload();
            std::ostringstream head;
            head << res_.base();
            partial_ = head.str() + res_.body().substr(0, res_.body().size() / 2);
            asio::async_write(socket_, asio::buffer(partial_),
                              [self = shared_from_this()](beast::error_code, std::size_t) { self->finish(); });
            return;
        }
        send();
    }

    void send()
    {
        res_.version(11);
        res_.keep_alive(req_.keep_alive());
        res_.prepare_payload();
        write();
    }

    void write()
    {
        http::async_write(socket_, res_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec || self->closing_ || !self->res_.keep_alive())
                return self->finish();
            self->read();
        });
    }

    void finish()
    {
        beast::error_code ignored;
        timer_.cancel();
        if (socket_.is_open()) {
            socket_.shutdown(tcp::socket::shutdown_send, ignored);
            socket_.close(ignored);
        }
    }

    tcp::socket socket_;
    asio::any_io_executor const executor_;
    asio::steady_timer timer_;
    core& core_;
    std::uint64_t id_ = 0;
    bool closing_ = false;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    request req_;
    response res_;
    fault_plan plan_;
    std::string partial_;
};

/// The emulator process: listens, serves until SIGINT or SIGTERM, then stops every session
/// and returns.
class server {
public:
    explicit server(server_options o) : opts_(std::move(o)), core_(opts_) {}

    /// Blocks until a signal stops the server. 0 on a clean stop, 1 if it could not listen.
    int run()
    {
        beast::error_code ec;
        tcp::endpoint const ep(asio::ip::address_v4::loopback(), opts_.port);
        acceptor_.open(ep.protocol(), ec);
        if (!ec)
            acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
        if (!ec)
            acceptor_.bind(ep, ec);
        if (!ec)
            acceptor_.listen(asio::socket_base::max_listen_connections, ec);
        if (ec) {
            std::cerr << "juspay-emulator: cannot listen on 127.0.0.1:" << opts_.port << ": " << ec.message() << "\n";
            return 1;
        }
        unsigned short const port = acceptor_.local_endpoint().port();
        if (!opts_.port_file.empty() && !write_port_file(port))
            return 1;
        std::cout << "juspay-emulator listening on http://127.0.0.1:" << port << std::endl;

        signals_.async_wait([this](beast::error_code const& e, int sig) {
            if (e)
                return;
            std::cout << "juspay-emulator: signal " << sig << ", stopping" << std::endl;
            asio::post(acceptor_.get_executor(), [this] { stop(); });
        });
        accept();

        // A few threads: calls wait on one mutex anyway, latency waits on timers, not threads.
        unsigned const n = opts_.threads ? opts_.threads : std::max(2u, std::min(4u, std::thread::hardware_concurrency()));
        std::vector<std::thread> threads;
        for (unsigned i = 1; i < n; ++i)
            threads.emplace_back([this] { serve(); });
        serve();
        for (auto& t : threads)
            t.join();
        std::cout << "juspay-emulator: stopped" << std::endl;
        return 0;
    }

private:
    // One thread's share of the work; returns when the io_context has nothing left to do.
    void serve()
    {
        for (;;) {
            try {
                ioc_.run();
                return;
            } catch (std::exception const& e) {
                std::cerr << "juspay-emulator: " << e.what() << "\n";
            }
        }
    }

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

    // Accepts on the acceptor's strand; each connection gets a strand of its own.
    void accept()
    {
        acceptor_.async_accept(asio::make_strand(ioc_), [this](beast::error_code ec, tcp::socket socket) {
            if (stopping_ || ec == asio::error::operation_aborted)
                return;
            if (!ec)
                std::make_shared<session>(std::move(socket), core_)->start();
            accept();
        });
    }

    // On the acceptor's strand, so no accept handler runs alongside it.
    void stop()
    {
        stopping_ = true;
        beast::error_code ignored;
        acceptor_.close(ignored);
        core_.close_all();
    }

    server_options opts_;
    core core_;
    // Destroyed before core_: a session released by ~io_context still finds the registry.
    asio::io_context ioc_;
    tcp::acceptor acceptor_{asio::make_strand(ioc_)};
    asio::signal_set signals_{ioc_, SIGINT, SIGTERM};
    bool stopping_ = false; // touched on the acceptor's strand only
};

} // namespace juspay_emulator

#endif
