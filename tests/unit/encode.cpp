// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#include <juspay/detail/encode.hpp>

#include <juspay/detail/base64.hpp>
#include <juspay/detail/buffer.hpp>

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using juspay::detail::form_writer;

// What a writer produces, written into a buffer of exactly the size it announced.
template <class Writer>
std::string written(Writer const& w)
{
    // The writers may store up to three bytes past their end (request_buffer's slack).
    std::string out(w.size() + juspay::detail::request_buffer::slack, '\0');
    char* const end = w.write(out.data());
    EXPECT_EQ(end, out.data() + w.size()) << "announced " << w.size() << " bytes";
    out.resize(w.size());
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
    target.segment("...");
    target.segment(".a");
    target.literal("?x=1");
    EXPECT_EQ(written(target), "/customers/a%20b%2Fc%3Fd%23e/.../.a?x=1");
}

// The one pass that sizes a form value also finds its classes, byte for byte as the two
// separate passes would.
TEST(encode, a_form_scan_agrees_with_the_tables_for_every_byte)
{
    for (int c = 0; c < 256; ++c) {
        std::string const v(5, static_cast<char>(c)); // the unrolled loop and its tail
        auto const scan = juspay::detail::scan_form_value(v);
        bool const kept = juspay::detail::form_escapes[static_cast<unsigned char>(c)] != 2;
        EXPECT_EQ(scan.len.size, kept ? 5u : 15u) << c;
        EXPECT_EQ(scan.len.verbatim, juspay::detail::form_escapes[static_cast<unsigned char>(c)] == 0) << c;
        EXPECT_EQ(scan.classes, juspay::detail::classes_of(v)) << c;
    }
}

// Counts are kept in 28-bit lanes of one sum: a value with more escapes than a lane holds
// is scanned in chunks, and its length is still exact.
TEST(encode, a_form_scan_of_a_huge_value_counts_every_escape)
{
    std::string big((std::size_t(1) << 28) + 5, '@');
    big[7] = 'a';
    big[big.size() - 2] = '\n';
    auto const scan = juspay::detail::scan_form_value(big);
    EXPECT_EQ(scan.len.size, 3 * big.size() - 2);
    EXPECT_FALSE(scan.len.verbatim);
    EXPECT_EQ(scan.classes, juspay::detail::classes_of(big));
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

namespace {

// RFC 4648's vectors, the concatenation split at every point (the library encodes key + ":").
TEST(encode, base64_of_a_concatenation_matches_rfc_4648)
{
    std::pair<std::string, std::string> const vectors[] = {{"", ""},         {"f", "Zg=="},         {"fo", "Zm8="},
                                                           {"foo", "Zm9v"},  {"foob", "Zm9vYg=="},  {"fooba", "Zm9vYmE="},
                                                           {"foobar", "Zm9vYmFy"}};
    for (auto const& [plain, encoded] : vectors) {
        for (std::size_t split = plain.size() >= 3 ? plain.size() - 3 : 0; split <= plain.size(); ++split) {
            std::string out(juspay::detail::base64_size(plain.size()) + 4, '\0');
            std::string_view const whole = plain;
            char* end = juspay::detail::write_base64(out.data(), whole.substr(0, split), whole.substr(split));
            EXPECT_EQ(std::string(out.data(), end), encoded) << plain << " split at " << split;
        }
    }
    std::string out(64, '\0');
    char* end = juspay::detail::write_base64(out.data(), "your_api_key", ":");
    EXPECT_EQ(std::string(out.data(), end), "eW91cl9hcGlfa2V5Og==");
}

} // namespace
