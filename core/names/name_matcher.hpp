// Finds every known name in a text in one pass, whatever the number of names: each name is a
// key of lowercased words ("nagorno karabakh"), looked up in a hash table from each
// capitalised word, extended word by word only while some longer name starts that way. The
// cost per capitalised word is a few hash lookups; lowercase words cost a byte scan.
#ifndef TEXTNORM_CORE_NAMES_NAME_MATCHER_HPP
#define TEXTNORM_CORE_NAMES_NAME_MATCHER_HPP

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.hpp"
#include "text/word_table.hpp"

namespace textnorm::detail {

// The key of a name or of a span of text: words lowercased (simple case mapping) without
// diacritics (Vladímir, Хрущёв, Bakı match Vladimir, Хрущев, Baki), a space for
// a space or hyphen between them, "'" for an apostrophe, ". " for a period and a space.
// Returns false when `text` is not words joined that way.
bool name_key(std::string_view text, std::string& key);

class NameMatcher {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  // A word longer than this (in bytes) is no name's: it is never looked up, so that a huge
  // word costs no huge key.
  static constexpr std::size_t kMaxWordBytes = 128;

  // Maps the key of `form` to `value` (the last value for a key wins); returns false when the
  // form has no key or does not start with a capital letter (it could never match).
  bool add(std::string_view form, uint32_t value);
  // Maps `key` (from name_key) to `value` unless it has a value already; returns the value
  // `key` has.
  uint32_t try_add_key(std::string_view key, uint32_t value);
  // Makes room for `keys` keys, so that adding them rehashes less.
  void reserve(std::size_t keys) {
    keys_.reserve(keys);
    nodes_.reserve(keys);
  }
  // The value of an exact key, or kNone.
  uint32_t find_key(std::string_view key) const;
  // The end of the longest match that starts at byte 0 of `text` (0 when none); sets `value`.
  std::size_t match_prefix(std::string_view text, uint32_t& value) const {
    std::string key;
    return match_at(text, 0, key, value);
  }
  std::size_t size() const { return values_; }
  // Calls f(key, value) for each key that has a value.
  template <class F>
  void for_each_key(F&& f) const {
    for (std::uint32_t row = 0; row < nodes_.size(); ++row)
      if (nodes_[row].value != kNone) f(keys_.key(row), nodes_[row].value);
  }

  struct Match {
    std::size_t begin;
    std::size_t end;
    uint32_t value;
  };
  // Calls on_match(Match) for each longest match, left to right, not overlapping. A match
  // starts at a word that starts with a capital letter and ends at a word end. For a
  // capitalised word that starts no match, calls on_miss(begin, end) with the word's bytes; it
  // returns where the scan goes on (at least `end`).
  template <class OnMatch, class OnMiss>
  void scan(std::string_view text, OnMatch&& on_match, OnMiss&& on_miss) const;
  template <class OnMatch>
  void scan(std::string_view text, OnMatch&& on_match) const {
    scan(text, on_match, [](std::size_t, std::size_t end) { return end; });
  }

 private:
  struct Node {
    uint32_t value = kNone;
    bool prefix = false;  // a longer key starts with this one and a separator
  };

  // The end of the longest match starting at word `begin`, or 0; sets `value`.
  std::size_t match_at(std::string_view text, std::size_t begin, std::string& key,
                       uint32_t& value) const;

  // The node of `key`, created when new.
  Node& node(std::string_view key);
  // The row of `key`; when new, created with the prefix mark of every shorter key it extends.
  std::uint32_t key_row(std::string_view key);

  WordTable keys_;
  std::vector<Node> nodes_;  // per row of keys_
  std::size_t values_ = 0;
};

namespace name_text {

bool is_word_char(char32_t c);
bool is_capital(char32_t c);
// End of the word starting at `i`.
std::size_t word_end(std::string_view text, std::size_t i);
// Whether the character before byte `i` is a word character.
bool follows_word_char(std::string_view text, std::size_t i);
// Appends the lowercase of `word` to `key`, without diacritics and strokes (Vladímir vladimir,
// Michał michal).
void append_lower(std::string_view word, std::string& key);
// Appends the lowercase of `word` to `key`, diacritics kept (Š š).
void append_lower_with_marks(std::string_view word, std::string& key);
// A separator allowed inside a name at `i`: sets its key text and length, else returns false.
bool separator_at(std::string_view text, std::size_t i, std::string_view& key, std::size_t& length);

// A table of one entry a byte value, from a predicate, built at compile time.
template <class Predicate>
constexpr std::array<unsigned char, 256> byte_table(Predicate predicate) {
  std::array<unsigned char, 256> table{};
  for (int b = 0; b < 256; ++b) table[static_cast<std::size_t>(b)] = predicate(b);
  return table;
}

// 1 for an ASCII letter or digit, 0 for other ASCII bytes, 2 for non-ASCII bytes.
inline constexpr auto kAsciiClass = byte_table([](int b) -> unsigned char {
  if ((b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) return 1;
  return b >= 0x80 ? 2 : 0;
});

// 1 for an ASCII capital or the first byte of a non-ASCII character: where a name may start.
inline constexpr auto kMayStartName = byte_table(
    [](int b) -> unsigned char { return (b >= 'A' && b <= 'Z') || b >= 0xC0 ? 1 : 0; });

}  // namespace name_text

template <class OnMatch, class OnMiss>
void NameMatcher::scan(std::string_view text, OnMatch&& on_match, OnMiss&& on_miss) const {
  if (nodes_.empty()) return;
  std::string key;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Only an ASCII capital or a non-ASCII character can start a name: the rest goes by at one
    // table lookup a byte.
    while (i < n && name_text::kMayStartName[static_cast<unsigned char>(text[i])] == 0) ++i;
    if (i >= n) break;
    if (name_text::follows_word_char(text, i)) {  // inside a word: McDonald, café
      const std::size_t end = name_text::word_end(text, i);
      if (end > i) {
        i = end;
        continue;
      }  // else a non-word character (l’Arménie): stepped over below
    }
    bool capital = true;
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      std::size_t length = 0;
      const char32_t c = decode_utf8(text, i, length);
      if (!name_text::is_word_char(c)) {
        i += length;
        continue;
      }
      capital = name_text::is_capital(c);
    }
    if (capital) {
      uint32_t value = kNone;
      const std::size_t end = match_at(text, i, key, value);
      if (end != 0) {
        on_match(Match{i, end, value});
        i = end;
        continue;
      }
      const std::size_t word_end = name_text::word_end(text, i);
      i = std::max(word_end, static_cast<std::size_t>(on_miss(i, word_end)));
      continue;
    }
    i = name_text::word_end(text, i);
  }
}

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_NAME_MATCHER_HPP
