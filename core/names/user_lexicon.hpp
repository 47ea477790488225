// A user's lexicon file (--lexicon) as name entries for the names stage.
#ifndef TEXTNORM_CORE_NAMES_USER_LEXICON_HPP
#define TEXTNORM_CORE_NAMES_USER_LEXICON_HPP

#include "names/name_stage.hpp"

#include <string>
#include <vector>

namespace textnorm::detail {

class ScriptTransliterator;

// Reads a user lexicon: lines `canonical<TAB>variant` (a Latin spelling, or a form in another
// script, whose Latin form by `scripts` is added when it has the script), `#` comments and
// blank lines skipped. Throws Error(IO) when the file cannot be read and Error(USAGE)
// "FILE:LINE: ..." for a malformed line (one with a control character too: the canonical form
// goes into the text as written).
std::vector<NameEntry> load_user_lexicon(const std::string& path,
                                         const ScriptTransliterator* scripts);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_USER_LEXICON_HPP
