#include "langid/sentence_units.hpp"

#include <algorithm>
#include <utility>

#include "segment/quotation_finder.hpp"

namespace textnorm::detail {
namespace {

// A capitalised word inside a sentence that a profile knows may still be a name ("Paris").
constexpr float kCapitalizedWordFactor = 0.5f;
// A quotation is cut out only with this many plain words known to a profile; shorter ones are
// titles or names ("Panique à Bamako"): part of the sentence around them, and no evidence.
constexpr std::size_t kMinQuotationWords = 4;
// A word at least this probable (natural log) in some language is common: it may open a sentence.
constexpr float kFrequentWord = -9.0f;

using CutPoint = SentenceUnitsWorkspace::CutPoint;
using ScoredPiece = SentenceUnitsWorkspace::ScoredPiece;

bool ends_with_space(std::string_view text) {
  return text.ends_with(' ') || text.ends_with("\u00A0") || text.ends_with("\u202F");
}

bool is_space_before(std::string_view line, std::size_t pos) {
  return ends_with_space(line.substr(0, pos));
}

std::size_t skip_spaces(std::string_view line, std::size_t pos) {
  while (pos < line.size() && line[pos] == ' ') ++pos;
  return pos;
}

// Where the opening quote mark right before `word` (spaces allowed between) starts, or `word`.
std::size_t opening_quote_before(std::string_view line, std::size_t word) {
  std::string_view before = line.substr(0, word);
  for (std::string_view space : {"\u00A0", "\u202F", " "}) {
    if (before.ends_with(space)) before.remove_suffix(space.size());
  }
  for (std::string_view mark : {"\"", "«", "“"}) {
    if (before.ends_with(mark)) return before.size() - mark.size();
  }
  return word;
}

// A language may change before a capitalised word inside a sentence (a headline run into the
// next sentence); the cut goes before an opening quote that precedes the word.
void add_capital_cut(std::string_view line, std::size_t word, std::vector<CutPoint>& cuts) {
  const std::size_t quote = opening_quote_before(line, word);
  if (is_space_before(line, quote)) cuts.push_back({quote, Boundary::kCapital});
}

// The pieces that start in [begin, end), found by bisection (pieces are in text order), so
// that a line of many quotations or names costs no scan of every piece for each.
std::pair<std::size_t, std::size_t> pieces_starting_in(const std::vector<ScoredPiece>& pieces,
                                                       std::size_t begin, std::size_t end) {
  const auto before = [](const ScoredPiece& p, std::size_t pos) { return p.begin < pos; };
  const auto first = std::lower_bound(pieces.begin(), pieces.end(), begin, before);
  const auto last = std::lower_bound(first, pieces.end(), end, before);
  return {std::size_t(first - pieces.begin()), std::size_t(last - pieces.begin())};
}

void mark_as_name(std::vector<ScoredPiece>& pieces, std::size_t begin, std::size_t end) {
  const auto [first, last] = pieces_starting_in(pieces, begin, end);
  for (std::size_t i = first; i < last; ++i) {
    pieces[i].score = nullptr;
    pieces[i].plain = false;
  }
}

bool joined_by_hyphen(std::string_view line, const ScoredPiece& left, const ScoredPiece& right) {
  return left.begin == right.begin || (right.begin == left.end + 1 && line[left.end] == '-');
}

bool joined_by_space(std::string_view line, const ScoredPiece& left, const ScoredPiece& right) {
  return right.begin == left.end + 1 && line[left.end] == ' ';
}

// Names the profiles happen to know are still names: a hyphenated word with a capital inside
// ("Charles-de-Gaulle", "Pont-de-Buis"), a capitalised word before an unknown capitalised one
// ("De Bock", "Le Pen") and an initial ("P. Morris").
void mark_names(std::string_view line, std::vector<ScoredPiece>& pieces) {
  for (std::size_t first = 0; first < pieces.size();) {
    std::size_t last = first;
    bool compound = false;
    bool capital_inside = !pieces[first].plain;
    while (last + 1 < pieces.size() && joined_by_hyphen(line, pieces[last], pieces[last + 1])) {
      ++last;
      const bool next_word = pieces[last].begin != pieces[first].begin;
      compound = compound || next_word;
      capital_inside = capital_inside || (next_word && pieces[last].capitalized);
    }
    const bool before_name = last + 1 < pieces.size() && pieces[first].capitalized &&
                             pieces[last + 1].capitalized &&
                             pieces[last + 1].score == nullptr &&
                             joined_by_space(line, pieces[last], pieces[last + 1]);
    const bool initial_letter = pieces[first].capitalized && last == first &&
                                pieces[first].end == pieces[first].begin + 1 &&
                                line.substr(pieces[first].end, 1) == ".";
    if ((compound && capital_inside) || before_name || initial_letter) {
      mark_as_name(pieces, pieces[first].begin, pieces[last].end);
    }
    first = last + 1;
  }
}

void score_pieces(std::string_view line, LineWords line_words, std::size_t first_piece,
                  std::size_t end_piece, std::vector<CutPoint>& cuts,
                  std::vector<ScoredPiece>& pieces) {
  pieces.clear();
  for (std::size_t i = first_piece; i < end_piece; ++i) {
    const WordPiece& piece = line_words.words.pieces[i];
    const bool initial =
        i == first_piece || piece.begin == line_words.words.pieces[first_piece].begin;
    const WordScore& word = line_words.scores[i];
    // The language may still change before a German noun ("… in Genf Die Gespräche …"), but
    // its capital is no sign of a name: the word is plain evidence.
    if (piece.capitalized && !initial) add_capital_cut(line, piece.begin, cuts);
    const bool capitalized = piece.capitalized && !word.capital_marks_noun;
    const bool inner_capital = capitalized && !initial;
    const bool plain = !inner_capital || piece.after_opening_quote;
    const bool known = !(piece.all_caps && !initial);
    const WordScore* score = known && word.known ? &word : nullptr;
    pieces.push_back({piece.begin, piece.end, score,
                      plain ? 1.0f : kCapitalizedWordFactor, plain, capitalized});
  }
  mark_names(line, pieces);
}

// Quotations with enough plain words may change language; shorter ones are titles.
void add_quotation_cuts(std::string_view line, SentenceSpan sentence,
                        std::vector<ScoredPiece>& pieces, std::vector<CutPoint>& cuts) {
  const std::string_view text = line.substr(sentence.begin, sentence.end - sentence.begin);
  for (const QuotationSpan& quote : find_quotations(text)) {
    const std::size_t open = sentence.begin + quote.begin;
    const std::size_t close = sentence.begin + quote.end;
    const auto [first, last] = pieces_starting_in(pieces, open, close);
    const bool whole_sentence = first == 0 && last == pieces.size();
    if (whole_sentence) continue;
    const auto words = std::count_if(
        pieces.begin() + std::ptrdiff_t(first), pieces.begin() + std::ptrdiff_t(last),
        [&](const ScoredPiece& p) { return p.plain && p.score != nullptr && p.begin > open; });
    if (static_cast<std::size_t>(words) < kMinQuotationWords) {
      mark_as_name(pieces, open + 1, close);
      continue;
    }
    const std::size_t after = skip_spaces(line, close);
    if (open > sentence.begin) cuts.push_back({open, Boundary::kQuotation});
    if (after < sentence.end) cuts.push_back({after, Boundary::kQuotation});
  }
}

void make_units(SentenceSpan sentence, std::vector<CutPoint>& cuts,
                std::vector<LanguageUnit>& units) {
  std::sort(cuts.begin(), cuts.end(), [](const CutPoint& a, const CutPoint& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.boundary < b.boundary;
  });
  cuts.erase(std::unique(cuts.begin(), cuts.end(),
                         [](const CutPoint& a, const CutPoint& b) { return a.pos == b.pos; }),
             cuts.end());
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const std::size_t end = i + 1 < cuts.size() ? cuts[i + 1].pos : sentence.end;
    units.push_back({cuts[i].pos, end, cuts[i].boundary});
  }
}

void add_evidence(const std::vector<ScoredPiece>& pieces, std::size_t n,
                  std::vector<LanguageUnit>& units, std::size_t first_unit) {
  std::size_t unit = first_unit;
  std::size_t unit_of_previous_piece = units.size();
  for (const ScoredPiece& piece : pieces) {
    while (piece.begin >= units[unit].end) ++unit;
    LanguageUnit& u = units[unit];
    u.only_names = u.only_names && !piece.plain;
    const bool frequent =
        piece.score != nullptr && piece.score->best_log_probability > kFrequentWord;
    if (unit != unit_of_previous_piece) u.opens_with_frequent_word = frequent;
    u.closes_with_frequent_word = frequent;
    unit_of_previous_piece = unit;
    if (piece.score == nullptr) continue;
    const float* word = piece.score->evidence.data();
    for (std::size_t l = 0; l < n; ++l) u.scores[l] += piece.factor * word[l];
    u.has_evidence = true;
  }
}

}  // namespace

void add_sentence_units(std::string_view line, SentenceSpan sentence, LineWords line_words,
                        std::size_t first_piece, std::size_t end_piece,
                        std::size_t languages, SentenceUnitsWorkspace& workspace,
                        std::vector<LanguageUnit>& units) {
  std::vector<CutPoint>& cuts = workspace.cuts;
  std::vector<ScoredPiece>& pieces = workspace.pieces;
  cuts.assign(1, {sentence.begin, Boundary::kSentence});
  score_pieces(line, line_words, first_piece, end_piece, cuts, pieces);
  add_quotation_cuts(line, sentence, pieces, cuts);
  const std::size_t first_unit = units.size();
  make_units(sentence, cuts, units);
  add_evidence(pieces, languages, units, first_unit);
}

}  // namespace textnorm::detail
