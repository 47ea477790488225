// CLD2's opinion on a piece of text, restricted to the candidate languages.
#ifndef TEXTNORM_CORE_LANGID_CLD2_EVIDENCE_HPP
#define TEXTNORM_CORE_LANGID_CLD2_EVIDENCE_HPP

#include <string_view>
#include <vector>

namespace textnorm::detail {

// CLD2's language number for a BCP 47 tag ("en", "fr"), or -1 when CLD2 does not know it.
int cld2_language_of(const std::string& lang);

// Adds to evidence[i] (one entry per candidate, cld2_languages[i] as from cld2_language_of)
// up to `weight` nats: the share of `text` CLD2 gives that language, halved when CLD2 itself
// calls the result unreliable. Languages CLD2 does not name get nothing.
void add_cld2_evidence(std::string_view text, const std::vector<int>& cld2_languages, float weight,
                       float* evidence);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_CLD2_EVIDENCE_HPP
