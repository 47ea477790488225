// The Russian romanization schemes (plugins/ru/data/translit/*.txt plus ICU's BGN/PCGN) that
// every name plugin applies to the Russian forms of its names. A plugin using them embeds the
// rule files with textnorm_embed_russian_schemes() (plugins/CMakeLists.txt).
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_RUSSIAN_SCHEMES_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_RUSSIAN_SCHEMES_HPP

#include "name_generator.hpp"

#include <vector>

namespace textnorm::plugins::names {

std::vector<SchemeSource> russian_schemes();
// Russian to Armenian script (plugins/ru/data/translit/hy.txt): the Armenian forms of the places
// a plugin knows only by their Russian name (Сочи Սոչի).
SchemeSource russian_armenian_scheme();

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_RUSSIAN_SCHEMES_HPP
