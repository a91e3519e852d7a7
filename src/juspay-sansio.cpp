// The one translation unit of juspay::sansio_compiled (built with JUSPAY_SANSIO_SEPARATE_COMPILATION).
#include <juspay/src.hpp>
