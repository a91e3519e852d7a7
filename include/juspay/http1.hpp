// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_HTTP1_HPP
#define JUSPAY_HTTP1_HPP

// The HTTP/1.1 wire layer, for callers that hold only a connection (a TLS stream, an io_uring
// or Seastar socket): write `request::http1()` to it, feed what comes back to a
// `response_reader`, and give `response_reader::response()` to `parse_response`. Not part of
// the umbrella header <juspay/juspay.hpp>, because it brings in Boost.Beast's parser.

#include <juspay/detail/abi.hpp>
#include <juspay/error.hpp>
#include <juspay/header_view.hpp>
#include <juspay/http.hpp>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

JUSPAY_NAMESPACE_BEGIN
namespace detail {
struct http1_reader_state;
} // namespace detail

namespace http1 {

/// The most a `response_reader` accepts from one response. Bytes past a limit end the read
/// with `errc::response_too_large`, so a broken or hostile peer cannot make the reader hold
/// more memory than these (plus the parsed fields' bookkeeping).
struct limits {
    /// The status line and the header fields, up to and including the empty line that ends
    /// them. Also bounds each chunk-size line (with the CRLF ending the chunk before it) and
    /// the last chunk with its trailer fields, which are buffered the same way. Values above
    /// 65535 act as 65535: Beast stores a field in at most 64 KiB.
    std::size_t header_bytes = 16 * 1024;
    /// The body after transfer decoding (chunked), or as announced by Content-Length (a
    /// Content-Length over it is refused at the header, before any body byte). A Content-Length
    /// body is reserved in one allocation up front, so this is also the largest allocation the
    /// reader makes for a body.
    std::size_t body_bytes = 8 * 1024 * 1024;
};

/// Reads one HTTP/1.1 response at a time from bytes the caller received, in pieces of any size
/// (one byte, a whole TLS record, the response and the next one together), over Boost.Beast's
/// `http::response_parser`. The caller owns the connection: it writes the request itself and
/// feeds each piece it reads until `done()`, then hands `response()` to `parse_response`:
///
/// ```
/// juspay::http1::response_reader reader;
/// std::string in;                                  // received, not yet taken by the reader
/// while (!reader.done()) {
///     if (in.empty() && !read_some(conn, in)) {    // the caller's own I/O; false at EOF
///         if (auto r = reader.feed_eof(); !r)
///             return r.error();
///         break;                                   // a close-delimited body ended
///     }
///     auto taken = reader.feed(in);
///     if (!taken)
///         return taken.error();
///     in.erase(0, *taken);                         // what is left belongs to the next response
/// }
/// auto customer = juspay::parse_response(op, reader.response());
/// if (!reader.keep_alive())
///     close(conn);
/// ```
///
/// Content-Length, chunked (with chunk extensions and trailers) and close-delimited bodies are
/// read; the body in `response()` is transfer-decoded but not content-decoded (the library
/// never asks for a Content-Encoding). Interim 1xx responses (100 Continue, 102, 103, ...) are
/// read and dropped: they are not the answer to the request, the final response after them is.
/// 101 Switching Protocols is final (and `keep_alive()` is false after it).
///
/// A failure is a `juspay::error` whose code is `errc::malformed_http` (the bytes are not an
/// HTTP/1.1 response, or stop early) or `errc::response_too_large` (over `limits`).
/// `http_status` is the status once the status line was parsed, else 0. A header goes to
/// Beast's parser only once its blank line has arrived, so that no verdict on it depends on how
/// the bytes were split; a header cut short or over `limits::header_bytes` therefore gives 0 (a
/// bare LF, which ends no header, is found and judged as it arrives). Its `retry()` is
/// `retry_advice::check_first`, because the request may have been carried out and only the
/// answer was lost; for the operation's own advice use
/// `juspay::retry_after_transport_failure(op)`, exactly as for a timeout. After a failure the
/// connection cannot be trusted to be at a message boundary: close it.
///
/// Stricter than Beast on purpose: more than one Content-Length (even with equal values, in
/// one field or several), a Transfer-Encoding other than exactly `chunked`, and a status code
/// below 100 are `malformed_http`.
///
/// Movable (cheaply: a pointer), not copyable. The views of `response()` point into state on
/// the heap, so they stay valid when the reader is moved. A moved-from reader behaves as a
/// new one. Not thread-safe: one reader per connection.
class response_reader {
public:
    /// A reader for the first response on a connection. Allocates nothing: its state is made
    /// on the first `feed` or `feed_eof`. Never throws.
    explicit response_reader(limits l = {}) noexcept;

    /// Takes the other reader's state (in flight or done), with every view of its
    /// `response()`. `other` becomes a new reader with the same limits. Never throws.
    response_reader(response_reader&& other) noexcept;

    /// Drops this reader's state, then as the move constructor. Never throws.
    response_reader& operator=(response_reader&& other) noexcept;

    /// Not copyable: a response's views belong to the one reader that read it.
    response_reader(response_reader const&) = delete;
    /// Not copyable: a response's views belong to the one reader that read it.
    response_reader& operator=(response_reader const&) = delete;

    /// Frees the state (the parsed fields, the body and any buffered bytes).
    ~response_reader();

    /// Takes bytes up to the end of the current response and returns how many it took: all of
    /// `bytes` while the response goes on, fewer when it ends inside `bytes` (the rest is the
    /// start of the next response on the connection: keep it and feed it after `reset()`).
    /// Takes 0 bytes once `done()`, or from an empty piece.
    ///
    /// A piece that ends inside the header, a chunk-size line or the trailer is copied into the
    /// reader's own buffer (at most `limits::header_bytes` + 1 bytes) and parsed from there
    /// when the rest arrives; body bytes go from `bytes` straight into the body. Cost: linear
    /// in the bytes taken; allocates for the header fields, the body and that buffer.
    ///
    /// Fails with `errc::malformed_http` or `errc::response_too_large` (see the class); after a
    /// failure every call returns the same error until `reset()`. Throws only `std::bad_alloc`
    /// (after which the reader is usable only once `reset()`).
    result<std::size_t> feed(std::string_view bytes);

    /// Tells the reader that the connection was closed by the peer. A close-delimited body (no
    /// Content-Length, not chunked) ends here, and the response is `done()`. Before a complete
    /// header, inside a Content-Length body, or inside a chunked body it is
    /// `errc::malformed_http` (saying how far the response got). Does nothing once `done()`.
    /// Throws only `std::bad_alloc`.
    result<void> feed_eof();

    /// True once a whole final response has been read (by `feed`, or by `feed_eof` for a
    /// close-delimited body). Never throws.
    bool done() const noexcept;

    /// The response read: status, transfer-decoded body, and the header fields in the order
    /// received (a chunked body's trailer fields after them), names and values as sent (values
    /// without surrounding whitespace), except that fields sharing a name (in any case) are kept
    /// together at the place of the first: Beast's fields keep them so, and only the order
    /// among fields of one name carries meaning (RFC 9110, section 5.3). Views into the reader:
    /// valid once `done()`, until `reset()` or the reader's destruction; moving the reader
    /// keeps them valid. Before `done()`: an empty `response_view` (status 0). Cost: O(1),
    /// never throws.
    response_view response() const noexcept;

    /// True when the connection may carry the next request once `done()`: HTTP/1.1 without
    /// `Connection: close`, or HTTP/1.0 with `Connection: keep-alive`, and a body whose end
    /// was marked (Content-Length, chunked, or none by status). False before `done()`, after
    /// a close-delimited body, after 101 Switching Protocols, and after any failure. Never
    /// throws.
    bool keep_alive() const noexcept;

    /// Makes the reader ready for the next response on the same connection, with the same
    /// limits; also clears a failure. Invalidates the views of `response()`. Frees the
    /// previous response's fields and body, keeps the buffer's capacity, allocates nothing.
    void reset();

private:
    void start();
    void configure();
    std::size_t pending_room() const noexcept;
    result<std::size_t> advance(char const* data, std::size_t size);
    result<bool> read_header(std::string_view bytes, std::size_t& taken);
    result<void> header_complete();
    void finish();
    error fail(errc code, std::string_view what, bool with_status = true);
    error fail_header_too_large();
    error fail_framing_too_large();

    limits limits_;
    std::unique_ptr<juspay::detail::http1_reader_state> state_;
};

} // namespace http1
JUSPAY_NAMESPACE_END

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#include <juspay/impl/http1.hpp>
#endif

#endif
