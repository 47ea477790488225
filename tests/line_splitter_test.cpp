#include "pipeline/line_splitter.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using textnorm::detail::LineSplitter;

namespace {

struct Line {
  std::string text;
  bool terminated;
  std::size_t offset;
  bool operator==(const Line&) const = default;
};

// Feeds `input` in chunks of `chunk` bytes.
std::vector<Line> split(std::string_view input, std::size_t chunk, bool cr_ends_line = true,
                        std::size_t max_line_bytes = std::string::npos) {
  std::vector<Line> lines;
  LineSplitter splitter(cr_ends_line, max_line_bytes);
  auto on_line = [&](std::string_view text, bool terminated, std::size_t offset) {
    lines.push_back({std::string(text), terminated, offset});
  };
  for (std::size_t i = 0; i < input.size(); i += chunk) splitter.feed(input.substr(i, chunk), on_line);
  splitter.finish(on_line);
  return lines;
}

// Collects what LineSplitter hands over of lines over the limit.
struct Sink {
  static constexpr bool kThrows = false;
  std::string bytes;
  std::vector<Line> ends;
  void piece(std::string_view p) { bytes += p; }
  void end(bool terminated, std::size_t offset) { ends.push_back({bytes, terminated, offset}); bytes.clear(); }
};

}  // namespace

TEST_CASE("LF, CRLF and a lone CR each end one line, whatever the chunking") {
  const std::string input = "one\ntwo\r\nthree\rfour";
  const std::vector<Line> expected = {
      {"one", true, 0}, {"two", true, 4}, {"three", true, 9}, {"four", false, 15}};
  for (std::size_t chunk : {1u, 2u, 3u, 4u, 5u, 7u, 64u}) {
    CAPTURE(chunk);
    CHECK(split(input, chunk) == expected);
  }
}

TEST_CASE("a final line break gives no extra empty line; empty lines are kept") {
  CHECK(split("a\n\nb\n", 64) ==
        std::vector<Line>{{"a", true, 0}, {"", true, 2}, {"b", true, 3}});
  CHECK(split("\r\n\r\n", 1) == std::vector<Line>{{"", true, 0}, {"", true, 2}});
  CHECK(split("", 64).empty());
}

TEST_CASE("with input.newline off only LF ends a line") {
  CHECK(split("a\r\nb\rc", 2, false) ==
        std::vector<Line>{{"a\r", true, 0}, {"b\rc", false, 3}});
}

TEST_CASE("a line over the limit throws at its start, whatever the chunking; one at it does not") {
  for (std::size_t chunk : {1u, 2u, 3u, 64u}) {
    CAPTURE(chunk);
    CHECK(split("abc\r\nabcd\nabc", chunk, true, 4).size() == 3);
    try {
      split("abc\r\nabcde\nabc", chunk, true, 4);
      FAIL("no LineTooLong");
    } catch (const textnorm::detail::LineTooLong& e) {
      CHECK(e.offset == 5);
    }
    CHECK_THROWS_AS(split("abcd\nabcde", chunk, true, 4), textnorm::detail::LineTooLong);
  }
}

TEST_CASE("with a long-line sink, a line over the limit goes to it in pieces, whatever the chunking") {
  for (std::size_t chunk : {1u, 2u, 3u, 64u}) {
    CAPTURE(chunk);
    const std::string input = "abcd\r\nabcdefg\r\nxy\nabcdef";
    std::vector<Line> lines;
    Sink sink;
    LineSplitter splitter(true, 4);
    auto on_line = [&](std::string_view text, bool terminated, std::size_t offset) {
      lines.push_back({std::string(text), terminated, offset});
    };
    for (std::size_t i = 0; i < input.size(); i += chunk) splitter.feed(input.substr(i, chunk), on_line, sink);
    splitter.finish(on_line, sink);
    CHECK(lines == std::vector<Line>{{"abcd", true, 0}, {"xy", true, 15}});
    CHECK(sink.ends == std::vector<Line>{{"abcdefg", true, 6}, {"abcdef", false, 18}});
  }
}
