#include "langid/word_tokenizer.hpp"

#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <functional>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace textnorm::detail {
namespace {

struct CodePoint {
  UChar32 value;
  std::size_t next;
};

inline CodePoint decode(std::string_view text, std::size_t pos) {
  std::size_t length = 0;
  const char32_t c = decode_utf8(text, pos, length);
  return {static_cast<UChar32>(c), pos + length};
}

// The class of a byte, so that the common case (ASCII) takes one table lookup.
enum ByteClass : unsigned char { kOther, kSpace, kLetter, kMultibyte };
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> table{};
  for (int b = 0; b < 256; ++b) {
    const bool letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
    table[std::size_t(b)] = b >= 0x80 ? kMultibyte : letter ? kLetter : (b == ' ' || b == '\t') ? kSpace : kOther;
  }
  return table;
}();

bool is_letter(UChar32 c) {
  if (c < 0x80) return kByteClass[std::size_t(c)] == kLetter;
  return u_isalpha(c);
}

bool is_upper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c);
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == U'’'; }

bool is_opening_quote(UChar32 c) { return c == U'«' || c == U'“' || c == '"' || c == U'‘'; }

bool is_space(UChar32 c) { return c == ' ' || c == 0xA0 || c == 0x202F || c == '\t'; }

// The number of ASCII letters that start the 8 bytes at `bytes`; writes their lowercase at
// `key` (8 bytes are written) and clears `upper` when one of them is lowercase. SWAR: each
// byte's high bit says "a letter" after two carry-free additions.
std::size_t ascii_letters8(const unsigned char* bytes, char* key, bool& upper) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x80 * kOnes;
  std::uint64_t word;
  std::memcpy(&word, bytes, 8);
  const std::uint64_t lower = word | (0x20 * kOnes);
  const std::uint64_t at_least_a = (lower & ~kHigh) + (0x80 - 'a') * kOnes;
  const std::uint64_t at_most_z = (0x80 + 'z') * kOnes - (lower & ~kHigh);
  const std::uint64_t letters = at_least_a & at_most_z & ~word & kHigh;
  const std::size_t count = letters == kHigh ? 8 : std::size_t(std::countr_zero(~letters & kHigh)) / 8;
  std::memcpy(key, &lower, 8);
  const std::uint64_t lowercase_bits = word & (0x20 * kOnes);
  if (count > 0 && (count == 8 ? lowercase_bits : lowercase_bits & ((std::uint64_t(1) << (8 * count)) - 1)))
    upper = false;
  return count;
}

// Writes the lowercase of `c` at `key`; returns the end. Lowercasing a letter at most adds
// half its UTF-8 length (Ⱥ U+023A, 2 bytes, gives ⱥ U+2C65, 3 bytes).
char* put_lowercase(char* key, UChar32 c) {
  int32_t length = 0;
  U8_APPEND_UNSAFE(key, length, u_tolower(c));
  return key + length;
}

// Splits the word keys[start..] at its apostrophes the way make_profile.py's split_token does.
void add_pieces(std::size_t start, std::size_t end, WordPiece piece, const Clitics& clitics,
                WordPieces& out) {
  auto add = [&](std::size_t from, std::size_t to) {
    piece.key_offset = static_cast<std::uint32_t>(from);
    piece.key_length = static_cast<std::uint32_t>(to - from);
    out.pieces.push_back(piece);
    piece.capitalized = false;
  };
  const std::string_view keys(out.keys.data(), end);
  for (std::size_t apostrophe = keys.find('\'', start); apostrophe < end;
       apostrophe = keys.find('\'', start)) {
    const std::string_view tail = keys.substr(apostrophe + 1);
    if (tail.find('\'') == std::string_view::npos && clitics.contains(tail)) {
      add(start, apostrophe);
      add(apostrophe, end);
      return;
    }
    add(start, apostrophe + 1);
    start = apostrophe + 1;
  }
  add(start, end);
}

}  // namespace

Clitics::Clitics(const std::vector<std::string>& endings) {
  for (std::string_view e : endings) {
    if (e.substr(0, 1) == "'") e.remove_prefix(1);
    if (e.substr(0, 3) == "\u2019") e.remove_prefix(3);
    std::string tail(e);
    for (char& c : tail)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (!tail.empty()) tails_.push_back(std::move(tail));
  }
  std::sort(tails_.begin(), tails_.end());
  tails_.erase(std::unique(tails_.begin(), tails_.end()), tails_.end());
}

bool Clitics::contains(std::string_view tail) const {
  return std::binary_search(tails_.begin(), tails_.end(), tail, std::less<>());
}

void tokenize_words(std::string_view text, const Clitics& clitics, WordPieces& out) {
  out.pieces.clear();
  // Keys are written through a pointer into a buffer sized for the worst case (twice the text)
  // and cut to size at the end: no capacity check per byte.
  out.keys.resize(2 * text.size() + 8);
  char* const keys = out.keys.data();
  char* key = keys;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  UChar32 before_word = ' ';
  for (std::size_t pos = 0; pos < n;) {
    const unsigned char kind = kByteClass[bytes[pos]];
    if (kind <= kSpace) {  // spaces and punctuation, the common case
      if (kind == kOther) before_word = bytes[pos];
      ++pos;
      continue;
    }
    CodePoint c = decode(text, pos);
    if (kind == kMultibyte && !is_letter(c.value)) {
      if (!is_space(c.value)) before_word = c.value;
      pos = c.next;
      continue;
    }
    const std::size_t key_start = std::size_t(key - keys);
    WordPiece piece{0, 0, pos, pos, is_upper(c.value), true, is_opening_quote(before_word)};
    std::size_t letters = 0;
    bool apostrophe = false;
    while (true) {
      if (c.value < 0x80) {  // a run of ASCII letters, the common case, in one tight loop
        bool upper = true;
        std::size_t end = pos;
        while (end + 8 <= n) {
          const std::size_t count = ascii_letters8(bytes + end, key, upper);
          end += count;
          key += count;
          if (count < 8) break;
        }
        for (; end < n && kByteClass[bytes[end]] == kLetter; ++end) {
          upper &= bytes[end] <= 'Z';
          *key++ = static_cast<char>(bytes[end] | 0x20);
        }
        piece.all_caps = piece.all_caps && upper;
        letters += end - pos;
        pos = end;
      } else {
        key = put_lowercase(key, c.value);
        piece.all_caps = piece.all_caps && is_upper(c.value);
        ++letters;
        pos = c.next;
      }
      if (pos >= n) break;
      if (kByteClass[bytes[pos]] <= kSpace && bytes[pos] != '\'') break;
      c = decode(text, pos);
      if (is_apostrophe(c.value) && c.next < n && is_letter(decode(text, c.next).value)) {
        *key++ = '\'';
        apostrophe = true;
        pos = c.next;
        c = decode(text, pos);
      } else if (!is_letter(c.value)) {
        break;
      }
    }
    piece.end = pos;
    piece.all_caps = piece.all_caps && letters >= 2;
    before_word = 'a';
    const std::size_t key_end = std::size_t(key - keys);
    if (apostrophe) {
      add_pieces(key_start, key_end, piece, clitics, out);
    } else {
      piece.key_offset = static_cast<std::uint32_t>(key_start);
      piece.key_length = static_cast<std::uint32_t>(key_end - key_start);
      out.pieces.push_back(piece);
    }
  }
  out.keys.resize(std::size_t(key - keys));
}

}  // namespace textnorm::detail
