#include "rules/character_pass.hpp"

#include "rules/ascii_scan.hpp"
#include "text/utf8.hpp"

namespace textnorm::detail {
namespace {

// Windows-1252 punctuation that arrives as C1 controls when cp1252 bytes are read as Latin-1.
std::string_view cp1252_punctuation(char32_t cp) {
  switch (cp) {
    case 0x82: return "\u201A";  // ‚
    case 0x84: return "\u201E";  // „
    case 0x85: return "\u2026";  // …
    case 0x8B: return "\u2039";  // ‹
    case 0x91: return "\u2018";  // ‘
    case 0x92: return "\u2019";  // ’
    case 0x93: return "\u201C";  // “
    case 0x94: return "\u201D";  // ”
    case 0x95: return "\u2022";  // •
    case 0x96: return "\u2013";  // –
    case 0x97: return "\u2014";  // —
    case 0x9B: return "\u203A";  // ›
    default: return {};
  }
}

bool is_space_separator(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000 || cp == 0x2028 || cp == 0x2029;
}

bool is_invisible(char32_t cp) {
  return cp == 0x200B || cp == 0x2060 || cp == 0x00AD || cp == 0xFEFF;
}

// The edit one non-ASCII character needs, if any.
void map_non_ascii(char32_t cp, std::size_t begin, std::size_t end, Rewriter& rewriter,
                   const CoreRuleSet& rules) {
  if (cp >= 0x80 && cp <= 0x9F) {
    std::string_view repaired = cp1252_punctuation(cp);
    if (!repaired.empty() && rules.on(CoreRule::CONTROL_CP1252))
      rewriter.replace(begin, end, repaired, core_rule(CoreRule::CONTROL_CP1252));
    else if (rules.on(CoreRule::CONTROL_REMOVE))
      rewriter.replace(begin, end, {}, core_rule(CoreRule::CONTROL_REMOVE));
  } else if (is_space_separator(cp)) {
    if (rules.on(CoreRule::SPACE_UNIFY))
      rewriter.replace(begin, end, " ", core_rule(CoreRule::SPACE_UNIFY));
  } else if (is_invisible(cp)) {
    if (rules.on(CoreRule::INVISIBLE_REMOVE))
      rewriter.replace(begin, end, {}, core_rule(CoreRule::INVISIBLE_REMOVE));
  }
}

}  // namespace

bool run_character_pass(std::string_view in, std::string& out, std::vector<StageEdit>* edits,
                        const CoreRuleSet& rules) {
  Rewriter rewriter(in, out, edits);
  std::size_t i = 0;
  while (true) {
    i = skip_plain_ascii(in, i);
    if (i >= in.size()) break;
    const auto b = static_cast<unsigned char>(in[i]);
    if (b == '\t') {
      if (rules.on(CoreRule::SPACE_UNIFY))
        rewriter.replace(i, i + 1, " ", core_rule(CoreRule::SPACE_UNIFY));
      ++i;
    } else if (b < 0x80) {  // other C0 controls and DEL
      if (rules.on(CoreRule::CONTROL_REMOVE))
        rewriter.replace(i, i + 1, {}, core_rule(CoreRule::CONTROL_REMOVE));
      ++i;
    } else {
      std::size_t length;
      const char32_t cp = decode_utf8(in, i, length);
      map_non_ascii(cp, i, i + length, rewriter, rules);
      i += length;
    }
  }
  return rewriter.finish();
}

}  // namespace textnorm::detail
