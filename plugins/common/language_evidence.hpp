// Shared by the language plugins: reports a language profile, an abbreviation list and a
// clitic list, linked into the plugin as text, as language-detection evidence.
#ifndef TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP
#define TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP

#include <textnorm/plugin_sdk.hpp>

#include <string_view>

namespace textnorm::plugins {

struct LanguageData {
  // Lines `word<TAB>natural-log probability`, `#` comments, the row `<unknown>` for unlisted
  // words.
  std::string_view profile;
  // One per line, `#` comments; both may be empty.
  std::string_view abbreviations;
  std::string_view clitics;
};

// Throws std::runtime_error naming `name` and the line for a malformed profile row.
void report_language_evidence(std::string_view name, const LanguageData& data,
                              sdk::EvidenceWriter& evidence);

}  // namespace textnorm::plugins

#endif  // TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP
