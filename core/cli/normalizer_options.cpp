#include "cli/normalizer_options.hpp"

#include <textnorm/error.hpp>
#include <textnorm/normalizer.hpp>

namespace textnorm::cli {

const char* const kNormalizerOptionsHelp =
    "  --profile NAME        default (canonical ASCII punctuation, the default) or typographic\n"
    "  --lang LANG           auto (default): each sentence gets the rules of its language;\n"
    "                        or one language for the whole input (en, fr, ...)\n"
    "  --plugin-path DIR     search DIR for plugins first (repeatable)\n"
    "  --plugins LIST        use exactly these plugins (comma-separated); failing to load one\n"
    "                        is an error\n"
    "  --allow-insecure-plugins\n"
    "                        also load plugins from directories and files that group or\n"
    "                        others may write (refused by default, see `textnorm plugins`)\n"
    "  --disable RULES       switch off rules by id (comma-separated; see `textnorm plugins`)\n"
    "  --plugin-option NAME.KEY=VALUE\n"
    "                        give plugin NAME the option KEY=VALUE (repeatable; what a\n"
    "                        plugin reads is in its documentation)\n"
    "  --invalid MODE        error (default): stop at invalid UTF-8 naming line and byte;\n"
    "                        replace: put U+FFFD for each invalid sequence\n"
    "  --names MODE          canonical (default): spelling variants of known names become\n"
    "                        their canonical English form (Pashinian -> Pashinyan);\n"
    "                        exonyms: translations too (Haut-Karabakh -> Nagorno-Karabakh);\n"
    "                        by-language: each segment gets its own language's form; off\n"
    "  --transliterate       turn the remaining words of the scripts plugins declare into\n"
    "                        Latin (ru: Cyrillic, hy: Armenian)\n"
    "  --lexicon FILE        add names from FILE (canonical<TAB>variant lines; repeatable)\n";

std::vector<OptionSpec> normalizer_option_specs() {
  return {{"--profile", "", true},      {"--lang", "", true},
          {"--plugin-path", "", true},  {"--plugins", "", true},
          {"--allow-insecure-plugins", "", false},
          {"--disable", "", true},      {"--plugin-option", "", true},
          {"--invalid", "", true},      {"--names", "", true},
          {"--transliterate", "", false}, {"--lexicon", "", true}};
}

bool apply_normalizer_option(const ParsedOption& o, Options& options) {
  if (o.name == "--profile") {
    options.profile = parse_profile(o.value);
  } else if (o.name == "--lang") {
    options.lang = o.value;
  } else if (o.name == "--plugin-path") {
    options.plugin_path.push_back(o.value);
  } else if (o.name == "--plugins") {
    options.plugins = split_list(o.value);
  } else if (o.name == "--allow-insecure-plugins") {
    options.allow_insecure_plugins = true;
  } else if (o.name == "--disable") {
    for (std::string& id : split_list(o.value)) options.disabled_rules.push_back(std::move(id));
  } else if (o.name == "--plugin-option") {
    options.plugin_options.push_back(o.value);
  } else if (o.name == "--invalid") {
    options.invalid = parse_invalid_utf8(o.value);
  } else if (o.name == "--names") {
    options.names = parse_names_mode(o.value);
  } else if (o.name == "--transliterate") {
    options.transliterate = true;
  } else if (o.name == "--lexicon") {
    options.lexicons.push_back(o.value);
  } else {
    return false;
  }
  return true;
}

void check_normalizer_options(const Options& options) {
  if (options.lang.empty()) throw Error(ErrorKind::USAGE, "--lang needs a language tag");
}

}  // namespace textnorm::cli
