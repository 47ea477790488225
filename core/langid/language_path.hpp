// Chooses one language per unit of a line.
#ifndef TEXTNORM_CORE_LANGID_LANGUAGE_PATH_HPP
#define TEXTNORM_CORE_LANGID_LANGUAGE_PATH_HPP

#include <cstddef>
#include <cstdint>
#include <vector>

#include "langid/language_unit.hpp"

namespace textnorm::detail {

// The most probable language of each unit (indices into the candidates, `languages` of them):
// each unit's scores, minus a cost for each change of language that is cheap between
// sentences, dearer at a quotation and dearest before a capitalised word, where a sentence may
// change at most once. `prior_lang` (or -1) gains `prior_weight` nats in every sentence. The
// result goes into `langs`; `from` is scratch (both the caller's, kept from line to line).
void choose_languages(const std::vector<LanguageUnit>& units, std::size_t languages,
                      int prior_lang, float prior_weight, std::vector<std::uint8_t>& from,
                      std::vector<std::size_t>& langs);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_LANGUAGE_PATH_HPP
