// Shared by the typography plugins: walks a segment from one punctuation byte of interest to
// the next, knowing the run of spaces before it and the characters around it, so that rules can
// emit their edits strictly left to right without decoding the text in between. Punctuation
// inside a technical token (std::string, $?, a URL, `code`: see textnorm/technical_tokens.hpp)
// is not prose and is never visited.
#ifndef TEXTNORM_PLUGINS_COMMON_PUNCTUATION_SCANNER_HPP
#define TEXTNORM_PLUGINS_COMMON_PUNCTUATION_SCANNER_HPP

#include <textnorm/technical_tokens.hpp>
#include <textnorm/utf8.hpp>

#include <cstddef>
#include <optional>
#include <string_view>

namespace textnorm::plugins {

struct ScanPoint {
  std::size_t begin;       // the character's bytes [begin, end)
  std::size_t end;
  std::size_t run_begin;   // the spaces just before it are [run_begin, begin); empty if none
  char32_t previous;       // the non-space character before those spaces, 0 at segment start
  char32_t current;        // the trigger byte
  char32_t next;           // the character right after, 0 at segment end (may be a space)

  bool has_space_before() const { return run_begin < begin; }
};

// The ASCII bytes a rule wants to look at; every other byte is skipped without decoding.
class Triggers {
 public:
  constexpr explicit Triggers(std::string_view bytes) {
    for (char c : bytes) wanted_[static_cast<unsigned char>(c)] = true;
  }
  constexpr bool operator()(char c) const { return wanted_[static_cast<unsigned char>(c)]; }

 private:
  bool wanted_[256] = {};
};

// Calls visit(const ScanPoint&) for every trigger byte outside technical tokens, in order, with
// its context.
template <class Visit>
void scan_punctuation(std::string_view text, const Triggers& triggers, Visit&& visit) {
  const std::size_t n = text.size();
  sdk::TechnicalTokens tokens(text);
  for (std::size_t i = 0; i < n; ++i) {
    if (!triggers(text[i]) || tokens.contains(i)) continue;
    std::size_t run_begin = i;
    while (run_begin > 0 && text[run_begin - 1] == ' ') --run_begin;
    const char32_t previous = run_begin > 0 ? sdk::decode_utf8_before(text, run_begin) : 0;
    std::size_t next_length = 0;
    const char32_t next = i + 1 < n ? sdk::decode_utf8(text, i + 1, next_length) : 0;
    visit(ScanPoint{i, i + 1, run_begin, previous, static_cast<unsigned char>(text[i]), next});
  }
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// A letter or digit in any script (for apostrophes and quote direction).
bool is_word_character(char32_t c);

enum class QuoteSide { OPENING, CLOSING };

// Room on the left of a straight quote: a space, an opening bracket or dash, the segment start.
bool left_open(const ScanPoint& p);
// Room on the right: a space, closing punctuation, a closing bracket or dash, the segment end.
bool right_open(const ScanPoint& p);

// Quotations open so far in a segment, for straight quotes between two words.
struct QuoteState {
  bool double_open = false;
  bool single_open = false;
};

// The side of a straight quote, told by its neighbours so that the curled quote reads the same
// on a second run: room on the left only, it opens; on the right only, it closes. Between two
// words the quotations open so far decide (`inside`). With room on both sides no side can be
// told (a quote standing alone, or before punctuation whose spacing the plugins change), and
// typography leaves it straight: nullopt.
std::optional<QuoteSide> straight_quote_side(const ScanPoint& p, bool& inside);
// The same from the room on each side as the caller sees it.
std::optional<QuoteSide> quote_side(bool left_open, bool right_open, bool& inside);

}  // namespace textnorm::plugins

#endif  // TEXTNORM_PLUGINS_COMMON_PUNCTUATION_SCANNER_HPP
