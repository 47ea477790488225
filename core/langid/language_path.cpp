#include "langid/language_path.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>

namespace textnorm::detail {
namespace {

// Cost in nats of a change of language, by where it happens.
constexpr float kSentenceSwitchCost = 1.0f;
constexpr float kQuotationSwitchCost = 4.0f;
constexpr float kCapitalSwitchCost = 8.0f;

float switch_cost(Boundary boundary) {
  switch (boundary) {
    case Boundary::kSentence:
      return kSentenceSwitchCost;
    case Boundary::kQuotation:
      return kQuotationSwitchCost;
    case Boundary::kCapital:
      return kCapitalSwitchCost;
  }
  return kCapitalSwitchCost;
}

// A state is (language, whether the sentence already changed language at a capital).
constexpr bool allowed(Boundary boundary, std::size_t from, std::size_t to) {
  const bool was_switched = from % 2 == 1;
  const bool switched = to % 2 == 1;
  if (boundary == Boundary::kSentence) return !switched;
  if (boundary == Boundary::kCapital && from / 2 != to / 2) return switched && !was_switched;
  return switched == was_switched;
}

constexpr std::size_t kBoundaries = 3;
constexpr std::size_t kMaxStates = 2 * kMaxLanguages;
using SourceMasks = std::array<std::array<std::uint16_t, kMaxStates>, kBoundaries>;
static_assert(kMaxStates <= 16, "a state set is 16 bits");

// For each boundary and state, the states allowed before it, one bit each: the path search
// visits only those.
constexpr SourceMasks kAllowedSources = [] {
  SourceMasks masks{};
  for (std::size_t b = 0; b < kBoundaries; ++b)
    for (std::size_t to = 0; to < kMaxStates; ++to)
      for (std::size_t from = 0; from < kMaxStates; ++from)
        if (allowed(static_cast<Boundary>(b), from, to)) masks[b][to] |= std::uint16_t(1u << from);
  return masks;
}();

// Between the last unit with evidence of one language and the first of the next, a change at
// a capital goes before the names that open the new part ("… obstructionism Nathaniel P.
// Morris est étudiant") unless the new part opens with a common word ("… Lyon The bridge") or
// the old part ends with one ("au-dessus de Bogota Sportsman …"); other units without
// evidence continue what came before.
void place_capital_switches(const std::vector<LanguageUnit>& units,
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
    if (start < first_evidence && units[start - 1].closes_with_frequent_word) {
      start = first_evidence;
    }
    for (std::size_t v = u; v < first_evidence; ++v) langs[v] = v < start ? before : after;
    u = first_evidence;
  }
}

}  // namespace

void choose_languages(const std::vector<LanguageUnit>& units, std::size_t languages,
                      int prior_lang, float prior_weight, std::vector<std::uint8_t>& from,
                      std::vector<std::size_t>& langs) {
  const std::size_t states = 2 * languages;
  const auto state_mask = static_cast<std::uint16_t>((1u << states) - 1);
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  std::array<float, kMaxStates> score, next;
  score.fill(kImpossible);
  for (std::size_t l = 0; l < languages; ++l) score[2 * l] = 0.0f;
  from.assign(units.size() * states, 0);
  for (std::size_t u = 0; u < units.size(); ++u) {
    const Boundary boundary = units[u].before;
    const float cost = switch_cost(boundary);
    const auto& allowed_sources = kAllowedSources[static_cast<std::size_t>(boundary)];
    for (std::size_t to = 0; to < states; ++to) {
      const std::size_t l = to / 2;
      float best_path = kImpossible;
      for (unsigned sources = allowed_sources[to] & state_mask; sources != 0; sources &= sources - 1) {
        const auto source = static_cast<std::size_t>(std::countr_zero(sources));
        const bool stays = source / 2 == l;
        const float path = score[source] - (stays ? 0.0f : cost);
        if (path > best_path || (path == best_path && stays)) {
          best_path = path;
          from[u * states + to] = static_cast<std::uint8_t>(source);
        }
      }
      const bool prior_applies =
          boundary == Boundary::kSentence && static_cast<int>(l) == prior_lang;
      next[to] = best_path + units[u].scores[l] + (prior_applies ? prior_weight : 0.0f);
    }
    std::swap(score, next);
  }
  langs.resize(units.size());
  std::size_t state = static_cast<std::size_t>(
      std::max_element(score.begin(), score.begin() + std::ptrdiff_t(states)) - score.begin());
  for (std::size_t u = units.size(); u-- > 0;) {
    langs[u] = state / 2;
    state = from[u * states + state];
  }
  place_capital_switches(units, langs);
}

}  // namespace textnorm::detail
