// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).

#include "support.hpp"

#include <boost/asio/connect.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/json/parse.hpp>

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace emulator_tests {

std::string base64(std::string_view in)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    std::size_t i = 0;
    for (; i + 3 <= in.size(); i += 3) {
        unsigned const n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                           static_cast<unsigned char>(in[i + 2]);
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += alphabet[n & 63];
    }
    if (in.size() - i == 1) {
        unsigned const n = static_cast<unsigned char>(in[i]) << 16;
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += "==";
    } else if (in.size() - i == 2) {
        unsigned const n = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8);
        out += alphabet[(n >> 18) & 63];
        out += alphabet[(n >> 12) & 63];
        out += alphabet[(n >> 6) & 63];
        out += '=';
    }
    return out;
}

namespace {
bool unreserved(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

std::string percent(std::string_view in, bool space_as_plus)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    for (char c : in) {
        if (unreserved(c))
            out += c;
        else if (c == ' ' && space_as_plus)
            out += '+';
        else {
            out += '%';
            out += hex[static_cast<unsigned char>(c) >> 4];
            out += hex[static_cast<unsigned char>(c) & 15];
        }
    }
    return out;
}
} // namespace

std::string form_encode(std::string_view in) { return percent(in, true); }
std::string segment(std::string_view in) { return percent(in, false); }

std::string form(std::vector<std::pair<std::string, std::string>> const& fields)
{
    std::string out;
    for (auto const& [k, v] : fields) {
        if (!out.empty())
            out += '&';
        out += form_encode(k) + "=" + form_encode(v);
    }
    return out;
}

std::string basic_auth(std::string_view scheme, std::string_view key)
{
    return std::string(scheme) + " " + base64(std::string(key) + ":");
}

boost::json::value answer::json() const
{
    boost::json::error_code ec;
    auto v = boost::json::parse(body, ec);
    return ec ? boost::json::value() : v;
}

answer client::send(http::verb method, std::string const& target, header_list const& headers, std::string const& body)
{
    namespace asio = boost::asio;
    answer out;
    boost::system::error_code ec;
    if (!socket_) {
        socket_.emplace(ioc_);
        socket_->connect(asio::ip::tcp::endpoint(asio::ip::address_v4::loopback(), port_), ec);
        if (ec) {
            socket_.reset();
            out.error = "connect: " + ec.message();
            return out;
        }
        buffer_.clear();
    }
    http::request<http::string_body> req{method, target, 11};
    req.set(http::field::host, "127.0.0.1:" + std::to_string(port_));
    for (auto const& [name, value] : headers)
        req.insert(name, value);
    if (method == http::verb::post || !body.empty())
        req.body() = body;
    req.prepare_payload();
    http::write(*socket_, req, ec);
    if (ec) {
        socket_.reset();
        out.error = "write: " + ec.message();
        return out;
    }
    http::response_parser<http::string_body> parser;
    parser.body_limit(256 * 1024 * 1024);
    http::read(*socket_, buffer_, parser, ec);
    if (parser.is_header_done()) {
        out.status = static_cast<int>(parser.get().result_int());
        for (auto const& f : parser.get()) {
            std::string name(f.name_string());
            for (char& c : name)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            out.headers.emplace(name, std::string(f.value()));
        }
        out.body = parser.get().body();
    }
    if (ec) {
        out.error = "read: " + ec.message();
        socket_.reset();
        return out;
    }
    out.complete = true;
    if (!parser.get().keep_alive())
        socket_.reset();
    return out;
}

answer client::get(std::string const& target, std::string const& routing_id)
{
    header_list h = {{"Authorization", basic_auth()}, {"x-merchantid", merchant_id}};
    if (!routing_id.empty())
        h.emplace_back("x-routing-id", routing_id);
    return send(http::verb::get, target, h);
}

answer client::post(std::string const& target, std::string const& body, std::string const& routing_id)
{
    header_list h = {{"Authorization", basic_auth()},
                     {"x-merchantid", merchant_id},
                     {"Content-Type", "application/x-www-form-urlencoded"}};
    if (!routing_id.empty())
        h.emplace_back("x-routing-id", routing_id);
    return send(http::verb::post, target, h, body);
}

namespace {
// The emulator under test: the one built with the tests, or JUSPAY_EMULATOR_BINARY (to check
// an installed one, or a sanitizer build of it from an uninstrumented test).
std::string emulator_binary()
{
    char const* env = std::getenv("JUSPAY_EMULATOR_BINARY");
    return env && *env ? env : JUSPAY_EMULATOR_PATH;
}

std::string slurp(std::string const& path)
{
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

emulator::emulator(std::vector<std::string> const& flags)
{
    char tmpl[] = "/tmp/juspay-emulator-tests-XXXXXX";
    if (!mkdtemp(tmpl))
        return;
    dir_ = tmpl;
    std::string const port_file = dir_ + "/port";
    std::string const binary = emulator_binary();
    std::vector<std::string> args = {binary, "--port", "0", "--port-file", port_file, "--api-key", api_key,
                                     "--merchant-id", merchant_id};
    args.insert(args.end(), flags.begin(), flags.end());
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, (dir_ + "/out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, (dir_ + "/err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int const rc = posix_spawn(&pid_, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        pid_ = -1;
        return;
    }
    for (int i = 0; i < 400; ++i) { // up to 20 s: a sanitizer build starts slowly
        std::ifstream in(port_file);
        int port = 0;
        if (in >> port && port > 0) {
            port_ = static_cast<unsigned short>(port);
            return;
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

bool emulator::stop(std::string* why, int sig)
{
    auto fail = [&](std::string const& w) {
        if (why)
            *why = w + "\nstdout:\n" + out() + "\nstderr:\n" + err();
        return false;
    };
    if (pid_ <= 0)
        return fail("the emulator was not running");
    kill(pid_, sig);
    int status = 0;
    for (int i = 0; i < 1000; ++i) { // 10 s
        pid_t const r = waitpid(pid_, &status, WNOHANG);
        if (r == pid_) {
            pid_ = -1;
            if (!WIFEXITED(status))
                return fail("the emulator died of signal " + std::to_string(WTERMSIG(status)));
            if (WEXITSTATUS(status) != 0)
                return fail("the emulator exited with " + std::to_string(WEXITSTATUS(status)));
            if (out().find("juspay-emulator: stopped") == std::string::npos)
                return fail("the emulator did not say it stopped");
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return fail("the emulator did not stop within 10 s of SIGTERM");
}

emulator::~emulator()
{
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    if (!dir_.empty()) {
        for (char const* f : {"/port", "/out", "/err"})
            std::remove((dir_ + f).c_str());
        rmdir(dir_.c_str());
    }
}

std::string emulator::out() const { return slurp(dir_ + "/out"); }
std::string emulator::err() const { return slurp(dir_ + "/err"); }

run_result run_to_exit(std::vector<std::string> const& args)
{
    run_result r;
    char tmpl[] = "/tmp/juspay-emulator-run-XXXXXX";
    int const fd = mkstemp(tmpl);
    if (fd < 0)
        return r;
    std::string const binary = emulator_binary();
    std::vector<std::string> all = {binary};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fd, 1);
    posix_spawn_file_actions_adddup2(&actions, fd, 2);
    pid_t pid = -1;
    int const rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fd);
    if (rc == 0) {
        int status = 0;
        waitpid(pid, &status, 0);
        r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    r.output = slurp(tmpl);
    std::remove(tmpl);
    return r;
}

long long epoch_seconds(std::string const& stamp)
{
    std::tm tm{};
    if (std::sscanf(stamp.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                    &tm.tm_sec) != 6)
        return -1;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return static_cast<long long>(timegm(&tm));
}

namespace documented {
std::string invalid_input(std::string const& field)
{
    return R"({"error_message":"Wrong value in )" + field +
           R"(","status":"Invalid Request","error_code":"Invalid Request","error_info":{"user_message":"Invalid request params. Please verify your input.","fields":[{"field_name":")" +
           field +
           R"(","reason":"Invalid value."}],"developer_message":"Invalid request params","code":"INVALID_INPUT","category":"USER_ERROR"}})";
}

std::string mandatory_missing(std::string const& field)
{
    return R"({"status":"Bad Request","error_code":"Mandatory fields are missing","error_message":")" + field +
           R"( is mandatory field."})";
}
} // namespace documented

std::string unique_ref(std::string const& tag)
{
    static std::atomic<int> n{0};
    return "ref-" + tag + "-" + std::to_string(n++);
}

std::string customer_form(std::string const& ref, header_list extra)
{
    header_list fields = {{"object_reference_id", ref}, {"mobile_number", "9988776655"}};
    fields.insert(fields.end(), extra.begin(), extra.end());
    return form(fields);
}

std::string bank_and_upi_form(std::string const& account)
{
    return form({{"bank_code", "JP_HDFC"},
                 {"account_details", R"({"bank_account":[{"ifsc":"AABF0008032","account":")" + account +
                                         R"(","name":"test"}],"upi":[{"vpa":"9164326296@upi"}]})"}});
}

} // namespace emulator_tests
