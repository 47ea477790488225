// Shared by the typography plugins: walks a segment one non-space character at a time, knowing
// the run of spaces before it and the character before that run, so that rules can emit their
// edits strictly left to right.
#ifndef TEXTNORM_PLUGINS_COMMON_PUNCTUATION_SCANNER_HPP
#define TEXTNORM_PLUGINS_COMMON_PUNCTUATION_SCANNER_HPP

#include <cstddef>
#include <string_view>

namespace textnorm::plugins {

struct ScanPoint {
  std::size_t begin;       // the character's bytes [begin, end)
  std::size_t end;
  std::size_t run_begin;   // the spaces just before it are [run_begin, begin); empty if none
  char32_t previous;       // the non-space character before those spaces, 0 at segment start
  char32_t current;
  char32_t next;           // the character right after, 0 at segment end (may be a space)

  bool has_space_before() const { return run_begin < begin; }
};

char32_t decode_at(std::string_view text, std::size_t i, std::size_t& length);

// Calls visit(const ScanPoint&) for every character that is not U+0020, in order.
template <class Visit>
void scan_punctuation(std::string_view text, Visit&& visit) {
  char32_t previous = 0;
  std::size_t i = 0;
  std::size_t run_begin = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t length;
    const char32_t current = decode_at(text, i, length);
    std::size_t next_length = 0;
    const char32_t next = i + length < text.size() ? decode_at(text, i + length, next_length) : 0;
    visit(ScanPoint{i, i + length, run_begin, previous, current, next});
    previous = current;
    i += length;
    run_begin = i;
  }
}

inline bool is_ascii_digit(char32_t c) { return c >= '0' && c <= '9'; }

// A letter or digit in any script (for apostrophes and quote direction).
bool is_word_character(char32_t c);

enum class QuoteSide { OPENING, CLOSING };

// Chooses the side of a straight quote from its neighbours: after a space or an opening bracket
// and before a word it opens; after a word and before a space or punctuation it closes; when the
// context cannot tell, it alternates (`inside` tracks whether a quotation is open).
QuoteSide straight_quote_side(const ScanPoint& p, bool& inside);

}  // namespace textnorm::plugins

#endif  // TEXTNORM_PLUGINS_COMMON_PUNCTUATION_SCANNER_HPP
