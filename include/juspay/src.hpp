// Copyright (c) 2026 The juspay-sansio authors
// Distributed under the Boost Software License, Version 1.0 (see LICENSE).
#ifndef JUSPAY_SRC_HPP
#define JUSPAY_SRC_HPP

// The whole library, compiled once: include this in exactly one translation unit of a program
// built with JUSPAY_SANSIO_SEPARATE_COMPILATION defined in every translation unit (CMake users
// link juspay::sansio_compiled instead, which does both). The other translation units then
// include the headers as usual and compile only declarations: no Boost.JSON parser, no
// Boost.URL, no Beast, no encoders. Like Boost.JSON's own src.hpp; it does not compile
// Boost.JSON or Boost.URL themselves (see <juspay/boost_src.hpp> for that).

#ifndef JUSPAY_SANSIO_SEPARATE_COMPILATION
#error "<juspay/src.hpp> is for separate compilation: define JUSPAY_SANSIO_SEPARATE_COMPILATION in every translation unit (header-only use needs no src.hpp)"
#endif

#include <juspay/http1.hpp>
#include <juspay/juspay.hpp>

#include <juspay/impl/error.hpp>
#include <juspay/impl/money.hpp>
#include <juspay/impl/timestamp.hpp>
#include <juspay/impl/http.hpp>
#include <juspay/impl/customer.hpp>
#include <juspay/impl/customer_account.hpp>
#include <juspay/impl/validate.hpp>
#include <juspay/impl/http1.hpp>

JUSPAY_NAMESPACE_BEGIN
JUSPAY_INSTANTIATE_CONVERSIONS(template, customer)
JUSPAY_INSTANTIATE_CONVERSIONS(template, customer_account)
JUSPAY_INSTANTIATE_CONVERSIONS(template, deleted_customer_account)
JUSPAY_INSTANTIATE_OPERATION(template, create_customer)
JUSPAY_INSTANTIATE_OPERATION(template, get_customer)
JUSPAY_INSTANTIATE_OPERATION(template, update_customer)
JUSPAY_INSTANTIATE_OPERATION(template, create_customer_account)
JUSPAY_INSTANTIATE_OPERATION(template, validate_customer_account)
JUSPAY_INSTANTIATE_OPERATION(template, get_customer_account)
JUSPAY_INSTANTIATE_OPERATION(template, list_customer_accounts)
JUSPAY_INSTANTIATE_OPERATION(template, delete_customer_account)
JUSPAY_NAMESPACE_END

#endif
