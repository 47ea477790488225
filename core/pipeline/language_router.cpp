#include "pipeline/language_router.hpp"

#include <algorithm>

namespace textnorm::detail {
namespace {

// Collects one plugin's evidence for one language into a LanguageProfile.
struct EvidenceCollector {
  LanguageProfile profile;
  std::vector<std::string>* abbreviations;
  std::vector<std::string>* clitics;

  static void word(void* context, const char* text, std::size_t size, float log_probability) {
    static_cast<EvidenceCollector*>(context)->profile.words.emplace_back(std::string(text, size),
                                                                         log_probability);
  }
  static void unknown_word(void* context, float log_probability) {
    static_cast<EvidenceCollector*>(context)->profile.unknown_word_weight = log_probability;
  }
  static void abbreviation(void* context, const char* text, std::size_t size) {
    static_cast<EvidenceCollector*>(context)->abbreviations->emplace_back(text, size);
  }
  static void clitic(void* context, const char* text, std::size_t size) {
    static_cast<EvidenceCollector*>(context)->clitics->emplace_back(text, size);
  }
};

}  // namespace

LanguageRouter::LanguageRouter(const std::vector<const PluginInstance*>& plugins) {
  std::vector<LanguageProfile> profiles;
  std::vector<std::string> abbreviations;
  std::vector<std::string> clitics;
  for (const PluginInstance* plugin : plugins) {
    for (const char* const* l = plugin->descriptor().languages; l != nullptr && *l != nullptr; ++l) {
      const bool seen = std::any_of(profiles.begin(), profiles.end(),
                                    [&](const LanguageProfile& p) { return p.lang == *l; });
      if (seen) continue;
      EvidenceCollector collector{
          {*l, {}, LanguageProfile{}.unknown_word_weight}, &abbreviations, &clitics};
      textnorm_evidence_sink sink{&collector, &EvidenceCollector::word,
                                  &EvidenceCollector::unknown_word, &EvidenceCollector::abbreviation,
                                  &EvidenceCollector::clitic};
      plugin->language_evidence(*l, sink);
      profiles.push_back(std::move(collector.profile));
    }
  }
  detector_ = std::make_unique<const LanguageDetector>(std::move(profiles),
                                                      std::move(abbreviations), clitics);
}

std::vector<Segment> LanguageRouter::segments(std::string_view line) const {
  if (detector_ == nullptr) return {{0, line.size(), forced_, 1.0f}};
  std::vector<Segment> out;
  for (LanguageSpan& span : detector_->detect(line))
    out.push_back({span.begin, span.end, std::move(span.lang), span.confidence});
  return out;
}

}  // namespace textnorm::detail
