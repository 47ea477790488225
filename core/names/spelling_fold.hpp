// The folded key of a word: one key for the ways languages spell the same name in Latin letters
// (Sergij, Sergei, Sergey; Vjatšeslav, Vyacheslav), so that the names stage can recognise a
// spelling no lexicon lists. The rules are an entities plugin's data (ABI 1.3, and 1.4's
// variant fold); this class only runs them. docs/spelling-fold.md is the format's reference.
#ifndef TEXTNORM_CORE_NAMES_SPELLING_FOLD_HPP
#define TEXTNORM_CORE_NAMES_SPELLING_FOLD_HPP

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace textnorm::detail {

// A plugin's fold rules, as it declared them.
struct FoldRules {
  std::string plugin;
  std::string rules;
};

class SpellingFold {
 public:
  // Rule lines (from<TAB>to and :strip-marks) a fold may have.
  static constexpr std::size_t kMaxSteps = 256;
  // A set of steps, one bit a step.
  using StepSet = std::array<uint64_t, kMaxSteps / 64>;
  // Byte pairs are hashed to this many slots (a power of two).
  static constexpr std::size_t kPairSlots = 1024;

  // Parses `rules`, one a line, applied in order to the lowercase word:
  //   from<TAB>to      every `from` becomes `to`, left to right; a leading ^ in `from` holds
  //                    it to the word's start, a trailing $ to its end; `to` may be empty,
  //                    and is taken as written: a capital letter in it (H for ch and kh) is a
  //                    class that no letter of the lowercase word can be
  //   :strip-marks     letters lose their diacritics and strokes (é e, ł l)
  //   :entities P...   the fold serves only the entities whose id starts with one of the
  //                    space-separated prefixes P (person.); without it, every entity
  //   :kept-letters L...  letters (space-separated) of a language that writes names with
  //                    them (French é): a word that has one is that language's spelling
  //   !Form            a word that keeps its spelling: its key matches nothing
  //   # comment, blank line
  // Throws std::invalid_argument "line N: ..." on a malformed line.
  explicit SpellingFold(std::string_view rules);

  // The folded key of `word` into `key`; empty when the word or what the rules make of it is
  // longer than 1 KiB. `scratch`
  // is the caller's, kept from call to call.
  void fold(std::string_view word, std::string& key, std::string& scratch) const;
  // Whether the fold serves the entity `id` (see :entities).
  bool serves(std::string_view id) const;
  // Whether `word` has one of the :kept-letters, case aside; `scratch` as for fold().
  bool has_kept_letter(std::string_view word, std::string& scratch) const;
  // Whether `key` is the key of a `!` word.
  bool stopped(const std::string& key) const { return stopped_keys_.count(key) != 0; }
  // The rule lines without comments and `!` words: two folds with the same rules give the
  // same keys.
  const std::string& rules() const { return rules_; }
  // Adds the `!` words of `other`.
  void add_stopped(const SpellingFold& other) {
    stopped_keys_.insert(other.stopped_keys_.begin(), other.stopped_keys_.end());
  }

 private:
  enum class Step { REPLACE, STRIP_MARKS };
  struct Rule {
    Step step = Step::REPLACE;
    std::string from;
    std::string to;
    bool at_start = false;
    bool at_end = false;
  };

  // Reads one line that is no comment; `!` words go to `stopped_words`, to be folded once every
  // rule is known. Throws std::invalid_argument on a malformed line.
  void parse_line(std::string_view line, std::vector<std::string>& stopped_words);
  static Rule parse_replace(std::string_view line);
  // Applies one REPLACE rule; returns whether `text` changed.
  static bool replace(const Rule& rule, std::string& text, std::string& scratch);
  // The same for a rule held to the word's start or end: one comparison, no search.
  static bool replace_anchored(const Rule& rule, std::string& text, std::string& scratch);
  // Files step `step` under the first byte, or first two bytes, of its `from`.
  void index_step(std::size_t step);
  // The steps that may change `key`: those whose `from` starts with a byte or byte pair the
  // key holds (a hashed pair may add a step that then finds nothing), and every :strip-marks.
  StepSet steps_for(std::string_view key) const;

  std::string rules_;
  std::vector<Rule> steps_;
  StepSet always_{};
  std::vector<StepSet> by_byte_ = std::vector<StepSet>(256);
  std::vector<StepSet> by_pair_ = std::vector<StepSet>(kPairSlots);
  std::vector<std::string> entity_prefixes_;
  std::vector<std::string> kept_letters_;
  std::unordered_set<std::string> stopped_keys_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_SPELLING_FOLD_HPP
