// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
//
// Google Benchmark: every case of cases.hpp, with items/s, bytes/s and heap allocations per
// operation. Compare rows of one run only: timings on shared machines drift, ratios do not.

#include "alloc_counter.hpp"
#include "cases.hpp"

#include <benchmark/benchmark.h>

int main(int argc, char** argv)
{
    for (auto const& c : juspay_bench::cases()) {
        benchmark::RegisterBenchmark(c.name.c_str(), [&c](benchmark::State& state) {
            long long const before = juspay_bench::allocations.load();
            for (auto _ : state)
                c.run();
            long long const allocs = juspay_bench::allocations.load() - before;
            state.SetItemsProcessed(state.iterations());
            if (c.bytes)
                state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(c.bytes));
            state.counters["allocs/op"] =
                benchmark::Counter(static_cast<double>(allocs) / static_cast<double>(state.iterations()));
        });
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
