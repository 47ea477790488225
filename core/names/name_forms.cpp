#include "names/name_forms.hpp"

#include "names/name_matcher.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace textnorm::detail::name_forms {
namespace {

icu::UnicodeString unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

}  // namespace

bool all_capitals(std::string_view text) {
  std::size_t letters = 0;
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    const char32_t c = decode_utf8(text, i, length);
    if (!name_text::is_word_char(c)) continue;
    if (!name_text::is_capital(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

std::string to_lower(std::string_view text) {
  std::string out;
  unicode(text).toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

std::string to_upper(std::string_view text) {
  std::string out;
  unicode(text).toUpper(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

std::string in_case_of(std::string_view found, std::string_view target) {
  return all_capitals(found) ? to_upper(target) : std::string(target);
}

}  // namespace textnorm::detail::name_forms
