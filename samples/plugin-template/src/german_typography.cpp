#include "german_typography.hpp"

#include <array>

namespace de {
namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::string_view kNoBreakSpace = "\u00A0";

// Dotted abbreviations whose parts German separates with a (narrow) space: "z. B.".
constexpr std::array<std::string_view, 14> kDottedAbbreviations = {
    "z.B.", "Z.B.", "d.h.", "D.h.", "u.a.", "u.U.", "v.a.", "z.T.", "o.Ä.", "u.Ä.", "i.d.R.",
    "s.o.", "s.u.", "u.v.m."};

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Any letter: ASCII, or a byte of a multi-byte character (umlauts, ß), which the rules below
// never need to tell from other non-ASCII characters.
bool is_letter(char c) { return is_ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_punctuation(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// Punctuation ends a clause when the text goes on with a space, a quote or nothing ("a :)" and
// ".NET" are left alone).
bool ends_clause(std::string_view text, std::size_t i) {
  return i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '"' || text[i + 1] == '\'';
}

// The length of the space at `i` (a plain, no-break or narrow no-break space), or 0.
std::size_t space_at(std::string_view text, std::size_t i) {
  const std::string_view rest = text.substr(i);
  if (rest.starts_with(' ')) return 1;
  if (rest.starts_with(kNarrowNoBreakSpace)) return kNarrowNoBreakSpace.size();
  if (rest.starts_with(kNoBreakSpace)) return kNoBreakSpace.size();
  return 0;
}

// A quote mark opens when nothing but a space, a bracket or a dash comes before it.
bool opens(std::string_view text, std::size_t i) {
  if (i == 0) return true;
  const char before = text[i - 1];
  return before == ' ' || before == '(' || before == '[' || before == '/' ||
         text.substr(0, i).ends_with("\u2013") || text.substr(0, i).ends_with(kNoBreakSpace);
}

// A gap between two parts of a dotted abbreviation: empty, or one space.
struct Gap {
  std::size_t begin;
  std::size_t end;
};
using Gaps = std::array<Gap, 2>;  // the longest forms ("i.d.R.", "u.v.m.") have 3 parts

// Where `form` ("z.B.") ends when it starts at `i`, a space allowed after each inner dot
// ("z. B."), with its gaps; or 0 when it is not there.
std::size_t match_abbreviation(std::string_view text, std::size_t i, std::string_view form,
                               Gaps& gaps, std::size_t& gap_count) {
  gap_count = 0;
  for (std::size_t part_begin = 0; part_begin < form.size();) {
    const std::size_t part_end = form.find('.', part_begin) + 1;
    const std::string_view part = form.substr(part_begin, part_end - part_begin);
    if (text.substr(i, part.size()) != part) return 0;
    i += part.size();
    part_begin = part_end;
    if (part_begin == form.size()) break;
    const std::size_t space = space_at(text, i);
    gaps[gap_count++] = {i, i + space};
    i += space;
  }
  return i < text.size() && is_letter(text[i]) ? 0 : i;
}

}  // namespace

std::size_t GermanTypography::abbreviation(std::string_view text, std::size_t i,
                                           textnorm::sdk::EditWriter& edits) const {
  if (i > 0 && is_letter(text[i - 1])) return i;
  const std::string_view separator = typographic_ ? kNarrowNoBreakSpace : " ";
  for (const std::string_view form : kDottedAbbreviations) {
    Gaps gaps;
    std::size_t gap_count = 0;
    const std::size_t end = match_abbreviation(text, i, form, gaps, gap_count);
    if (end == 0) continue;
    for (std::size_t g = 0; g < gap_count; ++g) {
      if (text.substr(gaps[g].begin, gaps[g].end - gaps[g].begin) != separator)
        edits.replace(gaps[g].begin, gaps[g].end, separator, ABBREVIATION_SPACE);
    }
    return end;
  }
  return i;
}

void GermanTypography::quote(std::string_view text, std::size_t i, bool& single_open,
                             textnorm::sdk::EditWriter& edits) const {
  const bool opening = opens(text, i);
  if (text[i] == '"') {
    edits.replace(i, i + 1, opening ? quotes_.double_open : quotes_.double_close, QUOTES);
    return;
  }
  // A ' after a letter is an apostrophe ("geht's", "Hans' Buch") unless it closes a single
  // quotation opened before it.
  const bool after_letter = !opening && is_letter(text[i - 1]);
  const bool before_letter = i + 1 < text.size() && is_letter(text[i + 1]);
  if (after_letter && (before_letter || !single_open)) {
    edits.replace(i, i + 1, "\u2019", APOSTROPHE);
    return;
  }
  single_open = opening;
  edits.replace(i, i + 1, opening ? quotes_.single_open : quotes_.single_close, QUOTES);
}

void GermanTypography::apply(std::string_view text, textnorm::sdk::EditWriter& edits) const {
  std::size_t space_begin = 0;  // where the run of spaces before `i` starts
  bool single_open = false;     // a single quotation is open
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t after_abbreviation = abbreviation(text, i, edits);
    if (after_abbreviation > i) {
      i = space_begin = after_abbreviation;
      continue;
    }
    const char c = text[i];
    if (is_punctuation(c) && space_begin > 0 && space_begin < i && ends_clause(text, i))
      edits.erase(space_begin, i, NO_SPACE_BEFORE_PUNCT);
    if (c == '%') percent(text, i, edits);
    if (typographic_ && (c == '"' || c == '\'')) quote(text, i, single_open, edits);
    const std::size_t space = space_at(text, i);
    if (space == 0) space_begin = i + 1;
    i += space > 0 ? space : 1;
  }
}

void GermanTypography::percent(std::string_view text, std::size_t i,
                               textnorm::sdk::EditWriter& edits) const {
  const std::string_view separator = typographic_ ? kNarrowNoBreakSpace : " ";
  if (i > 0 && is_digit(text[i - 1])) {
    edits.insert(i, separator, PERCENT_SPACE);
    return;
  }
  const std::size_t space = text.substr(0, i).ends_with(kNarrowNoBreakSpace) ? kNarrowNoBreakSpace.size()
                            : text.substr(0, i).ends_with(kNoBreakSpace)    ? kNoBreakSpace.size()
                            : text.substr(0, i).ends_with(' ')              ? 1
                                                                            : 0;
  if (space > 0 && i > space && is_digit(text[i - space - 1]) &&
      text.substr(i - space, space) != separator)
    edits.replace(i - space, i, separator, PERCENT_SPACE);
}

}  // namespace de
