#include "punctuation_scanner.hpp"

namespace textnorm::plugins {
namespace {

bool opens_before(char32_t c) { return c == 0 || c == '(' || c == '[' || c == '{' || c == 0x2014; }
bool closes_after(char32_t c) {
  return c == 0 || c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == ')' || c == ']' || c == '}' || c == 0x2014;
}

}  // namespace

bool is_word_character(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_ascii_digit(c);
  // Letters of every script the plugins meet sit in these blocks; punctuation does not. A
  // combining mark left after NFC (v́) belongs to the letter before it.
  return (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) ||
         (c >= 0x0300 && c <= 0x058F) || (c >= 0x1E00 && c <= 0x1FFF);
}

bool left_open(const ScanPoint& p) { return p.has_space_before() || opens_before(p.previous); }

bool right_open(const ScanPoint& p) { return closes_after(p.next); }

std::optional<QuoteSide> straight_quote_side(const ScanPoint& p, bool& inside) {
  return quote_side(left_open(p), right_open(p), inside);
}

std::optional<QuoteSide> quote_side(bool left, bool right, bool& inside) {
  if (left && right) return std::nullopt;
  const QuoteSide side = left    ? QuoteSide::OPENING
                         : right ? QuoteSide::CLOSING
                         : inside ? QuoteSide::CLOSING
                                  : QuoteSide::OPENING;
  inside = side == QuoteSide::OPENING;
  return side;
}

}  // namespace textnorm::plugins
