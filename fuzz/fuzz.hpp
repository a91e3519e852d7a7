// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_FUZZ_FUZZ_HPP
#define JUSPAY_FUZZ_FUZZ_HPP
// What every fuzz target shares: a property check that stops the run with the failed property
// (libFuzzer then saves the input; the corpus replay fails its ctest test), and a reader that
// turns the fuzzer's bytes into choices. A target is one .cpp with LLVMFuzzerTestOneInput; it
// is built by fuzz/run.sh with clang's libFuzzer, and by CMake (any compiler) with replay.cpp
// as its main, to replay the committed corpus.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

/// Stops the run when `cond` is false: a broken property is a finding, like a crash.
#define FUZZ_CHECK(cond, what)                                                                  \
    do {                                                                                        \
        if (!(cond))                                                                            \
            ::fuzz::fail(__FILE__, __LINE__, #cond, what);                                      \
    } while (0)

namespace fuzz {

[[noreturn]] inline void fail(char const* file, int line, char const* cond, std::string_view what)
{
    std::fprintf(stderr, "%s:%d: property broken: %.*s\n  (%s)\n", file, line, static_cast<int>(what.size()),
                 what.data(), cond);
    std::abort();
}

/// The fuzzer's bytes read front to back as choices. Past the end every choice is 0 and every
/// piece empty, so any input is a complete program of choices.
class input {
public:
    input(std::uint8_t const* data, std::size_t size) noexcept
        : p_(reinterpret_cast<char const*>(data)), end_(p_ + size)
    {
    }

    /// The next byte, or 0 past the end.
    std::uint8_t byte() noexcept { return p_ < end_ ? static_cast<std::uint8_t>(*p_++) : 0; }
    /// Two bytes, big-endian.
    std::uint16_t u16() noexcept { return static_cast<std::uint16_t>(byte() << 8 | byte()); }
    /// A number below `n` (n > 0), from one byte when n <= 256, else two.
    std::size_t below(std::size_t n) noexcept { return (n <= 256 ? byte() : u16()) % n; }
    /// True with probability about k/256.
    bool chance(unsigned k) noexcept { return byte() < k; }
    /// The next `n` bytes (fewer at the end).
    std::string_view take(std::size_t n) noexcept
    {
        std::size_t const left = static_cast<std::size_t>(end_ - p_);
        if (n > left)
            n = left;
        std::string_view const s(p_, n);
        p_ += n;
        return s;
    }
    /// A piece of up to `max` bytes, its length from one byte (or two when max > 255).
    std::string_view piece(std::size_t max) noexcept { return take(below(max + 1)); }
    /// Everything not read yet.
    std::string_view rest() noexcept { return take(static_cast<std::size_t>(end_ - p_)); }
    /// True when every byte has been read.
    bool empty() const noexcept { return p_ == end_; }

private:
    char const* p_;
    char const* end_;
};

} // namespace fuzz

#endif
