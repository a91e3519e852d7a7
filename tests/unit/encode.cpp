// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/detail/encode.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using juspay::detail::form_writer;

TEST(encode, form_values_keep_unreserved_and_escape_the_rest)
{
    std::string out;
    juspay::detail::append_encoded(out, "aZ09-._~ +@/%\xC3\xBC", juspay::detail::form_escapes);
    EXPECT_EQ(out, "aZ09-._~+%2B%40%2F%25%C3%BC");
    out.clear();
    juspay::detail::append_encoded(out, "a b", juspay::detail::path_escapes);
    EXPECT_EQ(out, "a%20b");
}

TEST(encode, form_writer_sizes_exactly_and_keeps_order)
{
    form_writer form;
    form.add("a", "x y");
    form.add_owned("b", "{\"k\":1}");
    form.add("c", "");
    std::string body = "stale";
    form.write_to(body);
    EXPECT_EQ(body, "a=x+y&b=%7B%22k%22%3A1%7D&c=");
    form_writer empty;
    std::string none = "stale";
    empty.write_to(none);
    EXPECT_EQ(none, "");
}

// More fields than the writer holds inline: the earlier ones are written first, nothing lost.
TEST(encode, form_writer_takes_any_number_of_fields)
{
    std::vector<std::string> names, values;
    for (int i = 0; i < 21; ++i) {
        names.push_back("f" + std::to_string(i));
        values.push_back(i % 2 ? "v " + std::to_string(i) : "+" + std::to_string(i));
    }
    form_writer form;
    std::string expected;
    for (int i = 0; i < 21; ++i) {
        form.add(names[i], values[i]);
        if (i)
            expected += '&';
        expected += names[i] + "=" + (i % 2 ? "v+" + std::to_string(i) : "%2B" + std::to_string(i));
    }
    std::string body;
    form.write_to(body);
    EXPECT_EQ(body, expected);
}

} // namespace
