// textnorm-de: German for textnorm, a complete plugin built out of tree against the installed
// SDK. It gives
//   - typography: no space before , . ; : ! ?; "z.B." -> "z. B."; "50%" -> "50 %"; in the
//     typographic profile „…“ and ‚…‘ (or »…« and ›…‹) and the apostrophe ’, with narrow
//     no-break spaces (german_typography.cpp);
//   - language detection evidence: a profile made at build time from data/word_counts.tsv,
//     the abbreviations after which no sentence ends, and that a capital inside a German
//     sentence marks a noun, not a name;
//   - two names, so that Muenchen and Koeln become München and Köln in German text.
#include "german_typography.hpp"

#include <textnorm/plugin_sdk.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

// The compiled profile and the abbreviation list, linked in by CMake (textnorm_embed_file).
extern "C" const char de_language_profile[];
extern "C" const char de_language_profile_end[];
extern "C" const char de_abbreviations[];
extern "C" const char de_abbreviations_end[];

namespace {

// The ids `--disable` takes, indexed by de::Rule.
constexpr textnorm_rule_info kRules[] = {
    {"de.no-space-before-punct", "no space before , . ; : ! ?"},
    {"de.abbreviation-space", "z.B. becomes z. B. (typographic: narrow no-break space)"},
    {"de.percent-space", "50% becomes 50 % (typographic: narrow no-break space)"},
    {"de.quotes", "typographic: \" becomes \u201E or \u201C, ' becomes \u201A or \u2018"},
    {"de.apostrophe", "typographic: ' after a letter becomes \u2019 (geht\u2019s)"},
};

constexpr const char* kLanguages[] = {"de", nullptr};

std::string_view embedded(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

// The option quotes=low (the default) or quotes=guillemets.
de::QuoteStyle quote_style(std::string_view option) {
  if (option == "low") return de::kLowHighQuotes;
  if (option == "guillemets") return de::kGuillemets;
  throw std::invalid_argument("unknown quotes style '" + std::string(option) +
                              "' (expected low or guillemets)");
}

class GermanPlugin {
 public:
  explicit GermanPlugin(const textnorm::sdk::Context& context)
      : typography_(context.profile() == TEXTNORM_PROFILE_TYPOGRAPHIC,
                    quote_style(context.option("quotes", "low"))) {}

  void process(const textnorm::sdk::Segment& segment, textnorm::sdk::EditWriter& edits) const {
    typography_.apply(segment.text, edits);
  }

  void language_evidence(std::string_view, textnorm::sdk::EvidenceWriter& evidence) const {
    evidence.word_table(embedded(de_language_profile, de_language_profile_end));
    evidence.capitalisation(TEXTNORM_CAPITAL_MARKS_NOUN);
    std::string_view list = embedded(de_abbreviations, de_abbreviations_end);
    while (!list.empty()) {
      const std::size_t end = list.find('\n');
      const std::string_view line = list.substr(0, end);
      if (!line.empty() && line[0] != '#') evidence.abbreviation(line);
      list.remove_prefix(end == std::string_view::npos ? list.size() : end + 1);
    }
  }

  void lexicon(textnorm::sdk::LexiconWriter& names) const {
    names.entry("place.munich", "Munich", TEXTNORM_NAME_CANONICAL, "en");
    names.entry("place.munich", "München", TEXTNORM_NAME_CANONICAL, "de");
    names.entry("place.munich", "Muenchen", TEXTNORM_NAME_VARIANT, "de");
    names.entry("place.cologne", "Cologne", TEXTNORM_NAME_CANONICAL, "en");
    names.entry("place.cologne", "Köln", TEXTNORM_NAME_CANONICAL, "de");
    names.entry("place.cologne", "Koeln", TEXTNORM_NAME_VARIANT, "de");
  }

 private:
  de::GermanTypography typography_;
};

}  // namespace

// Exports textnorm_plugin_de_entry, the one symbol textnorm looks for in textnorm-de.so.
TEXTNORM_DEFINE_PLUGIN(de, GermanPlugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
