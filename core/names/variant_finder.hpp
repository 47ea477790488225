// `textnorm variants`: candidate variant groups in a corpus, for a person to review. Capitalised
// words and pairs of them are grouped by their key under the plugins' variant fold (ABI 1.4,
// plugins/common/names/data/variant_fold.txt); a group is a candidate when two spellings share
// a key, or when one spelling folds like a known name without being known.
#ifndef TEXTNORM_CORE_NAMES_VARIANT_FINDER_HPP
#define TEXTNORM_CORE_NAMES_VARIANT_FINDER_HPP

#include "names/name_stage.hpp"
#include "names/spelling_fold.hpp"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace textnorm::detail {

struct VariantGroup {
  std::string key;        // the folded key the forms share
  std::string canonical;  // the known canonical form, else the most frequent spelling
  bool known = false;     // `canonical` comes from the lexicon
  std::vector<std::pair<std::string, std::size_t>> forms;  // spelling and count, most frequent first
};

// The candidate groups of `lines`, the most frequent first. Words that also occur in lowercase
// in the corpus (common words: "Less", "Bakery") and all-capital words are left out.
std::vector<VariantGroup> find_variant_groups(const std::vector<std::string>& lines,
                                              const NameStage& stage, const SpellingFold& fold);

// A group as lexicon lines: a comment with the counts, then `canonical<TAB>variant` for each
// spelling that is not the canonical form or already known.
std::string format_group(const VariantGroup& group, const NameStage* stage = nullptr);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_VARIANT_FINDER_HPP
