// The properties every fuzz target checks, and how a target reports a broken one: a message on
// stderr and abort(), which libFuzzer records as a crash with the input that caused it.
#ifndef TEXTNORM_TESTS_FUZZ_FUZZ_CHECKS_HPP
#define TEXTNORM_TESTS_FUZZ_FUZZ_CHECKS_HPP

#include "text/utf8.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace fuzz {

[[noreturn]] inline void fail(const char* property, const std::string& detail, const char* file,
                              int line) {
  std::fprintf(stderr, "%s:%d: property broken: %s\n  %s\n", file, line, property,
               detail.c_str());
  std::abort();
}

#define FUZZ_CHECK(condition, detail)                                              \
  do {                                                                             \
    if (!(condition)) ::fuzz::fail(#condition, (detail), __FILE__, __LINE__);      \
  } while (0)

// Bytes as a C-escaped string, for messages.
inline std::string escaped(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    if (c >= 0x20 && c < 0x7F && c != '\\') {
      out += char(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
  return out;
}

inline bool is_valid_utf8(std::string_view text) {
  return textnorm::detail::find_invalid_utf8(text) == std::string_view::npos;
}

// NFC by ICU directly (valid UTF-8 only), independent of textnorm's own NFC code.
inline bool is_nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) fail("ICU NFC instance", u_errorName(status), __FILE__, __LINE__);
  const icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), int32_t(text.size())));
  const bool normalized = nfc->isNormalized(s, status);
  return U_SUCCESS(status) && normalized;
}

// Line breaks as textnorm counts them: LF, CRLF and a lone CR each end one line.
inline std::size_t line_breaks(std::string_view text) {
  std::size_t breaks = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++breaks;
    } else if (text[i] == '\r') {
      ++breaks;
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return breaks;
}

// The lines of `text` as textnorm cuts them (LF, CRLF, lone CR), after a leading BOM.
inline std::vector<std::string_view> lines_of(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// The output properties of textnorm: valid NFC UTF-8 with as many lines (LF only) as the input.
inline void check_output(std::string_view input, std::string_view output) {
  FUZZ_CHECK(is_valid_utf8(output), "output is not UTF-8: " + escaped(output));
  FUZZ_CHECK(is_nfc(output), "output is not NFC: " + escaped(output));
  FUZZ_CHECK(output.find('\r') == std::string_view::npos, "CR in output: " + escaped(output));
  FUZZ_CHECK(line_breaks(input) == line_breaks(output),
             "lines in " + std::to_string(line_breaks(input)) + ", out " +
                 std::to_string(line_breaks(output)) + ": " + escaped(input) + " -> " +
                 escaped(output));
}

}  // namespace fuzz

#endif  // TEXTNORM_TESTS_FUZZ_FUZZ_CHECKS_HPP
