// Shared by the language plugins: reports a language profile and an abbreviation list, both
// linked into the plugin as text, as language-detection evidence.
#ifndef TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP
#define TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP

#include <textnorm/plugin_sdk.hpp>

#include <string_view>

namespace textnorm::plugins {

// `profile`: lines `word<TAB>natural-log probability`, `#` comments, the row `<unknown>` for
// unlisted words. `abbreviations`: one per line, `#` comments. Throws std::runtime_error naming
// `name` and the line for a malformed row.
void report_language_evidence(std::string_view name, std::string_view profile,
                              std::string_view abbreviations, sdk::EvidenceWriter& evidence);

}  // namespace textnorm::plugins

#endif  // TEXTNORM_PLUGINS_COMMON_LANGUAGE_EVIDENCE_HPP
