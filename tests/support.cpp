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

juspay::config doc_config(std::string merchant_id)
{
    return juspay::config{std::string(juspay::endpoints::india_production), "your_api_key", std::move(merchant_id)};
}

juspay::call_options doc_routing()
{
    juspay::call_options o;
    o.routing_id = "customer_1122";
    return o;
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

std::vector<juspay::header_view> headers_of(juspay::request const& r)
{
    return {r.headers().begin(), r.headers().end()};
}

std::string printed(juspay::request const& r)
{
    std::ostringstream ss;
    ss << r;
    return ss.str();
}

std::string shown(juspay::error const& e)
{
    std::string s(e.message());
    s += '\n';
    s += e.code.message();
    s += '\n';
    s += e.body();
    s += '\n';
    s += e.response_request_id();
    s += '\n';
    s += e.response_id();
    auto const& env = e.envelope();
    for (auto const* part : {&env.status, &env.error_code, &env.error_message, &env.user_message,
                             &env.developer_message, &env.info_code, &env.category, &env.request_id}) {
        s += '\n';
        s += *part;
    }
    for (auto const& f : e.fields()) {
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
    // One failure per leaking text, naming the worst form found.
    if (text.find(secret_key) != std::string_view::npos)
        ADD_FAILURE() << "API key leaked into: " << text;
    else if (text.find(basic) != std::string_view::npos)
        ADD_FAILURE() << "Basic credentials leaked into: " << text;
    else if (text.find("N0tForLogs") != std::string_view::npos)
        ADD_FAILURE() << "part of the API key leaked into: " << text;
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

pairs form_fields(std::string_view body)
{
    pairs out;
    while (!body.empty()) {
        auto const amp = body.find('&');
        std::string_view const field = body.substr(0, amp);
        auto const eq = field.find('=');
        out.emplace_back(form_decode(field.substr(0, eq)),
                         eq == std::string_view::npos ? "" : form_decode(field.substr(eq + 1)));
        body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    }
    return out;
}

namespace {

std::vector<std::string> shell_words(std::string_view s)
{
    std::vector<std::string> words;
    std::string word;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const c = s[i];
        if (c == '\\') {
            // In the docs a backslash only ever continues the line (sometimes followed by
            // stray spaces first): it separates words.
            if (in_word)
                words.push_back(std::move(word)), word.clear(), in_word = false;
        } else if (c == '\'' || c == '"') {
            auto close = s.find(c, i + 1);
            if (close == std::string_view::npos)
                close = s.size();
            word.append(s.substr(i + 1, close - i - 1));
            in_word = true;
            i = close;
        } else if (c == ' ' || c == '\n' || c == '\t') {
            if (in_word)
                words.push_back(std::move(word)), word.clear(), in_word = false;
        } else {
            word += c;
            in_word = true;
        }
    }
    if (in_word)
        words.push_back(std::move(word));
    return words;
}

std::pair<std::string, std::string> split_at(std::string const& s, char sep, bool trim)
{
    auto const pos = s.find(sep);
    std::string value = pos == std::string::npos ? "" : s.substr(pos + 1);
    if (trim)
        value.erase(0, value.find_first_not_of(' '));
    return {s.substr(0, pos), value};
}

} // namespace

curl_example parse_curl(std::string_view command)
{
    curl_example ex;
    auto const words = shell_words(command);
    for (std::size_t i = 1; i < words.size(); ++i) {
        std::string const& w = words[i];
        auto const next = [&]() -> std::string { return i + 1 < words.size() ? words[++i] : std::string(); };
        if (w == "-X" || w == "--request")
            ex.method = next();
        else if (w == "-H" || w == "--header")
            ex.headers.push_back(split_at(next(), ':', true));
        else if (w == "-u" || w == "--user")
            ex.user = next();
        else if (w == "-d" || w == "--data" || w == "--data-urlencode")
            ex.fields.push_back(split_at(next(), '=', false));
        else if (w.rfind("-d", 0) == 0 && w.size() > 2 && w[2] != '-')
            ex.fields.push_back(split_at(w.substr(2), '=', false));
        else if (w.rfind("http", 0) == 0)
            ex.url = w;
    }
    if (ex.method.empty())
        ex.method = ex.fields.empty() ? "GET" : "POST";
    return ex;
}

} // namespace juspay_test
