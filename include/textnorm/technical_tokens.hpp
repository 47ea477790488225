// Technical tokens in prose: the spans of a segment that are code, addresses or numbers written
// with punctuation: `std::string`, `fe80::1`, `$?`, `a?b:c`, URLs, e-mail addresses, paths,
// `foo:amd64`, `C:\`, times (10:30), ratios (3:1) and text between backticks. Typography rules
// leave the punctuation inside them alone: a spacing or quote rule fires only on prose
// punctuation. Part of the SDK, header-only, so that every plugin (and the host) reads a segment
// the same way; sdk::scan-style loops ask TechnicalTokens::contains for each byte they would edit.
//
// A token is found in a word (a run of bytes without a space, cut at backticks) from the
// technical marks in it, each judged by its neighbours: `:` before a letter, a digit, `:`, `/`
// or `\`; `?` after `$` or before a letter or digit; `!` after `$` or before `=`; `$` before a
// letter, a digit, `{`, `(` or a shell special; `/`, `@` inside or before a letter; `\`; `=`
// inside. What comes before `:` and `?` does not count: a prose rule that removes the space
// before one glues a word to it, and the token must be the same on a second run; for the same
// reason marks glued before a word's `,` or `.` (`?,x/:c`) are prose. Quotes are
// prose, so a word is cut at its quotes (' " and the typographic ones) and each piece judged
// alone; a URL (`scheme://...`) keeps its quotes. The token is the piece without the brackets
// and prose punctuation before it (`( [ { ; ,`, glued marks) and after it (`. , ; : ! ? ) ] }`, `…`, a URL's
// closing quote), except what belongs to the token: `$?`, `std::`, a closing bracket it opened.
// A run of backticks and the next run of as many backticks make one token with everything
// between them.
#ifndef TEXTNORM_TECHNICAL_TOKENS_HPP
#define TEXTNORM_TECHNICAL_TOKENS_HPP

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace textnorm::sdk {

// Bytes [begin, end) of a segment.
struct TokenSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

namespace token_detail {

// The length of the space that ends just before byte `k`, or 0: ASCII space and tab, and the
// no-break and fixed-width spaces typography puts before punctuation (U+00A0, U+2000-U+200A,
// U+202F), which the host turns into ASCII spaces before plugins run but text from elsewhere
// may hold.
inline std::size_t space_before(std::string_view text, std::size_t k) {
  if (k >= 1 && (text[k - 1] == ' ' || text[k - 1] == '\t')) return 1;
  if (k >= 2 && text[k - 2] == '\xC2' && text[k - 1] == '\xA0') return 2;
  if (k >= 3 && text[k - 3] == '\xE2' && text[k - 2] == '\x80') {
    const auto last = static_cast<unsigned char>(text[k - 1]);
    if ((last >= 0x80 && last <= 0x8A) || last == 0xAF) return 3;
  }
  return 0;
}

// The length of the space that starts at byte `k`, or 0 (the spaces of space_before).
inline std::size_t space_at(std::string_view text, std::size_t k) {
  const std::size_t n = text.size() - k;
  if (text[k] == ' ' || text[k] == '\t') return 1;
  if (n >= 2 && text[k] == '\xC2' && text[k + 1] == '\xA0') return 2;
  if (n >= 3 && text[k] == '\xE2' && text[k + 1] == '\x80') {
    const auto last = static_cast<unsigned char>(text[k + 2]);
    if ((last >= 0x80 && last <= 0x8A) || last == 0xAF) return 3;
  }
  return 0;
}

inline bool is_ascii_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether the character whose UTF-8 starts with `lead` is a letter or digit: ASCII ones, and
// every character from U+00C0 on outside U+2000-U+2FFF (punctuation, symbols, arrows).
inline bool is_word_lead(char lead) {
  const auto b = static_cast<unsigned char>(lead);
  return b < 0x80 ? is_ascii_word(lead) : (b >= 0xC3 && b != 0xE2);
}

// The lead byte of the character that ends just before `k` (k > begin), within [begin, k).
inline char lead_before(std::string_view text, std::size_t begin, std::size_t k) {
  std::size_t at = k - 1;
  while (at > begin && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return text[at];
}

inline bool is_candidate(char c) {
  switch (c) {
    case '`': case ':': case '?': case '!': case '$': case '/': case '\\': case '@': case '=':
      return true;
    default:
      return false;
  }
}

inline bool is_shell_special(char c) {
  switch (c) {
    case '?': case '!': case '#': case '$': case '@': case '*': case '-': case '{': case '(':
      return true;
    default:
      return is_ascii_word(c);
  }
}

// Quotes, which cut a word into pieces: ASCII ones and the typographic ones, in UTF-8.
constexpr std::string_view kQuotes[] = {"\u00AB", "\u00BB", "\u201C", "\u201D", "\u2018",
                                        "\u2019", "\u201E", "\u2039", "\u203A"};

inline std::size_t quote_length(std::string_view text, std::size_t at) {
  if (text[at] == '"' || text[at] == '\'') return 1;
  if (static_cast<unsigned char>(text[at]) < 0xC2) return 0;
  for (std::string_view q : kQuotes)
    if (text.substr(at, q.size()) == q) return q.size();
  return 0;
}

inline bool is_leading_prose(char c) {
  return c == '(' || c == '[' || c == '{' || c == ';' || c == ',';
}

// Brackets a piece opens and closes, to tell a closing bracket of the token from prose.
struct BracketCount {
  int round = 0;   // ( minus )
  int square = 0;  // [ minus ]
  int curly = 0;   // { minus }

  BracketCount(std::string_view text, std::size_t begin, std::size_t end) {
    for (std::size_t k = begin; k < end; ++k) add(text[k], 1);
  }
  void add(char c, int sign) {
    if (c == '(' || c == ')') round += c == '(' ? sign : -sign;
    if (c == '[' || c == ']') square += c == '[' ? sign : -sign;
    if (c == '{' || c == '}') curly += c == '{' ? sign : -sign;
  }
  bool unpaired(char close) const {
    return (close == ')' ? round : close == ']' ? square : curly) < 0;
  }
};

// How many bytes of prose punctuation end text[begin, end), as one mark: 0 when the last
// byte belongs to the token.
inline std::size_t closer_length(std::string_view text, std::size_t begin, std::size_t end,
                                 const BracketCount& brackets) {
  const char last = text[end - 1];
  const char before = end - begin >= 2 ? text[end - 2] : '\0';
  switch (last) {
    case '.': case ',': case ';': case '!': case '?': case '"': case '\'':
      return before == '$' ? 0 : 1;  // $? $! are shell parameters
    case ':':
      return before == ':' ? 0 : 1;  // std::
    case ')': case ']': case '}':
      return brackets.unpaired(last) ? 1 : 0;
    default:
      break;
  }
  const std::string_view piece = text.substr(begin, end - begin);
  if (piece.ends_with("\u2026")) return 3;  // …
  for (std::string_view q : kQuotes)  // only a URL has quotes left in it
    if (piece.ends_with(q)) return q.size();
  return 0;
}

// Whether the mark at `k` makes text[begin, end) technical.
inline bool technical_mark(std::string_view text, std::size_t begin, std::size_t end, std::size_t k) {
  const char prev = k > begin ? lead_before(text, begin, k) : 'a';  // the start: as after a letter
  const char next = k + 1 < end ? text[k + 1] : '\0';
  switch (text[k]) {
    case ':':
      return is_word_lead(next) || next == ':' || next == '/' || next == '\\';
    case '?':
      return prev == '$' || is_word_lead(next);
    case '!':
      return prev == '$' || next == '=';
    case '$':
      return next != '\0' && is_shell_special(next);
    case '/': case '@':
      return next != '\0' && (k > begin || is_word_lead(next) || next == '.' || next == '~');
    case '\\':
      return end - begin >= 2;
    case '=':
      return k > begin && next != '\0';
    default:
      return false;
  }
}

// The length of a run of prose marks `? ! : ;` at `begin`, with the closing brackets after
// them, that a `,` or `.` ends (or of `%` and a `,`), or 0. French puts a space before such a
// mark, and a rule that removes the space before `,` or `.` glues the mark to the next word
// (`Quoi? ,x/:c` -> `Quoi ?,x/:c`, `(oui:) ,C:\` -> `(oui :),C:\`): the mark stays prose, and
// out of the token, on a second run. A technical mark (`::.`) is no prose mark, and `!?str`,
// `!!:s^a^b^`, `%:z`, `%.5f` are not glued marks.
inline std::size_t glued_marks(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t k = begin;
  if (text[k] == '%') {
    ++k;
  } else {
    while (k < end && (text[k] == '?' || text[k] == '!' || text[k] == ':' || text[k] == ';')) {
      if (technical_mark(text, begin, end, k)) return 0;
      ++k;
    }
    if (k == begin) return 0;
    while (k < end && (text[k] == ')' || text[k] == ']' || text[k] == '}')) ++k;
  }
  if (k == begin || k == end) return 0;
  return text[k] == ',' || (text[k] == '.' && text[begin] != '%') ? k - begin : 0;
}

// The technical token of the piece text[begin, end) (a word, or a part of one between quotes),
// or an empty span.
inline TokenSpan piece_token(std::string_view text, std::size_t begin, std::size_t end) {
  // Most pieces (`l` and `ancienne` of `l’ancienne`) have no technical mark at all.
  if (std::none_of(text.begin() + std::ptrdiff_t(begin), text.begin() + std::ptrdiff_t(end),
                   is_candidate))
    return {};
  while (begin < end) {
    const std::size_t glued = glued_marks(text, begin, end);
    if (glued == 0 && !is_leading_prose(text[begin])) break;
    begin += glued == 0 ? 1 : glued;
  }
  BracketCount brackets(text, begin, end);
  while (end > begin) {
    const std::size_t n = closer_length(text, begin, end, brackets);
    if (n == 0) break;
    if (n == 1) brackets.add(text[end - 1], -1);
    end -= n;
  }
  for (std::size_t k = begin; k < end; ++k)
    if (is_candidate(text[k]) && technical_mark(text, begin, end, k)) return {begin, end};
  return {};
}

inline bool is_scheme_byte(char c) {
  return is_ascii_word(c) || c == '+' || c == '.' || c == '-';
}

// Appends the tokens of the word text[begin, end): a URL from its scheme to the word's end,
// and the technical pieces between the quotes of the rest.
inline void word_tokens(std::string_view text, std::size_t begin, std::size_t end,
                        std::vector<TokenSpan>& out) {
  std::size_t url = text.substr(begin, end - begin).find("://");
  if (url != std::string_view::npos) {
    url += begin;
    while (url > begin && is_scheme_byte(text[url - 1])) --url;
  }
  const std::size_t pieces_end = url != std::string_view::npos ? url : end;
  std::size_t piece = begin;
  for (std::size_t k = begin; k <= pieces_end;) {
    const std::size_t quote = k < pieces_end ? quote_length(text, k) : 1;
    if (quote == 0) {
      ++k;
      continue;
    }
    if (k > piece) {
      const TokenSpan token = piece_token(text, piece, k);
      if (token.end > token.begin) out.push_back(token);
    }
    k += quote;
    piece = k;
  }
  if (url != std::string_view::npos) {
    const TokenSpan token = piece_token(text, url, end);
    if (token.end > token.begin) out.push_back(token);
  }
}

// The runs of backticks of a text, each paired with the next run of the same length: built
// once per text, so that unmatched runs cost no rescan (linear time on any input).
class CodeSpans {
 public:
  explicit CodeSpans(std::string_view text) {
    for (std::size_t k = 0; k < text.size();) {
      if (text[k] != '`') {
        ++k;
        continue;
      }
      std::size_t length = 0;
      while (k + length < text.size() && text[k + length] == '`') ++length;
      runs_.push_back({k, length, 0});
      k += length;
    }
    std::unordered_map<std::size_t, std::size_t> later;  // run length -> index of the next run
    for (std::size_t i = runs_.size(); i-- > 0;) {
      const auto found = later.find(runs_[i].length);
      runs_[i].partner = found == later.end() ? kNone : found->second;
      later[runs_[i].length] = i;
    }
  }

  // The run at `at` (a position where a run starts): its length, and the end of the span it
  // opens with its partner, or `at` when it has none.
  std::size_t span_end(std::size_t at, std::size_t& length) {
    while (runs_[next_].begin < at) ++next_;
    const Run& run = runs_[next_];
    length = run.length;
    if (run.partner == kNone) return at;
    const Run& partner = runs_[run.partner];
    next_ = run.partner + 1;  // runs inside the span are never asked about
    return partner.begin + partner.length;
  }

 private:
  static constexpr std::size_t kNone = std::size_t(-1);
  struct Run {
    std::size_t begin;
    std::size_t length;
    std::size_t partner;
  };
  std::vector<Run> runs_;
  std::size_t next_ = 0;
};

}  // namespace token_detail

// Appends the technical tokens of `text` to `out`, in order and disjoint.
inline void find_technical_tokens(std::string_view text, std::vector<TokenSpan>& out) {
  using namespace token_detail;
  std::size_t floor = 0;  // nothing before this is looked at again
  std::optional<CodeSpans> code_spans;  // made at the first backtick
  for (std::size_t i = 0; i < text.size();) {
    if (!is_candidate(text[i])) {
      ++i;
      continue;
    }
    if (text[i] == '`') {
      if (!code_spans) code_spans.emplace(text);
      std::size_t run = 0;
      const std::size_t end = code_spans->span_end(i, run);
      if (end > i) out.push_back({i, end});
      i = floor = end > i ? end : i + run;
      continue;
    }
    std::size_t begin = i;
    while (begin > floor && space_before(text, begin) == 0) --begin;
    std::size_t end = i;
    while (end < text.size() && space_at(text, end) == 0 && text[end] != '`') ++end;
    word_tokens(text, begin, end, out);
    i = floor = end;
  }
}

// The technical tokens of one segment, asked about in increasing byte order. Only a code span
// crosses a space: in a segment without a backtick, the common case, only the words asked
// about are read, each once, and the rest of the segment never is.
class TechnicalTokens {
 public:
  explicit TechnicalTokens(std::string_view text)
      : text_(text), code_spans_(text.find('`') != std::string_view::npos) {
    if (code_spans_) find_technical_tokens(text, spans_);
  }

  // Whether byte `at` lies inside a token. Calls must come with non-decreasing `at`.
  bool contains(std::size_t at) {
    if (!code_spans_ && at >= word_end_) read_word_at(at);
    while (next_ < spans_.size() && spans_[next_].end <= at) ++next_;
    return next_ < spans_.size() && spans_[next_].begin <= at;
  }

 private:
  // Replaces spans_ with the tokens of the word around byte `at` (or before it, when `at` is in
  // a space): find_technical_tokens reads each word of a segment without backticks on its own,
  // from space to space.
  void read_word_at(std::size_t at) {
    std::size_t begin = at;
    while (begin > 0 && (static_cast<unsigned char>(text_[begin]) & 0xC0) == 0x80) --begin;
    word_end_ = begin;
    while (word_end_ < text_.size() && token_detail::space_at(text_, word_end_) == 0) ++word_end_;
    while (begin > 0 && token_detail::space_before(text_, begin) == 0) --begin;
    spans_.clear();
    next_ = 0;
    const std::string_view word = text_.substr(begin, word_end_ - begin);
    if (std::any_of(word.begin(), word.end(), token_detail::is_candidate))
      token_detail::word_tokens(text_, begin, word_end_, spans_);
  }

  std::string_view text_;
  bool code_spans_;            // a backtick: every token is found at once
  std::size_t word_end_ = 0;   // without: the end of the last word read
  std::vector<TokenSpan> spans_;
  std::size_t next_ = 0;
};

}  // namespace textnorm::sdk

#endif  // TEXTNORM_TECHNICAL_TOKENS_HPP
