// The evidence a language plugin contributes to language identification, as plain data.
#ifndef TEXTNORM_CORE_LANGID_LANGUAGE_PROFILE_HPP
#define TEXTNORM_CORE_LANGID_LANGUAGE_PROFILE_HPP

#include <string>
#include <utility>
#include <vector>

namespace textnorm::detail {

struct LanguageProfile {
  std::string lang;  // BCP 47 tag: "en", "fr"
  // word -> natural log of its probability in the language; lowercase NFC, pieces as
  // word_tokenizer.h cuts them ("l'", "amour", "don", "'t").
  std::vector<std::pair<std::string, float>> words;
  // Log-probability of a word the profile does not list.
  float unknown_word_weight = -18.0f;
};

// Reads a plugin's language_profile.tsv (`word<TAB>weight`, `#` comments, the row `<unknown>`
// gives unknown_word_weight). Throws std::runtime_error with file and line on a bad row.
LanguageProfile load_language_profile(const std::string& path, std::string lang);

// Reads a plugin's word list (abbreviations.txt, clitics.txt): one entry a line, `#` starts a
// comment. Throws std::runtime_error naming the file when it cannot be read.
std::vector<std::string> load_word_list(const std::string& path);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_LANGUAGE_PROFILE_HPP
