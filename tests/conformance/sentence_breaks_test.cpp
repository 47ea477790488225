// The sentence boundaries of core/segment/sentence_breaks.cpp against Unicode's own test file
// (SentenceBreakTest.txt, Debian's unicode-data) and against ICU's root sentence iterator on
// random text over characters of every Sentence_Break class.
#include <doctest/doctest.h>

#include <unicode/brkiter.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "segment/sentence_breaks.hpp"

namespace {

using textnorm::detail::sentence_boundaries;

std::vector<std::size_t> boundaries_of(const std::string& text) {
  std::vector<std::size_t> boundaries;
  sentence_boundaries(text, boundaries);
  return boundaries;
}

std::vector<std::size_t> icu_boundaries(icu::BreakIterator& iterator, const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  iterator.setText(&utext, status);
  std::vector<std::size_t> boundaries;
  for (int32_t b = iterator.next(); b != icu::BreakIterator::DONE; b = iterator.next())
    boundaries.push_back(static_cast<std::size_t>(b));
  utext_close(&utext);
  REQUIRE(U_SUCCESS(status));
  return boundaries;
}

void append_utf8(std::string& out, UChar32 c) {
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, c);
  out.append(buffer, static_cast<std::size_t>(length));
}

}  // namespace

TEST_CASE("Unicode's SentenceBreakTest.txt") {
  std::ifstream file(TEXTNORM_SENTENCE_BREAK_TEST);
  if (!file) {
    MESSAGE("skipped: " TEXTNORM_SENTENCE_BREAK_TEST " is absent (Debian's unicode-data)");
    return;
  }
  std::size_t cases = 0;
  for (std::string line; std::getline(file, line);) {
    line = line.substr(0, line.find('#'));
    std::istringstream fields(line);
    std::string text;
    std::vector<std::size_t> expected;
    for (std::string field; fields >> field;) {
      if (field == "\xC3\xB7") {  // ÷
        if (!text.empty()) expected.push_back(text.size());
      } else if (field != "\xC3\x97") {  // ×
        append_utf8(text, static_cast<UChar32>(std::stoul(field, nullptr, 16)));
      }
    }
    if (text.empty()) continue;
    ++cases;
    CHECK_MESSAGE(boundaries_of(text) == expected, line);
  }
  CHECK(cases > 400);
}

TEST_CASE("the same boundaries as ICU's root sentence iterator on random text") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> iterator(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  REQUIRE(U_SUCCESS(status));
  // Characters of every Sentence_Break class, the common ones more often.
  const std::vector<UChar32> alphabet = {
      'a', 'z', 'A', 'Z', ' ', ' ', ' ', '.', '.', '!', '?', '0', '9', ',', ';', ':', '-',
      '"', '\'', '(', ')', '[', ']', '#', '\t', '\r', '\n',
      0x00E9, 0x00C9, 0x0301, 0x200D, 0x00AD, 0x00A0, 0x202F, 0x2028, 0x0085, 0x00AB, 0x00BB,
      0x201C, 0x201D, 0x2019, 0x2026, 0x2024, 0x3002, 0xFF0E, 0x203C, 0x0661, 0x05D0, 0x4E2D,
      0x2013, 0x2014, 0x0434, 0x0414, 0x0561, 0x0531, 0x1F600, 0xFFFD, 0x300C, 0x300D};
  std::uint64_t state = 7;
  auto next = [&state](std::size_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>((state >> 33) % bound);
  };
  for (int round = 0; round < 100000; ++round) {
    std::string text;
    const std::size_t length = next(24);
    for (std::size_t i = 0; i < length; ++i) append_utf8(text, alphabet[next(alphabet.size())]);
    REQUIRE_MESSAGE(boundaries_of(text) == icu_boundaries(*iterator, text), text);
  }
}
