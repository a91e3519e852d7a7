// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_BUFFER_HPP
#define JUSPAY_DETAIL_BUFFER_HPP

#include <juspay/detail/abi.hpp>

#include <cstddef>
#include <cstring>
#include <memory>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// The bytes of one request. Not a std::string: making room for n bytes there writes n zeros
// (resize) or checks capacity on every piece (append), which measured a fifth of a
// create_customer build_request under callgrind; this hands out n uninitialized bytes that
// the writer then fills exactly once.
class request_buffer {
public:
    request_buffer() noexcept = default;

    request_buffer(request_buffer const& other) : size_(other.size_), capacity_(other.size_)
    {
        if (size_ != 0) {
            data_.reset(new char[size_ + slack]);
            std::memcpy(data_.get(), other.data_.get(), size_);
        }
    }

    request_buffer(request_buffer&& other) noexcept
        : data_(std::move(other.data_)), size_(other.size_), capacity_(other.capacity_)
    {
        other.size_ = other.capacity_ = 0;
    }

    request_buffer& operator=(request_buffer const& other)
    {
        if (this != &other) {
            char* p = prepare(other.size_);
            if (other.size_ != 0)
                std::memcpy(p, other.data_.get(), other.size_);
        }
        return *this;
    }

    request_buffer& operator=(request_buffer&& other) noexcept
    {
        data_ = std::move(other.data_);
        size_ = other.size_;
        capacity_ = other.capacity_;
        other.size_ = other.capacity_ = 0;
        return *this;
    }

    // Bytes after the end that a writer may scribble on: encode_to copies each byte's encoding
    // as a fixed three characters and then advances by its true length.
    static constexpr std::size_t slack = 4;

    // Makes the buffer `n` bytes long, their contents unspecified, and returns them (followed
    // by `slack` bytes). Allocates only when the capacity is short; the old contents are not
    // kept.
    char* prepare(std::size_t n)
    {
        if (n > capacity_) {
            data_.reset(new char[n + slack]);
            capacity_ = n;
        }
        size_ = n;
        return data_.get();
    }

    void clear() noexcept { size_ = 0; }

    // Never null, so that views of an empty request are valid empty ranges.
    char const* data() const noexcept { return data_ ? data_.get() : ""; }
    std::size_t size() const noexcept { return size_; }
    std::size_t capacity() const noexcept { return capacity_; }

private:
    std::unique_ptr<char[]> data_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
