#include "segment/sentence_splitter.hpp"

#include "segment/sentence_breaks.hpp"
#include "text/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace textnorm::detail {
namespace {

UChar32 code_point_at(std::string_view text, std::size_t pos) {
  std::size_t length = 0;
  return static_cast<UChar32>(decode_utf8(text, pos, length));
}

std::size_t next_position(std::string_view text, std::size_t pos) {
  std::size_t length = 0;
  decode_utf8(text, pos, length);
  return pos + length;
}

std::size_t previous_position(std::string_view text, std::size_t pos) {
  int32_t i = static_cast<int32_t>(pos);
  U8_BACK_1(reinterpret_cast<const uint8_t*>(text.data()), 0, i);
  return static_cast<std::size_t>(i);
}

bool is_space(UChar32 c) { return c == ' ' || c == '\t' || u_isUWhiteSpace(c); }

constexpr std::string_view kEllipsis = "\u2026";

bool is_sentence_terminator(UChar32 c) {
  if (c == 0x2026) return true;
  const auto kind = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
  return kind == U_SB_STERM || kind == U_SB_ATERM || kind == U_SB_SEP;
}

// A quote or bracket that closes what came before; an ASCII quote or apostrophe closes only
// when no letter follows it, otherwise it opens the next sentence.
bool is_closing_mark(std::string_view text, std::size_t pos) {
  const UChar32 c = code_point_at(text, pos);
  if (c == U'»' || c == U'”' || c == ')' || c == ']') return true;
  if (c != '"' && c != U'’' && c != '\'') return false;
  const std::size_t after = next_position(text, pos);
  return after >= text.size() || !u_isalpha(code_point_at(text, after));
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && is_space(code_point_at(text, pos))) pos = next_position(text, pos);
  return pos;
}

std::size_t trim_spaces_back(std::string_view text, std::size_t end) {
  while (end > 0) {
    const std::size_t prev = previous_position(text, end);
    if (!is_space(code_point_at(text, prev))) break;
    end = prev;
  }
  return end;
}

// Single letters with dots ("J.", "U.S.", "J.R.R.") are initials, never sentence ends.
bool is_initials(std::string_view token) {
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < token.size();) {
    if (!u_isalpha(code_point_at(token, pos))) return false;
    pos = next_position(token, pos);
    if (pos >= token.size() || token[pos] != '.') return false;
    ++pos;
    ++letters;
  }
  return letters > 0 && u_isupper(code_point_at(token, 0));
}

// The word and inner dots right before `end` (which follows a dot), e.g. "Mr." or "U.S.".
std::string_view dotted_token_before(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0) {
    const std::size_t prev = previous_position(text, begin);
    const UChar32 c = code_point_at(text, prev);
    if (c != '.' && !u_isalpha(c)) break;
    begin = prev;
  }
  return text.substr(begin, end - begin);
}

// Terminators that may end a sentence inside the line (not just at its end): without one,
// the line is a single sentence and the rules need not run.
bool has_inner_terminator(std::string_view line) {
  // ASCII by table: 1 a terminator (. ! ? and the SEP controls), 2 a letter or digit.
  static const std::array<unsigned char, 128> ascii = [] {
    std::array<unsigned char, 128> table{};
    for (UChar32 c = 0; c < 128; ++c)
      table[std::size_t(c)] = is_sentence_terminator(c) ? 1 : u_isalnum(c) ? 2 : 0;
    return table;
  }();
  bool seen_terminator = false;
  for (std::size_t pos = 0; pos < line.size();) {
    const auto byte = static_cast<unsigned char>(line[pos]);
    if (byte < 0x80) {
      if (ascii[byte] == 1) seen_terminator = true;
      else if (seen_terminator && ascii[byte] == 2) return true;
      ++pos;
      continue;
    }
    const UChar32 c = code_point_at(line, pos);
    if (is_sentence_terminator(c)) {
      seen_terminator = true;
    } else if (seen_terminator && (u_isalnum(c))) {
      return true;
    }
    pos = next_position(line, pos);
  }
  return false;
}

// UAX #29 breaks "Non ! » puis" before the guillemet: the closing mark and its spaces go back to
// the sentence it closes.
std::size_t after_closing_marks(std::string_view line, std::size_t boundary) {
  std::size_t pos = boundary;
  while (pos < line.size() && is_closing_mark(line, pos)) {
    pos = skip_spaces(line, next_position(line, pos));
  }
  return pos;
}

// UAX #29 does not break "in 2013. 42 people" (a lowercase word follows the number) nor
// "hésita… Puis" (U+2026 is no terminator to it): the breaks it misses.
void missed_breaks(std::string_view line, std::size_t begin, std::size_t end,
                   std::vector<std::size_t>& breaks) {
  breaks.clear();
  // A dot, or the first byte of U+2026; a plain loop, as find_first_of costs a call a byte.
  const auto candidate = [&line, end](std::size_t pos) {
    while (pos < end && line[pos] != '.' && line[pos] != '\xE2') ++pos;
    return pos;
  };
  for (std::size_t pos = candidate(begin); pos < end; pos = candidate(pos + 1)) {
    const bool number_after_dot = line.compare(pos, 2, ". ") == 0 && pos > 0 &&
                                  u_isalnum(code_point_at(line, previous_position(line, pos)));
    const bool ellipsis = line.compare(pos, kEllipsis.size(), kEllipsis) == 0;
    if (!number_after_dot && !ellipsis) continue;
    const std::size_t next = skip_spaces(line, pos + (ellipsis ? kEllipsis.size() : 1));
    if (next == pos + (ellipsis ? kEllipsis.size() : 1) || next >= end) continue;
    const UChar32 c = code_point_at(line, next);
    if (number_after_dot ? u_isdigit(c) : u_isupper(c)) breaks.push_back(next);
  }
}

}  // namespace

SentenceSplitter::SentenceSplitter(std::vector<std::string> abbreviations)
    : abbreviations_(abbreviations.begin(), abbreviations.end()) {}

bool SentenceSplitter::ends_with_abbreviation(std::string_view before) const {
  if (before.empty() || before.back() != '.') return false;
  const std::string_view token = dotted_token_before(before, before.size());
  return is_initials(token) || abbreviations_.count(std::string(token)) > 0;
}

bool SentenceSplitter::is_false_boundary(std::string_view line, std::size_t boundary) const {
  const std::size_t next = skip_spaces(line, boundary);
  if (next < line.size() && u_islower(code_point_at(line, next))) return true;
  return ends_with_abbreviation(line.substr(0, trim_spaces_back(line, boundary)));
}

std::vector<SentenceSpan> SentenceSplitter::split(std::string_view line) const {
  Workspace workspace;
  std::vector<SentenceSpan> spans;
  split(line, workspace, spans);
  return spans;
}

void SentenceSplitter::split(std::string_view line, Workspace& workspace,
                             std::vector<SentenceSpan>& spans) const {
  spans.clear();
  if (line.empty()) return;
  if (!has_inner_terminator(line)) {
    spans.push_back({0, line.size()});
    return;
  }
  std::size_t begin = 0;
  auto close_span = [&](std::size_t end) {
    missed_breaks(line, begin, end, workspace.missed);
    for (std::size_t missed : workspace.missed) {
      if (missed <= begin ||
          ends_with_abbreviation(line.substr(0, trim_spaces_back(line, missed)))) {
        continue;
      }
      spans.push_back({begin, missed});
      begin = missed;
    }
    spans.push_back({begin, end});
    begin = end;
  };
  sentence_boundaries(line, workspace.boundaries);
  for (std::size_t boundary : workspace.boundaries) {
    if (boundary >= line.size()) break;
    const std::size_t moved = after_closing_marks(line, boundary);
    if (moved <= begin || moved >= line.size() || is_false_boundary(line, moved)) continue;
    close_span(moved);
  }
  close_span(line.size());
}

}  // namespace textnorm::detail
