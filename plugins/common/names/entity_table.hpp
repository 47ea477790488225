// The name plugins' data files: entities.tsv and given_names.tsv, linked into each plugin.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_ENTITY_TABLE_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_ENTITY_TABLE_HPP

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace textnorm::plugins::names {

// One row of entities.tsv: id type native ru en fr variants exonyms (exonym_sources, read only
// to check that it gives one source per exonym).
struct Entity {
  std::string id;
  std::string type;  // "person", "place", "org", ...
  std::string native;
  std::string ru;
  std::string en;
  std::string fr;
  std::vector<std::string> variants;                         // irregular spellings, any script
  std::vector<std::pair<std::string, std::string>> exonyms;  // (lang, form)
};

// A row of given_names.tsv: the English press form, the Russian form, and cognates (forms other
// languages give the same person's given name: not spellings).
struct GivenName {
  std::string en;
  std::string ru;
  std::vector<std::string> cognates;
  std::string fr = {};  // the French form, when the person's fr column gives it; else a scheme's
};

// Parse the files; `#` lines and blank lines are skipped. Throw std::runtime_error
// "<name>:<line>: <what>" for a malformed row.
std::vector<Entity> parse_entities(std::string_view text, std::string_view name);
std::vector<GivenName> parse_given_names(std::string_view text, std::string_view name);

// Lines `form<TAB>reason`: generated forms a plugin must not report (they are words or other
// names); `#` comments.
std::vector<std::string> parse_excluded_forms(std::string_view text);

// Lines `form<TAB>source` of common_first_names.txt (the same layout as excluded_forms.tsv):
// ordinary first names of English and French text, and words, that a given name's variant
// must not be when it stands alone.
inline std::vector<std::string> parse_common_first_names(std::string_view text) {
  return parse_excluded_forms(text);
}

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_ENTITY_TABLE_HPP
