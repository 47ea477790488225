// The command-line options that choose what the normalizer does to text, shared by `normalize`
// and `detect` so that `detect` reports the segments of the very run `normalize` makes.
#ifndef TEXTNORM_CLI_NORMALIZER_OPTIONS_HPP
#define TEXTNORM_CLI_NORMALIZER_OPTIONS_HPP

#include "cli/arguments.hpp"

#include <textnorm/options.hpp>

#include <vector>

namespace textnorm::cli {

// Their --help lines.
extern const char* const kNormalizerOptionsHelp;

// Their specs: --profile, --lang, --plugin-path, --plugins, --allow-insecure-plugins, --disable,
// --plugin-option, --invalid, --names, --transliterate, --lexicon.
std::vector<OptionSpec> normalizer_option_specs();

// Sets what `option` says in `options`; false when it is not one of them. Throws Error(USAGE)
// for a bad value.
bool apply_normalizer_option(const ParsedOption& option, Options& options);

// Throws Error(USAGE) for a combination the options do not allow (an empty --lang).
void check_normalizer_options(const Options& options);

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_NORMALIZER_OPTIONS_HPP
