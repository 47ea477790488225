// How a Normalizer is built.
#ifndef TEXTNORM_OPTIONS_HPP
#define TEXTNORM_OPTIONS_HPP

#include <textnorm/export.hpp>

#include <string>
#include <vector>

namespace textnorm {

enum class Profile {
  DEFAULT,      // canonical form for pipelines: ASCII quotes, plain spaces
  TYPOGRAPHIC,  // the same text with each language's proper typography
};

enum class InvalidUtf8 {
  REJECT,   // stop with an error naming the line and byte
  REPLACE,  // put U+FFFD for each maximal invalid subsequence
};

// What the names stage does with the names the entities plugins know.
enum class NamesMode {
  OFF,          // the stage does not run
  CANONICAL,    // spelling variants become the canonical English form (the default)
  EXONYMS,      // also exonyms (Haut-Karabakh, Moscou, Azerbaïdjan) become the English form
  BY_LANGUAGE,  // each segment gets the canonical form of its own language
};

struct Options {
  Profile profile = Profile::DEFAULT;
  // Directories searched for plugins first, in order (absolute or relative to the current
  // directory; the current directory itself is never searched implicitly).
  std::vector<std::string> plugin_path;
  // Also search TEXTNORM_PLUGIN_PATH and the directory installed beside the library.
  bool default_plugin_path = true;
  // Plugins to use; empty means every plugin found. A named plugin that cannot be loaded is an
  // error, where an unnamed broken one is only skipped with a warning.
  std::vector<std::string> plugins;
  // "auto": tell the language of each segment among the plugins' languages; or a language tag
  // that applies to the whole input.
  std::string lang = "auto";
  // Rule ids switched off.
  std::vector<std::string> disabled_rules;
  InvalidUtf8 invalid = InvalidUtf8::REJECT;
  // Plugin options, "NAME.KEY=VALUE" each: plugin NAME sees "KEY=VALUE" (sdk::Context::option).
  // A malformed item, or one naming no plugin found, is Error(USAGE).
  std::vector<std::string> plugin_options;
  NamesMode names = NamesMode::CANONICAL;
  // Turn the remaining Cyrillic and Armenian words into Latin (known names first).
  bool transliterate = false;
  // User lexicons: TSV files of `canonical<TAB>variant` or `canonical<TAB>native form`.
  std::vector<std::string> lexicons;
};

// Parses "default" or "typographic"; throws Error(USAGE) otherwise.
TEXTNORM_API Profile parse_profile(const std::string& name);

}  // namespace textnorm

#endif  // TEXTNORM_OPTIONS_HPP
