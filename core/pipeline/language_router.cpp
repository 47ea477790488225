#include "pipeline/language_router.hpp"

#include "langid/language_unit.hpp"
#include "plugin/debug_log.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <stdexcept>

namespace textnorm::detail {
namespace {

// Collects one plugin's evidence for one language: a compiled profile, or its words.
struct EvidenceCollector {
  LanguageProfile profile;
  std::optional<ProfileTable> table;  // a compiled profile (word_table), else `profile`
  std::vector<std::string>* abbreviations;
  std::vector<std::string>* clitics;
  bool capital_marks_name = true;

  static EvidenceCollector& of(void* context) { return *static_cast<EvidenceCollector*>(context); }
  static void word(void* context, const char* text, std::size_t size, float log_probability) {
    of(context).profile.words.emplace_back(std::string(text, size), log_probability);
  }
  static void unknown_word(void* context, float log_probability) {
    of(context).profile.unknown_word_weight = log_probability;
  }
  static void abbreviation(void* context, const char* text, std::size_t size) {
    of(context).abbreviations->emplace_back(text, size);
  }
  static void clitic(void* context, const char* text, std::size_t size) {
    of(context).clitics->emplace_back(text, size);
  }
  static int word_table(void* context, const void* data, std::size_t size) {
    try {
      of(context).table.emplace(std::string_view(static_cast<const char*>(data), size));
      return TEXTNORM_OK;
    } catch (const std::runtime_error& e) {
      debug_log(fmt::format("word_table refused: {}", e.what()));
      return TEXTNORM_FAILED;
    }
  }

  static void capitalisation(void* context, textnorm_capitalisation meaning) {
    of(context).capital_marks_name = meaning != TEXTNORM_CAPITAL_MARKS_NOUN;
  }

  ProfileTable take() { return table ? std::move(*table) : ProfileTable(profile); }
};

// Detection tells at most kMaxLanguages apart: more is the user's choice to narrow, at start.
void require_few_languages(const std::vector<const PluginInstance*>& plugins) {
  std::vector<std::string> languages;
  for (const PluginInstance* plugin : plugins)
    for (const char* const* l = plugin->descriptor().languages; l != nullptr && *l != nullptr; ++l)
      if (std::find(languages.begin(), languages.end(), *l) == languages.end())
        languages.emplace_back(*l);
  if (languages.size() <= kMaxLanguages) return;
  throw Error(ErrorKind::USAGE,
              fmt::format("--lang auto tells at most {} languages apart, and the plugins loaded "
                          "serve {} ({}): choose plugins with --plugins, or one language with --lang",
                          kMaxLanguages, languages.size(), fmt::join(languages, ", ")));
}

}  // namespace

LanguageRouter::LanguageRouter(const std::vector<const PluginInstance*>& plugins) {
  require_few_languages(plugins);
  std::vector<std::string> languages;
  std::vector<ProfileTable> profiles;
  std::vector<std::string> abbreviations;
  std::vector<std::string> clitics;
  std::vector<bool> capitals_mark_names;
  for (const PluginInstance* plugin : plugins) {
    for (const char* const* l = plugin->descriptor().languages; l != nullptr && *l != nullptr; ++l) {
      if (std::find(languages.begin(), languages.end(), *l) != languages.end()) continue;
      EvidenceCollector collector{
          {*l, {}, LanguageProfile{}.unknown_word_weight}, {}, &abbreviations, &clitics};
      textnorm_evidence_sink sink{&collector,
                                  &EvidenceCollector::word,
                                  &EvidenceCollector::unknown_word,
                                  &EvidenceCollector::abbreviation,
                                  &EvidenceCollector::clitic,
                                  &EvidenceCollector::word_table,
                                  &EvidenceCollector::capitalisation};
      plugin->language_evidence(*l, sink);
      languages.emplace_back(*l);
      profiles.push_back(collector.take());
      capitals_mark_names.push_back(collector.capital_marks_name);
    }
  }
  detector_ = std::make_unique<const LanguageDetector>(std::move(languages), std::move(profiles),
                                                      std::move(abbreviations), clitics,
                                                      std::move(capitals_mark_names));
}

void LanguageRouter::segments(std::string_view line, DetectorWorkspace& workspace,
                              std::vector<Segment>& segments) const {
  if (detector_ != nullptr) return detector_->detect(line, DocumentPrior{}, workspace, segments);
  segments.clear();
  segments.push_back({0, line.size(), forced_, 1.0f});
}

}  // namespace textnorm::detail
