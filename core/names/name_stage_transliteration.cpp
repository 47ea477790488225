// The names stage's --transliterate: the words of a declared script in Latin, a known name's
// canonical form when their Latin form is one of its spellings.
#include "names/name_stage.hpp"

#include "names/name_forms.hpp"
#include "names/script_transliterator.hpp"

namespace textnorm::detail {
using namespace name_forms;

std::string NameStage::transliterated(std::string_view word, std::string_view lang) const {
  std::string latin = transliterator_->transliterate(word);
  std::size_t length = 0;
  if (mode_ == NamesMode::OFF || !name_text::is_capital(decode_utf8(word, 0, length)))
    return latin;
  // A transliteration that spells a known name (Կիև -> Kiev) gets its canonical form (Kyiv).
  std::string key;
  if (!name_key(latin, key)) return latin;
  const uint32_t value = matcher_.find_key(key);
  const Decision d = value == NameMatcher::kNone ? Decision{} : decide(value, lang);
  if (d.target == nullptr) return latin;
  return all_capitals(word) ? to_upper(*d.target) : *d.target;
}

void NameStage::transliterate_words(std::string_view text, std::size_t begin, std::size_t end,
                                    std::string_view lang, std::size_t offset,
                                    std::vector<StageEdit>& edits) const {
  const std::string_view gap = text.substr(begin, end - begin);
  if (!transliterator_->handles_any(gap)) return;
  std::size_t i = 0;
  while (i < gap.size()) {
    std::size_t length = 0;
    const char32_t c = decode_utf8(gap, i, length);
    if (!name_text::is_word_char(c)) {
      i += length;
      continue;
    }
    const std::size_t word_end = name_text::word_end(gap, i);
    const std::string_view word = gap.substr(i, word_end - i);
    if (transliterator_->handles_any(word)) {
      std::string latin = transliterated(word, lang);
      // A word the rules write as nothing (BGN drops a lone Ъ) stays: removed, it would leave
      // two spaces that a second run collapses.
      if (!latin.empty() && latin != word)
        edits.push_back({offset + begin + i, offset + begin + word_end, std::move(latin),
                         RuleRef{kTransliterateRule, "core"}});
    }
    i = word_end;
  }
}

}  // namespace textnorm::detail
