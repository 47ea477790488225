#include "text/utf8.hpp"

#include <doctest/doctest.h>
#include <unicode/utf8.h>

#include <string>

using namespace textnorm::detail;

TEST_CASE("valid UTF-8 of every length is accepted") {
  CHECK(find_invalid_utf8("plain ASCII") == std::string_view::npos);
  CHECK(find_invalid_utf8("caf\xC3\xA9 \xE2\x80\x9C \xF0\x9F\x98\x80") == std::string_view::npos);
}

TEST_CASE("invalid UTF-8 is found at its first byte") {
  CHECK(find_invalid_utf8("ab\xFF") == 2);
  CHECK(find_invalid_utf8("ab\xC3") == 2);              // truncated
  CHECK(find_invalid_utf8("\xC0\xAF") == 0);            // overlong
  CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1);       // surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // above U+10FFFF
  CHECK(find_invalid_utf8("12345678\x80") == 8);        // lone continuation after a word
}

namespace {

// find_invalid_utf8 by valid_sequence_length alone, without its fast paths.
std::size_t reference_invalid_utf8(std::string_view text) {
  std::size_t invalid = 0;
  for (std::size_t i = 0, length = 0; i < text.size(); i += length)
    if ((length = valid_sequence_length(text, i, invalid)) == 0) return i;
  return std::string_view::npos;
}

}  // namespace

TEST_CASE("a run of two-byte sequences ends at the first bad byte, as one by one") {
  std::size_t disagreements = 0;
  for (int b0 = 0x80; b0 < 0x100; ++b0) {
    for (int b1 = 0; b1 < 0x100; ++b1) {
      // After a Cyrillic run (Пу), in the middle and at the end of the text.
      const std::string run("\xD0\x9F\xD1\x83");
      const std::string pair{char(b0), char(b1)};
      for (const std::string& text : {run + pair + run, run + pair, run + pair.substr(0, 1)})
        if (find_invalid_utf8(text) != reference_invalid_utf8(text)) ++disagreements;
    }
  }
  CHECK(disagreements == 0);
  CHECK(find_invalid_utf8("\xD0\x9F\xD1\x83\xC1\xBF") == 4);  // overlong after a run
  CHECK(find_invalid_utf8("\xD0\x9F\xD1") == 2);                // truncated after a run
}

TEST_CASE("maximal subparts decide how many bytes one U+FFFD replaces") {
  std::size_t invalid = 0;
  CHECK(valid_sequence_length("\xE2\x80", 0, invalid) == 0);
  CHECK(invalid == 2);
  CHECK(valid_sequence_length("\xE2\x28\xA1", 0, invalid) == 0);
  CHECK(invalid == 1);
  CHECK(valid_sequence_length("\xF0\x9F\x98", 0, invalid) == 0);
  CHECK(invalid == 3);
}

TEST_CASE("encode and decode round-trip") {
  for (char32_t cp : {U'A', U'\u00E9', U'\u2014', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, cp);
    std::size_t length = 0;
    CHECK(decode_utf8(s, 0, length) == cp);
    CHECK(length == s.size());
  }
}

TEST_CASE("is_ascii looks at every byte") {
  CHECK(is_ascii("0123456789abcdef"));
  CHECK_FALSE(is_ascii("0123456789abcde\xC3\xA9"));
  CHECK_FALSE(is_ascii("\xC3\xA9"));
}

TEST_CASE("the decoder reads ill-formed bytes as U+FFFD, one per maximal subpart, as ICU does") {
  // Each case is read whole, code point by code point, and compared with ICU's U8_NEXT (which
  // the names stage, the tokenizer and the sentence splitter used before they shared this one).
  for (std::string_view text : {std::string_view("\xE2\x80"), std::string_view("a\xE2\x28\xA1z"),
                                std::string_view("\xF0\x9F\x98"), std::string_view("\xC0\xAF"),
                                std::string_view("\xED\xA0\x80"), std::string_view("\xF4\x90\x80\x80"),
                                std::string_view("\x80\xBF\xFE"), std::string_view("\xC3\xA9\xE2\x80\x94")}) {
    CAPTURE(text);
    std::size_t i = 0;
    int32_t icu = 0;
    while (i < text.size()) {
      std::size_t length = 0;
      const char32_t mine = decode_utf8(text, i, length);
      UChar32 theirs;
      U8_NEXT(text.data(), icu, static_cast<int32_t>(text.size()), theirs);
      CHECK(mine == (theirs < 0 ? kReplacementCharacter : char32_t(theirs)));
      CHECK(i + length == std::size_t(icu));
      i += length;
    }
  }
}
