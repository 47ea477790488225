// What every output of textnorm must satisfy, checked the slow and simple way: strict UTF-8
// decoding, ICU's NFC check, line ends counted the way the line splitter defines them.
#ifndef TEXTNORM_TESTS_GOLDEN_TEXT_CHECKS_HPP
#define TEXTNORM_TESTS_GOLDEN_TEXT_CHECKS_HPP

#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace golden {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The *.txt files of `dir`, sorted; none when it does not exist.
inline std::vector<std::filesystem::path> text_files(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), decoded byte by byte.
inline bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t length;
    char32_t cp;
    if (b < 0x80) {
      ++i;
      continue;
    } else if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      cp = b & 0x07;
    } else {
      return false;
    }
    if (i + length > s.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return false;
    i += length;
  }
  return true;
}

inline bool is_nfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable");
  const bool normalized =
      nfc->isNormalizedUTF8(icu::StringPiece(s.data(), int32_t(s.size())), status);
  return U_SUCCESS(status) && normalized;
}

// Line ends in `s`: LF, CRLF and a lone CR each count once.
inline std::size_t count_line_ends(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++n;
    } else if (s[i] == '\r') {
      ++n;
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    }
  }
  return n;
}

// Lines in `s`: its line ends, plus one for a last line without a line break.
inline std::size_t count_lines(std::string_view s) {
  const bool unterminated = !s.empty() && s.back() != '\n' && s.back() != '\r';
  return count_line_ends(s) + (unterminated ? 1 : 0);
}

inline bool has_bom(std::string_view s) { return s.find("\xEF\xBB\xBF") != std::string_view::npos; }

}  // namespace golden

#endif  // TEXTNORM_TESTS_GOLDEN_TEXT_CHECKS_HPP
