// Tells the languages of a line apart, segment by segment.
//
// Method: the line is cut into sentences (SentenceSplitter), and sentences further into units
// at the points where a language may change inside a sentence: around quotations and before a
// capitalised word (a headline glued to the next sentence). Each unit scores every candidate
// language by naive Bayes over its words (the plugins' profiles; a capitalised word inside a
// sentence counts only if a profile knows it, so names are no evidence) plus, where the words
// leave a sentence undecided, CLD2's scores for the candidates. A Viterbi pass then assigns
// one language per unit, paying a cost for each change (cheap between sentences, dearer at a
// quotation, dearest before a capitalised word), so weak units take their neighbours'
// language; a document prior, when given, biases every sentence. Units with no evidence at
// all in a line without any are "und" (or the prior's language). Equal neighbours merge.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/langid/language_profile.h"
#include "core/segment/sentence_splitter.h"

namespace textnorm::detail {

struct LanguageSpan {
  std::size_t begin;
  std::size_t end;
  std::string lang;  // one of the profiles' languages, or "und"
  float confidence;  // 0.5 when only context decided, 0 for "und"
};

// What the rest of the document says: the language most of it is in, and how strongly (in
// nats added to each sentence's score for that language; 1 tips only sentences without
// evidence of their own).
struct DocumentPrior {
  std::string lang;
  float weight = 1.0f;
};

class LanguageDetector {
 public:
  // profiles: the candidate languages. abbreviations: the sentence splitter's list.
  LanguageDetector(std::vector<LanguageProfile> profiles, std::vector<std::string> abbreviations);

  // Segments of one line, covering [0, line.size()) in order, neighbours in different
  // languages. Thread-safe.
  std::vector<LanguageSpan> detect(std::string_view line) const;
  std::vector<LanguageSpan> detect(std::string_view line, const DocumentPrior& prior) const;

  const std::vector<std::string>& languages() const { return languages_; }

 private:
  struct Unit;
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };

  std::vector<Unit> units_of(std::string_view line) const;
  void add_sentence_units(std::string_view line, SentenceSpan sentence,
                          std::vector<Unit>& units) const;
  void score_words(std::string_view line, SentenceSpan sentence, std::vector<Unit>& units,
                   std::size_t first_unit) const;
  void add_cld2_evidence(std::string_view line, SentenceSpan sentence, std::vector<Unit>& units,
                         std::size_t first_unit) const;
  std::vector<std::size_t> best_languages(const std::vector<Unit>& units, int prior_lang,
                                          float prior_weight) const;
  static void place_capital_switches(const std::vector<Unit>& units,
                                     std::vector<std::size_t>& langs);
  std::vector<LanguageSpan> merge(std::string_view line, const std::vector<Unit>& units,
                                  const std::vector<std::size_t>& langs, int prior_lang) const;

  SentenceSplitter splitter_;
  std::vector<std::string> languages_;
  std::vector<int> cld2_languages_;  // CLD2's code of each candidate, -1 if it has none
  std::unordered_map<std::string, std::size_t, StringHash, std::equal_to<>> word_rows_;
  std::vector<float> word_evidence_;  // row * languages + language: relative log-probability
  std::vector<float> best_log_probability_;  // per row: the word's log-probability where likeliest
};

}  // namespace textnorm::detail
