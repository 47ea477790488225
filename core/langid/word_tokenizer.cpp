#include "core/langid/word_tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace textnorm::detail {
namespace {

struct CodePoint {
  UChar32 value;
  std::size_t next;
};

CodePoint decode(std::string_view text, std::size_t pos) {
  const auto byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {byte, pos + 1};
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  return {c, static_cast<std::size_t>(i)};
}

bool is_letter(UChar32 c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(c);
}

bool is_apostrophe(UChar32 c) { return c == '\'' || c == U'’'; }

bool is_opening_quote(UChar32 c) { return c == U'«' || c == U'“' || c == '"' || c == U'‘'; }

bool is_english_clitic(std::string_view tail) {
  return tail == "s" || tail == "t" || tail == "m" || tail == "re" || tail == "ve" ||
         tail == "ll" || tail == "d";
}

void append_lowercase(std::string& key, UChar32 c) {
  if (c < 0x80) {
    key.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, u_tolower(c));
  key.append(buffer, static_cast<std::size_t>(length));
}

// Splits a lowercased word at its apostrophes the way make_profile.py's split_token does.
void emit_pieces(std::string_view key, WordPiece piece,
                 const std::function<void(const WordPiece&)>& on_piece) {
  for (std::size_t apostrophe = key.find('\''); apostrophe != std::string_view::npos;
       apostrophe = key.find('\'')) {
    const std::string_view tail = key.substr(apostrophe + 1);
    if (tail.find('\'') == std::string_view::npos && is_english_clitic(tail)) {
      piece.key = key.substr(0, apostrophe);
      on_piece(piece);
      piece.key = key.substr(apostrophe);
      on_piece(piece);
      return;
    }
    piece.key = key.substr(0, apostrophe + 1);
    on_piece(piece);
    key = tail;
    piece.capitalized = false;
  }
  piece.key = key;
  on_piece(piece);
}

}  // namespace

void for_each_word_piece(std::string_view text,
                         const std::function<void(const WordPiece&)>& on_piece) {
  std::string key;
  UChar32 before_word = ' ';
  for (std::size_t pos = 0; pos < text.size();) {
    CodePoint c = decode(text, pos);
    if (!is_letter(c.value)) {
      if (c.value != ' ' && c.value != 0xA0 && c.value != 0x202F) before_word = c.value;
      pos = c.next;
      continue;
    }
    WordPiece piece{{}, pos, pos, u_isupper(c.value) != 0, true, is_opening_quote(before_word)};
    key.clear();
    std::size_t letters = 0;
    while (true) {
      append_lowercase(key, c.value);
      piece.all_caps = piece.all_caps && u_isupper(c.value);
      ++letters;
      pos = c.next;
      if (pos >= text.size()) break;
      c = decode(text, pos);
      if (is_apostrophe(c.value) && c.next < text.size() && is_letter(decode(text, c.next).value)) {
        key.push_back('\'');
        pos = c.next;
        c = decode(text, pos);
      } else if (!is_letter(c.value)) {
        break;
      }
    }
    piece.end = pos;
    piece.all_caps = piece.all_caps && letters >= 2;
    before_word = 'a';
    emit_pieces(key, piece, on_piece);
  }
}

}  // namespace textnorm::detail
