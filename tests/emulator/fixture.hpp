// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EMULATOR_TESTS_FIXTURE_HPP
#define JUSPAY_EMULATOR_TESTS_FIXTURE_HPP

// A test with an emulator of its own: started by start(flags), and at the end of the test
// stopped with SIGTERM, which must end in a clean exit (no sanitizer report, no hang).

#include "support.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace emulator_tests {

class with_emulator : public ::testing::Test {
protected:
    void start(std::vector<std::string> const& flags = {})
    {
        emu = std::make_unique<emulator>(flags);
        ASSERT_TRUE(emu->started()) << "juspay-emulator did not start:\n" << emu->out() << emu->err();
        api = std::make_unique<client>(emu->port());
        admin_client = std::make_unique<client>(emu->port());
    }

    void TearDown() override
    {
        api.reset();
        admin_client.reset();
        if (emu) {
            std::string why;
            EXPECT_TRUE(emu->stop(&why)) << why;
        }
    }

    // The admin API, on a connection of its own.
    answer admin(http::verb method, std::string const& path, std::string const& body = {})
    {
        header_list h;
        if (!body.empty())
            h.emplace_back("Content-Type", "application/json");
        return admin_client->send(method, path, h, body);
    }

    boost::json::array journal()
    {
        auto const a = admin(http::verb::get, "/__emulator/requests");
        EXPECT_EQ(a.status, 200) << a.body;
        auto v = a.json();
        EXPECT_TRUE(v.is_array()) << a.body.substr(0, 500);
        return v.is_array() ? v.get_array() : boost::json::array{};
    }

    void set_faults(std::string const& json)
    {
        auto const a = admin(http::verb::post, "/__emulator/faults", json);
        ASSERT_EQ(a.status, 200) << json << " -> " << a.body;
    }

    // Creates a customer and answers its cst_ id.
    std::string create_customer(std::string const& ref, std::string const& routing_id = "routing-1")
    {
        auto const a = api->post("/customers", customer_form(ref), routing_id);
        EXPECT_EQ(a.status, 200) << a.body;
        auto const v = a.json();
        return v.is_object() && v.as_object().contains("id") && v.at("id").is_string() ? std::string(v.at("id").get_string())
                                                                                       : std::string();
    }

    std::unique_ptr<emulator> emu;
    std::unique_ptr<client> api;
    std::unique_ptr<client> admin_client;
};

// The member names of a JSON object in the order they were sent. (Boost.JSON's object keeps
// insertion order, which is the order of the text it parsed.)
inline std::vector<std::string> keys(boost::json::value const& v)
{
    std::vector<std::string> out;
    if (v.is_object())
        for (auto const& m : v.get_object())
            out.emplace_back(m.key());
    return out;
}

inline std::string str(boost::json::value const& v, char const* key)
{
    if (!v.is_object())
        return {};
    auto const* m = v.get_object().if_contains(key);
    return m && m->is_string() ? std::string(m->get_string()) : std::string();
}

} // namespace emulator_tests

#endif
