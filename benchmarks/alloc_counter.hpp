// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_BENCHMARKS_ALLOC_COUNTER_HPP
#define JUSPAY_BENCHMARKS_ALLOC_COUNTER_HPP

// Counts heap allocations by replacing the global operator new. Include in exactly one .cpp
// of a benchmark program (never in the library or the tests).

#include <atomic>
#include <cstdlib>
#include <new>

namespace juspay_bench {
inline std::atomic<long long> allocations{0};
} // namespace juspay_bench

void* operator new(std::size_t n)
{
    juspay_bench::allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, std::nothrow_t const&) noexcept
{
    juspay_bench::allocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, std::nothrow_t const& t) noexcept { return operator new(n, t); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

#endif
