// textnorm: the whole public C++ API.
#ifndef TEXTNORM_TEXTNORM_HPP
#define TEXTNORM_TEXTNORM_HPP

#include <textnorm/edit.hpp>
#include <textnorm/error.hpp>
#include <textnorm/normalizer.hpp>
#include <textnorm/offset_map.hpp>
#include <textnorm/options.hpp>
#include <textnorm/plugin_info.hpp>
#include <textnorm/version.hpp>

#endif  // TEXTNORM_TEXTNORM_HPP
