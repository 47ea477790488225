// Splits a byte stream into lines ending at LF, CRLF or a lone CR, chunk by chunk.
#ifndef TEXTNORM_CORE_PIPELINE_LINE_SPLITTER_HPP
#define TEXTNORM_CORE_PIPELINE_LINE_SPLITTER_HPP

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>

namespace textnorm::detail {

// Thrown by LineSplitter for a line longer than its limit; the lines before it were emitted.
struct LineTooLong {
  std::size_t offset;  // input offset of the line's first byte
};

// Feed chunks in order; `on_line(line, terminated, first_byte_offset)` is called once per line.
// A CRLF split across two chunks still counts as one line end. With `cr_ends_line` false only
// LF ends a line (the input.newline rule switched off). A line longer than `max_line_bytes`
// (line break excluded) throws LineTooLong as soon as the limit is passed, so at most that many
// bytes of an unfinished line are ever held.
class LineSplitter {
 public:
  explicit LineSplitter(bool cr_ends_line = true,
                        std::size_t max_line_bytes = std::numeric_limits<std::size_t>::max())
      : cr_ends_line_(cr_ends_line), max_line_bytes_(max_line_bytes) {}

  template <class OnLine>
  void feed(std::string_view chunk, OnLine&& on_line) {
    const std::size_t base = fed_;
    fed_ += chunk.size();
    std::size_t i = 0;
    if (after_cr_ && !chunk.empty()) {
      after_cr_ = false;
      if (chunk[0] == '\n') {
        i = 1;
        line_start_ = base + 1;
      }
    }
    std::size_t next_cr = cr_ends_line_ ? chunk.find('\r', i) : std::string_view::npos;
    while (i < chunk.size()) {
      const std::size_t end = find_line_end(chunk, i, next_cr);
      if (end == std::string_view::npos) {
        check_length(chunk.size() - i);
        pending_.append(chunk.data() + i, chunk.size() - i);
        return;
      }
      check_length(end - i);
      std::size_t next = end + 1;
      if (chunk[end] == '\r') {
        if (next == chunk.size())
          after_cr_ = true;  // the LF of a CRLF may start the next chunk
        else if (chunk[next] == '\n')
          ++next;
      }
      emit(chunk.substr(i, end - i), true, on_line);
      line_start_ = base + next;
      i = next;
    }
  }

  // Ends the input: a last line without a line break is emitted as unterminated.
  template <class OnLine>
  void finish(OnLine&& on_line) {
    if (!pending_.empty()) emit({}, false, on_line);
  }

  // Bytes fed so far.
  std::size_t bytes_fed() const { return fed_; }

 private:
  // Both searches are memchr; the CR position is cached because most text has no CR at all.
  std::size_t find_line_end(std::string_view chunk, std::size_t from, std::size_t& next_cr) const {
    const std::size_t lf = chunk.find('\n', from);
    if (!cr_ends_line_) return lf;
    if (next_cr != std::string_view::npos && next_cr < from) next_cr = chunk.find('\r', from);
    return std::min(lf, next_cr);
  }

  void check_length(std::size_t more) const {
    if (more > max_line_bytes_ - pending_.size()) throw LineTooLong{line_start_};
  }

  template <class OnLine>
  void emit(std::string_view tail, bool terminated, OnLine& on_line) {
    if (pending_.empty()) {
      on_line(tail, terminated, line_start_);
      return;
    }
    pending_.append(tail);
    on_line(std::string_view(pending_), terminated, line_start_);
    pending_.clear();
  }

  bool cr_ends_line_;
  std::size_t max_line_bytes_;
  bool after_cr_ = false;
  std::string pending_;
  std::size_t fed_ = 0;         // bytes of input seen
  std::size_t line_start_ = 0;  // input offset of the current line's first byte
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LINE_SPLITTER_HPP
