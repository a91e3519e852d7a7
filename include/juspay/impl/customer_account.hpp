// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_CUSTOMER_ACCOUNT_HPP
#define JUSPAY_IMPL_CUSTOMER_ACCOUNT_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/detail/describe.hpp>
#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/mapper.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/rules.hpp>

#include <variant>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// The members of each response type, in Juspay's order (the writer's).
template <>
struct description<bank_account_details> {
    static constexpr auto fields = members_of(
        member("account", &bank_account_details::account, wire::digits, required), // a number is tolerated
        member("name", &bank_account_details::name, wire::text),
        member("ifsc", &bank_account_details::ifsc, wire::text),
        member("juspay_bank_code", &bank_account_details::juspay_bank_code, wire::opt_digits),
        member("bank_name", &bank_account_details::bank_name, wire::opt_text));
    static constexpr std::size_t derived = 0;
    static constexpr std::size_t custom_depth = 0;
};

template <>
struct description<upi_account_details> {
    static constexpr auto fields =
        members_of(member("vpa", &upi_account_details::vpa, wire::text_strict, required));
    static constexpr std::size_t derived = 0;
    static constexpr std::size_t custom_depth = 0;
};

template <>
struct description<customer_account> {
    static constexpr auto fields = members_of(
        member("object", &customer_account::object, wire::text),
        member("customer_account_id", &customer_account::customer_account_id, wire::text_strict, required),
        member("customer_id", &customer_account::customer_id, wire::text),
        member("date_created", &customer_account::date_created, wire::stamp),
        member("account_details", &customer_account::account_details, wire::custom), // bank or UPI
        member("validation_amount", &customer_account::validation_amount, wire::amount),
        member("currency", &customer_account::currency, wire::opt_text),
        member("validation_status", &customer_account::validation_status_text, wire::text),
        member("last_validated", &customer_account::last_validated, wire::stamp, null_when_absent),
        member("customer_account_type", &customer_account::customer_account_type, wire::opt_text));
    static constexpr std::size_t derived = 1;      // validation_status, from validation_status_text
    static constexpr std::size_t custom_depth = 1; // account_details: one object of scalars

    // account_details is written as the alternative it holds.
    static void write_custom(boost::json::object& o, std::string_view name, account_details const& d)
    {
        auto& details = o.emplace(name, boost::json::object()).first->value().get_object();
        std::visit([&](auto const& alternative) { write_described(details, alternative); }, d);
    }
};

// Delete's key names are not published: either spelling of each is read.
template <>
struct description<deleted_customer_account> {
    static constexpr auto fields = members_of(
        member("customer_account_id", &deleted_customer_account::customer_account_id, wire::text_strict),
        member("id", &deleted_customer_account::customer_account_id, wire::text_strict, alias),
        member("status", &deleted_customer_account::status, wire::text),
        member("customer_account_status", &deleted_customer_account::status, wire::text, alias));
    static constexpr std::size_t derived = 0;
    static constexpr std::size_t custom_depth = 0;
};

inline account_validation_status validation_status_from(std::string_view s) noexcept
{
    if (s == "CREATED")
        return account_validation_status::created;
    if (s == "ACTIVE")
        return account_validation_status::active;
    if (s == "PENDING")
        return account_validation_status::pending;
    if (s == "FAILURE")
        return account_validation_status::failure;
    return account_validation_status::unknown;
}

// account_details: bank or UPI is known only at '}'. Bank members are written straight into
// the bank alternative and a UPI member into upi_; a UPI answer then takes upi_ and the members
// kept as unknown. Both descriptions are looked up, so either may gain a member.
class account_details_map final : public object_map {
public:
    account_details* slot = nullptr;

    void begin() override
    {
        bank_ = &slot->emplace<bank_account_details>();
        saw_bank_ = saw_upi_ = false;
    }

    void member(std::string_view k, target& out) override
    {
        constexpr auto none = [](std::size_t) { return skip_target(); }; // nothing nests
        if (int const i = described<upi_account_details>::index.find(k); i >= 0) {
            if (!saw_upi_) // fresh for each UPI account only: most accounts are bank accounts
                upi_ = upi_account_details();
            saw_upi_ = true;
            return set_target(upi_, i, none, out);
        }
        find_target(*bank_, k, none, out);
        saw_bank_ = saw_bank_ || out.k != target::kind::capture;
    }

    bool finish(shape_error& err) override
    {
        std::string_view const self = path.view().substr(0, path.view().size() - 1); // "...account_details"
        if (saw_upi_ && saw_bank_)
            return shape_fail(err, self, "has both bank account and UPI (vpa) keys");
        if (saw_upi_) {
            if (!check_required(upi_, path, err))
                return false;
            upi_.unknown_fields = std::move(bank_->unknown_fields);
            slot->emplace<upi_account_details>(std::move(upi_));
            return true;
        }
        if (saw_bank_)
            return check_required(*bank_, path, err);
        return shape_fail(err, self, "has neither bank account (account, ifsc) nor UPI (vpa) keys");
    }

private:
    bank_account_details* bank_ = nullptr;
    upi_account_details upi_;
    bool saw_bank_ = false;
    bool saw_upi_ = false;
};

class account_map final : public object_map {
public:
    customer_account* a = nullptr;

    void begin() override
    {
        have_details_ = false;
        details_.slot = &a->account_details;
    }

    void member(std::string_view k, target& out) override
    {
        // account_details is the one custom member.
        auto const details = [this](std::size_t) {
            have_details_ = true;
            return object_target(&details_, false, "an object");
        };
        find_target(*a, k, details, out);
    }

    bool finish(shape_error& err) override
    {
        a->validation_status = validation_status_from(a->validation_status_text);
        if (!check_required(*a, path, err))
            return false;
        if (!have_details_)
            return shape_fail(err, path + "account_details", "is missing");
        return true;
    }

private:
    account_details_map details_;
    bool have_details_ = false;
};

// An array of customer accounts, in the server's order.
class accounts_map final : public array_map {
public:
    explicit accounts_map(std::vector<customer_account>& out) noexcept : out_(out) {}

    object_map* element(std::size_t) override
    {
        element_.a = &out_.emplace_back();
        return &element_;
    }

    char const* element_expected() const noexcept override { return "a customer account object"; }

private:
    std::vector<customer_account>& out_;
    account_map element_;
};

// The older API's {"object":"list","list":[...],"count":N,...}: only "list" is read.
class list_wrapper_map final : public object_map {
public:
    explicit list_wrapper_map(accounts_map& list) noexcept : list_(list) {}

    void begin() override { saw_list_ = false; }

    void member(std::string_view k, target& out) override
    {
        if (k == "list") {
            saw_list_ = true;
            out = array_target(&list_, "an array of customer accounts");
        } else {
            out = skip_target();
        }
    }

    bool finish(shape_error& err) override
    {
        if (!saw_list_)
            return shape_fail(err, "", "expected an array of customer accounts or {\"list\": [...]}, got an object");
        return true;
    }

private:
    accounts_map& list_;
    bool saw_list_ = false;
};

// Reads one customer account object.
class account_reader {
public:
    static constexpr std::size_t depth = detail::depth<customer_account>();

    explicit account_reader(customer_account& out) noexcept { map_.a = &out; }
    target root() noexcept { return object_target(&map_, false, "a customer account object"); }

private:
    account_map map_;
};

// Reads a top-level array of customer accounts (Create Customer Account).
class accounts_reader {
public:
    static constexpr std::size_t depth = 1 + detail::depth<customer_account>(); // the array, then each account

    explicit accounts_reader(std::vector<customer_account>& out) noexcept : list_(out) {}
    target root() noexcept { return array_target(&list_, "an array of customer accounts"); }

protected:
    accounts_map list_;
};

// Reads List Customer Accounts: a top-level array, or the older API's list wrapper.
class account_list_reader : accounts_reader {
public:
    static constexpr std::size_t depth = 2 + detail::depth<customer_account>(); // {"list": [...]}

    explicit account_list_reader(std::vector<customer_account>& out) noexcept : accounts_reader(out), wrapper_(list_) {}
    target root() noexcept
    {
        return either_target(&wrapper_, &list_, "an array of customer accounts or {\"list\": [...]}");
    }

private:
    list_wrapper_map wrapper_;
};

// The id falls back to the one the request named, so a successful delete is never reported
// as a failure.
class deleted_account_map final : public object_map {
public:
    deleted_account_map(deleted_customer_account& d, std::string_view requested) noexcept : d_(d), requested_(requested) {}

    void member(std::string_view k, target& out) override
    {
        find_target(d_, k, [](std::size_t) { return skip_target(); }, out); // nothing nests
    }

    bool finish(shape_error& err) override
    {
        if (d_.customer_account_id.empty())
            d_.customer_account_id.assign(requested_.data(), requested_.size());
        // A 2xx that says the account was not deleted must not read as success.
        if (!d_.status.empty() && d_.status != "DELETED")
            return shape_fail(err, path + "status", "is not DELETED");
        return true;
    }

private:
    deleted_customer_account& d_;
    std::string_view requested_;
};

class deleted_account_reader {
public:
    static constexpr std::size_t depth = detail::depth<deleted_customer_account>();

    deleted_account_reader(deleted_customer_account& out, std::string_view requested) noexcept : map_(out, requested) {}
    // A bare object (try_value_to): no request, so no id to fall back to.
    explicit deleted_account_reader(deleted_customer_account& out) noexcept : map_(out, {}) {}
    target root() noexcept { return object_target(&map_, false, "an object"); }

    // An empty answer is a successful delete of the account the request named.
    bool take_empty()
    {
        shape_error unused;
        return map_.finish(unused);
    }

private:
    deleted_account_map map_;
};

// account_details as compact JSON, {"bank_account":[{"ifsc":…,"account":…,"name":…}],"upi":[{"vpa":…}]},
// generated byte by byte into a form_sink: sized first, then written straight into the request,
// never held on its own. Written here rather than with Boost.JSON's serializer, which needs the
// text in a buffer of its own first (an allocation and a copy per request) and was most of the
// cost of this build_request under callgrind. Strings are escaped as RFC 8259 requires: '"',
// '\' and the controls below 0x20 (short forms where JSON has them); every other byte is kept,
// as Boost.JSON's serializer does. A test parses the result back with Boost.JSON.
struct account_details_json {
    template <class Sink>
    static void string(Sink& out, std::string_view s)
    {
        static constexpr char hex[] = "0123456789abcdef";
        out.put('"');
        for (char c : s) {
            auto const u = static_cast<unsigned char>(c);
            switch (c) {
            case '"': out.put("\\\""); break;
            case '\\': out.put("\\\\"); break;
            case '\b': out.put("\\b"); break;
            case '\f': out.put("\\f"); break;
            case '\n': out.put("\\n"); break;
            case '\r': out.put("\\r"); break;
            case '\t': out.put("\\t"); break;
            default:
                if (u < 0x20) {
                    out.put("\\u00");
                    out.put(hex[u >> 4]);
                    out.put(hex[u & 15]);
                } else {
                    out.put(c);
                }
            }
        }
        out.put('"');
    }

    template <class Sink>
    static void generate(create_customer_account const& op, Sink& out)
    {
        out.put('{');
        if (!op.bank_accounts.empty()) {
            out.put("\"bank_account\":[");
            for (std::size_t i = 0; i < op.bank_accounts.size(); ++i) {
                auto const& b = op.bank_accounts[i];
                out.put(i == 0 ? "{\"ifsc\":" : ",{\"ifsc\":");
                string(out, b.ifsc);
                out.put(",\"account\":");
                string(out, b.account);
                out.put(",\"name\":");
                string(out, b.name);
                out.put('}');
            }
            out.put(']');
        }
        if (!op.upi_accounts.empty()) {
            out.put(op.bank_accounts.empty() ? "\"upi\":[" : ",\"upi\":[");
            for (std::size_t i = 0; i < op.upi_accounts.size(); ++i) {
                out.put(i == 0 ? "{\"vpa\":" : ",{\"vpa\":");
                string(out, op.upi_accounts[i].vpa);
                out.put('}');
            }
            out.put(']');
        }
        out.put('}');
    }
};

// What the account operations share: no x-merchantid requirement (their retry advice is in
// customer_account.hpp).
template <class Op>
struct account_operation_traits {
    static constexpr bool needs_merchant_id = false;
};

// The operations that address one account:
// /customers/{customer_id}/customer-accounts/{customer_account_id} and answer it.
template <class Op>
struct one_account_traits : account_operation_traits<Op> {
    static void check_structure(Op const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
        require_path_param(r, "customer_account_id", op.customer_account_id);
    }

    static void check_rules(Op const& op, refusal& r)
    {
        check_id(r, "customer_id", op.customer_id);
        check_id(r, "customer_account_id", op.customer_account_id);
    }

    static void target(Op const& op, target_writer& t)
    {
        t.literal("/customers");
        t.segment(op.customer_id);
        t.literal("/customer-accounts");
        t.segment(op.customer_account_id);
    }

    static account_reader reader(Op const&, customer_account& out) noexcept { return account_reader(out); }
};

template <>
struct operation_traits<create_customer_account> : account_operation_traits<create_customer_account> {
    static constexpr http_method method = http_method::post;

    static void check_structure(create_customer_account const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
        if (op.bank_accounts.empty() && op.upi_accounts.empty())
            r.fail(errc::missing_field, "account_details", "needs at least one bank account or UPI id");
    }

    // The classes of the form fields, from the form's scan (no rule walks a value again).
    struct form_classes {
        unsigned bank_code, customer_id, gateway_id, gateway_reference_id;
    };

    static void check_rules(create_customer_account const& op, form_classes const& k, refusal& r)
    {
        if (!op.customer_id.empty()) // empty: refused by check_structure already
            check_text(r, "customer_id", op.customer_id, k.customer_id);
        check_required_text(r, "bank_code", op.bank_code, k.bank_code);
        // Each rule runs under a placeholder name; the indexed name is made only on failure.
        auto indexed = [](char const* list, std::size_t i, char const* member) {
            return [=] {
                return std::string("account_details.") + list + "[" + std::to_string(i) + "]." + member;
            };
        };
        for (std::size_t i = 0; i < op.bank_accounts.size(); ++i) {
            auto const& b = op.bank_accounts[i];
            refusal ifsc, account, name;
            check_ifsc(ifsc, {}, b.ifsc);
            check_account_number(account, {}, b.account);
            check_required_text(name, {}, b.name);
            r.take_as(std::move(ifsc), indexed("bank_account", i, "ifsc"));
            r.take_as(std::move(account), indexed("bank_account", i, "account"));
            r.take_as(std::move(name), indexed("bank_account", i, "name"));
        }
        for (std::size_t i = 0; i < op.upi_accounts.size(); ++i) {
            refusal vpa;
            check_vpa(vpa, {}, op.upi_accounts[i].vpa);
            r.take_as(std::move(vpa), indexed("upi", i, "vpa"));
        }
        if (check_not_empty_if_set(r, "gateway_id", op.gateway_id))
            check_text(r, "gateway_id", *op.gateway_id, k.gateway_id);
        if (check_not_empty_if_set(r, "gateway_reference_id", op.gateway_reference_id))
            check_text(r, "gateway_reference_id", *op.gateway_reference_id, k.gateway_reference_id);
    }

    static void target(create_customer_account const& op, target_writer& t)
    {
        t.literal("/customers");
        t.segment(op.customer_id);
        t.literal("/accounts");
    }

    static void write_body(create_customer_account const& op, form_writer& form, refusal* rules)
    {
        form_classes k{};
        k.bank_code = form.add("bank_code", op.bank_code);
        form.add_generated<account_details_json>("account_details", op);
        k.customer_id = form.add("customer_id", op.customer_id);
        k.gateway_id = form.add_if("gateway_id", op.gateway_id);
        k.gateway_reference_id = form.add_if("gateway_reference_id", op.gateway_reference_id);
        if (op.validate)
            form.add("command", "validate");
        if (rules)
            check_rules(op, k, *rules);
    }

    static accounts_reader reader(create_customer_account const&, std::vector<customer_account>& out) noexcept
    {
        return accounts_reader(out);
    }
};

template <>
struct operation_traits<validate_customer_account> : one_account_traits<validate_customer_account> {
    static constexpr http_method method = http_method::post;

    // `gateway`: the classes of preferred_ifsc_validation_gateway, from the form's scan.
    BOOST_FORCEINLINE static void check_rules(validate_customer_account const& op, unsigned gateway, refusal& r)
    {
        one_account_traits::check_rules(op, r);
        if (check_not_empty_if_set(r, "preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway))
            check_text(r, "preferred_ifsc_validation_gateway", *op.preferred_ifsc_validation_gateway, gateway);
        if (op.validation_amount)
            check_amount(r, "validation_amount", op.validation_amount->text);
    }

    static void target(validate_customer_account const& op, target_writer& t)
    {
        one_account_traits::target(op, t);
        t.literal("/validate");
    }

    static void write_body(validate_customer_account const& op, form_writer& form, refusal* rules)
    {
        unsigned const gateway = form.add_if("preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway);
        if (op.validation_amount)
            form.add("validation_amount", op.validation_amount->text);
        if (rules)
            check_rules(op, gateway, *rules);
    }
};

template <>
struct operation_traits<get_customer_account> : one_account_traits<get_customer_account> {
    static constexpr http_method method = http_method::get;
};

template <>
struct operation_traits<list_customer_accounts> : account_operation_traits<list_customer_accounts> {
    static constexpr http_method method = http_method::get;

    static void check_structure(list_customer_accounts const& op, refusal& r)
    {
        require_path_param(r, "customer_id", op.customer_id);
    }

    static void check_rules(list_customer_accounts const& op, refusal& r) { check_id(r, "customer_id", op.customer_id); }

    static void target(list_customer_accounts const& op, target_writer& t)
    {
        t.literal("/customers");
        t.segment(op.customer_id);
        t.literal("/customer-accounts/list");
    }

    static account_list_reader reader(list_customer_accounts const&, std::vector<customer_account>& out) noexcept
    {
        return account_list_reader(out);
    }
};

template <>
struct operation_traits<delete_customer_account> : one_account_traits<delete_customer_account> {
    static constexpr http_method method = http_method::post;

    static void write_body(delete_customer_account const& op, form_writer& form, refusal* rules)
    {
        if (rules)
            check_rules(op, *rules);
        form.add("command", "delete");
    }

    static deleted_account_reader reader(delete_customer_account const& op, deleted_customer_account& out) noexcept
    {
        return deleted_account_reader(out, op.customer_account_id);
    }
};

} // namespace detail

template <class T, std::enable_if_t<std::is_same_v<T, customer_account>, int>>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv)
{
    return detail::map_dom<customer_account, detail::account_reader>(jv);
}

template <class T, std::enable_if_t<std::is_same_v<T, customer_account>, int>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& a)
{
    detail::write_described(jv.emplace_object(), a);
}

template <class T, std::enable_if_t<std::is_same_v<T, deleted_customer_account>, int>>
boost::system::result<T> tag_invoke(boost::json::try_value_to_tag<T>, boost::json::value const& jv)
{
    return detail::map_dom<deleted_customer_account, detail::deleted_account_reader>(jv);
}

template <class T, std::enable_if_t<std::is_same_v<T, deleted_customer_account>, int>>
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, T const& d)
{
    detail::write_described(jv.emplace_object(), d);
}

JUSPAY_NAMESPACE_END

#endif
