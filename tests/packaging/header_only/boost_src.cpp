// The one translation unit that compiles Boost.JSON and Boost.URL into the program.
#include <juspay/boost_src.hpp>
