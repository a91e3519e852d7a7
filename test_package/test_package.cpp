// Builds one request and parses one response: enough to prove the package links and runs.
#include <juspay/juspay.hpp>

#include <iostream>

int main()
{
    juspay::config const cfg{std::string(juspay::endpoints::india_sandbox), "key", "merchant"};
    juspay::get_customer const op{"cst_1", false};
    juspay::call_options opts;
    opts.routing_id = "customer_1122";
    auto const req = juspay::build_request(cfg, op, opts);
    auto const res = juspay::parse_response(op, {200, R"({"id":"cst_1","object":"customer"})"});
    if (!req || !res || res->id != "cst_1")
        return 1;
    std::cout << "juspay-sansio: " << req->url() << " -> " << res->id << "\n";
    return 0;
}
