#include "langid/word_tokenizer.hpp"

#include <algorithm>
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
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, pos + 1};
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return {c, static_cast<std::size_t>(i)};
}

bool is_ascii_letter(UChar32 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

bool is_letter(UChar32 c) {
  if (c < 0x80) return is_ascii_letter(c);
  return u_isalpha(c);
}

bool is_upper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c);
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == U'’'; }

bool is_opening_quote(UChar32 c) { return c == U'«' || c == U'“' || c == '"' || c == U'‘'; }

bool is_space(UChar32 c) { return c == ' ' || c == 0xA0 || c == 0x202F || c == '\t'; }

void append_lowercase(std::string& keys, UChar32 c) {
  if (c < 0x80) {
    keys.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, u_tolower(c));
  keys.append(buffer, static_cast<std::size_t>(length));
}

// Splits the word keys[start..] at its apostrophes the way make_profile.py's split_token does.
void add_pieces(std::size_t start, WordPiece piece, const Clitics& clitics, WordPieces& out) {
  auto add = [&](std::size_t from, std::size_t to) {
    piece.key_offset = static_cast<std::uint32_t>(from);
    piece.key_length = static_cast<std::uint32_t>(to - from);
    out.pieces.push_back(piece);
    piece.capitalized = false;
  };
  const std::size_t end = out.keys.size();
  for (std::size_t apostrophe = out.keys.find('\'', start); apostrophe < end;
       apostrophe = out.keys.find('\'', start)) {
    const std::string_view tail = std::string_view(out.keys).substr(apostrophe + 1);
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
  out.keys.clear();
  out.pieces.clear();
  out.keys.reserve(text.size() + 8);
  UChar32 before_word = ' ';
  for (std::size_t pos = 0; pos < text.size();) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80 && !is_ascii_letter(byte)) {  // spaces and punctuation, the common case
      if (!is_space(byte)) before_word = byte;
      ++pos;
      continue;
    }
    CodePoint c = decode(text, pos);
    if (!is_letter(c.value)) {
      if (!is_space(c.value)) before_word = c.value;
      pos = c.next;
      continue;
    }
    const std::size_t key_start = out.keys.size();
    WordPiece piece{0, 0, pos, pos, is_upper(c.value), true, is_opening_quote(before_word)};
    std::size_t letters = 0;
    bool apostrophe = false;
    while (true) {
      if (c.value < 0x80) {  // a run of ASCII letters, the common case, in one tight loop
        bool upper = true;
        std::size_t end = pos;
        for (; end < text.size() && is_ascii_letter(static_cast<unsigned char>(text[end])); ++end) {
          upper = upper && text[end] <= 'Z';
          out.keys.push_back(static_cast<char>(text[end] | 0x20));
        }
        piece.all_caps = piece.all_caps && upper;
        letters += end - pos;
        pos = end;
      } else {
        append_lowercase(out.keys, c.value);
        piece.all_caps = piece.all_caps && is_upper(c.value);
        ++letters;
        pos = c.next;
      }
      if (pos >= text.size()) break;
      c = decode(text, pos);
      if (is_apostrophe(c.value) && c.next < text.size() && is_letter(decode(text, c.next).value)) {
        out.keys.push_back('\'');
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
    if (apostrophe) {
      add_pieces(key_start, piece, clitics, out);
    } else {
      piece.key_offset = static_cast<std::uint32_t>(key_start);
      piece.key_length = static_cast<std::uint32_t>(out.keys.size() - key_start);
      out.pieces.push_back(piece);
    }
  }
}

}  // namespace textnorm::detail
