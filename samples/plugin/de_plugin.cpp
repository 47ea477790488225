// A sample third-party plugin for German, built against the installed textnorm SDK.
//
//   de.no-space-before-punct  "Hallo , Welt ." becomes "Hallo, Welt." (every profile)
//   de.quotes                 typographic profile: "Hallo" becomes „Hallo“
//
// The core has already turned every curly quotation mark into a straight one, so this plugin
// only has to decide which German mark each straight " stands for.
#include <textnorm/plugin_sdk.hpp>

#include <cstddef>
#include <string_view>

namespace {

enum Rule : uint32_t { NO_SPACE_BEFORE_PUNCT, QUOTES };

// The index of each rule is its `Rule` value; the ids are what `--disable` names.
constexpr textnorm_rule_info kRules[] = {
    {"de.no-space-before-punct", "no space before , . ; : ! ?"},
    {"de.quotes", "typographic profile: \" becomes \u201E before a word and \u201C after it"},
};

constexpr const char* kLanguages[] = {"de", nullptr};

bool is_punctuation(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// Punctuation ends a clause when the text goes on with a space, a quote or nothing ("a :)" and
// ".NET" are left alone).
bool ends_clause(std::string_view text, std::size_t i) {
  return i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '"';
}

class GermanPlugin {
 public:
  explicit GermanPlugin(const textnorm::sdk::Context& context)
      : no_space_(context.enabled(NO_SPACE_BEFORE_PUNCT)),
        quotes_(context.profile() == TEXTNORM_PROFILE_TYPOGRAPHIC && context.enabled(QUOTES)) {}

  // Scans the segment once, left to right, so the edits come in increasing order as the host
  // requires. Only ASCII bytes are looked at: they never occur inside a multi-byte character.
  void process(const textnorm::sdk::Segment& segment, textnorm::sdk::EditWriter& edits) const {
    const std::string_view text = segment.text;
    std::size_t space_begin = 0;  // where the run of spaces before `i` starts
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (no_space_ && is_punctuation(c) && space_begin > 0 && space_begin < i &&
          ends_clause(text, i))
        edits.erase(space_begin, i, NO_SPACE_BEFORE_PUNCT);
      if (quotes_ && c == '"') {
        const bool opening = i == 0 || text[i - 1] == ' ' || text[i - 1] == '(';
        edits.replace(i, i + 1, opening ? "\u201E" : "\u201C", QUOTES);
      }
      if (c != ' ') space_begin = i + 1;
    }
  }

 private:
  bool no_space_;
  bool quotes_;
};

}  // namespace

// Exports textnorm_plugin_de_entry, the one symbol textnorm looks for in textnorm-de.so.
TEXTNORM_DEFINE_PLUGIN(de, GermanPlugin, "1.0.0", TEXTNORM_PHASE_LANGUAGE, kLanguages, kRules)
