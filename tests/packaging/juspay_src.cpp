// The one translation unit that compiles juspay-sansio into the program (every translation
// unit of the program is built with JUSPAY_SANSIO_SEPARATE_COMPILATION).
#include <juspay/src.hpp>
