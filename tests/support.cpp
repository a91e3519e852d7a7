// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include "support.hpp"

#include <fstream>
#include <sstream>

namespace juspay_test {

juspay::config test_config()
{
    return juspay::config{std::string(juspay::endpoints::india_sandbox), std::string(secret_key), "merchant_42"};
}

std::string golden(std::string_view name)
{
    std::string path = JUSPAY_TEST_GOLDEN_DIR;
    path += '/';
    path += name;
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot open " << path;
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string printed(juspay::request const& r)
{
    std::ostringstream ss;
    ss << r;
    return ss.str();
}

std::string shown(juspay::error const& e)
{
    std::string s = e.message;
    s += '\n';
    s += e.code.message();
    for (auto const& f : e.fields) {
        s += '\n';
        s += f.field_name;
        s += ": ";
        s += f.reason;
    }
    return s;
}

void expect_no_secret(std::string_view text)
{
    // "sk_test_N0tForLogs_9f8e7d:" in base64, as it would appear in an Authorization header.
    constexpr std::string_view basic = "c2tfdGVzdF9OMHRGb3JMb2dzXzlmOGU3ZDo=";
    EXPECT_EQ(text.find(secret_key), std::string_view::npos) << "API key leaked into: " << text;
    EXPECT_EQ(text.find(basic), std::string_view::npos) << "Basic credentials leaked into: " << text;
    EXPECT_EQ(text.find("N0tForLogs"), std::string_view::npos) << "part of the API key leaked into: " << text;
}

std::string form_decode(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace juspay_test
