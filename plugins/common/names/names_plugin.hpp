// The body of the ru, hy and az plugins: they do no work on segments; at start they generate
// their lexicon (see name_generator.hpp) and report it, with how --transliterate writes their
// script and how the spellings of their names fold (data/spelling_fold.txt), to the host's
// names stage.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_NAMES_PLUGIN_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_NAMES_PLUGIN_HPP

#include "name_generator.hpp"

#include <textnorm/plugin_sdk.hpp>

#include <string>
#include <vector>

namespace textnorm::plugins::names {

class NamesPlugin {
 public:
  // Generates the lexicon now, so a data or rule error fails the plugin's creation. Rule 0 of
  // the plugin's table switches the whole lexicon off.
  NamesPlugin(const sdk::Context& context, const PluginData& data);

  void process(const sdk::Segment&, sdk::EditWriter&) const {}
  void lexicon(sdk::LexiconWriter& writer) const;

 private:
  std::vector<NameRecord> records_;
  ScriptTransliteration script_;
  std::string spelling_fold_;  // ABI 1.3 rules, with the `!` words
};

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_NAMES_PLUGIN_HPP
