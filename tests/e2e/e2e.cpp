// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// End to end: every operation and every fault mode through the four example transports
// (libcurl, Boost.Beast, a connection read with juspay::http1::response_reader, cpp-httplib)
// over real loopback sockets, against juspay-emulator instances that ctest starts as fixtures
// (one per fault mode).

#include <juspay/juspay.hpp>

#include "transports/beast_transport.hpp"
#include "transports/curl_transport.hpp"
#include "transports/httplib_transport.hpp"
#include "transports/raw_tls_transport.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <thread>
#include <type_traits>

namespace {

constexpr char api_key[] = "e2e_api_key";
constexpr char merchant[] = "e2e_merchant";

// True when "normal" means the drifting emulator (ctest's drift.* run of the same tests).
bool drifting()
{
    char const* normal = std::getenv("JUSPAY_E2E_NORMAL");
    return normal && std::string(normal) == "drift";
}

// The base URL of the emulator instance `mode` (normal, fail, html502, truncate, bad_origin,
// latency; "normal" is the drifting instance under drift.*).
std::string base_url(std::string const& mode)
{
    char const* dir = std::getenv("JUSPAY_EMULATOR_DIR");
    std::string const instance = mode == "normal" && drifting() ? "drift" : mode;
    std::ifstream in(std::string(dir ? dir : ".") + "/" + instance + "/port");
    int port = 0;
    in >> port;
    EXPECT_GT(port, 0) << "no emulator '" << mode << "': run these tests through ctest";
    return "http://127.0.0.1:" + std::to_string(port);
}

juspay::config config_for(std::string const& mode) { return juspay::config{base_url(mode), api_key, merchant}; }

// x-routing-id is required; one value for every call of these tests (a value per customer
// would do as well: what matters is that it does not change for one customer).
juspay::call_options routed()
{
    juspay::call_options o;
    o.routing_id = "e2e_customer";
    return o;
}

std::string unique_ref(char const* tag)
{
    static std::atomic<int> n{0};
    return std::string("e2e-") + tag + "-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) +
           "-" + std::to_string(n++);
}

template <class Transport>
class e2e : public ::testing::Test {
protected:
    static void SetUpTestSuite() { curl_global_init(CURL_GLOBAL_DEFAULT); }

    template <class Op>
    juspay::result<typename Op::result_type> call(juspay::config const& cfg, Op const& op, juspay::call_options const& o = routed())
    {
        auto req = juspay::build_request(cfg, op, o);
        if (!req)
            return req.error();
        last = transport.send(*req);
        return juspay::parse_response(op, last.view());
    }

    juspay::customer create(juspay::config const& cfg, std::string const& ref)
    {
        juspay::create_customer op;
        op.object_reference_id = ref;
        op.mobile_number = "9988776655";
        auto r = call(cfg, op);
        EXPECT_TRUE(r) << r.error().message();
        return r ? *r : juspay::customer{};
    }

    Transport transport;
    juspay_examples::http_result last;
};

using transports = ::testing::Types<juspay_examples::curl_transport, juspay_examples::beast_transport,
                                     juspay_examples::raw_tls_transport, juspay_examples::httplib_transport>;

class transport_names {
public:
    template <class T>
    static std::string GetName(int)
    {
        if (std::is_same_v<T, juspay_examples::curl_transport>)
            return "curl";
        if (std::is_same_v<T, juspay_examples::beast_transport>)
            return "beast";
        return std::is_same_v<T, juspay_examples::raw_tls_transport> ? "raw" : "httplib";
    }
};

// A transport with the given timeout (libcurl's takes milliseconds as a long).
template <class Transport>
std::unique_ptr<Transport> with_timeout(std::chrono::milliseconds timeout)
{
    if constexpr (std::is_same_v<Transport, juspay_examples::curl_transport>)
        return std::make_unique<Transport>(static_cast<long>(timeout.count()));
    else
        return std::make_unique<Transport>(timeout);
}

TYPED_TEST_SUITE(e2e, transports, transport_names);

TYPED_TEST(e2e, every_customer_operation)
{
    auto const cfg = config_for("normal");
    std::string const ref = unique_ref("customer");
    auto missing = this->call(cfg, juspay::get_customer{ref, false});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, juspay::errc::not_found);
    EXPECT_EQ(missing.error().envelope().error_code, "object_not_found");

    juspay::create_customer create;
    create.object_reference_id = ref;
    create.mobile_number = "+919912346789";
    create.mobile_country_code = "91";
    create.email_address = "customer@example.com";
    create.first_name = "John";
    create.get_client_auth_token = true;
    auto created = this->call(cfg, create);
    ASSERT_TRUE(created) << created.error().message();
    EXPECT_EQ(created->id.substr(0, 4), "cst_");
    EXPECT_EQ(created->object_reference_id, ref);
    EXPECT_EQ(created->mobile_number, "+919912346789");
    ASSERT_TRUE(created->juspay);
    EXPECT_EQ(created->juspay->client_auth_token.substr(0, 4), "tkn_");
    ASSERT_TRUE(created->date_created && created->date_created->time());
    if (!drifting()) { // a drifting emulator also sends ...Z and +0000 forms
        EXPECT_EQ(created->date_created->text.size(), 30u); // nanoseconds: 2026-01-01T00:00:00.123456789Z
    }
    ASSERT_TRUE(created->juspay->client_auth_token_expiry->time());
    // The token lives 15 minutes from when it was issued, just after the customer was created.
    auto const lifetime = *created->juspay->client_auth_token_expiry->time() - *created->date_created->time();
    EXPECT_GE(lifetime, std::chrono::minutes(15));
    EXPECT_LT(lifetime, std::chrono::minutes(15) + std::chrono::seconds(10));

    auto again = this->call(cfg, create);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, juspay::errc::already_exists);

    auto by_ref = this->call(cfg, juspay::get_customer{ref, false});
    ASSERT_TRUE(by_ref);
    EXPECT_EQ(by_ref->id, created->id);
    EXPECT_FALSE(by_ref->juspay);
    auto by_id = this->call(cfg, juspay::get_customer{created->id, true});
    ASSERT_TRUE(by_id);
    EXPECT_TRUE(by_id->juspay);

    juspay::update_customer update;
    update.customer_id = created->id;
    update.last_name = "Smith-Jones";
    auto updated = this->call(cfg, update);
    ASSERT_TRUE(updated) << updated.error().message();
    EXPECT_EQ(updated->last_name, "Smith-Jones");
    EXPECT_EQ(updated->first_name, "John");

    auto wrong_key = cfg;
    wrong_key.api_key = "not_the_key";
    auto denied = this->call(wrong_key, juspay::get_customer{ref, false});
    ASSERT_FALSE(denied);
    EXPECT_EQ(denied.error().code, juspay::errc::unauthorized);
    EXPECT_EQ(denied.error().envelope().info_code, "UNAUTHORIZED");
}

TYPED_TEST(e2e, server_side_field_rules_answer_as_juspay_does)
{
    auto const cfg = config_for("normal");
    auto unchecked = routed(); // the routing id is required even without validation
    unchecked.validate = false;
    juspay::create_customer bad;
    bad.object_reference_id = unique_ref("bad");
    bad.mobile_number = "-9988776655";
    auto r = this->call(cfg, bad, unchecked);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::invalid_input);
    ASSERT_EQ(r.error().fields().size(), 1u);
    EXPECT_EQ(r.error().fields()[0].field_name, "mobile_number");
    EXPECT_EQ(r.error().envelope().info_code, "INVALID_INPUT");

    // Sent empty (a request always carries its required fields): whether the answer is
    // INVALID_INPUT or "Mandatory fields are missing", it is invalid_input naming the field.
    bad.mobile_number.clear();
    r = this->call(cfg, bad, unchecked);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::invalid_input);
    EXPECT_EQ(r.error().fields().at(0).field_name, "mobile_number");
}

TYPED_TEST(e2e, every_account_operation)
{
    auto const cfg = config_for("normal");
    auto const customer = this->create(cfg, unique_ref("accounts"));
    juspay::create_customer_account create;
    create.customer_id = customer.id;
    create.bank_code = "JP_HDFC";
    create.bank_accounts.push_back({"AABF0008032", "026291800001191", "a\"b\\c 名前"});
    create.bank_accounts.push_back({"HDFC0001234", "123456780000", "Fails Validation"});
    create.upi_accounts.push_back({"9164326296@upi"});
    create.gateway_id = "800";
    auto created = this->call(cfg, create);
    ASSERT_TRUE(created) << created.error().message();
    ASSERT_EQ(created->size(), 3u);
    auto const& good = (*created)[0];
    auto const& failing = (*created)[1];
    auto const& upi = (*created)[2];
    EXPECT_EQ(good.customer_account_id.substr(0, 5), "banh_");
    ASSERT_TRUE(good.bank());
    EXPECT_EQ(good.bank()->name, "a\"b\\c 名前");
    EXPECT_EQ(good.validation_status, juspay::account_validation_status::created);
    EXPECT_EQ(good.validation_amount->minor_units, 100);
    ASSERT_TRUE(upi.upi());
    EXPECT_EQ(upi.upi()->vpa, "9164326296@upi");

    juspay::validate_customer_account validate{customer.id, good.customer_account_id, "RAZORPAY",
                                               juspay::money::from_text("1.50")};
    auto validated = this->call(cfg, validate);
    ASSERT_TRUE(validated) << validated.error().message();
    EXPECT_EQ(validated->validation_status, juspay::account_validation_status::active);
    EXPECT_EQ(validated->validation_amount->text, "1.50");
    EXPECT_EQ(validated->validation_amount->minor_units, 150);
    validate.customer_account_id = failing.customer_account_id;
    auto failed = this->call(cfg, validate);
    ASSERT_TRUE(failed);
    EXPECT_EQ(failed->validation_status, juspay::account_validation_status::failure);

    auto got = this->call(cfg, juspay::get_customer_account{customer.id, good.customer_account_id});
    ASSERT_TRUE(got);
    EXPECT_EQ(got->validation_status, juspay::account_validation_status::active);

    auto listed = this->call(cfg, juspay::list_customer_accounts{customer.id});
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->size(), 3u);

    auto deleted = this->call(cfg, juspay::delete_customer_account{customer.id, upi.customer_account_id});
    ASSERT_TRUE(deleted) << deleted.error().message();
    EXPECT_EQ(deleted->customer_account_id, upi.customer_account_id);
    EXPECT_EQ(deleted->status, "DELETED");
    auto gone = this->call(cfg, juspay::get_customer_account{customer.id, upi.customer_account_id});
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, juspay::errc::not_found);
    EXPECT_EQ(this->call(cfg, juspay::list_customer_accounts{customer.id})->size(), 2u);

    // create and validate in one call
    create.bank_accounts.resize(1);
    create.upi_accounts.clear();
    create.validate = true;
    auto both = this->call(cfg, create);
    ASSERT_TRUE(both);
    EXPECT_EQ(both->at(0).validation_status, juspay::account_validation_status::active);
}

TYPED_TEST(e2e, server_failures_carry_the_advice_of_the_operation)
{
    auto const cfg = config_for("fail");
    juspay::validate_customer_account const validate{"cst_1", "banh_1", {}, {}};
    for (int i = 0; i < 6; ++i) {
        auto v = this->call(cfg, validate);
        ASSERT_FALSE(v);
        EXPECT_EQ(v.error().code, juspay::errc::server_error);
        EXPECT_EQ(v.error().retry(), juspay::retry_advice::check_first); // a penny drop: check first
        auto r = this->call(cfg, juspay::get_customer{"cst_1", false});
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, juspay::errc::server_error);
        EXPECT_EQ(r.error().code, juspay::condition::server_failure);
        EXPECT_EQ(r.error().retry(), juspay::retry_advice::retry);
        EXPECT_TRUE(r.error().http_status == 500 || r.error().http_status == 502 || r.error().http_status == 503)
            << r.error().http_status;
    }
}

TYPED_TEST(e2e, html_502_from_a_proxy_is_a_server_error)
{
    auto r = this->call(config_for("html502"), juspay::list_customer_accounts{"cst_1"});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::server_error);
    EXPECT_EQ(r.error().http_status, 502);
    EXPECT_EQ(r.error().retry(), juspay::retry_advice::retry);
    EXPECT_NE(r.error().body().find("<title>502 Bad Gateway</title>"), std::string::npos);
}

TYPED_TEST(e2e, a_body_cut_short_is_malformed_body)
{
    auto const cfg = config_for("truncate");
    juspay::create_customer op;
    op.object_reference_id = unique_ref("truncated");
    op.mobile_number = "9988776655";
    auto r = this->call(cfg, op);
    EXPECT_FALSE(this->last.error.empty()); // the transport saw the connection close early
    EXPECT_EQ(this->last.status, 200);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::malformed_body) << r.error().message();
    EXPECT_EQ(r.error().http_status, 200);
    EXPECT_FALSE(r.error().body().empty());
}

TYPED_TEST(e2e, bad_origin_is_forbidden)
{
    auto r = this->call(config_for("bad_origin"), juspay::get_customer{"cst_1", false});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::forbidden);
    EXPECT_EQ(r.error().envelope().info_code, "BAD_ORIGIN");
    EXPECT_EQ(r.error().envelope().developer_message, "IP Verification Failed");
    EXPECT_EQ(r.error().retry(), juspay::retry_advice::do_not_retry);
}

TYPED_TEST(e2e, latency_is_injected)
{
    auto const cfg = config_for("latency");
    auto const start = std::chrono::steady_clock::now();
    auto r = this->call(cfg, juspay::get_customer{"cst_unknown", false});
    auto const took = std::chrono::steady_clock::now() - start;
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, juspay::errc::not_found);
    EXPECT_GE(took, std::chrono::milliseconds(300)); // the emulator runs with --latency-ms 300
}

template <class Transport>
class e2e_transport : public ::testing::Test {
protected:
    static void SetUpTestSuite() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

TYPED_TEST_SUITE(e2e_transport, transports, transport_names);

// The emulator's journal, read over plain HTTP with libcurl (its admin API needs no key).
boost::json::array journal(std::string const& mode)
{
    std::string const url = base_url(mode) + "/__emulator/requests";
    std::string body;
    CURL* curl = curl_easy_init();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, +[](char* data, size_t size, size_t n, void* out) {
        static_cast<std::string*>(out)->append(data, size * n);
        return size * n;
    });
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    CURLcode const rc = curl_easy_perform(curl);
    curl_easy_cleanup(curl);
    EXPECT_EQ(rc, CURLE_OK) << curl_easy_strerror(rc);
    boost::system::error_code ec;
    auto parsed = boost::json::parse(body, ec);
    EXPECT_FALSE(ec) << body.size() << " bytes: " << body.substr(0, 200);
    return ec || !parsed.is_array() ? boost::json::array() : std::move(parsed.as_array());
}

// From outside the library: every call about one customer carried the same x-routing-id, as
// Juspay requires; and a call that does not is the one the emulator flags.
TEST(e2e_routing, one_routing_id_for_every_call_about_a_customer)
{
    juspay_examples::curl_transport curl;
    auto const cfg = config_for("normal");
    std::string const ref = unique_ref("routing");
    juspay::call_options opts;
    opts.routing_id = "rt-" + ref;
    auto send = [&](auto const& op, juspay::call_options const& o) {
        auto req = juspay::build_request(cfg, op, o);
        EXPECT_TRUE(req) << req.error().message();
        auto got = curl.send(*req);
        return juspay::parse_response(op, got.view());
    };
    juspay::create_customer create;
    create.object_reference_id = ref;
    create.mobile_number = "9988776655";
    auto const customer = send(create, opts);
    ASSERT_TRUE(customer) << customer.error().message();
    juspay::create_customer_account accounts;
    accounts.customer_id = customer->id; // the path holds cst_..., the routing id stays the caller's
    accounts.bank_code = "JP_HDFC";
    accounts.upi_accounts.push_back({"9164326296@upi"});
    ASSERT_TRUE(send(accounts, opts));
    ASSERT_TRUE(send(juspay::list_customer_accounts{customer->id}, opts));
    juspay::call_options other = opts;
    other.routing_id = "rt-other-" + ref;
    ASSERT_TRUE(send(juspay::get_customer{customer->id, false}, other)); // answered, but flagged

    int ours = 0, flagged = 0;
    for (auto const& entry : journal("normal")) {
        auto const& e = entry.as_object();
        auto const* headers = e.at("headers").if_object();
        auto const* routing = headers ? headers->if_contains("x-routing-id") : nullptr;
        if (!routing || !routing->is_string())
            continue;
        std::string const value(routing->as_string());
        bool const mismatch = e.at("routing_mismatch").as_bool();
        if (value == opts.routing_id) {
            ++ours;
            EXPECT_FALSE(mismatch) << boost::json::serialize(e);
        } else if (value == other.routing_id) {
            ++flagged;
            EXPECT_TRUE(mismatch) << boost::json::serialize(e);
        }
    }
    EXPECT_EQ(ours, 3);
    EXPECT_EQ(flagged, 1);
}

TYPED_TEST(e2e_transport, a_timeout_is_reported_by_the_transport)
{
    auto req = juspay::build_request(config_for("latency"), juspay::get_customer{"cst_1", false}, routed());
    ASSERT_TRUE(req);
    auto transport = with_timeout<TypeParam>(std::chrono::milliseconds(100)); // the emulator waits 300 ms
    auto const start = std::chrono::steady_clock::now();
    auto const got = transport->send(*req);
    auto const took = std::chrono::steady_clock::now() - start;
    EXPECT_EQ(got.status, 0);
    EXPECT_FALSE(got.error.empty());
    EXPECT_LT(took, std::chrono::milliseconds(280)) << "gave up after the answer was due, not at the timeout";
    // cpp-httplib 0.11 reports a read timeout as a plain read error ("Read").
    if (!std::is_same_v<TypeParam, juspay_examples::httplib_transport>) {
        EXPECT_NE(got.error.find("imeout"), std::string::npos) << got.error;
    }
}

TYPED_TEST(e2e_transport, connection_refused_is_reported_by_the_transport)
{
    auto req = juspay::build_request(juspay::config{"http://127.0.0.1:1", api_key, merchant},
                                     juspay::get_customer{"cst_1", false}, routed());
    ASSERT_TRUE(req);
    auto const got = TypeParam().send(*req);
    EXPECT_EQ(got.status, 0);
    EXPECT_FALSE(got.error.empty());
    if (!std::is_same_v<TypeParam, juspay_examples::curl_transport>) {
        EXPECT_NE(got.error.find("onnect"), std::string::npos) << got.error;
    }
}

// The raw transport keeps its connection while the answers allow it, and opens a new one when
// the origin changes or the server cut an answer short (the connection is out of step then).
TEST(e2e_raw_transport, keeps_its_connection_alive_and_reconnects_after_an_answer_cut_short)
{
    juspay_examples::raw_tls_transport transport;
    auto send = [&](juspay::config const& cfg) {
        auto req = juspay::build_request(cfg, juspay::get_customer{"cst_unknown", false}, routed());
        EXPECT_TRUE(req);
        return transport.send(*req);
    };
    auto const normal = config_for("normal");
    for (int i = 0; i < 5; ++i) {
        auto const got = send(normal);
        EXPECT_EQ(got.status, 404) << got.error;
        EXPECT_TRUE(got.error.empty()) << got.error;
    }
    EXPECT_EQ(transport.connects(), 1u);

    auto const truncate = config_for("truncate");
    for (std::size_t i = 1; i <= 2; ++i) {
        auto const got = send(truncate);
        EXPECT_EQ(got.status, 404);
        EXPECT_NE(got.error.find("body bytes"), std::string::npos) << got.error;
        EXPECT_EQ(transport.connects(), 1u + i); // a new connection for each: the last one was cut
    }

    for (int i = 0; i < 3; ++i)
        EXPECT_TRUE(send(normal).error.empty());
    EXPECT_EQ(transport.connects(), 4u);
}

} // namespace
