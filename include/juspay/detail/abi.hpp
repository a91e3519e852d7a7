// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_DETAIL_ABI_HPP
#define JUSPAY_DETAIL_ABI_HPP

// Everything is declared in the inline namespace juspay::v0, as fmt and nlohmann::json do:
// users still write juspay::customer, but the mangled names carry the version, so two
// incompatible versions linked into one program fail to link instead of silently mixing
// layouts. The name changes when the ABI does (a new 0.x minor may break it).
#define JUSPAY_NAMESPACE_BEGIN \
    namespace juspay {         \
    inline namespace v0 {
#define JUSPAY_NAMESPACE_END \
    }                        \
    }

// Separate compilation (Boost.JSON's way): define JUSPAY_SANSIO_SEPARATE_COMPILATION for the
// whole program, and compile <juspay/src.hpp> in exactly one translation unit (CMake:
// link juspay::sansio_compiled, which does both). The headers then only declare, and the
// parsers, URL checks and encoders are compiled once instead of in every including TU.
// Without it (the default) everything is header-only and JUSPAY_DECL functions are inline.
#ifdef JUSPAY_SANSIO_SEPARATE_COMPILATION
#define JUSPAY_DECL
#else
#define JUSPAY_DECL inline
#endif

#endif
