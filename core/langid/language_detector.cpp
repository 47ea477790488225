#include "core/langid/language_detector.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/langid/cld2_evidence.h"
#include "core/langid/word_tokenizer.h"
#include "core/segment/quotation_finder.h"

namespace textnorm::detail {
namespace {

// One word never weighs more than this many nats: a dictionary gap must not decide alone.
constexpr float kMaxWordEvidence = 6.0f;
// A capitalised word inside a sentence that a profile knows may still be a name ("Paris").
constexpr float kCapitalizedWordFactor = 0.5f;
// Cost in nats of a change of language, by where it happens.
constexpr float kSentenceSwitchCost = 1.0f;
constexpr float kQuotationSwitchCost = 4.0f;
constexpr float kCapitalSwitchCost = 8.0f;
// CLD2 is asked only about sentences the words leave this undecided, and long enough for it.
constexpr float kUndecidedMargin = 6.0f;
constexpr std::size_t kCld2MinBytes = 24;
constexpr float kCld2Weight = 6.0f;
// A quotation is cut out only with this many plain words known to a profile; shorter ones are
// titles or names ("Panique à Bamako"): part of the sentence around them, and no evidence.
constexpr std::size_t kMinQuotationWords = 4;
// Maps a segment's margin in nats to a confidence.
constexpr float kConfidenceScale = 0.5f;
// A word at least this probable (natural log) in some language is common: it may open a sentence.
constexpr float kFrequentWord = -9.0f;
constexpr std::size_t kNoRow = std::numeric_limits<std::size_t>::max();

enum class Boundary { kSentence, kQuotation, kCapital };

float switch_cost(Boundary boundary) {
  switch (boundary) {
    case Boundary::kSentence: return kSentenceSwitchCost;
    case Boundary::kQuotation: return kQuotationSwitchCost;
    case Boundary::kCapital: return kCapitalSwitchCost;
  }
  return kCapitalSwitchCost;
}

struct CutPoint {
  std::size_t pos;
  Boundary boundary;
};

struct ScoredPiece {
  std::size_t begin;
  std::size_t end;
  std::size_t row;  // in the word table, kNoRow when no profile knows the word
  float factor;
  bool plain;        // not a capitalised word inside the sentence
  bool capitalized;
};

bool is_space_before(std::string_view line, std::size_t pos) {
  return pos > 0 && (line[pos - 1] == ' ' || line.substr(0, pos).ends_with("\u00A0"));
}

std::size_t skip_spaces(std::string_view line, std::size_t pos) {
  while (pos < line.size() && line[pos] == ' ') ++pos;
  return pos;
}

void mark_as_name(std::vector<ScoredPiece>& pieces, std::size_t begin, std::size_t end) {
  for (ScoredPiece& piece : pieces) {
    if (piece.begin >= begin && piece.begin < end) {
      piece.row = kNoRow;
      piece.plain = false;
    }
  }
}

bool joined_by_hyphen(std::string_view line, const ScoredPiece& left, const ScoredPiece& right) {
  return left.begin == right.begin || (right.begin == left.end + 1 && line[left.end] == '-');
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
                             pieces[last + 1].capitalized && pieces[last + 1].row == kNoRow &&
                             pieces[last + 1].begin == pieces[last].end + 1 && line[pieces[last].end] == ' ';
    const bool initial_letter = pieces[first].capitalized && last == first &&
                                pieces[first].end == pieces[first].begin + 1 &&
                                line.substr(pieces[first].end, 1) == ".";
    if ((compound && capital_inside) || before_name || initial_letter) {
      mark_as_name(pieces, pieces[first].begin, pieces[last].end);
    }
    first = last + 1;
  }
}

bool is_opening_quote_at(std::string_view line, std::size_t end, std::size_t* quote) {
  for (std::string_view mark : {"\"", "«", "“"}) {
    if (line.substr(0, end).ends_with(mark)) {
      *quote = end - mark.size();
      return true;
    }
  }
  return false;
}

// A language may change before a capitalised word inside a sentence (a headline run into the
// next sentence), the cut going before an opening quote that precedes the word.
void add_capital_cut(std::string_view line, std::size_t word, std::vector<CutPoint>& cuts) {
  std::size_t quote = word;
  if (is_opening_quote_at(line, word, &quote) && is_space_before(line, quote)) {
    cuts.push_back({quote, Boundary::kCapital});
  } else if (is_space_before(line, word)) {
    cuts.push_back({word, Boundary::kCapital});
  }
}

float margin_of(const float* scores, std::size_t languages, std::size_t chosen) {
  float best_other = -std::numeric_limits<float>::infinity();
  for (std::size_t l = 0; l < languages; ++l) {
    if (l != chosen) best_other = std::max(best_other, scores[l]);
  }
  return scores[chosen] - best_other;
}

}  // namespace

struct LanguageDetector::Unit {
  std::size_t begin;
  std::size_t end;
  Boundary before;
  bool has_evidence;
  bool only_names;  // every word is capitalised inside the sentence
  bool opens_with_frequent_word;  // its first word is common ("The"), not rare ("Morris")
  std::vector<float> scores;  // per language, relative log-likelihood (<= 0 for the best word)
};

LanguageDetector::LanguageDetector(std::vector<LanguageProfile> profiles,
                                   std::vector<std::string> abbreviations)
    : splitter_(std::move(abbreviations)) {
  if (profiles.empty()) throw std::invalid_argument("LanguageDetector needs a language profile");
  const std::size_t n = profiles.size();
  for (const LanguageProfile& profile : profiles) {
    languages_.push_back(profile.lang);
    cld2_languages_.push_back(cld2_language_of(profile.lang));
  }
  std::vector<float> raw;
  for (std::size_t l = 0; l < n; ++l) {
    for (const auto& [word, weight] : profiles[l].words) {
      const auto [it, added] = word_rows_.try_emplace(word, word_rows_.size());
      if (added) {
        for (std::size_t k = 0; k < n; ++k) raw.push_back(profiles[k].unknown_word_weight);
      }
      raw[it->second * n + l] = weight;
    }
  }
  word_evidence_.resize(raw.size());
  best_log_probability_.resize(word_rows_.size());
  for (std::size_t row = 0; row < word_rows_.size(); ++row) {
    const float* weights = &raw[row * n];
    const float best = *std::max_element(weights, weights + n);
    best_log_probability_[row] = best;
    for (std::size_t l = 0; l < n; ++l) {
      word_evidence_[row * n + l] = std::max(weights[l] - best, -kMaxWordEvidence);
    }
  }
}

std::vector<LanguageSpan> LanguageDetector::detect(std::string_view line) const {
  return detect(line, DocumentPrior{});
}

std::vector<LanguageSpan> LanguageDetector::detect(std::string_view line,
                                                   const DocumentPrior& prior) const {
  if (line.empty()) return {};
  if (languages_.size() == 1) return {{0, line.size(), languages_[0], 1.0f}};
  const auto prior_it = std::find(languages_.begin(), languages_.end(), prior.lang);
  const int prior_lang =
      prior_it == languages_.end() ? -1 : static_cast<int>(prior_it - languages_.begin());
  const std::vector<Unit> units = units_of(line);
  return merge(line, units, best_languages(units, prior_lang, prior.weight), prior_lang);
}

std::vector<LanguageDetector::Unit> LanguageDetector::units_of(std::string_view line) const {
  std::vector<Unit> units;
  for (const SentenceSpan& sentence : splitter_.split(line)) {
    add_sentence_units(line, sentence, units);
  }
  return units;
}

void LanguageDetector::add_sentence_units(std::string_view line, SentenceSpan sentence,
                                          std::vector<Unit>& units) const {
  std::vector<CutPoint> cuts{{sentence.begin, Boundary::kSentence}};
  const std::string_view text = line.substr(sentence.begin, sentence.end - sentence.begin);
  std::vector<ScoredPiece> pieces;
  std::size_t previous_word = kNoRow;
  for_each_word_piece(text, [&](const WordPiece& piece) {
    const std::size_t begin = sentence.begin + piece.begin;
    const bool first_piece = begin != previous_word;
    const bool initial = previous_word == kNoRow;
    previous_word = begin;
    const bool inner_capital = piece.capitalized && !initial;
    if (inner_capital && first_piece) add_capital_cut(line, begin, cuts);
    const bool plain = !inner_capital || piece.after_opening_quote;
    const auto it = word_rows_.find(piece.key);
    const bool known = it != word_rows_.end() && !(piece.all_caps && !initial);
    pieces.push_back({begin, sentence.begin + piece.end, known ? it->second : kNoRow,
                      plain ? 1.0f : kCapitalizedWordFactor, plain, piece.capitalized});
  });
  mark_names(line, pieces);
  for (const QuotationSpan& quote : find_quotations(text)) {
    const std::size_t open = sentence.begin + quote.begin;
    const std::size_t close = sentence.begin + quote.end;
    const auto words = std::count_if(pieces.begin(), pieces.end(), [&](const ScoredPiece& p) {
      return p.plain && p.row != kNoRow && p.begin > open && p.begin < close;
    });
    const bool whole_sentence = std::none_of(pieces.begin(), pieces.end(), [&](const ScoredPiece& p) {
      return p.begin < open || p.begin >= close;
    });
    if (whole_sentence) continue;
    if (static_cast<std::size_t>(words) < kMinQuotationWords) {
      mark_as_name(pieces, open + 1, close);
      continue;
    }
    const std::size_t after = skip_spaces(line, close);
    if (open > sentence.begin) cuts.push_back({open, Boundary::kQuotation});
    if (after < sentence.end) cuts.push_back({after, Boundary::kQuotation});
  }
  std::sort(cuts.begin(), cuts.end(), [](const CutPoint& a, const CutPoint& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.boundary < b.boundary;
  });
  cuts.erase(std::unique(cuts.begin(), cuts.end(),
                         [](const CutPoint& a, const CutPoint& b) { return a.pos == b.pos; }),
             cuts.end());
  const std::size_t first_unit = units.size();
  const std::size_t n = languages_.size();
  for (std::size_t i = 0; i < cuts.size(); ++i) {
    const std::size_t end = i + 1 < cuts.size() ? cuts[i + 1].pos : sentence.end;
    units.push_back(
        {cuts[i].pos, end, cuts[i].boundary, false, true, false, std::vector<float>(n, 0.0f)});
  }
  std::size_t unit = first_unit;
  std::size_t unit_of_previous_piece = kNoRow;
  for (const ScoredPiece& piece : pieces) {
    while (piece.begin >= units[unit].end) ++unit;
    if (unit != unit_of_previous_piece) units[unit].opens_with_frequent_word =
        piece.row != kNoRow && best_log_probability_[piece.row] > kFrequentWord;
    unit_of_previous_piece = unit;
    units[unit].only_names = units[unit].only_names && !piece.plain;
    if (piece.row == kNoRow) continue;
    for (std::size_t l = 0; l < n; ++l) {
      units[unit].scores[l] += piece.factor * word_evidence_[piece.row * n + l];
    }
    units[unit].has_evidence = true;
  }
  add_cld2_evidence(line, sentence, units, first_unit);
}

void LanguageDetector::add_cld2_evidence(std::string_view line, SentenceSpan sentence,
                                         std::vector<Unit>& units, std::size_t first_unit) const {
  const std::size_t n = languages_.size();
  if (sentence.end - sentence.begin < kCld2MinBytes) return;
  std::vector<float> total(n, 0.0f);
  for (std::size_t u = first_unit; u < units.size(); ++u) {
    for (std::size_t l = 0; l < n; ++l) total[l] += units[u].scores[l];
  }
  const std::size_t best = std::max_element(total.begin(), total.end()) - total.begin();
  if (margin_of(total.data(), n, best) >= kUndecidedMargin) return;
  std::vector<float> evidence(n, 0.0f);
  detail::add_cld2_evidence(line.substr(sentence.begin, sentence.end - sentence.begin),
                            cld2_languages_, kCld2Weight, evidence.data());
  if (std::all_of(evidence.begin(), evidence.end(), [](float e) { return e == 0.0f; })) return;
  const float length = static_cast<float>(sentence.end - sentence.begin);
  for (std::size_t u = first_unit; u < units.size(); ++u) {
    const float share = static_cast<float>(units[u].end - units[u].begin) / length;
    for (std::size_t l = 0; l < n; ++l) units[u].scores[l] += share * evidence[l];
    units[u].has_evidence = true;
  }
}

// Viterbi over states (language, whether the sentence already changed language before a
// capital): a sentence changes language at a capital at most once, so a name phrase in another
// language ("du Department of Education and Communities réalisé") stays in its sentence.
std::vector<std::size_t> LanguageDetector::best_languages(const std::vector<Unit>& units,
                                                          int prior_lang,
                                                          float prior_weight) const {
  const std::size_t n = languages_.size();
  const std::size_t states = 2 * n;
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  std::vector<float> score(states, kImpossible), next(states);
  for (std::size_t l = 0; l < n; ++l) score[2 * l] = 0.0f;
  std::vector<std::size_t> from(units.size() * states, 0);
  for (std::size_t u = 0; u < units.size(); ++u) {
    const Boundary boundary = units[u].before;
    const float cost = switch_cost(boundary);
    for (std::size_t to = 0; to < states; ++to) {
      const std::size_t l = to / 2;
      const bool switched = to % 2 == 1;
      float best_path = kImpossible;
      for (std::size_t source = 0; source < states; ++source) {
        const std::size_t k = source / 2;
        const bool was_switched = source % 2 == 1;
        bool allowed = true;
        if (boundary == Boundary::kSentence) {
          allowed = !switched;
        } else if (boundary == Boundary::kCapital && k != l) {
          allowed = switched && !was_switched;
        } else {
          allowed = switched == was_switched;
        }
        const float path = score[source] - (k == l ? 0.0f : cost);
        if (allowed && (path > best_path || (path == best_path && k == l))) {
          best_path = path;
          from[u * states + to] = source;
        }
      }
      const bool prior_applies = boundary == Boundary::kSentence && static_cast<int>(l) == prior_lang;
      next[to] = best_path + units[u].scores[l] + (prior_applies ? prior_weight : 0.0f);
    }
    score.swap(next);
  }
  std::vector<std::size_t> langs(units.size());
  std::size_t state = std::max_element(score.begin(), score.end()) - score.begin();
  for (std::size_t u = units.size(); u-- > 0;) {
    langs[u] = state / 2;
    state = from[u * states + state];
  }
  place_capital_switches(units, langs);
  return langs;
}

// Between the last unit with evidence of one language and the first of the next, a change at
// a capital goes before the names that open the new part ("… obstructionism Nathaniel P.
// Morris est étudiant") unless the new part opens with a word of its own ("… à Lyon The
// bridge"); other units without evidence continue what came before.
void LanguageDetector::place_capital_switches(const std::vector<Unit>& units,
                                              std::vector<std::size_t>& langs) {
  for (std::size_t u = 1; u < units.size(); ++u) {
    if (langs[u] == langs[u - 1] || units[u].before == Boundary::kSentence) continue;
    std::size_t first_evidence = u;
    while (first_evidence < units.size() && !units[first_evidence].has_evidence &&
           units[first_evidence].before != Boundary::kSentence) {
      ++first_evidence;
    }
    if (first_evidence == units.size() || units[first_evidence].before == Boundary::kSentence) {
      continue;
    }
    const std::size_t before = langs[u - 1];
    const std::size_t after = langs[first_evidence];
    std::size_t start = first_evidence;
    while (start > u && !units[first_evidence].opens_with_frequent_word &&
           units[start - 1].only_names && units[start].before == Boundary::kCapital) {
      --start;
    }
    for (std::size_t v = u; v < first_evidence; ++v) langs[v] = v < start ? before : after;
    u = first_evidence;
  }
}

std::vector<LanguageSpan> LanguageDetector::merge(std::string_view line,
                                                  const std::vector<Unit>& units,
                                                  const std::vector<std::size_t>& langs,
                                                  int prior_lang) const {
  const bool any_evidence =
      std::any_of(units.begin(), units.end(), [](const Unit& u) { return u.has_evidence; });
  if (!any_evidence) {
    if (prior_lang < 0) return {{0, line.size(), "und", 0.0f}};
    return {{0, line.size(), languages_[prior_lang], 0.5f}};
  }
  const std::size_t n = languages_.size();
  std::vector<LanguageSpan> spans;
  std::vector<float> total(n, 0.0f);
  for (std::size_t u = 0; u < units.size(); ++u) {
    for (std::size_t l = 0; l < n; ++l) total[l] += units[u].scores[l];
    if (u + 1 < units.size() && langs[u + 1] == langs[u]) continue;
    const std::size_t begin = spans.empty() ? 0 : spans.back().end;
    const float margin = margin_of(total.data(), n, langs[u]);
    const float confidence = std::max(0.5f, 1.0f / (1.0f + std::exp(-kConfidenceScale * margin)));
    spans.push_back({begin, units[u].end, languages_[langs[u]], confidence});
    std::fill(total.begin(), total.end(), 0.0f);
  }
  spans.back().end = line.size();
  return spans;
}

}  // namespace textnorm::detail
