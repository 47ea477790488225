// The `en` plugin: English punctuation spacing and, in the typographic profile, English quotes.
#include "language_evidence.hpp"
#include "punctuation_scanner.hpp"

#include <textnorm/plugin_sdk.hpp>

extern "C" const char textnorm_en_language_profile[];
extern "C" const char textnorm_en_language_profile_end[];
extern "C" const char textnorm_en_abbreviations[];
extern "C" const char textnorm_en_abbreviations_end[];
extern "C" const char textnorm_en_clitics[];
extern "C" const char textnorm_en_clitics_end[];

namespace {

using textnorm::plugins::QuoteSide;
using textnorm::plugins::ScanPoint;

enum Rule : uint32_t { SPACE_BEFORE_PUNCTUATION, SPACE_AFTER_PARENTHESIS, TYPOGRAPHIC_QUOTES };

constexpr textnorm_rule_info kRules[] = {
    {"en.space-before-punct", "no space before , . ; : ! ? % and )"},
    {"en.space-after-paren", "no space after ("},
    {"en.typographic-quotes", "typographic profile: \" and ' become \u201C \u201D \u2018 \u2019"},
};

constexpr const char* kLanguages[] = {"en", nullptr};

// Words English writes with a leading apostrophe for a dropped start.
constexpr std::string_view kElidedWords[] = {"n", "tis", "twas", "em", "cause", "til", "Tis",
                                             "Twas", "Cause", "Til"};

constexpr textnorm::plugins::Triggers kTriggers("(,.;:!?%)\"'");

// Whether the spaces before `p` must go because of the punctuation mark `p` is.
bool takes_no_space_before(const ScanPoint& p) {
  switch (p.current) {
    case ',': case '.':
      return !textnorm::plugins::is_ascii_digit(p.next);  // ".45 calibre" keeps its space
    case ';': case ':': case '!': case '?': case ')':
      return true;
    case '%':
      return textnorm::plugins::is_ascii_digit(p.previous);
    default:
      return false;
  }
}

class EnglishPlugin {
 public:
  explicit EnglishPlugin(const textnorm::sdk::Context& context) : context_(context) {}

  void process(const textnorm::sdk::Segment& segment, textnorm::sdk::EditWriter& edits) const {
    const bool typographic = context_.profile() == TEXTNORM_PROFILE_TYPOGRAPHIC &&
                             context_.enabled(TYPOGRAPHIC_QUOTES);
    textnorm::plugins::QuoteState quotes;
    std::size_t erased_until = 0;  // end of the spaces already removed after a "("
    textnorm::plugins::scan_punctuation(segment.text, kTriggers, [&](const ScanPoint& p) {
      if (p.current == '(') {
        erased_until = remove_space_after(segment.text, p.end, edits);
        return;
      }
      if (p.has_space_before() && p.run_begin >= erased_until && takes_no_space_before(p) &&
          context_.enabled(SPACE_BEFORE_PUNCTUATION))
        edits.erase(p.run_begin, p.begin, SPACE_BEFORE_PUNCTUATION);
      if (typographic && (p.current == '"' || p.current == '\'')) {
        const std::string_view curly = curly_quote(segment.text, p, quotes);
        if (!curly.empty()) edits.replace(p.begin, p.end, curly, TYPOGRAPHIC_QUOTES);
      }
    });
  }

  void language_evidence(std::string_view, textnorm::sdk::EvidenceWriter& evidence) const {
    textnorm::plugins::report_language_evidence(
        "en",
        {{textnorm_en_language_profile, textnorm_en_language_profile_end},
         {textnorm_en_abbreviations, textnorm_en_abbreviations_end},
         {textnorm_en_clitics, textnorm_en_clitics_end}},
        evidence);
  }

 private:
  // Removes the spaces that start at `begin` (just after a "("); returns where they end.
  std::size_t remove_space_after(std::string_view text, std::size_t begin,
                                 textnorm::sdk::EditWriter& edits) const {
    std::size_t end = begin;
    while (end < text.size() && text[end] == ' ') ++end;
    if (end > begin && context_.enabled(SPACE_AFTER_PARENTHESIS))
      edits.erase(begin, end, SPACE_AFTER_PARENTHESIS);
    return end;
  }

  // The curly form of the straight quote at `p`, or empty when it stays straight.
  static std::string_view curly_quote(std::string_view text, const ScanPoint& p,
                                      textnorm::plugins::QuoteState& quotes) {
    using textnorm::plugins::straight_quote_side;
    if (p.current == '"') {
      const auto side = straight_quote_side(p, quotes.double_open);
      if (!side) return {};
      return *side == QuoteSide::OPENING ? "\u201C" : "\u201D";
    }
    // After a letter it is an apostrophe or a closing quote, and so is an elision at the start
    // of a word ('90s, rock 'n' roll, 'tis); all are U+2019.
    if ((textnorm::plugins::is_word_character(p.previous) && !p.has_space_before()) ||
        starts_elided_word(text.substr(p.end)))
      return "\u2019";
    const auto side = straight_quote_side(p, quotes.single_open);
    if (!side) return {};
    return *side == QuoteSide::OPENING ? "\u2018" : "\u2019";
  }

  static bool starts_elided_word(std::string_view rest) {
    if (!rest.empty() && textnorm::plugins::is_ascii_digit(static_cast<unsigned char>(rest[0])))
      return true;
    for (std::string_view word : kElidedWords) {
      if (rest.size() >= word.size() && rest.compare(0, word.size(), word) == 0 &&
          (rest.size() == word.size() ||
           !textnorm::plugins::is_word_character(static_cast<unsigned char>(rest[word.size()]))))
        return true;
    }
    return false;
  }

  textnorm::sdk::Context context_;
};

}  // namespace

TEXTNORM_DEFINE_PLUGIN(en, EnglishPlugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
