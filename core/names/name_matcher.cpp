#include "names/name_matcher.hpp"

#include <array>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace textnorm::detail {
namespace name_text {

bool is_word_char(char32_t c) {
  if (c < 0x80) return kAsciiClass[c] == 1;
  return u_isalnum(static_cast<UChar32>(c)) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_capital(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

std::size_t word_end(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  while (i < n) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (kAsciiClass[byte] != 1) return i;
      ++i;
      continue;
    }
    std::size_t length = 0;
    if (!is_word_char(decode_utf8(text, i, length))) return i;
    i += length;
  }
  return i;
}

bool follows_word_char(std::string_view text, std::size_t i) {
  if (i == 0) return false;
  std::size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  std::size_t length = 0;
  return is_word_char(decode_utf8(text, start, length));  // safe on invalid UTF-8 (variants)
}

namespace {

// Latin letters whose mark is part of the letter, so that no decomposition removes it: the
// dotless i (Bakı), and the letters with a stroke or bar (Michał, Đorđe, Søren).
UChar32 without_stroke(UChar32 lower) {
  switch (lower) {
    case 0x0131: return 'i';  // ı
    case 0x0142: return 'l';  // ł
    case 0x0111: return 'd';  // đ
    case 0x00F8: return 'o';  // ø
    case 0x0127: return 'h';  // ħ
    case 0x0167: return 't';  // ŧ
    case 0x0180: return 'b';  // ƀ
    case 0x01B6: return 'z';  // ƶ
    default: return lower;
  }
}

// The key letter of `c`: its lowercase, with `strip` without diacritics and strokes;
// kDropped for a mark that `strip` drops.
constexpr char32_t kDropped = 0xFFFFFFFF;
char32_t key_letter(char32_t c, bool strip) {
  if (strip && (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) return kDropped;  // diacritics do not count
  UChar32 lower = u_tolower(static_cast<UChar32>(c));
  if (!strip) return static_cast<char32_t>(lower);
  lower = without_stroke(lower);
  icu::UnicodeString decomposition;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_SUCCESS(status) && nfd->getDecomposition(lower, decomposition) && !decomposition.isEmpty())
    lower = decomposition.char32At(0);
  return static_cast<char32_t>(lower);
}

// key_letter() of the code points below U+0600 (Latin, Greek, Cyrillic, Armenian: every letter
// of the names the plugins know), computed once.
constexpr char32_t kTabled = 0x600;
const std::array<char32_t, kTabled>& key_letters(bool strip) {
  static const auto make = [](bool s) {
    std::array<char32_t, kTabled> table{};
    for (char32_t c = 0; c < kTabled; ++c) table[c] = key_letter(c, s);
    return table;
  };
  static const std::array<char32_t, kTabled> stripped = make(true);
  static const std::array<char32_t, kTabled> marked = make(false);
  return strip ? stripped : marked;
}

// Lowers the ASCII letters of text[0, size) up to its first non-ASCII byte, eight bytes at a
// time; returns where that byte is (`size` when none).
std::size_t lower_ascii_prefix(char* text, std::size_t size) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t bytes;
    std::memcpy(&bytes, text + i, 8);
    if ((bytes & kHigh) != 0) break;
    // A byte's high bit set in both sums when it is >= 'A', in the second only when > 'Z'.
    const uint64_t capital =
        ((bytes + (0x80 - 'A') * kOnes) ^ (bytes + (0x7F - 'Z') * kOnes)) & kHigh;
    bytes |= capital >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(text + i, &bytes, 8);
  }
  for (; i < size && static_cast<unsigned char>(text[i]) < 0x80; ++i)
    if (text[i] >= 'A' && text[i] <= 'Z') text[i] = static_cast<char>(text[i] + 32);
  return i;
}

// Bytes of a word copied at a time before its ASCII run is known to end: the whole of most
// words, and a bound on what a long word that mixes scripts costs a run.
constexpr std::size_t kAsciiChunk = 64;

// Appends the lowercase of `word` to `key`; with `strip`, without diacritics and strokes.
void append_lowercase(std::string_view word, std::string& key, bool strip) {
  for (std::size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      // A chunk is copied at once, lowered in place up to its first non-ASCII byte and cut there.
      const std::size_t from = key.size();
      key.append(word.substr(i, kAsciiChunk));
      const std::size_t lowered = lower_ascii_prefix(key.data() + from, key.size() - from);
      i += lowered;
      key.resize(from + lowered);
      continue;
    }
    std::size_t length = 0;
    const char32_t c = decode_utf8(word, i, length);
    i += length;
    const char32_t lower = c < kTabled ? key_letters(strip)[c] : key_letter(c, strip);
    if (lower == kDropped) continue;
    uint8_t buffer[U8_MAX_LENGTH];
    int32_t size = 0;
    U8_APPEND_UNSAFE(buffer, size, lower);  // a code point always fits U8_MAX_LENGTH
    key.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
  }
}

}  // namespace

void append_lower(std::string_view word, std::string& key) { append_lowercase(word, key, true); }

void append_lower_with_marks(std::string_view word, std::string& key) {
  append_lowercase(word, key, false);
}

bool separator_at(std::string_view text, std::size_t i, std::string_view& key, std::size_t& length) {
  if (i >= text.size()) return false;
  const char c = text[i];
  if (c == ' ' || c == '-') {
    key = " ";
    length = 1;
    return true;
  }
  if (c == '\'') {
    key = "'";
    length = 1;
    return true;
  }
  if (c == '.' && i + 1 < text.size() && text[i + 1] == ' ') {
    key = ". ";
    length = 2;
    return true;
  }
  if (static_cast<unsigned char>(c) < 0x80) return false;
  const char32_t cp = decode_utf8(text, i, length);
  if (cp == 0x00A0 || cp == 0x2010 || cp == 0x2011) {
    key = " ";
    return true;
  }
  if (cp == 0x2019) {
    key = "'";
    return true;
  }
  return false;
}

}  // namespace name_text

bool name_key(std::string_view text, std::string& key) {
  key.clear();
  std::size_t i = 0;
  while (true) {
    const std::size_t end = name_text::word_end(text, i);
    if (end == i) return false;
    name_text::append_lower(text.substr(i, end - i), key);
    if (end == text.size()) return true;
    std::string_view separator;
    std::size_t length = 0;
    if (!name_text::separator_at(text, end, separator, length)) return false;
    key += separator;
    i = end + length;
  }
}

NameMatcher::Node& NameMatcher::node(std::string_view key) {
  const std::uint32_t row = keys_.insert(key);
  if (row == nodes_.size()) nodes_.emplace_back();
  return nodes_[row];
}

bool NameMatcher::add(std::string_view form, uint32_t value) {
  std::size_t length = 0;
  if (form.empty() || !name_text::is_capital(decode_utf8(form, 0, length))) return false;
  std::string key;
  if (!name_key(form, key)) return false;
  Node& n = nodes_[key_row(key)];
  if (n.value == kNone) ++values_;
  n.value = value;
  return true;
}

uint32_t NameMatcher::try_add_key(std::string_view key, uint32_t value) {
  Node& n = nodes_[key_row(key)];
  if (n.value == kNone) {
    n.value = value;
    ++values_;
  }
  return n.value;
}

std::uint32_t NameMatcher::key_row(std::string_view key) {
  const std::uint32_t row = keys_.insert(key);
  if (row < nodes_.size()) return row;  // its shorter keys were marked with it
  nodes_.emplace_back();
  // Every shorter key that ends before a separator is a prefix of this one.
  for (std::size_t i = 0; i < key.size(); ++i) {
    if ((key[i] == ' ' || key[i] == '\'' || key[i] == '.') && i > 0 && key[i - 1] != '.')
      node(key.substr(0, i)).prefix = true;
  }
  return row;
}

uint32_t NameMatcher::find_key(std::string_view key) const {
  const std::uint32_t row = keys_.find(key);
  return row == WordTable::kMissing ? kNone : nodes_[row].value;
}

std::size_t NameMatcher::match_at(std::string_view text, std::size_t begin, std::string& key,
                                  uint32_t& value) const {
  key.clear();
  std::size_t best = 0;
  std::size_t i = begin;
  while (true) {
    const std::size_t end = name_text::word_end(text, i);
    if (end - i > kMaxWordBytes) break;
    name_text::append_lower(text.substr(i, end - i), key);
    const std::uint32_t row = keys_.find(key);
    if (row == WordTable::kMissing) break;
    const Node& n = nodes_[row];
    if (n.value != kNone) {
      best = end;
      value = n.value;
    }
    if (!n.prefix) break;
    std::string_view separator;
    std::size_t length = 0;
    if (!name_text::separator_at(text, end, separator, length)) break;
    const std::size_t next = end + length;
    std::size_t char_length = 0;
    if (next >= text.size() || !name_text::is_word_char(decode_utf8(text, next, char_length)))
      break;
    key += separator;
    i = next;
  }
  return best;
}

}  // namespace textnorm::detail
