#include "alternations.hpp"

#include <array>

namespace textnorm::plugins::names {
namespace {

// What must hold just before or just after the replaced letters. WORD_EDGE is a word start on
// the left and a word end on the right; a set is a list of ASCII letters.
enum class Context { ANY, WORD_EDGE, SET };

struct Alternation {
  std::string_view from;
  std::string_view to;
  Context left = Context::ANY;
  std::string_view left_set = {};
  Context right = Context::ANY;
  std::string_view right_set = {};
};

constexpr std::string_view kConsonants = "bcdfghklmnprstvz";
constexpr std::string_view kVowels = "aeiou";

const std::array<Alternation, 26> kAlternations = {{
    {"Ye", "E", Context::WORD_EDGE},
    {"E", "Ye", Context::WORD_EDGE, {}, Context::SET, "vlk"},
    {"y", "i", Context::SET, kConsonants, Context::WORD_EDGE},
    {"y", "iy", Context::SET, kConsonants, Context::WORD_EDGE},
    {"y", "ii", Context::SET, kConsonants, Context::WORD_EDGE},
    {"ks", "x"},
    {"x", "ks", Context::SET, kVowels},
    {"ia", "ya"}, {"ya", "ia"}, {"iu", "yu"}, {"yu", "iu"},
    {"oi", "oy"}, {"oy", "oi"}, {"ai", "ay"}, {"ay", "ai"},
    {"ei", "ey", Context::ANY, {}, Context::WORD_EDGE},
    {"ey", "ei", Context::ANY, {}, Context::WORD_EDGE},
    {"yan", "ian", Context::ANY, {}, Context::WORD_EDGE},
    {"ian", "yan", Context::ANY, {}, Context::WORD_EDGE},
    {"s", "ss", Context::SET, kVowels, Context::SET, "aeiouy"},
    {"yo", "e"},
    {"yev", "ev", Context::SET, kVowels, Context::WORD_EDGE},
    {"iyev", "iev", Context::ANY, {}, Context::WORD_EDGE},
    {"iyeva", "ieva", Context::ANY, {}, Context::WORD_EDGE},
    // Russian-era and French-style -ii/-iy endings meet the press -y.
    {"ii", "y", Context::SET, kConsonants, Context::WORD_EDGE},
    {"iy", "y", Context::SET, kConsonants, Context::WORD_EDGE},
}};

const std::array<Alternation, 8> kGivenAlternations = {{
    {"g", "h", Context::ANY, {}, Context::SET, "aeiouyr"},
    {"g", "h", Context::SET, kVowels, Context::WORD_EDGE},
    {"y", "i", Context::SET, kConsonants, Context::SET, kConsonants},
    {"i", "y", Context::SET, kConsonants, Context::WORD_EDGE},
    {"i", "iy", Context::SET, kConsonants, Context::WORD_EDGE},
    {"ks", "xs"},
    {"V", "W", Context::WORD_EDGE},
    {"v", "w", Context::SET, kVowels, Context::SET, kVowels},
}};

bool is_word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool holds(Context context, std::string_view set, std::string_view text, std::size_t at,
           bool left) {
  switch (context) {
    case Context::ANY:
      return true;
    case Context::WORD_EDGE:
      return left ? at == 0 || !is_word_byte(text[at - 1])
                  : at >= text.size() || !is_word_byte(text[at]);
    case Context::SET:
      if (left) return at > 0 && set.find(text[at - 1]) != std::string_view::npos;
      return at < text.size() && set.find(text[at]) != std::string_view::npos;
  }
  return false;
}

std::string apply(const Alternation& a, std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text.substr(i, a.from.size()) == a.from && holds(a.left, a.left_set, text, i, true) &&
        holds(a.right, a.right_set, text, i + a.from.size(), false)) {
      out += a.to;
      i += a.from.size();
    } else {
      out += text[i++];
    }
  }
  return out;
}

std::set<std::string> apply_each(const auto& alternations, std::string_view text) {
  std::set<std::string> out;
  for (const Alternation& a : alternations) {
    std::string alt = apply(a, text);
    if (alt != text) out.insert(std::move(alt));
  }
  return out;
}

}  // namespace

std::set<std::string> given_name_spellings(std::string_view text) {
  return apply_each(kGivenAlternations, text);
}

std::set<std::string> alternate_spellings(std::string_view text) {
  return apply_each(kAlternations, text);
}

}  // namespace textnorm::plugins::names
