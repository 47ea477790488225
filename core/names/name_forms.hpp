// What the files of the names stage share: its rule ids, and the language and case of forms.
#ifndef TEXTNORM_CORE_NAMES_NAME_FORMS_HPP
#define TEXTNORM_CORE_NAMES_NAME_FORMS_HPP

#include "text/utf8.hpp"

#include <string>
#include <string_view>

namespace textnorm::detail::name_forms {

inline constexpr const char* kVariantRule = "names.variant";
inline constexpr const char* kFoldedRule = "names.folded-spelling";
inline constexpr const char* kPersonRule = "names.given-name";
inline constexpr const char* kExonymRule = "names.exonym";
inline constexpr const char* kTransliterateRule = "names.transliterate";

// "fr-CA" -> "fr"
inline std::string_view primary_language(std::string_view lang) {
  return lang.substr(0, lang.find('-') == std::string_view::npos ? lang.size() : lang.find('-'));
}

inline bool has_non_ascii(std::string_view text) { return skip_ascii(text, 0) != text.size(); }

// Whether a name key (name_key) is one word: no space, apostrophe or period between words.
inline bool one_word(std::string_view key) {
  for (char c : key)
    if (c == ' ' || c == '\'' || c == '.') return false;
  return true;
}

// True when `text` has two letters or more and no lowercase letter (PASHINIAN).
bool all_capitals(std::string_view text);
// Full Unicode case mappings (root locale).
std::string to_lower(std::string_view text);
std::string to_upper(std::string_view text);
// `target` in capitals when `found` is all capitals (PASHINIAN -> PASHINYAN), else as it is.
std::string in_case_of(std::string_view found, std::string_view target);

}  // namespace textnorm::detail::name_forms

#endif  // TEXTNORM_CORE_NAMES_NAME_FORMS_HPP
