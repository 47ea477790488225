#include "langid/cld2_evidence.hpp"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string>

namespace textnorm::detail {

int cld2_language_of(const std::string& lang) {
  const CLD2::Language language = CLD2::GetLanguageFromName(lang.c_str());
  return language == CLD2::UNKNOWN_LANGUAGE ? -1 : static_cast<int>(language);
}

void add_cld2_evidence(std::string_view text, const std::vector<int>& cld2_languages, float weight,
                       float* evidence) {
  const CLD2::CLDHints no_hints{nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::Language top[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                           CLD2::UNKNOWN_LANGUAGE};
  int percent[3] = {0, 0, 0};
  double normalized_score[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix_bytes = 0;
  // The checking variant: CLD2 must never read past a truncated UTF-8 sequence.
  CLD2::ExtDetectLanguageSummaryCheckUTF8(text.data(), static_cast<int>(text.size()), true,
                                          &no_hints, 0, top, percent, normalized_score, nullptr,
                                          &text_bytes, &reliable, &valid_prefix_bytes);
  // On invalid UTF-8 CLD2 returns at once, its answers unset.
  if (valid_prefix_bytes != static_cast<int>(text.size())) return;
  const float scale = weight / 100.0f * (reliable ? 1.0f : 0.5f);
  for (int rank = 0; rank < 3; ++rank) {
    for (std::size_t i = 0; i < cld2_languages.size(); ++i) {
      if (cld2_languages[i] == static_cast<int>(top[rank])) evidence[i] += scale * percent[rank];
    }
  }
}

}  // namespace textnorm::detail
