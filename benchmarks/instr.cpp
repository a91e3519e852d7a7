// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Runs one case of cases.hpp a fixed number of times, for callgrind to count instructions:
//   juspay-sansio-instr CASE N     prints "allocs/op X"
//   juspay-sansio-instr --list     prints the case names
// instructions.sh runs it twice (N and 2N) and divides the difference by N, which removes
// start-up and one-time costs.

#include "alloc_counter.hpp"
#include "cases.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv)
{
    auto const& all = juspay_bench::cases();
    if (argc == 2 && std::strcmp(argv[1], "--list") == 0) {
        for (auto const& c : all)
            std::printf("%s\n", c.name.c_str());
        return 0;
    }
    if (argc != 3)
        return std::fprintf(stderr, "usage: juspay-sansio-instr CASE N | --list\n"), 2;
    for (auto const& c : all) {
        if (c.name != argv[1])
            continue;
        long const n = std::atol(argv[2]);
        c.run(); // warm: one-time initialisation is not part of the per-operation count
        long long const before = juspay_bench::allocations.load();
        for (long i = 0; i < n; ++i)
            c.run();
        std::printf("allocs/op %.2f\n", static_cast<double>(juspay_bench::allocations.load() - before) / static_cast<double>(n));
        return 0;
    }
    return std::fprintf(stderr, "no case %s\n", argv[1]), 2;
}
