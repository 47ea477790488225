// The forms a name takes in running Russian, Armenian and Azerbaijani text: case endings,
// Russian relational adjectives of places (Лачинский район). Rules, not lists; a port of
// plugins/names-tools/names_lib.py, which the data checks use.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_INFLECTION_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_INFLECTION_HPP

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::plugins::names {

enum class NameKind { PERSON, PLACE, OTHER };

NameKind name_kind(std::string_view type);

// Oblique case forms of one Russian word (Путин -> Путина, Путину, Путиным, Путине), without
// the word itself. Places in -ов/-ин decline as nouns (Киевом), surnames do not (Путиным).
std::vector<std::string> ru_case_forms(std::string_view word, NameKind kind);

// Russian forms of a name: every word in the same case; for one-word places also the
// adjective and "<adjective> район" forms; ё also written е.
std::set<std::string> ru_forms(std::string_view name, NameKind kind);

// Armenian forms: case endings and the article on the last word, as the final vowel takes them
// (Երևանում, Մոսկվայում, Բաքվում); "<place>ի մարզ/շրջան".
std::set<std::string> hy_forms(std::string_view name, NameKind kind);

// Azerbaijani forms (Latin): locative, ablative, dative, genitive; "<place> şəhəri/rayonu".
std::set<std::string> az_forms(std::string_view name, NameKind kind);

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_INFLECTION_HPP
