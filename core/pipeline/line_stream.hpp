// Streams lines from one file descriptor to another through a line function, on the calling
// thread or with worker threads; both give the same bytes, the same errors and the same summary.
#ifndef TEXTNORM_CORE_PIPELINE_LINE_STREAM_HPP
#define TEXTNORM_CORE_PIPELINE_LINE_STREAM_HPP

#include <textnorm/error.hpp>
#include <textnorm/normalizer.hpp>

#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <string_view>

namespace textnorm::detail {

// Appends the normalized `line` (no line break in it) to `out`. Called from several threads at
// once when `threads` > 1. May throw Error with the column set; it then appends nothing.
using LineFunction = std::function<void(std::string_view line, std::string& out)>;

struct LineStreamConfig {
  bool drop_bom = true;      // a BOM at the very start is not a part of the first line
  bool cr_ends_line = true;  // CRLF and a lone CR end a line, not only LF
  std::size_t max_line_bytes = std::numeric_limits<std::size_t>::max();
  unsigned threads = 1;                // 1: everything on the calling thread
  std::size_t read_bytes = 1 << 20;    // with threads: asked of each read(2)
  std::size_t batch_bytes = 1 << 18;   // with threads: a batch ends at the first line end past this
};

// Reads `in_fd` to its end and writes each line's output followed by LF (none after a last line
// without a line break). With threads > 1 a reader thread cuts the input into batches of whole
// lines, `threads` workers run `line` on them, and the calling thread writes the batches in input
// order, one write(2) each, and calls `progress`. Errors name `name` and the line; the output of
// every line before the error is written, nothing after. Throws Error: IO for read and write
// failures, INVALID_INPUT for a line longer than `max_line_bytes`, or what `line` throws.
StreamSummary stream_lines(int in_fd, int out_fd, const std::string& name, const LineFunction& line,
                           const LineStreamConfig& config, const ProgressCallback& progress);

// `e` (whose column, if any, is within its line) placed at line `line` of `file`, the line
// starting at input offset `line_offset`.
Error at_line(const Error& e, const std::string& file, std::size_t line, std::size_t line_offset);

// Writes all of `data` to `fd`, retrying short writes. Throws Error(IO).
void write_all(int fd, std::string_view data);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LINE_STREAM_HPP
