// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_INLINE_LIST_HPP
#define JUSPAY_DETAIL_INLINE_LIST_HPP

#include <juspay/detail/abi.hpp>

#include <boost/assert.hpp>
#include <boost/config.hpp>

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>

JUSPAY_NAMESPACE_BEGIN
namespace detail {

// An append-only list of trivially copyable records with room for N in the object itself and
// the heap beyond that: what the request writers collect (fields, path pieces). Not
// boost::container::small_vector: its push_back (capacity bookkeeping, the allocator's
// construct) was a measurable part of a build_request's fixed cost under callgrind, and the
// inline slots are left unconstructed until used. Neither copyable nor movable: `data_` may
// point into the object itself.
template <class T, std::size_t N>
class inline_list {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "records are copied as bytes and never destroyed");

public:
    inline_list() noexcept {}
    inline_list(inline_list const&) = delete;
    inline_list& operator=(inline_list const&) = delete;

    BOOST_FORCEINLINE void push_back(T const& x)
    {
        if (BOOST_UNLIKELY(size_ == capacity_))
            grow();
        ::new (static_cast<void*>(data_ + size_)) T(x);
        ++size_;
    }

    T const* begin() const noexcept { return data_; }
    T const* end() const noexcept { return data_ + size_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }

private:
    BOOST_NOINLINE void grow()
    {
        std::size_t const capacity = capacity_ * 2;
        std::unique_ptr<T[]> bigger(new T[capacity]);
        for (std::size_t i = 0; i < size_; ++i)
            bigger[i] = data_[i];
        heap_ = std::move(bigger);
        data_ = heap_.get();
        capacity_ = capacity;
    }

    union slots {
        slots() noexcept {}
        T items[N];
    } inline_;
    T* data_ = inline_.items;
    std::size_t size_ = 0;
    std::size_t capacity_ = N;
    std::unique_ptr<T[]> heap_;
};

} // namespace detail
JUSPAY_NAMESPACE_END

#endif
