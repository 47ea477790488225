// The `fr` plugin: French punctuation spacing and, in the typographic profile, French quotes
// and non-breaking spaces.
#include "language_evidence.hpp"
#include "punctuation_scanner.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_fr_language_profile[];
extern "C" const char textnorm_fr_language_profile_end[];
extern "C" const char textnorm_fr_abbreviations[];
extern "C" const char textnorm_fr_abbreviations_end[];

namespace {

using textnorm::plugins::QuoteSide;
using textnorm::plugins::ScanPoint;

enum Rule : uint32_t { SPACE_BEFORE_HIGH_PUNCTUATION, NO_SPACE_BEFORE_COMMA, TYPOGRAPHY };

constexpr textnorm_rule_info kRules[] = {
    {"fr.space-before-punct", "one space before ; : ! ? and %, and after ; : ! ? before a quotation"},
    {"fr.no-space-before-comma", "no space before , and ."},
    {"fr.typography",
     "typographic profile: \" becomes \u00AB \u00BB with U+202F inside, U+202F before ; ! ? %, "
     "U+00A0 before :, ' becomes \u2019"},
};

constexpr const char* kLanguages[] = {"fr", nullptr};

constexpr textnorm::plugins::Triggers kTriggers(",.;:!?%\"'");

constexpr std::string_view kNarrowNbsp = "\u202F";
constexpr std::string_view kNbsp = "\u00A0";

bool is_high_punctuation(char32_t c) { return c == ';' || c == ':' || c == '!' || c == '?'; }

bool ends_clause(char32_t next) {
  return next == 0 || next == ' ' || next == '"' || next == '\'' || next == ')' || next == ']' ||
         next == '.' || next == ',' || is_high_punctuation(next);
}

// "; : ! ?" used as punctuation (not "10:30", "http://", "?id=3") and "%" after a number.
bool wants_space_before(const ScanPoint& p) {
  if (p.previous == 0 || p.previous == '(' || p.previous == '[') return false;
  if (is_high_punctuation(p.current))
    return !is_high_punctuation(p.previous) && ends_clause(p.next);
  return p.current == '%' && textnorm::plugins::is_ascii_digit(p.previous);
}

// A straight double quote right after the mark at `p`, and a word right after it.
bool opens_quotation_after(std::string_view text, const ScanPoint& p) {
  if (p.next != '"' || p.end + 1 >= text.size()) return false;
  std::size_t length = 0;
  return textnorm::plugins::is_word_character(textnorm::sdk::decode_utf8(text, p.end + 1, length));
}

class FrenchPlugin {
 public:
  explicit FrenchPlugin(const textnorm::sdk::Context& context)
      : context_(context),
        typographic_(context.profile() == TEXTNORM_PROFILE_TYPOGRAPHIC &&
                     context.enabled(TYPOGRAPHY)) {}

  void process(const textnorm::sdk::Segment& segment, textnorm::sdk::EditWriter& edits) const {
    textnorm::plugins::QuoteState quotes;
    std::size_t spaced_quote = std::string_view::npos;  // a quote given a space before it
    textnorm::plugins::scan_punctuation(segment.text, kTriggers, [&](const ScanPoint& p) {
      if (wants_space_before(p) && context_.enabled(SPACE_BEFORE_HIGH_PUNCTUATION)) {
        space_before(p, segment.text, edits);
        if (opens_quotation_after(segment.text, p)) {  // dit:"oui" -> dit : "oui"
          edits.insert(p.end, " ", SPACE_BEFORE_HIGH_PUNCTUATION);
          spaced_quote = p.end;
        }
      }
      else if ((p.current == ',' || p.current == '.') && p.has_space_before() &&
               !textnorm::plugins::is_ascii_digit(p.next) &&
               context_.enabled(NO_SPACE_BEFORE_COMMA))
        edits.erase(p.run_begin, p.begin, NO_SPACE_BEFORE_COMMA);
      if (typographic_) render_quote(p, p.begin == spaced_quote, quotes, edits);
    });
  }

  void language_evidence(std::string_view, textnorm::sdk::EvidenceWriter& evidence) const {
    textnorm::plugins::report_language_evidence(
        "fr",
        {{textnorm_fr_language_profile, textnorm_fr_language_profile_end},
         {textnorm_fr_abbreviations, textnorm_fr_abbreviations_end},
         {}},
        evidence);
  }

 private:
  void space_before(const ScanPoint& p, std::string_view text,
                    textnorm::sdk::EditWriter& edits) const {
    const std::string_view space = !typographic_ ? std::string_view(" ")
                                   : p.current == ':' ? kNbsp
                                                      : kNarrowNbsp;
    if (text.substr(p.run_begin, p.begin - p.run_begin) != space)
      edits.replace(p.run_begin, p.begin, space, SPACE_BEFORE_HIGH_PUNCTUATION);
  }

  // Guillemets with U+202F inside, where the context tells the side: between two words the
  // space inside a guillemet would make a second run read the other side, so the quote stays
  // straight there. `spaced`: a space goes in before it (dit : « oui »).
  static void render_quote(const ScanPoint& p, bool spaced, textnorm::plugins::QuoteState& quotes,
                           textnorm::sdk::EditWriter& edits) {
    using textnorm::plugins::straight_quote_side;
    if (p.current == '"') {
      const bool left = textnorm::plugins::left_open(p) || spaced;
      const bool right = textnorm::plugins::right_open(p);
      if (!left && !right) return;
      const auto side = textnorm::plugins::quote_side(left, right, quotes.double_open);
      if (side)
        edits.replace(p.begin, p.end,
                      *side == QuoteSide::OPENING ? "\u00AB\u202F" : "\u202F\u00BB", TYPOGRAPHY);
    } else if (p.current == '\'') {
      // After a letter: the apostrophe (l'Arménie) or a closing quote, both U+2019; only a
      // closing quote, with no letter after it, ends the quotation.
      if (textnorm::plugins::is_word_character(p.previous) && !p.has_space_before()) {
        if (!textnorm::plugins::is_word_character(p.next)) quotes.single_open = false;
        edits.replace(p.begin, p.end, "\u2019", TYPOGRAPHY);
        return;
      }
      const auto side = straight_quote_side(p, quotes.single_open);
      if (side)
        edits.replace(p.begin, p.end, *side == QuoteSide::OPENING ? "\u2018" : "\u2019",
                      TYPOGRAPHY);
    }
  }

  textnorm::sdk::Context context_;
  bool typographic_;
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(fr, FrenchPlugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
