// Tells the languages of a line apart, segment by segment.
//
// Method: each word piece scores every candidate language by naive Bayes over the plugins'
// profiles (capitalised words inside a sentence count half, and not at all when they are
// names, unless the word is confident evidence for a language whose plugin says a capital
// marks any noun there, as in German). A line whose confident words all point to one language is that language (fast
// path). Otherwise the line is cut into sentences and sentences into units, around quotations
// and before capitalised words (a headline run into the next sentence); CLD2 adds its scores
// where the words leave a sentence undecided; a Viterbi pass picks one language per unit,
// paying for each change, so weak units take their neighbours' language, and a document
// prior, when given, biases each sentence. A line without any evidence is "und" (or the
// prior's language). Neighbouring units of one language merge into one segment.
#ifndef TEXTNORM_CORE_LANGID_LANGUAGE_DETECTOR_HPP
#define TEXTNORM_CORE_LANGID_LANGUAGE_DETECTOR_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "langid/language_unit.hpp"
#include "langid/profile_table.hpp"
#include "langid/sentence_units.hpp"
#include "langid/word_evidence.hpp"
#include "langid/word_tokenizer.hpp"
#include "segment/sentence_splitter.hpp"

namespace textnorm::detail {

struct LanguageSpan {
  std::size_t begin;
  std::size_t end;
  std::string_view lang;  // one of the detector's languages(), or "und" (static storage)
  float confidence;  // 0.5 when only context decided, 0 for "und"
};

// What the rest of the document says: the language most of it is in, and how strongly (in
// nats added to each sentence's score for that language; 1 tips only sentences without
// evidence of their own).
struct DocumentPrior {
  std::string lang;
  float weight = 1.0f;
};

// What detection reuses from line to line: one per thread.
struct DetectorWorkspace {
  WordPieces words;
  std::vector<WordScore> scores;
  std::vector<std::uint64_t> hashes;
  std::vector<LanguageUnit> units;
  std::vector<std::uint8_t> path_from;
  std::vector<std::size_t> unit_languages;
  SentenceUnitsWorkspace sentence_units;
  std::vector<SentenceSpan> sentence_spans;
  std::string cld2_text;
  SentenceSplitter::Workspace sentences;
};

class LanguageDetector {
 public:
  // languages and profiles: the candidate languages (1 to kMaxLanguages), in order.
  // abbreviations: the sentence splitter's list. clitics: the endings the tokenizer cuts ("'t").
  // capitals_mark_names: per language, whether a capital inside a sentence marks a name (en,
  // fr) rather than any noun (de); empty: names in every language.
  // Throws std::invalid_argument on a bad number of profiles.
  LanguageDetector(std::vector<std::string> languages, std::vector<ProfileTable> profiles,
                   std::vector<std::string> abbreviations, const std::vector<std::string>& clitics,
                   std::vector<bool> capitals_mark_names = {});
  // The same from profiles as word lists, compiled now.
  LanguageDetector(const std::vector<LanguageProfile>& profiles,
                   std::vector<std::string> abbreviations, const std::vector<std::string>& clitics,
                   std::vector<bool> capitals_mark_names = {});

  // The segments of one line into `spans` (replacing its content), covering [0, line.size())
  // in order, neighbours in different languages. Thread-safe; `workspace` is the caller's.
  void detect(std::string_view line, const DocumentPrior& prior, DetectorWorkspace& workspace,
              std::vector<LanguageSpan>& spans) const;
  // The same with a workspace of its own (tests and tools).
  std::vector<LanguageSpan> detect(std::string_view line, const DocumentPrior& prior = {}) const;

  const std::vector<std::string>& languages() const { return languages_; }

 private:
  struct SoleLanguage {
    std::size_t lang;
    float margin;  // nats between it and the next language over the whole line
  };
  std::optional<SoleLanguage> sole_language(const WordPieces& words,
                                            const std::vector<WordScore>& scores) const;
  void units_of(std::string_view line, DetectorWorkspace& workspace) const;
  void add_cld2_evidence(SentenceSpan sentence, std::size_t first_piece, std::size_t end_piece,
                         std::size_t first_unit, DetectorWorkspace& workspace) const;
  void merge(std::string_view line, const std::vector<LanguageUnit>& units,
             const std::vector<std::size_t>& langs, int prior_lang,
             std::vector<LanguageSpan>& spans) const;

  std::vector<std::string> languages_;
  std::vector<int> cld2_languages_;  // CLD2's code of each candidate, -1 if it has none
  WordEvidence evidence_;
  Clitics clitics_;
  SentenceSplitter splitter_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_LANGUAGE_DETECTOR_HPP
