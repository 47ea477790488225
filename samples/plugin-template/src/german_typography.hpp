// German punctuation and spacing: the rules of the `de` plugin, one pass over a segment.
#ifndef TEXTNORM_DE_GERMAN_TYPOGRAPHY_HPP
#define TEXTNORM_DE_GERMAN_TYPOGRAPHY_HPP

#include <textnorm/plugin_sdk.hpp>

#include <cstdint>
#include <string_view>

namespace de {

// The rules, in the order of the plugin's rule table: a rule's index is its id's number.
enum Rule : uint32_t { NO_SPACE_BEFORE_PUNCT, ABBREVIATION_SPACE, PERCENT_SPACE, QUOTES, APOSTROPHE };

// Which marks the typographic profile writes: „…“ and ‚…‘ (the default), or »…« and ›…‹ as
// many German books do (plugin option quotes=guillemets).
struct QuoteStyle {
  std::string_view double_open, double_close, single_open, single_close;
};
inline constexpr QuoteStyle kLowHighQuotes{"\u201E", "\u201C", "\u201A", "\u2018"};
inline constexpr QuoteStyle kGuillemets{"\u00BB", "\u00AB", "\u203A", "\u2039"};

class GermanTypography {
 public:
  // typographic: the typographic profile (narrow no-break spaces, curly quotes); else plain
  // ASCII, as textnorm's default profile wants.
  GermanTypography(bool typographic, QuoteStyle quotes) : typographic_(typographic), quotes_(quotes) {}

  // Reports the edits of every rule, left to right. The host drops those of a rule the user
  // switched off with --disable, so the scan need not know.
  void apply(std::string_view text, textnorm::sdk::EditWriter& edits) const;

 private:
  // At `i`, a dotted abbreviation ("z.B.", "d. h."): reports its spacing, returns its end or i.
  std::size_t abbreviation(std::string_view text, std::size_t i,
                           textnorm::sdk::EditWriter& edits) const;
  // The quote mark at `i` (typographic profile); `single_open` follows single quotations.
  void quote(std::string_view text, std::size_t i, bool& single_open,
             textnorm::sdk::EditWriter& edits) const;
  // The space between a number and the % at `i` ("50%" -> "50 %").
  void percent(std::string_view text, std::size_t i, textnorm::sdk::EditWriter& edits) const;

  bool typographic_;
  QuoteStyle quotes_;
};

}  // namespace de

#endif  // TEXTNORM_DE_GERMAN_TYPOGRAPHY_HPP
