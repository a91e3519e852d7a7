// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_BOOST_SRC_HPP
#define JUSPAY_BOOST_SRC_HPP

// Opt-in header-only Boost, for final programs only: include this in exactly ONE .cpp of the
// program to compile Boost.JSON and Boost.URL into it, then link only Boost's headers
// (CMake: juspay::sansio_header_only) and no Boost library. No other header of juspay-sansio
// includes this file, and a library must never include it: two copies of Boost.JSON in one
// program break its memory resources and error categories.

#if defined(BOOST_JSON_DYN_LINK) || defined(BOOST_URL_DYN_LINK)
#error "juspay/boost_src.hpp compiles Boost.JSON/URL into this program: link juspay::sansio_header_only, not Boost::json/Boost::url"
#endif

#include <boost/json/src.hpp>
#include <boost/url/src.hpp>

#endif
