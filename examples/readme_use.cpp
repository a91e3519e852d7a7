// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// The README's "Use" snippet, compiled and run by ctest (readme_use), so that it cannot rot:
// the lines between the markers are the README's code block, byte for byte (checked by
// tests/packaging/check_recipes.py). The HTTP stack here is a canned one that answers with
// Juspay's documented sample bodies: first the create succeeds, then it answers 503 once and
// 400 `unique` (the create went through before), then the get answers the customer.

#include <juspay/juspay.hpp>

#include <cstdio>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace {

// What any HTTP stack gives back: status, body, and (optionally) the headers.
struct http_answer {
    int status = 0;
    std::string body;
    std::vector<juspay::header_view> headers;
    juspay::response_view view() const { return {status, body, headers}; }
};

std::deque<http_answer> canned;
std::vector<std::string> sent;

http_answer send(juspay::request const& req) // your HTTP stack: libcurl, Beast, ...
{
    sent.push_back(std::string(juspay::to_string(req.method())) + " " + std::string(req.url()));
    http_answer a = std::move(canned.front());
    canned.pop_front();
    return a;
}

void use(std::string_view token) { std::printf("client auth token: %.*s\n", int(token.size()), token.data()); }

// readme: use
// The caller's whole loop: build, send with your own HTTP stack, parse.
template <class Op>
juspay::result<typename Op::result_type> call(juspay::config const& cfg, Op const& op, juspay::call_options const& opts)
{
    auto req = juspay::build_request(cfg, op, opts); // result<juspay::request>
    if (!req)
        return req.error();                        // refused before sending: fields() says which, and why
    http_answer got = send(*req);                  // your stack sends req's method, url, headers, body
    return juspay::parse_response(op, got.view()); // {status, body, headers} -> customer, or a typed error
}

juspay::result<juspay::customer> create_customer(juspay::config const& cfg, std::string const& my_customer_key)
{
    juspay::create_customer op;
    op.object_reference_id = "customer@gmail.com";
    op.mobile_number = "9988776655";
    op.get_client_auth_token = true;

    juspay::call_options opts;
    opts.routing_id = my_customer_key; // x-routing-id: required, the same on every call about this customer

    for (int attempt = 1;; ++attempt) {
        auto customer = call(cfg, op, opts);
        if (customer) {
            use(customer->juspay->client_auth_token); // present: the parse checks it when a token was asked
            return customer;
        }
        juspay::error const e = customer.error();   // a small handle: copying it allocates nothing
        if (e.code == juspay::errc::already_exists) // Juspay de-duplicates a create by object_reference_id
            return call(cfg, juspay::get_customer{op.object_reference_id, true}, opts);
        if (e.retry() != juspay::retry_advice::retry || attempt == 3)
            return e; // e.message(), e.envelope(), e.response_request_id() tell what happened
        // retry_advice::retry: sending the same request again is safe (wait e.retry_after() if sent)
    }
}
// end

} // namespace

int main()
{
    std::string const customer =
        R"({"id":"cst_afdeuvmfhs3j1acm","object":"customer","object_reference_id":"customer@gmail.com",)"
        R"("mobile_number":"9988776655","date_created":"2020-03-17T14:13:37Z",)"
        R"("juspay":{"client_auth_token":"tkn_24543c6a278f45d680d09edb32e78061","client_auth_token_expiry":"2020-03-17T14:28:37Z"}})";
    std::string const unique =
        R"({"error_message":"Customer with given object reference id already exist for your account.",)"
        R"("status":"invalid_request_error","error_code":"unique","error_info":{"user_message":"Already exists.",)"
        R"("developer_message":"Customer account with given object reference already exists.","code":"ALREADY_EXISTS","category":"USER_ERROR"}})";
    juspay::config const cfg{std::string(juspay::endpoints::india_sandbox), "your_api_key", "merchant_id"};

    int failures = 0;
    auto check = [&](bool ok, char const* what) {
        std::printf("[%s] %s\n", ok ? "ok" : "FAIL", what);
        failures += ok ? 0 : 1;
    };

    canned = {{200, customer, {}}};
    auto first = create_customer(cfg, "customer_1122");
    check(first && first->id == "cst_afdeuvmfhs3j1acm" && sent.size() == 1, "created at the first attempt");

    sent.clear();
    canned = {{503, "<html>Service Unavailable</html>", {}}, {400, unique, {}}, {200, customer, {}}};
    auto second = create_customer(cfg, "customer_1122");
    check(second && second->juspay && sent.size() == 3 && sent[2].rfind("GET ", 0) == 0,
          "a 503 retried, then already_exists answered by a get");

    sent.clear();
    canned = {{503, "", {}}, {502, "", {}}, {500, "", {}}};
    auto third = create_customer(cfg, "customer_1122");
    check(!third && third.error().code == juspay::errc::server_error && sent.size() == 3, "gives up after three attempts");

    auto refused = create_customer(cfg, "");
    check(!refused && refused.error().code == juspay::errc::missing_field, "an empty routing id is refused");
    return failures == 0 ? 0 : 1;
}
