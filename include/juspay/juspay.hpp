// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_JUSPAY_HPP
#define JUSPAY_JUSPAY_HPP

// juspay-sansio: builds Juspay customer-API requests and parses their responses; never
// opens a socket. This umbrella header includes every public header but <juspay/http1.hpp>
// (the HTTP/1.1 response reader), which brings in Boost.Beast's parser.

#include <juspay/config.hpp>
#include <juspay/customer.hpp>
#include <juspay/customer_account.hpp>
#include <juspay/error.hpp>
#include <juspay/header_view.hpp>
#include <juspay/http.hpp>
#include <juspay/money.hpp>
#include <juspay/retry.hpp>
#include <juspay/timestamp.hpp>
#include <juspay/validate.hpp>
#include <juspay/version.hpp>

#endif
