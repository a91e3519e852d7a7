// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// The response types are each described once (impl/customer.hpp, impl/customer_account.hpp);
// the reader and the writer come from that description. These tests hold the descriptions to
// the structs: every struct member is accounted for, and every described member survives
// value_from -> try_value_to -> value_from and value_from -> serialize -> parse_response.
#include <juspay/juspay.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace juspay_test {
// Counts an aggregate's members (below): converts to any member type. Declared only, as it is
// used only inside decltype; outside the anonymous namespace, so that an undefined function
// with internal linkage draws no warning.
struct any_member {
    template <class T>
    operator T&() const;
};
} // namespace juspay_test

namespace {

namespace jd = juspay::detail;
using juspay_test::any_member;

// Counts an aggregate's members: the largest N for which T{x1, ..., xN} compiles, each x
// converting to any member type. Written here, independently of the library.

template <class T, class Seq, class = void>
struct takes : std::false_type {};
template <class T, std::size_t... I>
struct takes<T, std::index_sequence<I...>, std::void_t<decltype(T{(void(I), any_member{})...})>> : std::true_type {};

template <class T, std::size_t N = 0>
constexpr std::size_t aggregate_members()
{
    if constexpr (takes<T, std::make_index_sequence<N + 1>>::value)
        return aggregate_members<T, N + 1>();
    else
        return N;
}

template <class S>
void expect_all_members_described(char const* name)
{
    // A member added to the struct but not to its description makes these differ.
    EXPECT_EQ(jd::described<S>::member_count, aggregate_members<S>()) << name;
}

TEST(describe, every_struct_member_is_in_its_description)
{
    static_assert(aggregate_members<juspay::customer>() == 12, "the counter itself works");
    expect_all_members_described<juspay::customer>("customer");
    expect_all_members_described<juspay::client_auth>("client_auth");
    expect_all_members_described<juspay::customer_account>("customer_account");
    expect_all_members_described<juspay::bank_account_details>("bank_account_details");
    expect_all_members_described<juspay::upi_account_details>("upi_account_details");
    expect_all_members_described<juspay::deleted_customer_account>("deleted_customer_account");
}

// No two written members share a wire name, no two point at one member (an alias does, on
// purpose, and is never written), and every name is found by the key index.
template <class S>
void expect_distinct(char const* type)
{
    S s{};
    std::set<std::string_view> names;
    std::set<void const*> members;
    jd::for_each_field(jd::description<S>::fields, [&](auto const& f) {
        EXPECT_TRUE(names.insert(f.name).second) << type << ": " << f.name << " twice";
        void const* at = &(s.*(f.member));
        if (!(f.flags & jd::alias))
            EXPECT_TRUE(members.insert(at).second) << type << ": " << f.name << " reads a member already read";
        else
            EXPECT_EQ(members.count(at), 1u) << type << ": alias " << f.name << " of no described member";
        EXPECT_GE(jd::described<S>::index.find(f.name), 0) << type << ": " << f.name;
    });
}

TEST(describe, names_and_members_are_distinct)
{
    expect_distinct<juspay::customer>("customer");
    expect_distinct<juspay::client_auth>("client_auth");
    expect_distinct<juspay::customer_account>("customer_account");
    expect_distinct<juspay::bank_account_details>("bank_account_details");
    expect_distinct<juspay::upi_account_details>("upi_account_details");
    expect_distinct<juspay::deleted_customer_account>("deleted_customer_account");
}

TEST(describe, key_index_rules_out_other_lengths_and_near_misses)
{
    auto const& index = jd::described<juspay::customer_account>::index;
    EXPECT_EQ(index.find("validation_amount"), 5);
    EXPECT_EQ(index.find("validation_status"), 7); // same length and first eight bytes
    EXPECT_EQ(index.find("validation_statuz"), -1);
    EXPECT_EQ(index.find("xalidation_status"), -1);
    EXPECT_EQ(index.find("validation_xtatus"), -1); // differs only in the middle word
    EXPECT_EQ(index.find("object"), 0);
    EXPECT_EQ(index.find("objecT"), -1);
    EXPECT_EQ(index.find(""), -1);
    EXPECT_EQ(index.find(std::string(200, 'a')), -1);
    EXPECT_EQ(jd::described<juspay::customer>::index.find("id"), 0);
    EXPECT_EQ(jd::described<juspay::customer>::index.find("ie"), -1);
}

// Every member set to a value of its own (the n-th member of a struct gets n in its text).
struct filler {
    int n = 0;

    std::string next(char const* prefix) { return prefix + std::to_string(++n); }

    void operator()(std::string& m) { m = next("v"); }
    void operator()(std::optional<std::string>& m) { m = next("o"); }
    void operator()(std::optional<juspay::timestamp>& m)
    {
        m = juspay::timestamp{"2020-03-17T14:13:" + std::to_string(10 + ++n) + "Z"};
    }
    void operator()(std::optional<juspay::money>& m) { m = juspay::money::from_text(std::to_string(++n) + ".25"); }
    void operator()(std::optional<juspay::client_auth>& m) { fill(m.emplace()); }
    void operator()(juspay::account_details&) {} // chosen by the test: bank or UPI

    template <class S>
    void fill(S& s)
    {
        jd::for_each_field(jd::description<S>::fields, [&](auto const& f) {
            if (!(f.flags & jd::alias))
                (*this)(s.*(f.member));
        });
        s.unknown_fields["extra_" + std::to_string(++n)] = boost::json::array{1, "x", nullptr};
    }
};

juspay::customer full_customer()
{
    juspay::customer c;
    filler{}.fill(c);
    return c;
}

juspay::customer_account full_account(bool upi)
{
    juspay::customer_account a;
    filler f;
    f.fill(a);
    a.validation_status_text = "ACTIVE";
    a.validation_status = juspay::account_validation_status::active; // derived from the text when read
    if (upi)
        f.fill(a.account_details.emplace<juspay::upi_account_details>());
    else
        f.fill(a.account_details.emplace<juspay::bank_account_details>());
    return a;
}

juspay::deleted_customer_account full_deleted()
{
    juspay::deleted_customer_account d;
    filler{}.fill(d);
    d.status = "DELETED"; // anything else is an error
    return d;
}

// Member by member, through the description (and by hand for what it does not cover).
void expect_same(std::string const& a, std::string const& b, std::string_view what) { EXPECT_EQ(a, b) << what; }
void expect_same(std::optional<std::string> const& a, std::optional<std::string> const& b, std::string_view what)
{
    EXPECT_EQ(a, b) << what;
}
void expect_same(std::optional<juspay::timestamp> const& a, std::optional<juspay::timestamp> const& b,
                 std::string_view what)
{
    ASSERT_EQ(a.has_value(), b.has_value()) << what;
    if (a) {
        EXPECT_EQ(a->text, b->text) << what;
        EXPECT_EQ(a->time(), b->time()) << what;
    }
}
void expect_same(std::optional<juspay::money> const& a, std::optional<juspay::money> const& b, std::string_view what)
{
    ASSERT_EQ(a.has_value(), b.has_value()) << what;
    if (a) {
        EXPECT_EQ(a->text, b->text) << what;
        EXPECT_EQ(a->minor_units, b->minor_units) << what;
    }
}
template <class S>
void expect_same_struct(S const& a, S const& b);
void expect_same(std::optional<juspay::client_auth> const& a, std::optional<juspay::client_auth> const& b,
                 std::string_view what)
{
    ASSERT_EQ(a.has_value(), b.has_value()) << what;
    if (a)
        expect_same_struct(*a, *b);
}
void expect_same(juspay::account_details const& a, juspay::account_details const& b, std::string_view what)
{
    ASSERT_EQ(a.index(), b.index()) << what;
    if (auto const* x = std::get_if<juspay::bank_account_details>(&a))
        expect_same_struct(*x, std::get<juspay::bank_account_details>(b));
    else
        expect_same_struct(std::get<juspay::upi_account_details>(a), std::get<juspay::upi_account_details>(b));
}

template <class S>
void expect_same_struct(S const& a, S const& b)
{
    jd::for_each_field(jd::description<S>::fields,
                       [&](auto const& f) { expect_same(a.*(f.member), b.*(f.member), f.name); });
    EXPECT_EQ(a.unknown_fields, b.unknown_fields);
}

template <class S>
void expect_written_in_full(S const& s, boost::json::value const& jv)
{
    ASSERT_TRUE(jv.is_object());
    auto const& o = jv.get_object();
    std::size_t written = 0;
    jd::for_each_field(jd::description<S>::fields, [&](auto const& f) {
        if (f.flags & jd::alias) {
            EXPECT_FALSE(o.contains(f.name)) << "alias written: " << f.name;
            return;
        }
        EXPECT_TRUE(o.contains(f.name)) << "not written: " << f.name; // every member is set
        ++written;
    });
    EXPECT_EQ(o.size(), written + s.unknown_fields.size());
}

template <class Op, class S>
void round_trip(Op const& op, S const& s)
{
    boost::json::value const jv = boost::json::value_from(s);
    expect_written_in_full(s, jv);

    auto const via_dom = boost::json::try_value_to<S>(jv);
    ASSERT_TRUE(via_dom) << boost::json::serialize(jv);
    expect_same_struct(s, *via_dom);
    EXPECT_EQ(boost::json::value_from(*via_dom), jv);

    std::string const body = boost::json::serialize(jv);
    auto const via_bytes = juspay::parse_response(op, {200, body});
    ASSERT_TRUE(via_bytes) << via_bytes.error().message();
    if constexpr (std::is_same_v<typename Op::result_type, S>) {
        expect_same_struct(s, *via_bytes);
        EXPECT_EQ(boost::json::value_from(*via_bytes), jv);
    }
}

TEST(describe, customer_round_trips_every_member)
{
    auto const c = full_customer();
    ASSERT_TRUE(c.juspay && c.mobile_number && c.date_created); // the filler reached them
    round_trip(juspay::get_customer{"cst_1", true}, c);
    expect_written_in_full(*c.juspay, boost::json::value_from(c).at("juspay"));
}

TEST(describe, customer_account_round_trips_every_member_bank_and_upi)
{
    for (bool upi : {false, true}) {
        auto const a = full_account(upi);
        round_trip(juspay::get_customer_account{"cst_1", "banh_1"}, a);
        boost::json::value const details = boost::json::value_from(a).at("account_details");
        if (upi)
            expect_written_in_full(*a.upi(), details);
        else
            expect_written_in_full(*a.bank(), details);
    }
}

TEST(describe, account_lists_round_trip_every_member)
{
    std::vector<juspay::customer_account> const list{full_account(false), full_account(true)};
    std::string const body = boost::json::serialize(boost::json::value_from(list));
    auto const parsed = juspay::parse_response(juspay::list_customer_accounts{"cst_1"}, {200, body});
    ASSERT_TRUE(parsed) << parsed.error().message();
    ASSERT_EQ(parsed->size(), 2u);
    expect_same_struct(list[0], (*parsed)[0]);
    expect_same_struct(list[1], (*parsed)[1]);
}

TEST(describe, deleted_account_round_trips_and_reads_either_spelling)
{
    auto const d = full_deleted();
    round_trip(juspay::delete_customer_account{"cst_1", "banh_1"}, d);

    auto const other = juspay::parse_response(juspay::delete_customer_account{"cst_1", "banh_9"},
                                              {200, R"({"id":"banh_2","customer_account_status":"DELETED"})"});
    ASSERT_TRUE(other) << other.error().message();
    EXPECT_EQ(other->customer_account_id, "banh_2");
    EXPECT_EQ(other->status, "DELETED");
    EXPECT_TRUE(other->unknown_fields.empty());
    EXPECT_EQ(boost::json::serialize(boost::json::value_from(*other)),
              R"({"customer_account_id":"banh_2","status":"DELETED"})");
}

TEST(describe, readers_fit_the_mappers_frames)
{
    // Checked by static_assert where a mapper is made; stated here as the numbers they are.
    EXPECT_EQ(jd::depth<juspay::customer>(), 2u);
    EXPECT_EQ(jd::depth<juspay::customer_account>(), 2u);
    EXPECT_EQ(jd::account_list_reader::depth, 4u);
    EXPECT_LE(jd::account_list_reader::depth, jd::mapper::max_depth);
}

} // namespace
