// Gathers the names every plugin knows (ABI 1.1 `lexicon` callback) and the script
// transliterations (ABI 1.2), spelling folds (ABI 1.3) and variant folds (ABI 1.4) they
// declare, for the names stage.
#ifndef TEXTNORM_CORE_NAMES_LEXICON_COLLECTOR_HPP
#define TEXTNORM_CORE_NAMES_LEXICON_COLLECTOR_HPP

#include "names/name_stage.hpp"
#include "names/script_transliterator.hpp"
#include "names/spelling_fold.hpp"
#include "plugin/plugin_instance.hpp"

#include <vector>

namespace textnorm::detail {

struct PluginLexicons {
  std::vector<NameEntry> entries;
  std::vector<ScriptRules> scripts;
  std::vector<FoldRules> folds;
  std::vector<FoldRules> variant_folds;
};

// Calls each plugin's lexicon callback (plugins without one give nothing). Throws
// Error(PLUGIN_FAILED) when a plugin fails or reports an entry that is not valid UTF-8 or has an
// unknown kind, a transliteration for a script ICU does not know, or fold rules that are not
// valid UTF-8. Without `native_forms`, native-script entries (TEXTNORM_NAME_NATIVE, which only
// --transliterate rewrites) are checked and dropped.
PluginLexicons collect_lexicons(const std::vector<const PluginInstance*>& plugins,
                                bool native_forms = true);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_LEXICON_COLLECTOR_HPP
