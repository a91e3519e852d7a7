// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_EXAMPLES_CURL_TRANSPORT_HPP
#define JUSPAY_EXAMPLES_CURL_TRANSPORT_HPP

// Sends a juspay::request with libcurl's easy interface, as is. One instance per thread;
// it keeps its connection alive between calls.

#include "http_result.hpp"

#include <curl/curl.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace juspay_examples {

class curl_transport {
public:
    explicit curl_transport(long timeout_ms = 10000) : curl_(curl_easy_init()), timeout_ms_(timeout_ms) {}
    ~curl_transport() { curl_easy_cleanup(curl_); }
    curl_transport(curl_transport const&) = delete;
    curl_transport& operator=(curl_transport const&) = delete;

    http_result send(juspay::request const& req)
    {
        http_result out;
        if (!curl_)
            return out.error = "curl_easy_init failed", out;
        curl_easy_reset(curl_); // keeps the connection cache
        curl_slist* headers = nullptr;
        for (juspay::header_view h : req.headers())
            headers = curl_slist_append(headers, (std::string(h.name) + ": " + std::string(h.value)).c_str());
        headers = curl_slist_append(headers, "Expect:"); // no 100-continue round trip
        char errbuf[CURL_ERROR_SIZE] = "";
        std::string const url(req.url()); // libcurl wants a C string
        curl_easy_setopt(curl_, CURLOPT_URL, url.c_str());
        curl_easy_setopt(curl_, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
        if (req.method() == juspay::http_method::post) {
            curl_easy_setopt(curl_, CURLOPT_POST, 1L);
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, req.body().data());
            curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body().size()));
        } else {
            curl_easy_setopt(curl_, CURLOPT_HTTPGET, 1L);
        }
        curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT_MS, timeout_ms_);
        curl_easy_setopt(curl_, CURLOPT_TIMEOUT_MS, timeout_ms_);
        curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl_, CURLOPT_ERRORBUFFER, errbuf);
        curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, &write_body);
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &out.body);
        curl_easy_setopt(curl_, CURLOPT_HEADERFUNCTION, &write_header);
        curl_easy_setopt(curl_, CURLOPT_HEADERDATA, &out.headers);
        CURLcode const rc = curl_easy_perform(curl_);
        long status = 0;
        curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &status);
        out.status = static_cast<int>(status);
        if (rc != CURLE_OK)
            out.error = std::string(curl_easy_strerror(rc)) + (*errbuf ? std::string(": ") + errbuf : "");
        curl_slist_free_all(headers);
        return out;
    }

private:
    // libcurl hands over one header line at a time, status lines included; a new status line
    // (after a 100 Continue, say) starts the list again.
    static size_t write_header(char* data, size_t size, size_t count, void* list)
    {
        auto& headers = *static_cast<std::vector<std::pair<std::string, std::string>>*>(list);
        std::string_view line(data, size * count);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
            line.remove_suffix(1);
        if (line.substr(0, 5) == "HTTP/") {
            headers.clear();
        } else if (auto const colon = line.find(':'); colon != std::string_view::npos) {
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
                value.remove_suffix(1);
            headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
        }
        return size * count;
    }

    static size_t write_body(char* data, size_t size, size_t count, void* body)
    {
        static_cast<std::string*>(body)->append(data, size * count);
        return size * count;
    }

    CURL* curl_;
    long timeout_ms_;
};

} // namespace juspay_examples

#endif
