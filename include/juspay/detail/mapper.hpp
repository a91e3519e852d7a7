// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_MAPPER_HPP
#define JUSPAY_DETAIL_MAPPER_HPP

// Maps JSON straight into the result structs, from parse events, without building a DOM.
//
// Why not parse into a boost::json::value and read that: under callgrind the DOM (copying every
// string into the tree, building each object's index) cost ~10,000 instructions of a ~15,600
// instruction parse of the Create Customer sample, and a parse must stay well under a fifth of
// nlohmann::json's. Events come from Boost.JSON's own parser (basic_parser, its documented
// extension point), so the JSON grammar, UTF-8 validation and depth limit are Boost.JSON's.
// The same events are produced by walking a DOM, which is how the try_value_to conversions use
// this one mapping.
//
// Members the structs do not model are kept whole in their `unknown_fields`, built with
// Boost.JSON's value_stack. A number is delivered with its own text, which is how money stays
// exact. A wrong type records the first shape error and parsing goes on, so a body that is also
// not valid JSON is reported as malformed (what the bytes are) rather than as a shape error.

#include <juspay/detail/abi.hpp>
#include <juspay/detail/json.hpp>
#include <juspay/error.hpp>
#include <juspay/money.hpp>
#include <juspay/timestamp.hpp>

#include <boost/assert.hpp>
#include <boost/config.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_stack.hpp>

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

class object_map;
class array_map;

// Text the mapper keeps for itself (the current key, paths for error messages): inline up to
// 63 bytes, so reading a response allocates only for what the result owns.
class short_text {
public:
    short_text() noexcept = default;
    short_text(short_text const&) = delete;
    short_text& operator=(short_text const&) = delete;

    void assign(std::string_view s)
    {
        size_ = 0;
        append(s);
    }

    void assign(std::string_view a, std::string_view b, std::string_view c)
    {
        if (a.size() + b.size() + c.size() > sizeof inline_) {
            assign(a);
            append(b);
            return append(c);
        }
        // An empty view may have no data, which memcpy must not be given even for 0 bytes.
        if (!a.empty())
            std::memcpy(inline_, a.data(), a.size());
        if (!b.empty())
            std::memcpy(inline_ + a.size(), b.data(), b.size());
        if (!c.empty())
            std::memcpy(inline_ + a.size() + b.size(), c.data(), c.size());
        size_ = a.size() + b.size() + c.size();
    }

    void append(std::string_view s)
    {
        if (size_ + s.size() <= sizeof inline_) {
            if (!s.empty())
                std::memcpy(inline_ + size_, s.data(), s.size());
            size_ += s.size();
            return;
        }
        if (size_ <= sizeof inline_) // spill what is inline first
            heap_.assign(inline_, size_);
        heap_.append(s.data(), s.size());
        size_ += s.size();
    }

    std::string_view view() const noexcept
    {
        return size_ <= sizeof inline_ ? std::string_view(inline_, size_) : std::string_view(heap_);
    }

    operator std::string_view() const noexcept { return view(); }

    // For messages (only on failure): the text followed by `more`.
    std::string operator+(std::string_view more) const
    {
        std::string s(view());
        s.append(more.data(), more.size());
        return s;
    }

private:
    char inline_[63];
    std::size_t size_ = 0;
    std::string heap_;
};

enum class json_kind_of { null, boolean, number, string, object, array };

inline char const* kind_name(json_kind_of k) noexcept
{
    switch (k) {
    case json_kind_of::null: return "null";
    case json_kind_of::boolean: return "a boolean";
    case json_kind_of::number: return "a number";
    case json_kind_of::string: return "a string";
    case json_kind_of::object: return "an object";
    case json_kind_of::array: return "an array";
    }
    return "something else";
}

// Where the value of a member goes.
struct target {
    enum class kind : unsigned char {
        skip,      // read and dropped
        capture,   // kept whole in `unknown` under the member's key
        text,      // std::string: a string (or null when nullable)
        opt_text,  // std::optional<std::string>: a string, or null
        digits,    // std::string: a string or an integer (as its text), or null
        opt_digits,// std::optional<std::string>: a string or an integer, or null
        timestamp, // std::optional<timestamp>: any string is kept (timestamp::time() reads it),
                   // a number or boolean as its text, null is "not given"; an object or array
                   // is not a timestamp (a shape error)
        money,     // std::optional<money>: a string or a number (its own text), or null
        object,    // a nested struct, through `map`
        array,     // a nested list, through `list`
        either,    // an object through `map`, or an array through `list`
    };
    kind k = kind::skip;
    bool nullable = true;
    void* ptr = nullptr;
    object_map* map = nullptr;
    array_map* list = nullptr;
    boost::json::object* unknown = nullptr; // for capture
    char const* expected = "a string";      // for the shape error
};

// Maps the members of one JSON object into a struct.
class object_map {
public:
    short_text path; // prefix of member paths in errors: "", "juspay.", "[1].account_details."

    // Called when the object starts (to create the optional struct it fills, say).
    virtual void begin() {}
    // Where the value of member `key` goes: written into `out` (the mapper's pending target)
    // rather than returned, which copied the target once more for every key.
    virtual void member(std::string_view key, target& out) = 0;
    // Called at '}': checks what must be there. False with `err` set on failure.
    virtual bool finish(shape_error& err) = 0;

protected:
    ~object_map() = default;
};

// Maps the elements of one JSON array (of objects) into a list.
class array_map {
public:
    short_text path;

    virtual void begin() {}
    // The map for element `index`, which must be an object.
    virtual object_map* element(std::size_t index) = 0;
    // What an element must be, for the shape error.
    virtual char const* element_expected() const noexcept { return "an object"; }

protected:
    ~array_map() = default;
};

inline target text_target(std::string* p, bool nullable = true) noexcept
{
    return target{target::kind::text, nullable, p, nullptr, nullptr, nullptr, "a string"};
}
inline target opt_text_target(std::optional<std::string>* p) noexcept
{
    return target{target::kind::opt_text, true, p, nullptr, nullptr, nullptr, "a string"};
}
// Digits Juspay documents as strings (mobile numbers, codes); an integer is kept as its text.
inline target digits_target(std::string* p) noexcept
{
    return target{target::kind::digits, true, p, nullptr, nullptr, nullptr, "a string"};
}
inline target opt_digits_target(std::optional<std::string>* p) noexcept
{
    return target{target::kind::opt_digits, true, p, nullptr, nullptr, nullptr, "a string"};
}
inline target stamp_target(std::optional<timestamp>* p) noexcept
{
    return target{target::kind::timestamp, true, p, nullptr, nullptr, nullptr, "a timestamp"};
}
inline target money_target(std::optional<money>* p) noexcept
{
    return target{target::kind::money, true, p, nullptr, nullptr, nullptr, "a decimal number or string"};
}
inline target object_target(object_map* m, bool nullable, char const* expected) noexcept
{
    return target{target::kind::object, nullable, nullptr, m, nullptr, nullptr, expected};
}
inline target array_target(array_map* l, char const* expected) noexcept
{
    return target{target::kind::array, false, nullptr, nullptr, l, nullptr, expected};
}
inline target either_target(object_map* m, array_map* l, char const* expected) noexcept
{
    return target{target::kind::either, false, nullptr, m, l, nullptr, expected};
}
inline target capture_target(boost::json::object* unknown) noexcept
{
    return target{target::kind::capture, true, nullptr, nullptr, nullptr, unknown, ""};
}
inline target skip_target() noexcept { return target{}; }

// Receives the events of one JSON document and fills the structs.
class mapper {
public:
    // Object and array levels the mapper follows into the result. Deeper values are members
    // nobody modelled, kept whole in `unknown_fields` without frames, so only the readers'
    // own nesting counts: each reader states it (`depth`) and it is checked here.
    static constexpr std::size_t max_depth = 6;

    template <class Reader>
    mapper(Reader& reader, shape_error& err) : pending_(reader.root()), err_(err)
    {
        static_assert(Reader::depth <= max_depth, "the reader nests deeper than the mapper's frames");
    }

    bool failed() const noexcept { return failed_; }

    void begin_object()
    {
        if (capturing())
            return capture_begin();
        if (failed_)
            return;
        target::kind const k = take();
        target const& t = pending_; // only its kind was reset
        if (k == target::kind::object || k == target::kind::either) {
            object_map* m = t.map;
            if (!m) // an array element: its map is made only now that the element exists
                m = t.list->element(top().index++);
            if (k == target::kind::either) // a reader's root: its members' paths are bare
                m->path.assign({});
            else
                set_current_path(m->path, ".");
            m->begin();
            push(frame{m, nullptr, 0});
        } else if (k == target::kind::capture || k == target::kind::skip) {
            start_capture(k, t);
            capture_begin();
        } else {
            wrong_type(t, json_kind_of::object);
        }
    }

    void end_object(std::size_t n)
    {
        if (capturing())
            return capture_end(true, n);
        if (failed_)
            return;
        frame const f = pop();
        if (!f.obj->finish(err_))
            failed_ = true;
    }

    void begin_array()
    {
        if (capturing())
            return capture_begin();
        if (failed_)
            return;
        target::kind const k = take();
        target const& t = pending_; // only its kind was reset
        if (k == target::kind::array || k == target::kind::either) {
            array_map* l = t.list;
            if (k == target::kind::either)
                l->path.assign({});
            else
                set_current_path(l->path);
            l->begin();
            if (push(frame{nullptr, l, 0})) // else failed: no frame of its own to read
                next_element();
        } else if (k == target::kind::capture || k == target::kind::skip) {
            start_capture(k, t);
            capture_begin();
        } else {
            wrong_type(t, json_kind_of::array);
        }
    }

    void end_array(std::size_t n)
    {
        if (capturing())
            return capture_end(false, n);
        if (failed_)
            return;
        pop();
    }

    // `stable`: `k` stays valid until the whole input has been read (it points into the body
    // or a DOM), so it is kept as a view rather than copied.
    void key(std::string_view k, bool stable)
    {
        if (capturing())
            return void(stack_.push_key(boost::json::string_view(k.data(), k.size())));
        if (failed_)
            return;
        if (!stable) {
            key_copy_.assign(k);
            k = key_copy_.view();
        }
        key_ = k;
        top().obj->member(k, pending_);
    }

    void string(std::string_view s)
    {
        if (capturing())
            return void(stack_.push_string(boost::json::string_view(s.data(), s.size())));
        if (failed_)
            return;
        target::kind const k = take();
        target const& t = pending_; // only its kind was reset
        switch (k) {
        case target::kind::text:
        case target::kind::digits: set_text(t, s); break;
        case target::kind::opt_text:
        case target::kind::opt_digits: static_cast<std::optional<std::string>*>(t.ptr)->emplace(s.data(), s.size()); break;
        case target::kind::timestamp: set_stamp(t, s); break;
        case target::kind::money: *static_cast<std::optional<money>*>(t.ptr) = money::from_text(s); break;
        case target::kind::capture: capture_scalar(t, boost::json::value(boost::json::string_view(s.data(), s.size()))); break;
        case target::kind::skip: break;
        default: wrong_type(t, json_kind_of::string);
        }
    }

    // A number, with its own text and its value as Boost.JSON reads it.
    template <class Number>
    void number(std::string_view text, Number value)
    {
        if (capturing())
            return push_number(text, value);
        if (failed_)
            return;
        target::kind const k = take();
        target const& t = pending_; // only its kind was reset
        bool const integer = !std::is_floating_point<Number>::value;
        switch (k) {
        case target::kind::digits:
            if (!integer)
                return wrong_type(t, json_kind_of::number);
            set_text(t, text);
            break;
        case target::kind::opt_digits:
            if (!integer)
                return wrong_type(t, json_kind_of::number);
            static_cast<std::optional<std::string>*>(t.ptr)->emplace(text.data(), text.size());
            break;
        case target::kind::timestamp: set_stamp(t, text); break;
        case target::kind::money: *static_cast<std::optional<money>*>(t.ptr) = money::from_text(text); break;
        case target::kind::capture: capture_scalar(t, number_value(text, value)); break;
        case target::kind::skip: break;
        default: wrong_type(t, json_kind_of::number);
        }
    }

    void boolean(bool b)
    {
        if (capturing())
            return void(stack_.push_bool(b));
        if (failed_)
            return;
        target::kind const k = take();
        target const& t = pending_; // only its kind was reset
        switch (k) {
        case target::kind::timestamp: set_stamp(t, b ? "true" : "false"); break;
        case target::kind::capture: capture_scalar(t, boost::json::value(b)); break;
        case target::kind::skip: break;
        default: wrong_type(t, json_kind_of::boolean);
        }
    }

    void null()
    {
        if (capturing())
            return void(stack_.push_null());
        if (failed_)
            return;
        target::kind const k = take();
        target const& t = pending_; // only its kind was reset
        switch (k) {
        case target::kind::opt_text:
        case target::kind::opt_digits: static_cast<std::optional<std::string>*>(t.ptr)->reset(); break;
        case target::kind::timestamp: static_cast<std::optional<timestamp>*>(t.ptr)->reset(); break;
        case target::kind::money: static_cast<std::optional<money>*>(t.ptr)->reset(); break;
        case target::kind::capture: capture_scalar(t, boost::json::value(nullptr)); break;
        case target::kind::skip: break;
        case target::kind::text:
        case target::kind::digits:
            if (t.nullable) {
                static_cast<std::string*>(t.ptr)->clear();
                break;
            }
            return wrong_type(t, json_kind_of::null);
        case target::kind::object:
            if (t.nullable)
                break;
            return wrong_type(t, json_kind_of::null);
        default: wrong_type(t, json_kind_of::null);
        }
    }

private:
    struct frame {
        object_map* obj;
        array_map* arr;
        std::size_t index;
    };

    bool capturing() const noexcept { return capture_depth_ != 0; }

    // Constructed, then moved in: the members are empty, and std::string::assign's general
    // path (which keeps the old buffer if it fits) cost several times more under callgrind.
    static void set_text(target const& t, std::string_view s)
    {
        *static_cast<std::string*>(t.ptr) = std::string(s.data(), s.size());
    }

    static void set_stamp(target const& t, std::string_view text)
    {
        static_cast<std::optional<timestamp>*>(t.ptr)->emplace(timestamp{std::string(text)});
    }

    frame& top() noexcept
    {
        BOOST_ASSERT(depth_ != 0);
        return frames_[depth_ - 1];
    }

    // Unreachable while every reader's depth is checked against max_depth; kept so that a
    // reader which lied about its depth fails the parse instead of writing past the frames.
    bool push(frame f)
    {
        if (depth_ == frames_.size()) {
            failed_ = true;
            shape_fail(err_, path_of_current(), "is nested too deeply");
            return false;
        }
        frames_[depth_++] = f;
        return true;
    }

    frame pop() noexcept
    {
        frame const f = frames_[--depth_];
        if (depth_ != 0 && top().arr)
            next_element();
        return f;
    }

    // In an array, the next value is the next element: an object whose map the array gives
    // when it starts.
    void next_element()
    {
        frame const& f = top();
        index_path_.assign(f.arr->path);
        char digits[24];
        auto const end = std::to_chars(digits, digits + sizeof digits, f.index).ptr;
        index_path_.append("[");
        index_path_.append(std::string_view(digits, static_cast<std::size_t>(end - digits)));
        index_path_.append("]");
        pending_ = target{target::kind::object, false, nullptr, nullptr, f.arr, nullptr, f.arr->element_expected()};
    }

    // The target for the coming value. In an object the next key sets the next one; in an
    // array the next element's is set when this element (always an object) ends.
    // The kind of the coming value's target, reset to skip; the rest of pending_ is read in
    // place (a copy of the whole target per value showed under callgrind), and stays valid until
    // the next key or array element sets it.
    target::kind take() noexcept
    {
        target::kind const k = pending_.k;
        pending_.k = target::kind::skip;
        return k;
    }

    // The path of the value being read (the member's, or the array element's), then `suffix`:
    // "." gives the prefix for the members of an object that starts now. Inlined, so that the
    // suffix, a constant at each call, is copied as one.
    BOOST_FORCEINLINE void set_current_path(short_text& out, std::string_view suffix = {}) const
    {
        if (depth_ == 0)
            return out.assign({});
        frame const& f = frames_[depth_ - 1];
        if (f.arr) {
            out.assign(index_path_);
            return out.append(suffix);
        }
        out.assign(f.obj->path, key_, suffix); // one size check for the three parts
    }

    std::string path_of_current() const
    {
        short_text p;
        set_current_path(p);
        return std::string(p.view());
    }

    // Out of line, as are the capture paths below: kept out of the value handlers, they leave
    // those small enough that their entry and exit cost less on every value.
    BOOST_NOINLINE void wrong_type(target const& t, json_kind_of got)
    {
        failed_ = true;
        std::string reason = "expected ";
        reason += t.expected;
        reason += ", got ";
        reason += kind_name(got);
        shape_fail(err_, path_of_current(), reason);
    }

    BOOST_NOINLINE void capture_scalar(target const& t, boost::json::value v)
    {
        if (t.unknown)
            t.unknown->insert_or_assign(key_, std::move(v)); // a repeated name: the last one wins
    }

    void start_capture(target::kind k, target const& t)
    {
        capture_into_ = k == target::kind::capture ? t.unknown : nullptr;
        capture_key_.assign(key_.data(), key_.size());
        stack_.reset(boost::json::storage_ptr()); // the captured value lives with the result
    }

    void capture_begin() noexcept { ++capture_depth_; }

    void capture_end(bool object, std::size_t n)
    {
        if (object)
            stack_.push_object(n);
        else
            stack_.push_array(n);
        if (--capture_depth_ == 0) {
            boost::json::value v = stack_.release();
            if (capture_into_)
                capture_into_->insert_or_assign(capture_key_, std::move(v)); // the last one wins
        }
    }

    // A number past a double's range (1e400) would be Infinity in the DOM, which no JSON text
    // can carry: it is kept as a string holding the number's text instead (README "Results
    // and errors"). map_value, fed a DOM that holds the Infinity already, gives "inf".
    void push_number(std::string_view, std::int64_t v) { stack_.push_int64(v); }
    void push_number(std::string_view, std::uint64_t v) { stack_.push_uint64(v); }
    void push_number(std::string_view text, double v)
    {
        if (std::isfinite(v))
            stack_.push_double(v);
        else
            stack_.push_string(boost::json::string_view(text.data(), text.size()));
    }
    template <class Number>
    static boost::json::value number_value(std::string_view text, Number v)
    {
        if constexpr (std::is_floating_point<Number>::value)
            if (!std::isfinite(v))
                return boost::json::value(boost::json::string_view(text.data(), text.size()));
        return boost::json::value(v);
    }

    target pending_;
    shape_error& err_;
    bool failed_ = false;
    std::array<frame, max_depth> frames_; // written by push() before any read
    std::size_t depth_ = 0;
    std::string_view key_; // the current member's name: a view of the input, or of key_copy_
    short_text key_copy_;
    short_text index_path_;
    // Unknown members: their whole value is built here.
    boost::json::value_stack stack_;
    int capture_depth_ = 0;
    boost::json::object* capture_into_ = nullptr;
    std::string capture_key_;
};

// Adapts the mapper to Boost.JSON's basic_parser. It never stops the parser: a shape error is
// recorded by the mapper and the rest of the body is still checked as JSON.
class mapper_handler {
public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    mapper_handler(mapper& m, std::string_view body) noexcept : m_(m), body_(body) {}

    using ec_t = boost::json::error_code;
    using sv_t = boost::json::string_view;

    bool on_document_begin(ec_t&) { return true; }
    bool on_document_end(ec_t&) { return true; }
    bool on_object_begin(ec_t&) { return m_.begin_object(), true; }
    bool on_object_end(std::size_t n, ec_t&) { return m_.end_object(n), true; }
    bool on_array_begin(ec_t&) { return m_.begin_array(), true; }
    bool on_array_end(std::size_t n, ec_t&) { return m_.end_array(n), true; }
    bool on_key_part(sv_t s, std::size_t, ec_t&) { return parts_.append(s.data(), s.size()), true; }
    bool on_key(sv_t s, std::size_t, ec_t&)
    {
        std::string_view const k = whole(s);
        // An unescaped key is a view of the body; an escaped one lives in the parser's or our
        // buffer until the next token, so the mapper copies it. A key that starts in the body
        // lies wholly in it (those buffers are other memory), and below the body's start the
        // unsigned difference wraps past its size.
        auto const at = reinterpret_cast<std::uintptr_t>(k.data()), begin = reinterpret_cast<std::uintptr_t>(body_.data());
        bool const in_body = at - begin < body_.size();
        return m_.key(k, in_body), parts_.clear(), true;
    }
    bool on_string_part(sv_t s, std::size_t, ec_t&) { return parts_.append(s.data(), s.size()), true; }
    bool on_string(sv_t s, std::size_t, ec_t&) { return m_.string(whole(s)), parts_.clear(), true; }
    bool on_number_part(sv_t s, ec_t&) { return parts_.append(s.data(), s.size()), true; }
    bool on_int64(std::int64_t i, sv_t s, ec_t&) { return m_.number(whole(s), i), parts_.clear(), true; }
    bool on_uint64(std::uint64_t u, sv_t s, ec_t&) { return m_.number(whole(s), u), parts_.clear(), true; }
    bool on_double(double d, sv_t s, ec_t&) { return m_.number(whole(s), d), parts_.clear(), true; }
    bool on_bool(bool b, ec_t&) { return m_.boolean(b), true; }
    bool on_null(ec_t&) { return m_.null(), true; }
    bool on_comment_part(sv_t, ec_t&) { return true; }
    bool on_comment(sv_t, ec_t&) { return true; }

private:
    // A token split across callbacks (escapes, or a very long string) is put back together.
    std::string_view whole(sv_t last)
    {
        if (parts_.empty())
            return {last.data(), last.size()};
        parts_.append(last.data(), last.size());
        return parts_;
    }

    mapper& m_;
    std::string_view body_;
    std::string parts_;
};

// Parses `body` into the mapper: the JSON error if the body is not JSON (then nothing about
// its shape counts), else success with mapper::failed() telling about the shape.
inline boost::json::error_code map_json(std::string_view body, mapper& m)
{
    boost::json::basic_parser<mapper_handler> p(boost::json::parse_options(), m, body);
    boost::json::error_code ec;
    std::size_t const n = p.write_some(false, body.data(), body.size(), ec);
    if (!ec && n < body.size())
        ec = boost::json::error::extra_data;
    return ec;
}

// Feeds a DOM to the mapper: the same events a parse of its serialization would give.
// A double's text is its shortest round-trip form (1.5, not 1.5E0).
inline void map_value(boost::json::value const& v, mapper& m)
{
    switch (v.kind()) {
    case boost::json::kind::null: m.null(); break;
    case boost::json::kind::bool_: m.boolean(v.get_bool()); break;
    case boost::json::kind::int64: m.number(std::to_string(v.get_int64()), v.get_int64()); break;
    case boost::json::kind::uint64: m.number(std::to_string(v.get_uint64()), v.get_uint64()); break;
    case boost::json::kind::double_: {
        char buf[32];
        auto const res = std::to_chars(buf, buf + sizeof buf, v.get_double());
        m.number(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf)), v.get_double());
        break;
    }
    case boost::json::kind::string: m.string(view(v.get_string())); break;
    case boost::json::kind::array:
        m.begin_array();
        for (auto const& e : v.get_array())
            map_value(e, m);
        m.end_array(v.get_array().size());
        break;
    case boost::json::kind::object:
        m.begin_object();
        for (auto const& kv : v.get_object()) {
            m.key(std::string_view(kv.key().data(), kv.key().size()), true); // the DOM outlives the walk
            map_value(kv.value(), m);
        }
        m.end_object(v.get_object().size());
        break;
    }
}

// A boost::json::try_value_to conversion through the same mapping as parse_response.
template <class T, class Reader>
boost::system::result<T> map_dom(boost::json::value const& jv)
{
    T out;
    shape_error err;
    Reader reader(out);
    mapper m(reader, err);
    map_value(jv, m);
    if (m.failed())
        return make_error_code(errc::unexpected_shape);
    return out;
}

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
