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

// Takes a line longer than the limit instead of LineTooLong being thrown: piece(bytes) for each
// piece of it in order, once the limit is passed, then end(terminated, first_byte_offset).
// (ThrowOnLongLine is the splitter's default: it throws.)
struct ThrowOnLongLine {
  static constexpr bool kThrows = true;
  void piece(std::string_view) {}
  void end(bool, std::size_t) {}
};

// Feed chunks in order; `on_line(line, terminated, first_byte_offset)` is called once per line.
// A CRLF split across two chunks still counts as one line end. With `cr_ends_line` false only
// LF ends a line (the input.newline rule switched off). A line longer than `max_line_bytes`
// (line break excluded) throws LineTooLong as soon as the limit is passed, or with a long-line
// sink goes to it piece by piece, so at most that many bytes of an unfinished line are ever held.
class LineSplitter {
 public:
  explicit LineSplitter(bool cr_ends_line = true,
                        std::size_t max_line_bytes = std::numeric_limits<std::size_t>::max())
      : cr_ends_line_(cr_ends_line), max_line_bytes_(max_line_bytes) {}

  template <class OnLine>
  void feed(std::string_view chunk, OnLine&& on_line) {
    ThrowOnLongLine thrower;
    feed(chunk, on_line, thrower);
  }

  template <class OnLine, class LongLine>
  void feed(std::string_view chunk, OnLine&& on_line, LongLine& long_line) {
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
      const std::size_t piece_end = end == std::string_view::npos ? chunk.size() : end;
      if (in_long_line_ || too_long(piece_end - i)) {
        if constexpr (LongLine::kThrows) {
          throw LineTooLong{line_start_};
        } else {
          if (!in_long_line_) long_line.piece(pending_);
          pending_.clear();
          in_long_line_ = true;
          long_line.piece(chunk.substr(i, piece_end - i));
        }
      } else if (end == std::string_view::npos) {
        pending_.append(chunk.data() + i, chunk.size() - i);
      }
      if (end == std::string_view::npos) return;
      std::size_t next = end + 1;
      if (chunk[end] == '\r') {
        if (next == chunk.size())
          after_cr_ = true;  // the LF of a CRLF may start the next chunk
        else if (chunk[next] == '\n')
          ++next;
      }
      if (in_long_line_) {
        in_long_line_ = false;
        long_line.end(true, line_start_);
      } else {
        emit(chunk.substr(i, end - i), true, on_line);
      }
      line_start_ = base + next;
      i = next;
    }
  }

  // Ends the input: a last line without a line break is emitted as unterminated.
  template <class OnLine>
  void finish(OnLine&& on_line) {
    ThrowOnLongLine thrower;
    finish(on_line, thrower);
  }

  template <class OnLine, class LongLine>
  void finish(OnLine&& on_line, LongLine& long_line) {
    if (in_long_line_) {
      in_long_line_ = false;
      long_line.end(false, line_start_);
    } else if (!pending_.empty()) {
      emit({}, false, on_line);
    }
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

  bool too_long(std::size_t more) const { return more > max_line_bytes_ - pending_.size(); }

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
  bool in_long_line_ = false;  // the current line passed the limit and goes to the sink
  std::string pending_;
  std::size_t fed_ = 0;         // bytes of input seen
  std::size_t line_start_ = 0;  // input offset of the current line's first byte
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_PIPELINE_LINE_SPLITTER_HPP
