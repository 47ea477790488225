// Splits one line of UTF-8 text into sentence spans.
#ifndef TEXTNORM_CORE_SEGMENT_SENTENCE_SPLITTER_HPP
#define TEXTNORM_CORE_SEGMENT_SENTENCE_SPLITTER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace textnorm::detail {

// Byte offsets [begin, end) of one sentence in the line it came from.
struct SentenceSpan {
  std::size_t begin;
  std::size_t end;
};

// Unicode's sentence rules (UAX #29, segment/sentence_breaks.hpp), corrected for abbreviations,
// initials, terminators followed by a lowercase word and closing quotes set off by a space. The
// spans cover the whole line in order; the spaces after a sentence belong to it. Thread-safe: split() is const, and each
// caller brings its own Workspace.
class SentenceSplitter {
 public:
  // What split() reuses from line to line: one per thread.
  struct Workspace {
    std::vector<std::size_t> boundaries;
    std::vector<std::size_t> missed;
  };

  // abbreviations: tokens that end with a dot and do not end a sentence ("Mr.", "Mme.",
  // "U.S."), as written in the plugins' abbreviations.txt files.
  explicit SentenceSplitter(std::vector<std::string> abbreviations);

  // The sentences of `line` into `spans` (replacing its content).
  void split(std::string_view line, Workspace& workspace, std::vector<SentenceSpan>& spans) const;
  // The same with a workspace of its own (tests and tools).
  std::vector<SentenceSpan> split(std::string_view line) const;

 private:
  bool is_false_boundary(std::string_view line, std::size_t boundary) const;
  bool ends_with_abbreviation(std::string_view before) const;

  std::unordered_set<std::string> abbreviations_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_SEGMENT_SENTENCE_SPLITTER_HPP
