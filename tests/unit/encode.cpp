// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/detail/encode.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using juspay::detail::form_writer;

// What a writer produces, written into a buffer of exactly the size it announced.
template <class Writer>
std::string written(Writer const& w)
{
    std::string out(w.size(), '\0');
    char* const end = w.write(out.data());
    EXPECT_EQ(end, out.data() + out.size()) << "announced " << w.size() << " bytes";
    return out;
}

TEST(encode, form_values_keep_unreserved_and_escape_the_rest)
{
    form_writer form;
    form.add("v", "aZ09-._~ +@/%\xC3\xBC");
    EXPECT_EQ(written(form), "v=aZ09-._~+%2B%40%2F%25%C3%BC");
    juspay::detail::target_writer target;
    target.literal("/customers");
    target.segment("a b/c?d#e");
    target.segment(".");
    target.segment("..");
    target.segment("...");
    target.literal("?x=1");
    EXPECT_EQ(written(target), "/customers/a%20b%2Fc%3Fd%23e/%2E/%2E%2E/...?x=1");
}

// A generated value: the same generator sizes and writes, and both agree.
struct json_like {
    template <class Sink>
    static void generate(std::string const& v, Sink& out)
    {
        out.put("{\"k\":");
        out.put(v);
        out.put(" }");
    }
};

TEST(encode, form_writer_sizes_exactly_and_keeps_order)
{
    form_writer form;
    std::string const one = "1";
    form.add("a", "x y");
    form.add_generated<json_like>("b", one);
    form.add("c", "");
    EXPECT_EQ(written(form), "a=x+y&b=%7B%22k%22%3A1+%7D&c=");
    form_writer empty;
    EXPECT_EQ(empty.size(), 0u);
    EXPECT_EQ(written(empty), "");
}

// More fields than the writer holds inline: nothing lost, nothing reordered.
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
    EXPECT_EQ(written(form), expected);
}

} // namespace
