// Shared by the language plugins: reports a compiled language profile, an abbreviation list and
// a clitic list, linked into the plugin, as language-detection evidence.
#ifndef TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP
#define TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP

#include <textnorm/plugin_sdk.hpp>

#include <string_view>

namespace textnorm::plugins {

struct LanguageData {
  // The profile compiled by textnorm_add_language_profile() (8-byte aligned, static storage).
  std::string_view compiled_profile;
  // One per line, `#` comments; both may be empty.
  std::string_view abbreviations;
  std::string_view clitics;
};

// Throws std::runtime_error naming `name` when the host cannot read the compiled profile.
void report_language_evidence(std::string_view name, const LanguageData& data,
                              sdk::EvidenceWriter& evidence);

}  // namespace textnorm::plugins

#endif  // TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP
