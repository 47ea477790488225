// The body of the ru, hy and az plugins: they do no work on segments; at start they report the
// lexicon generated from their data at build time (see name_generator.hpp, lexicon_file.hpp),
// with how --transliterate writes their script and how the spellings of their names fold
// (data/spelling_fold.txt), to the host's names stage.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_NAMES_PLUGIN_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_NAMES_PLUGIN_HPP

#include "name_generator.hpp"

#include <textnorm/plugin_sdk.hpp>

#include <string>
#include <vector>

namespace textnorm::plugins::names {

// The data of the name plugin this is linked into, defined by its <name>_data.cpp.
PluginData plugin_data();

class NamesPlugin {
 public:
  // `lexicon`: the plugin's generated lexicon table (static storage), read when the host asks
  // for it. Rule 0 of the plugin's table switches the whole lexicon off.
  NamesPlugin(const sdk::Context& context, const PluginData& data, std::string_view lexicon);

  void lexicon(sdk::LexiconWriter& writer) const;

 private:
  std::string_view lexicon_;
  ScriptTransliteration script_;
  std::string spelling_fold_;  // ABI 1.3 rules, with the `!` words
};

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_NAMES_PLUGIN_HPP
