// The sentence boundaries of Unicode's UAX #29 (rules SB1 to SB998), as ICU's root sentence
// BreakIterator gives them, in one forward pass over UTF-8 without ICU's iterator: several
// times faster on ordinary text. tests/sentence_breaks_test.cpp checks it against ICU and
// against Unicode's SentenceBreakTest.txt.
#ifndef TEXTNORM_CORE_SEGMENT_SENTENCE_BREAKS_HPP
#define TEXTNORM_CORE_SEGMENT_SENTENCE_BREAKS_HPP

#include <cstddef>
#include <string_view>
#include <vector>

namespace textnorm::detail {

// Replaces `boundaries` with the byte offsets of every boundary after the start of `text`, in
// order, ending with text.size() (nothing for empty text). Invalid UTF-8 bytes count as U+FFFD.
void sentence_boundaries(std::string_view text, std::vector<std::size_t>& boundaries);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_SEGMENT_SENTENCE_BREAKS_HPP
