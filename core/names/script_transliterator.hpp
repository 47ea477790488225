// --transliterate for the words that are not known names: each script that a plugin declares
// (ABI 1.2, e.g. ru: Cyrillic with ICU's BGN/PCGN rules) to Latin with that plugin's rules.
// The core knows no script of its own.
#ifndef TEXTNORM_CORE_NAMES_SCRIPT_TRANSLITERATOR_HPP
#define TEXTNORM_CORE_NAMES_SCRIPT_TRANSLITERATOR_HPP

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uscript.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace textnorm::detail {

// One plugin's transliteration of one script.
struct ScriptRules {
  std::string script;  // ISO 15924 code, e.g. "Cyrl"
  std::string rules;   // ICU transform rules
  std::string plugin;
};

class ScriptTransliterator {
 public:
  // Later rules for the same script win. Compiles every rule set now: throws
  // Error(PLUGIN_FAILED) naming the plugin when ICU rejects one.
  explicit ScriptTransliterator(const std::vector<ScriptRules>& scripts);
  ~ScriptTransliterator();

  // Whether `code` is an ISO 15924 script code that ICU knows ("Cyrl", "Armn").
  static bool known_script(const char* code);
  // Whether `text` may hold a letter of a script beyond Latin (a fast byte test).
  static bool may_contain_other_script(std::string_view text);
  // Whether some declared script has a letter of `text`.
  bool handles_any(std::string_view text) const;

  // The Latin form of one word: the rules of each declared script among its letters, in the
  // order they come; the word itself when none has one. Thread-safe.
  std::string transliterate(std::string_view word) const;

 private:
  // Whether some declared script has the code point.
  bool handles(char32_t c) const;

  struct Pool {
    std::unique_ptr<icu::Transliterator> prototype;
    std::mutex mutex;
    std::vector<std::unique_ptr<icu::Transliterator>> idle;  // clones, one per thread in use
  };
  static std::string apply(Pool& pool, std::string_view word);

  std::map<UScriptCode, std::unique_ptr<Pool>> pools_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_SCRIPT_TRANSLITERATOR_HPP
