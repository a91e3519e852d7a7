// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_TESTS_SUPPORT_HPP
#define JUSPAY_EMULATOR_TESTS_SUPPORT_HPP

// What the emulator's tests drive it with: a juspay-emulator process of their own (started
// with --port 0 --port-file in a temporary directory, stopped with SIGTERM and checked for a
// clean exit) and a plain HTTP/1.1 client over Boost.Beast. Neither juspay-sansio nor the
// emulator's own code is used: the emulator is checked from outside, as a user's CI sees it.

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/value.hpp>

#include <sys/types.h>

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace emulator_tests {

namespace http = boost::beast::http;

inline constexpr char api_key[] = "emu_test_key_5f2c";
inline constexpr char merchant_id[] = "emu_merchant";

std::string base64(std::string_view in);
// application/x-www-form-urlencoded, as the docs' curl --data-urlencode does it.
std::string form_encode(std::string_view in);
std::string form(std::vector<std::pair<std::string, std::string>> const& fields);
// One path segment: everything but unreserved characters percent-encoded.
std::string segment(std::string_view in);

// "Basic " + base64("<key>:"), Juspay's documented credentials.
std::string basic_auth(std::string_view scheme = "Basic", std::string_view key = api_key);

using header_list = std::vector<std::pair<std::string, std::string>>;

struct answer {
    int status = 0;                            // 0: no status line arrived
    std::map<std::string, std::string> headers; // names lower-cased
    std::string body;
    std::string error;                          // what went wrong on the connection, if anything
    bool complete = false;                      // the whole message arrived

    std::string header(std::string const& name) const
    {
        auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
    // The body as JSON; a null value when it is not JSON (the test then fails on the shape).
    boost::json::value json() const;
};

// One keep-alive connection, opened on first use and again after the server closed it.
// Nothing is retried: every call is sent exactly once.
class client {
public:
    explicit client(unsigned short port) : port_(port) {}

    answer send(http::verb method, std::string const& target, header_list const& headers = {}, std::string const& body = {});

    // Shorthands with the key, x-merchantid and an x-routing-id.
    answer get(std::string const& target, std::string const& routing_id = "routing-1");
    answer post(std::string const& target, std::string const& body, std::string const& routing_id = "routing-1");

private:
    unsigned short port_;
    boost::asio::io_context ioc_;
    std::optional<boost::asio::ip::tcp::socket> socket_;
    boost::beast::flat_buffer buffer_;
};

// A juspay-emulator process of the test's own.
class emulator {
public:
    // Extra flags after --port 0 --port-file F --api-key K --merchant-id M.
    explicit emulator(std::vector<std::string> const& flags = {});
    ~emulator();
    emulator(emulator const&) = delete;
    emulator& operator=(emulator const&) = delete;

    unsigned short port() const { return port_; }
    bool started() const { return port_ != 0; }

    // SIGTERM (or `sig`), then waits (10 s at most). True when it exited 0 having printed
    // "juspay-emulator: stopped" -- a sanitizer report would make the exit code non-zero.
    bool stop(std::string* why = nullptr, int sig = 15);

    std::string out() const; // what it printed on stdout
    std::string err() const; // and on stderr

private:
    std::string dir_;
    pid_t pid_ = -1;
    unsigned short port_ = 0;
};

// Runs juspay-emulator with `args` to its end (for --help and bad flags): exit code, and
// stdout and stderr together.
struct run_result {
    int exit_code = -1;
    std::string output;
};
run_result run_to_exit(std::vector<std::string> const& args);

// Seconds since the epoch of "YYYY-MM-DDTHH:MM:SS..." (what follows is ignored).
long long epoch_seconds(std::string const& stamp);

// The documented bodies, copied from ../shared/juspay-api.md ("Error shapes") by hand.
namespace documented {
inline constexpr char unauthorized[] =
    R"({"status":"error","error_code":"access_denied","error_info":{"user_message":"Unauthorized.","request_id":"b2e0fd33-7655-4778-83a8-5179ed21b0b7","href":"NA","developer_message":"Invalid API Key. Please pass a valid and active api key.","code":"UNAUTHORIZED","category":"USER_ERROR"}})";
inline constexpr char bad_origin[] =
    R"({"error":true,"error_message":"Internal Server error.","user_message":"Bad Origin.","error_info":{"code":"BAD_ORIGIN","category":"USER_ERROR","user_message":"Bad Origin.","developer_message":"IP Verification Failed"}})";
inline constexpr char unique[] =
    R"({"error_message":"Customer with given object reference id already exist for your account.","status":"invalid_request_error","error_code":"unique","error_info":{"user_message":"Already exists.","developer_message":"Customer account with given object reference already exists.","code":"ALREADY_EXISTS","category":"USER_ERROR"}})";
inline constexpr char invalid_mobile_number[] =
    R"({"error_message":"Wrong value in mobile_number","status":"Invalid Request","error_code":"Invalid Request","error_info":{"user_message":"Invalid request params. Please verify your input.","fields":[{"field_name":"mobile_number","reason":"Invalid value."}],"developer_message":"Invalid request params","code":"INVALID_INPUT","category":"USER_ERROR"}})";
inline constexpr char mobile_number_missing[] =
    R"({"status":"Bad Request","error_code":"Mandatory fields are missing","error_message":"mobile_number is mandatory field."})";
inline constexpr char object_not_found[] =
    R"({"error_message":"Cannot find what you are looking for","status":"invalid_request_error","error_code":"object_not_found","error_info":{"user_message":"Cannot process your request as customer account not found.","developer_message":"Customer account not found.","code":"RESOURCE_NOT_FOUND","category":"USER_ERROR"}})";

// The INVALID_INPUT body for another field, in the documented shape.
std::string invalid_input(std::string const& field);
std::string mandatory_missing(std::string const& field);
} // namespace documented

// A unique object_reference_id for this process.
std::string unique_ref(std::string const& tag);

// Form bodies the tests send often.
std::string customer_form(std::string const& ref, header_list extra = {});
std::string bank_and_upi_form(std::string const& account = "026291800001191");

} // namespace emulator_tests

#endif
