// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_IMPL_CUSTOMER_ACCOUNT_HPP
#define JUSPAY_IMPL_CUSTOMER_ACCOUNT_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/detail/encode.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/detail/mapper.hpp>
#include <juspay/detail/refusal.hpp>
#include <juspay/detail/rules.hpp>



JUSPAY_NAMESPACE_BEGIN
namespace detail {

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

// account_details: bank or UPI is known only at '}'. Members are written straight into the
// bank alternative; a UPI answer then takes its vpa and the members kept as unknown.
class account_details_map final : public object_map {
public:
    account_details* slot = nullptr;

    void begin() override
    {
        bank_ = &slot->emplace<bank_account_details>();
        vpa_.clear();
        saw_bank_ = saw_upi_ = false;
    }

    target member(std::string_view k) override
    {
        if (k == "vpa")
            return saw_upi_ = true, text_target(&vpa_, false);
        if (k == "account") // digits: a JSON number is tolerated
            return saw_bank_ = true, digits_target(&bank_->account);
        if (k == "name")
            return saw_bank_ = true, text_target(&bank_->name);
        if (k == "ifsc")
            return saw_bank_ = true, text_target(&bank_->ifsc);
        if (k == "juspay_bank_code")
            return saw_bank_ = true, opt_digits_target(&bank_->juspay_bank_code);
        if (k == "bank_name")
            return saw_bank_ = true, opt_text_target(&bank_->bank_name);
        return capture_target(&bank_->unknown_fields);
    }

    bool finish(shape_error& err) override
    {
        std::string_view const self = path.view().substr(0, path.view().size() - 1); // "...account_details"
        if (saw_upi_ && saw_bank_)
            return shape_fail(err, self, "has both bank account and UPI (vpa) keys");
        if (saw_upi_) {
            if (vpa_.empty())
                return shape_fail(err, path + "vpa", "is empty");
            boost::json::object unknown = std::move(bank_->unknown_fields);
            slot->emplace<upi_account_details>(upi_account_details{std::move(vpa_), std::move(unknown)});
            return true;
        }
        if (saw_bank_) {
            if (bank_->account.empty())
                return shape_fail(err, path + "account", "is missing or empty");
            return true;
        }
        return shape_fail(err, self, "has neither bank account (account, ifsc) nor UPI (vpa) keys");
    }

private:
    bank_account_details* bank_ = nullptr;
    std::string vpa_;
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

    // By length first: most keys are told apart without comparing any text.
    target member(std::string_view k) override
    {
        switch (k.size()) {
        case 6:
            if (k == "object")
                return text_target(&a->object);
            break;
        case 8:
            if (k == "currency")
                return opt_text_target(&a->currency);
            break;
        case 11:
            if (k == "customer_id")
                return text_target(&a->customer_id);
            break;
        case 12:
            if (k == "date_created")
                return stamp_target(&a->date_created);
            break;
        case 14:
            if (k == "last_validated")
                return stamp_target(&a->last_validated);
            break;
        case 15:
            if (k == "account_details")
                return have_details_ = true, object_target(&details_, false, "an object");
            break;
        case 17:
            if (k == "validation_amount")
                return money_target(&a->validation_amount);
            if (k == "validation_status")
                return text_target(&a->validation_status_text);
            break;
        case 19:
            if (k == "customer_account_id")
                return text_target(&a->customer_account_id, false);
            break;
        case 21:
            if (k == "customer_account_type")
                return opt_text_target(&a->customer_account_type);
            break;
        }
        return capture_target(&a->unknown_fields);
    }

    bool finish(shape_error& err) override
    {
        a->validation_status = validation_status_from(a->validation_status_text);
        if (a->customer_account_id.empty())
            return shape_fail(err, path + "customer_account_id", "is missing or empty");
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

    target member(std::string_view k) override
    {
        if (k == "list")
            return saw_list_ = true, array_target(&list_, "an array of customer accounts");
        return skip_target();
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
    explicit account_reader(customer_account& out) noexcept { map_.a = &out; }
    target root() noexcept { return object_target(&map_, false, "a customer account object"); }

private:
    account_map map_;
};

// Reads a top-level array of customer accounts (Create Customer Account).
class accounts_reader {
public:
    explicit accounts_reader(std::vector<customer_account>& out) noexcept : list_(out) {}
    target root() noexcept { return array_target(&list_, "an array of customer accounts"); }

protected:
    accounts_map list_;
};

// Reads List Customer Accounts: a top-level array, or the older API's list wrapper.
class account_list_reader : accounts_reader {
public:
    explicit account_list_reader(std::vector<customer_account>& out) noexcept : accounts_reader(out), wrapper_(list_) {}
    target root() noexcept
    {
        return either_target(&wrapper_, &list_, "an array of customer accounts or {\"list\": [...]}");
    }

private:
    list_wrapper_map wrapper_;
};

// Delete's key names are not published: either spelling of each is read, and the id falls back
// to the one the request named, so a successful delete is never reported as a failure.
class deleted_account_map final : public object_map {
public:
    deleted_account_map(deleted_customer_account& d, std::string_view requested) noexcept : d_(d), requested_(requested) {}

    target member(std::string_view k) override
    {
        if (k == "customer_account_id" || k == "id")
            return text_target(&d_.customer_account_id, false);
        if (k == "status" || k == "customer_account_status")
            return text_target(&d_.status);
        return capture_target(&d_.unknown_fields);
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
    deleted_account_reader(deleted_customer_account& out, std::string_view requested) noexcept : map_(out, requested) {}
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

    static void check_rules(create_customer_account const& op, refusal& r)
    {
        check_id(r, "customer_id", op.customer_id);
        check_required_text(r, "bank_code", op.bank_code);
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
            check_text(r, "gateway_id", *op.gateway_id);
        if (check_not_empty_if_set(r, "gateway_reference_id", op.gateway_reference_id))
            check_text(r, "gateway_reference_id", *op.gateway_reference_id);
    }

    static void target(create_customer_account const& op, target_writer& t)
    {
        t.literal("/customers");
        t.segment(op.customer_id);
        t.literal("/accounts");
    }

    static void write_body(create_customer_account const& op, form_writer& form, refusal* rules)
    {
        if (rules)
            check_rules(op, *rules);
        form.add("bank_code", op.bank_code);
        form.add_generated<account_details_json>("account_details", op);
        form.add("customer_id", op.customer_id);
        form.add_if("gateway_id", op.gateway_id);
        form.add_if("gateway_reference_id", op.gateway_reference_id);
        if (op.validate)
            form.add("command", "validate");
    }

    static accounts_reader reader(create_customer_account const&, std::vector<customer_account>& out) noexcept
    {
        return accounts_reader(out);
    }
};

template <>
struct operation_traits<validate_customer_account> : one_account_traits<validate_customer_account> {
    static constexpr http_method method = http_method::post;

    static void check_rules(validate_customer_account const& op, refusal& r)
    {
        one_account_traits::check_rules(op, r);
        if (check_not_empty_if_set(r, "preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway))
            check_text(r, "preferred_ifsc_validation_gateway", *op.preferred_ifsc_validation_gateway);
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
        if (rules)
            check_rules(op, *rules);
        form.add_if("preferred_ifsc_validation_gateway", op.preferred_ifsc_validation_gateway);
        if (op.validation_amount)
            form.add("validation_amount", op.validation_amount->text);
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

JUSPAY_DECL boost::system::result<customer_account> tag_invoke(boost::json::try_value_to_tag<customer_account>,
                                                          boost::json::value const& jv)
{
    return detail::map_dom<customer_account, detail::account_reader>(jv);
}

JUSPAY_DECL void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, customer_account const& a)
{
    auto& o = jv.emplace_object();
    o.emplace("object", a.object);
    o.emplace("customer_account_id", a.customer_account_id);
    o.emplace("customer_id", a.customer_id);
    detail::put(o, "date_created", a.date_created);
    auto& details = o.emplace("account_details", boost::json::object()).first->value().get_object();
    if (auto const* b = a.bank()) {
        details.emplace("account", b->account);
        details.emplace("name", b->name);
        details.emplace("ifsc", b->ifsc);
        detail::put(details, "juspay_bank_code", b->juspay_bank_code);
        detail::put(details, "bank_name", b->bank_name);
        for (auto const& kv : b->unknown_fields)
            details.emplace(kv.key(), kv.value());
    } else if (auto const* u = a.upi()) {
        details.emplace("vpa", u->vpa);
        for (auto const& kv : u->unknown_fields)
            details.emplace(kv.key(), kv.value());
    }
    if (a.validation_amount)
        o.emplace("validation_amount", a.validation_amount->text);
    detail::put(o, "currency", a.currency);
    o.emplace("validation_status", a.validation_status_text);
    if (a.last_validated)
        o.emplace("last_validated", a.last_validated->text);
    else
        o.emplace("last_validated", nullptr);
    detail::put(o, "customer_account_type", a.customer_account_type);
    for (auto const& kv : a.unknown_fields)
        o.emplace(kv.key(), kv.value());
}

JUSPAY_NAMESPACE_END

#endif
