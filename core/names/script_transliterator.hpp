// --transliterate for the words that are not known names: Cyrillic and Armenian to Latin with
// ICU's BGN/PCGN rules, then the press clean-ups (no ʼ or ’ apostrophes, ë as e).
#ifndef TEXTNORM_CORE_NAMES_SCRIPT_TRANSLITERATOR_HPP
#define TEXTNORM_CORE_NAMES_SCRIPT_TRANSLITERATOR_HPP

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace textnorm::detail {

class ScriptTransliterator {
 public:
  // Throws Error(USAGE) when ICU lacks the BGN transliterators.
  ScriptTransliterator();
  ~ScriptTransliterator();

  // Whether `text` may hold a Cyrillic or Armenian letter (a fast byte test).
  static bool may_contain_target(std::string_view text);
  // Whether the code point is Cyrillic or Armenian.
  static bool is_target(char32_t c);

  // The Latin form of one word. Thread-safe.
  std::string transliterate(std::string_view word) const;

 private:
  struct Pool {
    std::unique_ptr<icu::Transliterator> prototype;
    std::mutex mutex;
    std::vector<std::unique_ptr<icu::Transliterator>> idle;  // clones, one per thread in use
  };
  static std::string apply(Pool& pool, std::string_view word);

  std::unique_ptr<Pool> cyrillic_;
  std::unique_ptr<Pool> armenian_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_SCRIPT_TRANSLITERATOR_HPP
