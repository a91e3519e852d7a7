// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_HTTP_HPP
#define JUSPAY_HTTP_HPP

#include <juspay/detail/abi.hpp>
#include <juspay/config.hpp>
#include <juspay/detail/buffer.hpp>
#include <juspay/error.hpp>
#include <juspay/header_view.hpp>
#include <juspay/retry.hpp>

#include <boost/core/span.hpp>

#include <cstddef>
#include <iosfwd>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

JUSPAY_NAMESPACE_BEGIN

namespace detail {
class message_writer;
} // namespace detail

/// The HTTP methods Juspay's customer API uses.
enum class http_method { get, post };

/// The method's token as it appears on the request line: "GET" or "POST".
constexpr std::string_view to_string(http_method m) noexcept
{
    return m == http_method::get ? std::string_view("GET") : std::string_view("POST");
}

/// An exact request, ready to send: the absolute URL, then the whole HTTP/1.1 message, in ONE
/// buffer, read back through views (Boost.URL's `url` is the model). Made only by
/// `build_request`; a default-constructed request is empty (every view empty).
///
/// The views point into the request: they stay valid until it is changed or destroyed. Copying
/// copies the one buffer (one allocation); moving allocates nothing; both keep every view
/// right, because the request keeps offsets, not pointers. A moved-from request is empty.
class request {
public:
    /// A forward range over the headers, in send order, WITHOUT `Host` and `Content-Length`
    /// (an HTTP stack writes those itself from the URL and the body; `http1()` has them).
    class header_range {
    public:
        /// Walks the header lines of `http1()`. Cheap to copy; reads the request it came from.
        class iterator {
        public:
            using iterator_category = std::forward_iterator_tag; ///< a forward iterator
            using value_type = header_view;                      ///< what it yields
            using difference_type = std::ptrdiff_t;              ///< distance between two
            using pointer = header_view const*;                  ///< pointer to the yielded view
            using reference = header_view;                       ///< yielded by value (two views)

            /// A singular iterator, as forward iterators must have; compare it only with itself.
            iterator() noexcept = default;
            /// The header at this position.
            header_view operator*() const noexcept;
            /// The next header.
            iterator& operator++() noexcept;
            /// The next header, returning this one.
            iterator operator++(int) noexcept;
            /// Same position in the same request.
            friend bool operator==(iterator a, iterator b) noexcept { return a.p_ == b.p_; }
            /// Not the same position.
            friend bool operator!=(iterator a, iterator b) noexcept { return a.p_ != b.p_; }

        private:
            friend class header_range;
            explicit iterator(char const* p) noexcept : p_(p) {}
            char const* p_ = nullptr;
        };

        /// The first header.
        iterator begin() const noexcept { return iterator(first_); }
        /// Past the last header.
        iterator end() const noexcept { return iterator(last_); }
        /// True when there are no headers (only for an empty request).
        bool empty() const noexcept { return first_ == last_; }
        /// How many headers: a walk over them (there are at most seven).
        std::size_t size() const noexcept;

    private:
        friend class request;
        header_range(char const* first, char const* last) noexcept : first_(first), last_(last) {}
        char const* first_;
        char const* last_;
    };

    /// An empty request (every view empty); `build_request(..., reuse)` fills it.
    request() = default;
    /// Copies the one buffer (one allocation of exactly its size).
    request(request const&) = default;
    /// Copies the one buffer, reusing this request's capacity when it is enough.
    request& operator=(request const&) = default;
    /// Takes the buffer; allocates nothing. `other` is left empty.
    request(request&& other) noexcept : buf_(std::move(other.buf_)) { take_layout(other); }
    /// Takes the buffer; allocates nothing. `other` is left empty.
    request& operator=(request&& other) noexcept
    {
        buf_ = std::move(other.buf_);
        take_layout(other);
        return *this;
    }

    /// GET or POST.
    http_method method() const noexcept { return method_; }
    /// The absolute URL: the base URL, then the path with each path parameter one
    /// percent-encoded segment, then the query.
    std::string_view url() const noexcept { return view(0, url_size_); }
    /// The origin-form request target (path and query), as on the request line.
    std::string_view target() const noexcept { return view(target_pos_, target_size_); }
    /// `host[:port]`, as the `Host` header carries it.
    std::string_view host() const noexcept { return view(host_pos_, host_size_); }
    /// The headers in send order, without `Host` and `Content-Length`. Includes the
    /// `Authorization` header with the credentials: never log it (`operator<<` hides them).
    header_range headers() const noexcept;
    /// The value of the first header of `headers()` named `name` (ASCII case-insensitive), or
    /// an empty view. `Host` and `Content-Length` are not among them: see `host()`, `body()`.
    std::string_view header_value(std::string_view name) const noexcept;
    /// The `application/x-www-form-urlencoded` body; empty for GET.
    std::string_view body() const noexcept { return view(body_pos_, buf_.size() - body_pos_); }
    /// The whole HTTP/1.1 message, to write to a connection as it is: the request line, `Host`,
    /// the headers, `Content-Length` (POST), a blank line, the body. CRLF line ends.
    std::string_view http1() const noexcept { return view(url_size_, buf_.size() - url_size_); }
    /// Bytes the buffer holds without allocating: a `build_request(..., reuse)` of a request no
    /// larger than this allocates nothing.
    std::size_t capacity() const noexcept { return buf_.capacity(); }

private:
    friend class detail::message_writer;

    std::string_view view(std::size_t pos, std::size_t n) const noexcept { return {buf_.data() + pos, n}; }

    // Copies where everything is in `other`, and leaves `other` with the layout of an empty
    // request (its buffer was taken), so no view of it can reach past its end.
    void take_layout(request& other) noexcept
    {
        method_ = std::exchange(other.method_, http_method::get);
        url_size_ = std::exchange(other.url_size_, 0);
        target_pos_ = std::exchange(other.target_pos_, 0);
        target_size_ = std::exchange(other.target_size_, 0);
        host_pos_ = std::exchange(other.host_pos_, 0);
        host_size_ = std::exchange(other.host_size_, 0);
        headers_pos_ = std::exchange(other.headers_pos_, 0);
        headers_size_ = std::exchange(other.headers_size_, 0);
        body_pos_ = std::exchange(other.body_pos_, 0);
    }

    detail::request_buffer buf_;
    http_method method_ = http_method::get;
    std::size_t url_size_ = 0;
    std::size_t target_pos_ = 0, target_size_ = 0;
    std::size_t host_pos_ = 0, host_size_ = 0;
    std::size_t headers_pos_ = 0, headers_size_ = 0;
    std::size_t body_pos_ = 0;
};

/// Prints `http1()` with the credentials hidden (`Authorization: Basic ***`), so a request
/// can be logged without leaking the API key. CRLF line ends, as sent.
std::ostream& operator<<(std::ostream& os, request const& r);

/// What the caller's HTTP stack received: the status code, the body bytes and, optionally,
/// the headers. Views only: they must outlive the `parse_response` call, not its result.
struct response_view {
    /// An empty view: status 0, no body, no headers.
    response_view() = default;
    /// `{status, body}` or `{status, body, headers}`: a constructor rather than an aggregate,
    /// so that leaving out the optional headers draws no -Wmissing-field-initializers.
    response_view(int status_, std::string_view body_, boost::span<header_view const> headers_ = {}) noexcept
        : status(status_), body(body_), headers(headers_)
    {
    }

    int status = 0;        ///< the HTTP status code
    std::string_view body; ///< the body, transfer-decoded (no chunk framing); Juspay sends no content coding
    /// The answer's headers, any case, in any order (optional). An error keeps `x-request-id`,
    /// `x-response-id` and `Retry-After` from them; nothing else is read.
    boost::span<header_view const> headers;
};

/// Builds the exact request for `op`. Refuses (`missing_field`, `invalid_field`,
/// `invalid_config`) rather than building anything doubtful; `opts.routing_id` is required
/// (there is no default: see `call_options`). Cost: the fields are checked and encoded in
/// table-driven passes, and the request is one allocation of exactly its size. Never throws
/// except `std::bad_alloc`, never does I/O, keeps no state.
template <class Operation>
result<request> build_request(config const& cfg, Operation const& op, call_options const& opts);

/// The same, into `reuse`, whose buffer is kept: no allocation when `reuse.capacity()` is
/// enough (a connection's loop can build every request into one object). On a refusal
/// `reuse` is left empty, so a stale request cannot be sent by mistake.
template <class Operation>
result<void> build_request(config const& cfg, Operation const& op, call_options const& opts, request& reuse);

/// Turns the answer received for `op` into its typed result or a typed `error`, whose
/// `retry()` says what to do next for this operation. Never throws except `std::bad_alloc`,
/// never does I/O, keeps no state.
template <class Operation>
result<typename Operation::result_type> parse_response(Operation const& op, response_view response);

// The three entry points of one operation, for explicit instantiation: `prefix` is `template`
// in <juspay/src.hpp> and `extern template` in the headers (separate compilation only).
#define JUSPAY_INSTANTIATE_OPERATION(prefix, Op)                                                         \
    prefix result<request> build_request<Op>(config const&, Op const&, call_options const&);              \
    prefix result<void> build_request<Op>(config const&, Op const&, call_options const&, request&);       \
    prefix result<typename Op::result_type> parse_response<Op>(Op const&, response_view);
#define JUSPAY_EXTERN_OPERATION(Op) JUSPAY_INSTANTIATE_OPERATION(extern template, Op)

// The Boost.JSON conversions of one response type, likewise.
#define JUSPAY_INSTANTIATE_CONVERSIONS(prefix, T)                                                        \
    prefix boost::system::result<T> tag_invoke<T, 0>(boost::json::try_value_to_tag<T>, boost::json::value const&); \
    prefix void tag_invoke<T, 0>(boost::json::value_from_tag, boost::json::value&, T const&);
#define JUSPAY_EXTERN_CONVERSIONS(T) JUSPAY_INSTANTIATE_CONVERSIONS(extern template, T)

JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/http.hpp>
#endif

#endif
