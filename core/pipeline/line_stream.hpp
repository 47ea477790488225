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

// Appends the normalized `line` (no line break in it) to `out` and, when `explain` is not null,
// the explanation of its edits (nothing when it has none). Called from several threads at once
// when `threads` > 1. May throw Error with the column set.
using LineFunction =
    std::function<void(std::string_view line, std::string& out, std::string* explain)>;
// Makes the line function of one thread: each thread that runs lines calls it once, so that what
// a line function keeps from line to line (a workspace) is its thread's alone.
using LineFunctionMaker = std::function<LineFunction()>;

struct LineStreamConfig {
  bool drop_bom = true;      // a BOM at the very start is not a part of the first line
  bool cr_ends_line = true;  // CRLF and a lone CR end a line, not only LF
  std::size_t max_line_bytes = std::numeric_limits<std::size_t>::max();
  unsigned threads = 1;                // 1: everything on the calling thread
  std::size_t read_bytes = 1 << 20;    // with threads: asked of each read(2)
  std::size_t batch_bytes = 1 << 18;   // with threads: a batch ends at the first line end past this
  OnError on_error = OnError::FAIL;    // what a line the line function throws for becomes
  // Called in input order for each line skipped or kept, with its error (file, line, byte).
  std::function<void(const Error&)> on_bad_line;
  int explain_fd = -1;  // >= 0: each explained line goes there as "NAME:LINE:\n" + its explanation
};

// Reads `in_fd` to its end and writes each line's output followed by LF (none after a last line
// without a line break), running each line through a function from `make_line`. With threads > 1
// a reader thread cuts the input into batches of whole lines, `threads` workers run them, and the
// calling thread writes the batches in input order, one write(2) each, and calls `progress`.
// Errors name `name` and the line; the output of every line before the error is written, nothing
// after. With `on_error` SKIP a line whose function throws gives no output, with KEEP it is
// written as it was (and its line break as LF); both count it in the summary. Throws Error: IO for
// read and write failures, INVALID_INPUT for a line longer than `max_line_bytes`, or what a line
// function throws (with FAIL).
StreamSummary stream_lines(int in_fd, int out_fd, const std::string& name,
                           const LineFunctionMaker& make_line, const LineStreamConfig& config,
                           const ProgressCallback& progress);

// `e` (whose column, if any, is within its line) placed at line `line` of `file`, the line
// starting at input offset `line_offset`.
Error at_line(const Error& e, const std::string& file, std::size_t line, std::size_t line_offset);

// Writes all of `data` to `fd`, retrying short writes. Throws Error(IO).
void write_all(int fd, std::string_view data);

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LINE_STREAM_HPP
