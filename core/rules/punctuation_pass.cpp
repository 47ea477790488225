#include "rules/punctuation_pass.hpp"

#include "rules/ascii_scan.hpp"
#include "text/utf8.hpp"

#include <textnorm/technical_tokens.hpp>

#include <unicode/uchar.h>

#include <optional>

namespace textnorm::detail {
namespace {

enum class Direction { NONE, OPEN, CLOSE };

enum class Kind { OTHER, DOUBLE_QUOTE, SINGLE_QUOTE, RIGHT_SINGLE_QUOTE, HYPHEN, EM_DASH, ELLIPSIS };

struct Punctuation {
  Kind kind = Kind::OTHER;
  // Direction the glyph itself implies, used when context cannot tell; NONE for glyphs whose
  // stray inner spaces are left alone (‘ ’ double as apostrophes).
  Direction glyph = Direction::NONE;
};

Punctuation classify(char32_t cp) {
  switch (cp) {
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x301D: case 0x2E42:
      return {Kind::DOUBLE_QUOTE, Direction::OPEN};   // “ „ ‟ « 〝 ⹂
    case 0x201D: case 0x00BB: case 0x301E: case 0x301F:
      return {Kind::DOUBLE_QUOTE, Direction::CLOSE};  // ” » 〞 〟
    case 0xFF02:
      return {Kind::DOUBLE_QUOTE, Direction::NONE};   // ＂
    case 0x2039:
      return {Kind::SINGLE_QUOTE, Direction::OPEN};   // ‹
    case 0x203A:
      return {Kind::SINGLE_QUOTE, Direction::CLOSE};  // ›
    case 0x2018: case 0x201A: case 0x201B: case 0xFF07:
      return {Kind::SINGLE_QUOTE, Direction::NONE};   // ‘ ‚ ‛ ＇
    case 0x2019:
      return {Kind::RIGHT_SINGLE_QUOTE, Direction::NONE};
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
      return {Kind::HYPHEN};
    case 0x2015:
      return {Kind::EM_DASH};
    case 0x2026:
      return {Kind::ELLIPSIS};
    default:
      return {};
  }
}

bool is_quote(Kind kind) {
  return kind == Kind::DOUBLE_QUOTE || kind == Kind::SINGLE_QUOTE ||
         kind == Kind::RIGHT_SINGLE_QUOTE;
}

constexpr char32_t kEmDash = 0x2014;

bool opens_before(char32_t c) { return c == '(' || c == '[' || c == '{' || c == kEmDash; }
bool closes_after(char32_t c) {
  switch (c) {
    case ' ': case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']':
    case '}': case kEmDash:
      return true;
    default:
      return false;
  }
}

// Whether `closer` can close a quotation opened with `opener`.
bool closes(char32_t opener, char32_t closer) {
  switch (opener) {
    case 0x00AB: return closer == 0x00BB;                     // « »
    case 0x201C: return closer == 0x201D;                     // “ ”
    case 0x201E: return closer == 0x201C || closer == 0x201D; // „ “ or „ ”
    case 0x201F: return closer == 0x201D;                     // ‟ ”
    case 0x2039: return closer == 0x203A;                     // ‹ ›
    case 0x301D: return closer == 0x301E || closer == 0x301F; // 〝 〞 or 〝 〟
    default: return true;
  }
}

bool is_word_character(char32_t cp) {
  return u_isalpha(UChar32(cp)) || u_charType(UChar32(cp)) == U_NON_SPACING_MARK;
}

class PunctuationPass {
 public:
  PunctuationPass(std::string_view in, std::string& out, std::vector<StageEdit>* edits,
                  const CoreRuleSet& rules)
      : in_(in), rewriter_(in, out, edits), rules_(rules) {}

  bool run() {
    std::size_t i = 0;
    while (i < in_.size()) {
      if (in_[i] == ' ') {
        if (plain_word_follows(i)) {  // " word", the common case: nothing to do
          i = skip_printable_ascii(in_, i + 1);
          continue;
        }
        if (run_begin_ == kNone) run_begin_ = i;
        ++i;
        continue;
      }
      i = visit_character(i);
      const std::size_t word_end = skip_printable_ascii(in_, i);
      if (word_end != i) after_opening_quote_ = false;
      i = word_end;
    }
    if (run_begin_ != kNone) end_run_at_line_end();
    return rewriter_.finish();
  }

 private:
  static constexpr std::size_t kNone = std::string_view::npos;

  // Whether the space at `i` is a lone one between words, followed by printable ASCII, where
  // no rule applies: not at the line's start, not after an opening quote.
  bool plain_word_follows(std::size_t i) const {
    if (run_begin_ != kNone || at_line_start_ || after_opening_quote_ || i + 1 >= in_.size())
      return false;
    const auto next = static_cast<unsigned char>(in_[i + 1]);
    return next > 0x20 && next < 0x7F;
  }

  // Handles the non-space character at `i`; returns the index after it.
  std::size_t visit_character(std::size_t i) {
    std::size_t length = 1;
    const auto b = static_cast<unsigned char>(in_[i]);
    const char32_t cp = b < 0x80 ? b : decode_utf8(in_, i, length);
    Punctuation p = b < 0x80 ? Punctuation{} : classify(cp);
    if (is_quote(p.kind) && in_technical_token(i)) p = {};  // `“x”`, a URL's ’: not prose
    const Direction direction =
        is_quote(p.kind) ? quote_direction(cp, i, i + length, p) : Direction::NONE;
    if (run_begin_ != kNone) end_run(i, direction == Direction::CLOSE && p.glyph != Direction::NONE);
    if (p.kind != Kind::OTHER) rewrite(p, i, i + length);
    after_opening_quote_ = direction == Direction::OPEN && p.glyph != Direction::NONE;
    at_line_start_ = false;
    return i + length;
  }

  // Whether byte `i` lies in a technical token (textnorm/technical_tokens.hpp), as the plugins'
  // rules read it; calls come in increasing order.
  bool in_technical_token(std::size_t i) {
    if (!tokens_) tokens_.emplace(in_);
    return tokens_->contains(i);
  }

  // Context decides (space on one side only); when it cannot, an open quotation is closed,
  // and failing that the glyph decides (so „ Hallo “ closes with “ as German does).
  Direction quote_direction(char32_t quote, std::size_t begin, std::size_t end,
                            const Punctuation& p) {
    std::size_t length;
    const bool left_open = at_line_start_ || run_begin_ != kNone ||
                           (begin > 0 && opens_before(decode_utf8_before(in_, begin)));
    const bool right_open = end == in_.size() || closes_after(decode_utf8(in_, end, length));
    Direction direction = p.glyph;
    if (left_open && !right_open)
      direction = Direction::OPEN;
    else if (!left_open && right_open)
      direction = Direction::CLOSE;
    else if (!open_quotes_.empty() && p.glyph != Direction::NONE &&
             closes(open_quotes_.back(), quote))
      direction = Direction::CLOSE;
    if (p.glyph != Direction::NONE) {
      if (direction == Direction::OPEN) open_quotes_.push_back(quote);
      if (direction == Direction::CLOSE && !open_quotes_.empty()) open_quotes_.pop_back();
    }
    return direction;
  }

  void end_run(std::size_t end, bool before_closing_quote) {
    const std::size_t begin = run_begin_;
    run_begin_ = kNone;
    if (at_line_start_ && rules_.on(CoreRule::SPACE_TRIM)) {
      rewriter_.replace(begin, end, {}, core_rule(CoreRule::SPACE_TRIM));
    } else if ((before_closing_quote || after_opening_quote_) &&
               rules_.on(CoreRule::QUOTE_INNER_SPACE)) {
      rewriter_.replace(begin, end, {}, core_rule(CoreRule::QUOTE_INNER_SPACE));
    } else if (end - begin > 1 && rules_.on(CoreRule::SPACE_COLLAPSE)) {
      rewriter_.replace(begin + 1, end, {}, core_rule(CoreRule::SPACE_COLLAPSE));
    }
  }

  void end_run_at_line_end() {
    const std::size_t begin = run_begin_;
    run_begin_ = kNone;
    if (rules_.on(CoreRule::SPACE_TRIM)) {
      rewriter_.replace(begin, in_.size(), {}, core_rule(CoreRule::SPACE_TRIM));
    } else if (in_.size() - begin > 1 && rules_.on(CoreRule::SPACE_COLLAPSE)) {
      rewriter_.replace(begin + 1, in_.size(), {}, core_rule(CoreRule::SPACE_COLLAPSE));
    }
  }

  void replace_if(CoreRule rule, std::size_t begin, std::size_t end, std::string_view text) {
    if (rules_.on(rule)) rewriter_.replace(begin, end, text, core_rule(rule));
  }

  void rewrite(const Punctuation& p, std::size_t begin, std::size_t end) {
    switch (p.kind) {
      case Kind::DOUBLE_QUOTE: replace_if(CoreRule::QUOTE_DOUBLE, begin, end, "\""); break;
      case Kind::SINGLE_QUOTE: replace_if(CoreRule::QUOTE_SINGLE, begin, end, "'"); break;
      case Kind::RIGHT_SINGLE_QUOTE:
        replace_if(inside_word(begin, end) ? CoreRule::APOSTROPHE : CoreRule::QUOTE_SINGLE, begin,
                   end, "'");
        break;
      case Kind::HYPHEN: replace_if(CoreRule::DASH_HYPHEN, begin, end, "-"); break;
      case Kind::EM_DASH: replace_if(CoreRule::DASH_EM, begin, end, "\u2014"); break;
      case Kind::ELLIPSIS: replace_if(CoreRule::ELLIPSIS, begin, end, "..."); break;
      case Kind::OTHER: break;
    }
  }

  bool inside_word(std::size_t begin, std::size_t end) const {
    if (begin == 0 || end >= in_.size()) return false;
    std::size_t length;
    return is_word_character(decode_utf8_before(in_, begin)) &&
           is_word_character(decode_utf8(in_, end, length));
  }

  std::string_view in_;
  Rewriter rewriter_;
  const CoreRuleSet& rules_;
  std::size_t run_begin_ = kNone;  // start of the pending run of spaces
  bool at_line_start_ = true;
  bool after_opening_quote_ = false;
  std::vector<char32_t> open_quotes_;  // openers of the quotations open on this line, innermost last
  std::optional<sdk::TechnicalTokens> tokens_;  // made at the line's first quote
};

}  // namespace

bool run_punctuation_pass(std::string_view in, std::string& out, std::vector<StageEdit>* edits,
                          const CoreRuleSet& rules) {
  return PunctuationPass(in, out, edits, rules).run();
}

}  // namespace textnorm::detail
