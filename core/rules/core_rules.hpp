// The host's own rules: language-independent clean-up that every profile applies.
#ifndef TEXTNORM_CORE_RULES_CORE_RULES_HPP
#define TEXTNORM_CORE_RULES_CORE_RULES_HPP

#include "edit/rule_ref.hpp"

#include <array>
#include <cstddef>

namespace textnorm::detail {

enum class CoreRule : std::size_t {
  INPUT_BOM,
  INPUT_NEWLINE,
  INPUT_INVALID_UTF8,
  CONTROL_REMOVE,
  CONTROL_CP1252,
  INVISIBLE_REMOVE,
  SPACE_UNIFY,
  SPACE_COLLAPSE,
  SPACE_TRIM,
  QUOTE_DOUBLE,
  QUOTE_SINGLE,
  QUOTE_INNER_SPACE,
  APOSTROPHE,
  DASH_HYPHEN,
  DASH_EM,
  ELLIPSIS,
  UNICODE_NFC,
  NAMES_VARIANT,
  NAMES_FOLDED,
  NAMES_GIVEN_NAME,
  NAMES_EXONYM,
  NAMES_TRANSLITERATE,
  COUNT
};

struct CoreRuleInfo {
  const char* id;
  const char* summary;
};

inline constexpr std::array<CoreRuleInfo, std::size_t(CoreRule::COUNT)> kCoreRules = {{
    {"input.bom", "a byte order mark at the start of the input is dropped"},
    {"input.newline", "CRLF and a lone CR end a line like LF"},
    {"input.invalid-utf8", "with --invalid replace, each invalid UTF-8 sequence becomes U+FFFD"},
    {"control.remove", "C0 and C1 control characters other than TAB and LF are removed"},
    {"control.cp1252",
     "C1 characters that are Windows-1252 punctuation decoded wrongly become that punctuation"},
    {"invisible.remove", "zero-width space, word joiner, soft hyphen and stray BOMs are removed"},
    {"space.unify", "every Unicode space separator and TAB becomes U+0020"},
    {"space.collapse", "runs of spaces become one space"},
    {"space.trim", "spaces at the start and end of a line are removed"},
    {"quote.double", "double quotation marks become \""},
    {"quote.single", "single quotation marks become '"},
    {"quote.inner-space", "a stray space just inside a quotation whose direction is known goes"},
    {"apostrophe", "an apostrophe inside a word becomes '"},
    {"dash.hyphen", "hyphen-like characters (U+2010-U+2013, U+2212) become -"},
    {"dash.em", "the horizontal bar becomes the em dash"},
    {"ellipsis", "the ellipsis character becomes three periods"},
    {"unicode.nfc",
     "text is put in Unicode Normalization Form C (stream-safe: U+034F after 30 marks in a row)"},
    {"names.variant", "a spelling variant of a known name becomes its canonical form"},
    {"names.folded-spelling",
     "a capitalised word spelt as no known name, whose folded spelling is one name's, becomes "
     "its canonical form"},
    {"names.given-name",
     "a capitalised word before the surname of one known person, spelling that person's given "
     "name, becomes it (Serghei Lavrov); a given name standing alone is never rewritten"},
    {"names.exonym", "with --names exonyms, a translated name (Moscou) becomes the English form"},
    {"names.transliterate",
     "with --transliterate, Cyrillic and Armenian words become Latin (BGN/PCGN)"},
}};

inline constexpr RuleRef core_rule(CoreRule rule) {
  return {kCoreRules[std::size_t(rule)].id, "core"};
}

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_RULES_CORE_RULES_HPP
