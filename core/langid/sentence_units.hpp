// Cuts a sentence into language units and scores each.
#ifndef TEXTNORM_CORE_LANGID_SENTENCE_UNITS_HPP
#define TEXTNORM_CORE_LANGID_SENTENCE_UNITS_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "langid/language_unit.hpp"
#include "langid/word_evidence.hpp"
#include "langid/word_tokenizer.hpp"
#include "segment/sentence_splitter.hpp"

namespace textnorm::detail {

// The words of a line with the score of each piece.
struct LineWords {
  const WordPieces& words;
  const std::vector<WordScore>& scores;
};

// What add_sentence_units() reuses from sentence to sentence: one per thread.
struct SentenceUnitsWorkspace {
  struct CutPoint {
    std::size_t pos;
    Boundary boundary;
  };
  struct ScoredPiece {
    std::size_t begin;
    std::size_t end;
    const WordScore* score;  // null when it is no evidence
    float factor;
    bool plain;  // not a capitalised word inside the sentence
    bool capitalized;  // capitalised as a name may be (not as a German noun is)
  };
  std::vector<CutPoint> cuts;
  std::vector<ScoredPiece> pieces;
};

// Appends the units of `sentence` (pieces [first_piece, end_piece) of `line_words`) to `units`.
// Cuts go before quotations with enough words of their own and before capitalised words
// inside the sentence. Names are no evidence: a capitalised word inside the sentence counts
// half (in full when it is confident evidence for a language whose capitals mark nouns, as
// German's do), and not at all inside a hyphenated name, before an unknown capitalised word, as an
// initial, or inside a quotation too short to be cut out (a title).
void add_sentence_units(std::string_view line, SentenceSpan sentence, LineWords line_words,
                        std::size_t first_piece, std::size_t end_piece,
                        std::size_t languages, SentenceUnitsWorkspace& workspace,
                        std::vector<LanguageUnit>& units);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_LANGID_SENTENCE_UNITS_HPP
