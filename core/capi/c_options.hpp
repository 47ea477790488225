// Reads the C API's size-prefixed textnorm_normalizer_options into textnorm::Options.
#ifndef TEXTNORM_CORE_CAPI_C_OPTIONS_HPP
#define TEXTNORM_CORE_CAPI_C_OPTIONS_HPP

#include <textnorm/options.hpp>
#include <textnorm/textnorm.h>

namespace textnorm::detail {

// The options the caller set; NULL gives the defaults. Reads only the fields that fit in
// `options->size`. Throws Error(USAGE) when the size is smaller than the first version's struct,
// when bytes past the fields this library knows are not zero (a newer caller asked for something
// this library cannot do), or for an unknown profile, names or invalid mode.
Options options_from_c(const textnorm_normalizer_options* options);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_CAPI_C_OPTIONS_HPP
