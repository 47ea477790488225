#include "langid/language_detector.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "langid/cld2_evidence.hpp"
#include "langid/language_path.hpp"
#include "langid/sentence_units.hpp"

namespace textnorm::detail {
namespace {

// The fast path needs this many confident words, all for one language.
constexpr std::size_t kFastPathWords = 2;
// CLD2 is asked only about sentences the words leave this undecided, and long enough for it.
constexpr float kUndecidedMargin = 6.0f;
constexpr std::size_t kCld2MinBytes = 24;
constexpr float kCld2Weight = 6.0f;
// Maps a segment's margin in nats to a confidence.
constexpr float kConfidenceScale = 0.5f;

std::vector<ProfileTable> checked(const std::vector<std::string>& languages,
                                  std::vector<ProfileTable> profiles) {
  if (profiles.empty() || profiles.size() > kMaxLanguages || profiles.size() != languages.size()) {
    throw std::invalid_argument(fmt::format("LanguageDetector takes 1 to {} language profiles, got {}",
                                            kMaxLanguages, profiles.size()));
  }
  return profiles;
}

std::vector<std::string> languages_of(const std::vector<LanguageProfile>& profiles) {
  std::vector<std::string> languages;
  for (const LanguageProfile& profile : profiles) languages.push_back(profile.lang);
  return languages;
}

std::vector<ProfileTable> tables_of(const std::vector<LanguageProfile>& profiles) {
  std::vector<ProfileTable> tables;
  for (const LanguageProfile& profile : profiles) tables.emplace_back(profile);
  return tables;
}

float margin_of(const float* scores, std::size_t languages, std::size_t chosen) {
  float best_other = -std::numeric_limits<float>::infinity();
  for (std::size_t l = 0; l < languages; ++l) {
    if (l != chosen) best_other = std::max(best_other, scores[l]);
  }
  return scores[chosen] - best_other;
}

float confidence_of(float margin) {
  return std::max(0.5f, 1.0f / (1.0f + std::exp(-kConfidenceScale * margin)));
}

// A capitalised word after the line's first word, or an acronym, may be a name.
bool may_be_name(const WordPieces& words, const WordScore& score, std::size_t i) {
  const WordPiece& piece = words.pieces[i];
  const bool first_word = piece.begin == words.pieces[0].begin || piece.after_opening_quote;
  return !first_word && score.may_be_name(piece);
}

}  // namespace

LanguageDetector::LanguageDetector(std::vector<std::string> languages,
                                   std::vector<ProfileTable> profiles,
                                   std::vector<std::string> abbreviations,
                                   const std::vector<std::string>& clitics,
                                   std::vector<bool> capitals_mark_names)
    : languages_(std::move(languages)),
      evidence_(checked(languages_, std::move(profiles)), std::move(capitals_mark_names)),
      clitics_(clitics),
      splitter_(std::move(abbreviations)) {
  for (const std::string& lang : languages_) cld2_languages_.push_back(cld2_language_of(lang));
}

LanguageDetector::LanguageDetector(const std::vector<LanguageProfile>& profiles,
                                   std::vector<std::string> abbreviations,
                                   const std::vector<std::string>& clitics,
                                   std::vector<bool> capitals_mark_names)
    : LanguageDetector(languages_of(profiles), tables_of(profiles), std::move(abbreviations),
                       clitics, std::move(capitals_mark_names)) {}

std::vector<LanguageSpan> LanguageDetector::detect(std::string_view line,
                                                   const DocumentPrior& prior) const {
  DetectorWorkspace workspace;
  std::vector<LanguageSpan> spans;
  detect(line, prior, workspace, spans);
  return spans;
}

void LanguageDetector::detect(std::string_view line, const DocumentPrior& prior,
                              DetectorWorkspace& workspace, std::vector<LanguageSpan>& spans) const {
  spans.clear();
  if (line.empty()) return;
  if (languages_.size() == 1) {
    spans.push_back({0, line.size(), languages_[0], 1.0f});
    return;
  }
  tokenize_words(line, clitics_, workspace.words);
  evidence_.score(workspace.words, workspace.scores, workspace.hashes);
  if (const auto sole = sole_language(workspace.words, workspace.scores)) {
    spans.push_back({0, line.size(), languages_[sole->lang], confidence_of(sole->margin)});
    return;
  }
  const auto prior_it = std::find(languages_.begin(), languages_.end(), prior.lang);
  const int prior_lang =
      prior_it == languages_.end() ? -1 : static_cast<int>(prior_it - languages_.begin());
  units_of(line, workspace);
  choose_languages(workspace.units, languages_.size(), prior_lang, prior.weight,
                   workspace.path_from, workspace.unit_languages);
  merge(line, workspace.units, workspace.unit_languages, prior_lang, spans);
}

// The fast path: enough confident words, all for one language, none for another (not even a
// capitalised one, which may start a headline), and the line as a whole beyond doubt.
std::optional<LanguageDetector::SoleLanguage> LanguageDetector::sole_language(
    const WordPieces& words, const std::vector<WordScore>& scores) const {
  const std::size_t n = languages_.size();
  std::array<std::size_t, kMaxLanguages> confident{};
  std::array<bool, kMaxLanguages> named{};  // a capitalised word is confident evidence for it
  std::array<float, kMaxLanguages> total{};
  for (std::size_t i = 0; i < scores.size(); ++i) {
    if (!scores[i].known) continue;
    const std::uint8_t sure = scores[i].confident_language;
    if (may_be_name(words, scores[i], i)) {
      if (sure != WordEvidence::kNoLanguage) named[sure] = true;
      continue;
    }
    const float* word = scores[i].evidence.data();
    for (std::size_t l = 0; l < n; ++l) total[l] += word[l];
    if (sure != WordEvidence::kNoLanguage) ++confident[sure];
  }
  const auto best =
      static_cast<std::size_t>(std::max_element(total.begin(), total.begin() + n) - total.begin());
  const float margin = margin_of(total.data(), n, best);
  if (confident[best] < kFastPathWords || margin < kUndecidedMargin) return std::nullopt;
  for (std::size_t l = 0; l < n; ++l) {
    if (l != best && (confident[l] > 0 || named[l])) return std::nullopt;
  }
  return SoleLanguage{best, margin};
}

void LanguageDetector::units_of(std::string_view line, DetectorWorkspace& workspace) const {
  const WordPieces& words = workspace.words;
  std::vector<LanguageUnit>& units = workspace.units;
  units.clear();
  std::size_t piece = 0;
  splitter_.split(line, workspace.sentences, workspace.sentence_spans);
  for (const SentenceSpan& sentence : workspace.sentence_spans) {
    const std::size_t first_piece = piece;
    while (piece < words.pieces.size() && words.pieces[piece].begin < sentence.end) ++piece;
    const std::size_t first_unit = units.size();
    add_sentence_units(line, sentence, LineWords{words, workspace.scores}, first_piece, piece,
                       languages_.size(), workspace.sentence_units, units);
    add_cld2_evidence(sentence, first_piece, piece, first_unit, workspace);
  }
}

void LanguageDetector::add_cld2_evidence(SentenceSpan sentence, std::size_t first_piece,
                                         std::size_t end_piece, std::size_t first_unit,
                                         DetectorWorkspace& workspace) const {
  const std::size_t n = languages_.size();
  const WordPieces& words = workspace.words;
  std::vector<LanguageUnit>& units = workspace.units;
  std::array<float, kMaxLanguages> total{};
  for (std::size_t u = first_unit; u < units.size(); ++u) {
    for (std::size_t l = 0; l < n; ++l) total[l] += units[u].scores[l];
  }
  const auto best =
      static_cast<std::size_t>(std::max_element(total.begin(), total.begin() + n) - total.begin());
  if (margin_of(total.data(), n, best) >= kUndecidedMargin) return;
  // CLD2 reads the sentence's words without the capitalised ones that may be names, which are
  // no evidence, in lowercase; spacing and punctuation are the plugins' to change, so neither a name's
  // spelling nor a space before a colon can change the answer on a second run.
  std::string& text = workspace.cld2_text;
  text.clear();
  for (std::size_t i = first_piece; i < end_piece; ++i) {
    const WordPiece& piece = words.pieces[i];
    if (workspace.scores[i].may_be_name(piece)) continue;
    if (!text.empty()) text += ' ';
    text += words.key(piece);
  }
  if (text.size() < kCld2MinBytes) return;
  std::array<float, kMaxLanguages> cld2{};
  detail::add_cld2_evidence(text, cld2_languages_, kCld2Weight, cld2.data());
  if (std::all_of(cld2.begin(), cld2.end(), [](float e) { return e == 0.0f; })) return;
  const auto length = static_cast<float>(sentence.end - sentence.begin);
  for (std::size_t u = first_unit; u < units.size(); ++u) {
    const float share = static_cast<float>(units[u].end - units[u].begin) / length;
    for (std::size_t l = 0; l < n; ++l) units[u].scores[l] += share * cld2[l];
    units[u].has_evidence = true;
  }
}

void LanguageDetector::merge(std::string_view line, const std::vector<LanguageUnit>& units,
                             const std::vector<std::size_t>& langs, int prior_lang,
                             std::vector<LanguageSpan>& spans) const {
  const bool any_evidence =
      std::any_of(units.begin(), units.end(), [](const LanguageUnit& u) { return u.has_evidence; });
  if (!any_evidence) {
    if (prior_lang < 0) {
      spans.push_back({0, line.size(), "und", 0.0f});
    } else {
      spans.push_back({0, line.size(), languages_[std::size_t(prior_lang)], 0.5f});
    }
    return;
  }
  const std::size_t n = languages_.size();
  std::array<float, kMaxLanguages> total{};
  for (std::size_t u = 0; u < units.size(); ++u) {
    for (std::size_t l = 0; l < n; ++l) total[l] += units[u].scores[l];
    if (u + 1 < units.size() && langs[u + 1] == langs[u]) continue;
    const std::size_t begin = spans.empty() ? 0 : spans.back().end;
    spans.push_back({begin, units[u].end, languages_[langs[u]],
                     confidence_of(margin_of(total.data(), n, langs[u]))});
    total.fill(0.0f);
  }
  spans.back().end = line.size();
}

}  // namespace textnorm::detail
