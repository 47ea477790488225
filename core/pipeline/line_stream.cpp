#include "pipeline/line_stream.hpp"

#include "pipeline/line_splitter.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <iterator>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace textnorm::detail {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kSerialReadChunk = 1 << 16;
constexpr std::size_t kWriteThreshold = 1 << 16;
// Batches read and not yet written, per worker: enough to keep every worker busy while the writer
// waits for the oldest one, few enough to keep memory at a few MiB.
constexpr std::size_t kBatchesPerWorker = 3;
constexpr std::size_t kNone = std::size_t(-1);

Error line_too_long(const std::string& name, std::size_t line, std::size_t line_offset,
                    std::size_t max_line_bytes) {
  return Error(ErrorKind::INVALID_INPUT,
               fmt::format("line {} is longer than --max-line-bytes ({} bytes)", line, max_line_bytes),
               Position{name, line, 0, line_offset});
}

Error read_error(const std::string& name, std::size_t offset) {
  return Error(ErrorKind::IO, fmt::format("cannot read: {}", std::strerror(errno)),
               Position{name, 0, 0, offset});
}

[[noreturn]] void rethrow_at_line(const std::exception_ptr& error, const std::string& name,
                                  std::size_t line, std::size_t line_offset) {
  try {
    std::rethrow_exception(error);
  } catch (const Error& e) {
    throw at_line(e, name, line, line_offset);
  }
}

// What lines gave besides their output, each item at its line's index: explanations and the
// lines the on-error policy skipped or kept.
struct SideOutput {
  struct Explained {
    std::size_t line;
    std::size_t end;  // of its explanation in `explain`
  };
  struct BadLine {
    std::size_t line;
    Error error;  // positioned but for its line number
  };
  std::string explain;
  std::vector<Explained> explained;
  std::vector<BadLine> bad_lines;
  std::size_t skipped = 0;
  std::size_t kept = 0;

  void clear() {
    explain.clear();
    explained.clear();
    bad_lines.clear();
    skipped = kept = 0;
  }
};

// Runs `normalize` on one line, appending to `out`, under the on-error policy; false when the
// line is dropped. `input_offset` is where the line starts in the input.
bool run_line(const LineFunction& normalize, std::string_view line, std::size_t index,
              std::size_t input_offset, std::string& out, SideOutput& side,
              const LineStreamConfig& config, const std::string& name) {
  const std::size_t out_size = out.size();
  const std::size_t explain_size = side.explain.size();
  try {
    normalize(line, out, config.explain_fd >= 0 ? &side.explain : nullptr);
  } catch (const Error& e) {
    if (config.on_error == OnError::FAIL) throw;
    out.resize(out_size);
    side.explain.resize(explain_size);
    side.bad_lines.push_back({index, at_line(e, name, 0, input_offset)});
    if (config.on_error == OnError::SKIP) {
      ++side.skipped;
      return false;
    }
    ++side.kept;
    out.append(line);
    return true;
  }
  if (side.explain.size() > explain_size) side.explained.push_back({index, side.explain.size()});
  return true;
}

// A line over the limit under --on-error skip or keep, as LineSplitter hands it over: its
// pieces written as they come (keep) or dropped (skip), then counted and reported like any bad
// line. `lines` and `last_terminated` are those of the run the line belongs to; the splitter's
// offsets plus `base` are input offsets.
class LongLineSink {
 public:
  static constexpr bool kThrows = false;

  LongLineSink(std::string& out, SideOutput& side, std::size_t& lines, bool& last_terminated,
               const std::size_t& base, const LineStreamConfig& config, const std::string& name)
      : out_(out), side_(side), lines_(lines), last_terminated_(last_terminated), base_(base),
        config_(config), name_(name) {}

  void piece(std::string_view bytes) {
    if (config_.on_error == OnError::KEEP) out_.append(bytes);
  }

  void end(bool terminated, std::size_t line_start) {
    ++lines_;
    side_.bad_lines.push_back(
        {lines_, Error(ErrorKind::INVALID_INPUT,
                       fmt::format("line is longer than --max-line-bytes ({} bytes)",
                                   config_.max_line_bytes),
                       Position{name_, 0, 0, base_ + line_start})});
    if (config_.on_error == OnError::SKIP) {
      ++side_.skipped;
      return;
    }
    ++side_.kept;
    if (terminated) out_.push_back('\n');
    last_terminated_ = terminated;
  }

 private:
  std::string& out_;
  SideOutput& side_;
  std::size_t& lines_;
  bool& last_terminated_;
  const std::size_t& base_;
  const LineStreamConfig& config_;
  const std::string& name_;
};

// Writes the explanations and reports the bad lines of `side`, in line order; line numbers are
// the indexes plus `first_line`.
void emit_side_output(const SideOutput& side, std::size_t first_line, const std::string& name,
                      const LineStreamConfig& config) {
  std::string explain;
  std::size_t from = 0;
  auto explained = side.explained.begin();
  auto flush_explained_before = [&](std::size_t line) {
    for (; explained != side.explained.end() && explained->line < line; ++explained) {
      fmt::format_to(std::back_inserter(explain), "{}:{}:\n", name, first_line + explained->line);
      explain.append(side.explain, from, explained->end - from);
      from = explained->end;
    }
    if (!explain.empty()) write_all(config.explain_fd, explain);
    explain.clear();
  };
  for (const SideOutput::BadLine& bad : side.bad_lines) {
    flush_explained_before(bad.line);
    if (config.on_bad_line) {
      Position p = bad.error.position();
      p.line = first_line + bad.line;
      config.on_bad_line(Error(bad.error.kind(), bad.error.what(), p));
    }
  }
  flush_explained_before(std::size_t(-1));
}

StreamSummary stream_serial(int in_fd, int out_fd, const std::string& name,
                            const LineFunction& normalize, const LineStreamConfig& config,
                            const ProgressCallback& progress) {
  std::string buffer(kSerialReadChunk, '\0');
  std::string pending_out;
  std::size_t line_number = 0;
  std::size_t bom = 0;
  bool first = true;
  bool last_terminated = true;
  SideOutput side;
  std::size_t skipped = 0, kept = 0;
  // Output first, then what it explains, so that a reader of both sees them in step.
  auto flush = [&] {
    write_all(out_fd, pending_out);
    pending_out.clear();
    emit_side_output(side, 0, name, config);
    skipped += side.skipped;
    kept += side.kept;
    side.clear();
  };
  LineSplitter splitter(config.cr_ends_line, config.max_line_bytes);
  auto on_line = [&](std::string_view line, bool terminated, std::size_t offset) {
    ++line_number;
    bool written = true;
    try {
      written = run_line(normalize, line, line_number, bom + offset, pending_out, side, config, name);
    } catch (const Error& e) {
      flush();  // lines before the error are kept
      throw at_line(e, name, line_number, bom + offset);
    }
    if (!written) return;
    if (terminated) pending_out.push_back('\n');
    last_terminated = terminated;
    if (pending_out.size() >= kWriteThreshold || side.explain.size() >= kWriteThreshold) flush();
  };
  // Over-long lines throw LineTooLong, or with --on-error skip|keep go to long_lines.
  const bool tolerate_long_lines = config.on_error != OnError::FAIL;
  LongLineSink long_lines(pending_out, side, line_number, last_terminated, bom, config, name);
  auto feed = [&](std::string_view chunk) {
    if (tolerate_long_lines)
      splitter.feed(chunk, on_line, long_lines);
    else
      splitter.feed(chunk, on_line);
  };
  std::string head;  // the first bytes, held back until a BOM can be recognised
  try {
    while (true) {
      const ssize_t n = ::read(in_fd, buffer.data(), buffer.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        const Error error = read_error(name, bom + splitter.bytes_fed());
        flush();
        throw error;
      }
      if (n == 0) break;
      std::string_view chunk(buffer.data(), std::size_t(n));
      if (first) {
        head.append(chunk);
        if (head.size() < kBom.size() && kBom.substr(0, head.size()) == head) continue;
        first = false;
        chunk = head;
        if (config.drop_bom && chunk.substr(0, kBom.size()) == kBom) {
          bom = kBom.size();
          chunk.remove_prefix(bom);
        }
      }
      feed(chunk);
      flush();
      if (progress) progress(line_number, bom + splitter.bytes_fed());
    }
    if (first) feed(head);
    if (tolerate_long_lines)
      splitter.finish(on_line, long_lines);
    else
      splitter.finish(on_line);
  } catch (const LineTooLong& e) {
    flush();
    throw line_too_long(name, line_number + 1, bom + e.offset, config.max_line_bytes);
  }
  flush();
  return {line_number, bom + splitter.bytes_fed(), last_terminated, skipped, kept};
}

// The end of the last whole line in data[0, size), or 0; data[0, from) holds no line end. A CR
// at the very end is not taken: it may be the first half of a CRLF.
std::size_t last_line_end(const char* data, std::size_t from, std::size_t size, bool cr_ends_line) {
  std::size_t limit = size;
  if (cr_ends_line && limit > 0 && data[limit - 1] == '\r') --limit;
  if (from >= limit) return 0;
  std::size_t end = 0;
  if (const void* lf = ::memrchr(data + from, '\n', limit - from)) {
    end = std::size_t(static_cast<const char*>(lf) - data) + 1;
    from = end;
  }
  if (cr_ends_line && from < limit)
    if (const void* cr = ::memrchr(data + from, '\r', limit - from))
      end = std::size_t(static_cast<const char*>(cr) - data) + 1;
  return end;
}

// The end of the first line that ends at or after `from`, at most `end` (itself a line end).
std::size_t next_line_end(const char* data, std::size_t from, std::size_t end, bool cr_ends_line) {
  const void* lf = std::memchr(data + from, '\n', end - from);
  const std::size_t lf_at = lf != nullptr ? std::size_t(static_cast<const char*>(lf) - data) : end;
  if (cr_ends_line)
    if (const void* cr = std::memchr(data + from, '\r', lf_at - from)) {
      const std::size_t at = std::size_t(static_cast<const char*>(cr) - data);
      return at + 1 < end && data[at + 1] == '\n' ? at + 2 : at + 1;
    }
  return lf != nullptr ? lf_at + 1 : end;
}

// Reader thread -> bounded work queue -> worker threads -> ordered writer (the calling thread).
class ParallelStream {
 public:
  ParallelStream(int in_fd, int out_fd, const std::string& name,
                 const LineFunctionMaker& make_line, const LineStreamConfig& config,
                 const ProgressCallback& progress);
  ~ParallelStream();  // stops the threads and waits for them
  ParallelStream(const ParallelStream&) = delete;
  ParallelStream& operator=(const ParallelStream&) = delete;

  StreamSummary run();

 private:
  enum class Stop { NONE, LINE_ERROR, LINE_TOO_LONG };

  // Whole lines of the input, then their output; or, under --on-error skip|keep, a piece of a
  // line over the limit, or that line's end.
  struct Batch {
    enum class Kind { LINES, LONG_PIECE, LONG_END };
    Kind kind = Kind::LINES;
    bool long_line_terminated = false;  // LONG_END: the line had a line break
    std::size_t long_line_start = 0;    // LONG_END: input offset of the line's first byte
    std::size_t index = 0;   // in input order
    std::size_t offset = 0;  // input offset of input[0]
    std::string input;
    std::string output;
    std::size_t lines = 0;  // lines whose output is in `output`
    bool ends_with_line_break = true;
    bool done = false;
    SideOutput side;               // its lines' explanations and bad lines, indexes from 1
    Stop stop = Stop::NONE;        // what stopped the line after the `lines` first ones
    std::size_t stop_offset = 0;   // where that line starts in `input`
    std::exception_ptr error;      // with LINE_ERROR
  };

  void read_input();
  bool wait_readable();
  bool stop_reading();
  bool queue(std::string_view bytes, std::size_t offset, Batch::Kind kind = Batch::Kind::LINES,
             bool long_line_terminated = false, std::size_t long_line_start = 0);
  bool pass_long_line(char* data, std::size_t& filled, std::size_t& offset, bool eof,
                      std::size_t& line_start);
  Batch* take_free_batch();
  void finish_input(std::exception_ptr error, bool too_long, std::size_t offset);
  void normalize_batches(const LineFunction& line);
  void normalize(Batch& batch, const LineFunction& line) const;
  void recycle(Batch* batch);

  const int in_fd_;
  const int out_fd_;
  const std::string& name_;
  const LineFunctionMaker& make_line_;
  const LineStreamConfig& config_;
  const ProgressCallback& progress_;
  const std::size_t max_batches_;
  int wake_[2] = {-1, -1};  // a pipe whose read end wakes the reader from poll(2) to stop

  std::mutex mutex_;  // guards everything below but the threads
  std::condition_variable work_ready_;  // workers: a batch in work_, the input's end, or stopping
  std::condition_variable batch_done_;  // writer: the oldest batch done, or the input's end
  std::condition_variable batch_free_;  // reader: a batch can be reused, or stopping
  std::vector<std::unique_ptr<Batch>> batches_;  // every batch made, at most max_batches_
  std::vector<Batch*> free_;
  std::deque<Batch*> work_;      // to normalize, in input order
  std::deque<Batch*> in_order_;  // read and not yet written, in input order
  std::size_t next_index_ = 0;
  std::size_t first_failed_ = kNone;  // index of the first batch that stopped on an error
  bool stopping_ = false;
  bool input_done_ = false;
  bool input_too_long_ = false;  // the unfinished line at input_bytes_ passed the limit
  std::exception_ptr input_error_;
  std::size_t input_bytes_ = 0;

  std::vector<LineFunction> line_functions_;  // one a worker; they outlive the threads
  std::thread reader_;
  std::vector<std::thread> workers_;
};

ParallelStream::ParallelStream(int in_fd, int out_fd, const std::string& name,
                               const LineFunctionMaker& make_line, const LineStreamConfig& config,
                               const ProgressCallback& progress)
    : in_fd_(in_fd),
      out_fd_(out_fd),
      name_(name),
      make_line_(make_line),
      config_(config),
      progress_(progress),
      max_batches_(config.threads * kBatchesPerWorker + 2) {
  // Reading a regular file never waits for long; anything else may, and must be wakeable.
  struct stat in_stat {};
  if (::fstat(in_fd, &in_stat) == 0 && S_ISREG(in_stat.st_mode)) return;
  if (::pipe2(wake_, O_CLOEXEC) != 0) wake_[0] = wake_[1] = -1;
}

ParallelStream::~ParallelStream() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  batch_done_.notify_all();
  batch_free_.notify_all();
  const char wake = 0;
  if (wake_[1] >= 0 && ::write(wake_[1], &wake, 1) < 0) {
    // The pipe is new and empty: a one-byte write cannot fail.
  }
  if (reader_.joinable()) reader_.join();
  for (std::thread& worker : workers_)
    if (worker.joinable()) worker.join();
  for (const int fd : wake_)
    if (fd >= 0) ::close(fd);
}

StreamSummary ParallelStream::run() {
  // Made here, so that a failure to make one is thrown on the calling thread.
  for (unsigned i = 0; i < config_.threads; ++i) line_functions_.push_back(make_line_());
  reader_ = std::thread([this] { read_input(); });
  workers_.reserve(config_.threads);
  for (const LineFunction& line : line_functions_)
    workers_.emplace_back([this, &line] { normalize_batches(line); });
  StreamSummary summary;
  while (true) {
    Batch* batch = nullptr;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      batch_done_.wait(lock, [&] { return in_order_.empty() ? input_done_ : in_order_.front()->done; });
      if (in_order_.empty()) break;
      batch = in_order_.front();
      in_order_.pop_front();
    }
    write_all(out_fd_, batch->output);
    emit_side_output(batch->side, summary.lines, name_, config_);
    summary.skipped += batch->side.skipped;
    summary.kept += batch->side.kept;
    summary.lines += batch->lines;
    if (batch->lines > 0) summary.ends_with_line_break = batch->ends_with_line_break;
    if (batch->stop == Stop::LINE_TOO_LONG)
      throw line_too_long(name_, summary.lines + 1, batch->offset + batch->stop_offset,
                          config_.max_line_bytes);
    if (batch->stop == Stop::LINE_ERROR)
      rethrow_at_line(batch->error, name_, summary.lines + 1, batch->offset + batch->stop_offset);
    summary.bytes = batch->offset + batch->input.size();
    recycle(batch);
    if (progress_) progress_(summary.lines, summary.bytes);
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (input_too_long_)
    throw line_too_long(name_, summary.lines + 1, input_bytes_, config_.max_line_bytes);
  if (input_error_) std::rethrow_exception(input_error_);
  summary.bytes = input_bytes_;
  return summary;
}

void ParallelStream::read_input() {
  std::exception_ptr error;
  bool too_long = false;
  std::size_t offset = 0;  // input offset of buffer[0]
  try {
    std::string buffer;       // [0, filled): read, not yet in a batch, starting at a line start
    std::size_t filled = 0;
    std::size_t scanned = 0;  // buffer[0, scanned) holds no line end
    std::size_t long_line_start = kNone;  // in a line over the limit: its input offset
    bool bom_checked = false;
    bool eof = false;
    while (!eof) {
      if (stop_reading() || !wait_readable()) break;
      if (buffer.size() < filled + config_.read_bytes) buffer.resize(filled + config_.read_bytes);
      const ssize_t n = ::read(in_fd_, buffer.data() + filled, config_.read_bytes);
      if (n < 0) {
        if (errno == EINTR) continue;
        throw read_error(name_, offset + filled);
      }
      eof = n == 0;
      filled += std::size_t(n);
      char* const data = buffer.data();
      if (!bom_checked) {
        const std::string_view head(data, std::min(filled, kBom.size()));
        if (!eof && head.size() < kBom.size() && kBom.substr(0, head.size()) == head) continue;
        bom_checked = true;
        if (config_.drop_bom && head == kBom) {
          filled -= kBom.size();
          std::memmove(data, data + kBom.size(), filled);
          offset = kBom.size();
        }
      }
      if (long_line_start != kNone) {
        if (!pass_long_line(data, filled, offset, eof, long_line_start)) break;
        if (long_line_start != kNone) continue;
        scanned = 0;  // the rest starts the next line
      }
      const std::size_t end = eof ? filled : last_line_end(data, scanned, filled, config_.cr_ends_line);
      std::size_t begin = 0;
      while (begin < end) {
        const std::size_t cut = end - begin <= config_.batch_bytes
                                    ? end
                                    : next_line_end(data, begin + config_.batch_bytes, end,
                                                    config_.cr_ends_line);
        if (!queue(std::string_view(data + begin, cut - begin), offset + begin)) break;
        begin = cut;
      }
      if (begin < end) break;  // stopping
      if (end > 0) {
        filled -= end;
        std::memmove(data, data + end, filled);
        offset += end;
      }
      // The rest is the start of one line, and a CR at its end may still be the line's end.
      scanned = filled > 0 && config_.cr_ends_line && data[filled - 1] == '\r' ? filled - 1 : filled;
      if (scanned > config_.max_line_bytes) {
        if (config_.on_error == OnError::FAIL) {
          too_long = true;
          break;
        }
        // Its bytes so far go as its first piece (a CR at their end waits for what follows).
        long_line_start = offset;
        if (!queue(std::string_view(data, scanned), offset, Batch::Kind::LONG_PIECE)) break;
        filled -= scanned;
        std::memmove(data, data + scanned, filled);
        offset += scanned;
        scanned = 0;
      }
    }
  } catch (...) {
    error = std::current_exception();
  }
  finish_input(error, too_long, offset);
}

// In a line over the limit (--on-error skip|keep): hands buffer[0, filled), which continues it,
// to the workers as pieces of it up to its line end, then its end, and leaves the buffer at the
// next line; `line_start` becomes kNone when the line is over. False when stopping.
bool ParallelStream::pass_long_line(char* data, std::size_t& filled, std::size_t& offset, bool eof,
                                    std::size_t& line_start) {
  const void* lf = std::memchr(data, '\n', filled);
  std::size_t at = lf != nullptr ? std::size_t(static_cast<const char*>(lf) - data) : filled;
  if (config_.cr_ends_line)
    if (const void* cr = std::memchr(data, '\r', at)) at = std::size_t(static_cast<const char*>(cr) - data);
  const bool found = at < filled;
  // A CR at the very end may be the first half of a CRLF: it waits for the next read.
  const bool wait_for_lf = found && data[at] == '\r' && at + 1 == filled && !eof;
  std::size_t next = at;  // where the rest of the buffer starts
  if (found && !wait_for_lf) next = at + (data[at] == '\r' && at + 1 < filled && data[at + 1] == '\n' ? 2 : 1);
  if (at > 0 && !queue(std::string_view(data, at), offset, Batch::Kind::LONG_PIECE)) return false;
  if ((found && !wait_for_lf) || eof) {
    if (!queue({}, offset + next, Batch::Kind::LONG_END, found, line_start)) return false;
    line_start = kNone;
  }
  filled -= next;
  std::memmove(data, data + next, filled);
  offset += next;
  return true;
}

// Blocks until the input can be read; false when woken to stop.
bool ParallelStream::wait_readable() {
  if (wake_[0] < 0) return true;
  pollfd fds[2] = {{in_fd_, POLLIN, 0}, {wake_[0], POLLIN, 0}};
  while (::poll(fds, 2, -1) < 0)
    if (errno != EINTR) return true;  // read(2) will tell what is wrong
  return (fds[1].revents & POLLIN) == 0;
}

bool ParallelStream::stop_reading() {
  std::lock_guard<std::mutex> lock(mutex_);
  return stopping_ || first_failed_ != kNone;
}

// Hands `bytes` (whole lines) to the workers; false when the stream is stopping.
bool ParallelStream::queue(std::string_view bytes, std::size_t offset, Batch::Kind kind,
                           bool long_line_terminated, std::size_t long_line_start) {
  Batch* const batch = take_free_batch();
  if (batch == nullptr) return false;
  batch->kind = kind;
  batch->long_line_terminated = long_line_terminated;
  batch->long_line_start = long_line_start;
  batch->index = next_index_++;
  batch->offset = offset;
  batch->input.assign(bytes);
  batch->output.clear();
  batch->lines = 0;
  batch->ends_with_line_break = true;
  batch->done = false;
  batch->stop = Stop::NONE;
  batch->error = nullptr;
  batch->side.clear();
  std::lock_guard<std::mutex> lock(mutex_);
  work_.push_back(batch);
  in_order_.push_back(batch);
  work_ready_.notify_one();
  return true;
}

// Waits until fewer than max_batches_ batches are in flight; null when the stream is stopping.
ParallelStream::Batch* ParallelStream::take_free_batch() {
  std::unique_lock<std::mutex> lock(mutex_);
  batch_free_.wait(lock, [&] {
    return stopping_ || first_failed_ != kNone || !free_.empty() || batches_.size() < max_batches_;
  });
  if (stopping_ || first_failed_ != kNone) return nullptr;
  if (free_.empty()) return batches_.emplace_back(std::make_unique<Batch>()).get();
  Batch* const batch = free_.back();
  free_.pop_back();
  return batch;
}

void ParallelStream::finish_input(std::exception_ptr error, bool too_long, std::size_t offset) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    input_done_ = true;
    input_error_ = std::move(error);
    input_too_long_ = too_long;
    input_bytes_ = offset;
  }
  work_ready_.notify_all();
  batch_done_.notify_all();
}

void ParallelStream::normalize_batches(const LineFunction& line) {
  while (true) {
    Batch* batch = nullptr;
    bool skip = false;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [&] { return stopping_ || !work_.empty() || input_done_; });
      if (stopping_ || work_.empty()) return;
      batch = work_.front();
      work_.pop_front();
      skip = batch->index > first_failed_;  // never written: an earlier batch failed
    }
    if (!skip) normalize(*batch, line);
    std::lock_guard<std::mutex> lock(mutex_);
    batch->done = true;
    if (batch->stop != Stop::NONE) {
      first_failed_ = std::min(first_failed_, batch->index);
      batch_free_.notify_one();  // the reader stops
    }
    if (in_order_.front() == batch) batch_done_.notify_one();
  }
}

void ParallelStream::normalize(Batch& batch, const LineFunction& line) const {
  static constexpr std::size_t kAbsolute = 0;  // LONG_END's offsets are input offsets already
  if (batch.kind == Batch::Kind::LONG_PIECE) {
    if (config_.on_error == OnError::KEEP) batch.output.assign(batch.input);
    return;
  }
  if (batch.kind == Batch::Kind::LONG_END) {
    LongLineSink(batch.output, batch.side, batch.lines, batch.ends_with_line_break, kAbsolute,
                 config_, name_)
        .end(batch.long_line_terminated, batch.long_line_start);
    return;
  }
  std::size_t line_offset = 0;
  try {
    LineSplitter splitter(config_.cr_ends_line, config_.max_line_bytes);
    LongLineSink long_lines(batch.output, batch.side, batch.lines, batch.ends_with_line_break,
                            batch.offset, config_, name_);
    auto on_line = [&](std::string_view text, bool terminated, std::size_t offset) {
      line_offset = offset;
      const bool written = run_line(line, text, batch.lines + 1, batch.offset + offset,
                                    batch.output, batch.side, config_, name_);
      ++batch.lines;
      if (!written) return;
      if (terminated) batch.output.push_back('\n');
      batch.ends_with_line_break = terminated;
    };
    if (config_.on_error == OnError::FAIL) {
      splitter.feed(batch.input, on_line);
      splitter.finish(on_line);  // a last line without a line break ends only the last batch
    } else {
      splitter.feed(batch.input, on_line, long_lines);
      splitter.finish(on_line, long_lines);
    }
  } catch (const LineTooLong& e) {
    batch.stop = Stop::LINE_TOO_LONG;
    batch.stop_offset = e.offset;
  } catch (...) {
    batch.stop = Stop::LINE_ERROR;
    batch.stop_offset = line_offset;
    batch.error = std::current_exception();
  }
}

void ParallelStream::recycle(Batch* batch) {
  // A batch that held a very long line gives its memory back.
  if (batch->input.capacity() > 4 * config_.batch_bytes) std::string().swap(batch->input);
  if (batch->output.capacity() > 4 * config_.batch_bytes) std::string().swap(batch->output);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(batch);
  }
  batch_free_.notify_one();
}

}  // namespace

StreamSummary stream_lines(int in_fd, int out_fd, const std::string& name,
                           const LineFunctionMaker& make_line, const LineStreamConfig& config,
                           const ProgressCallback& progress) {
  LineStreamConfig resolved = config;
  if (resolved.threads == 0) resolved.threads = std::max(1u, std::thread::hardware_concurrency());
  resolved.read_bytes = std::max<std::size_t>(resolved.read_bytes, 1);
  resolved.batch_bytes = std::max<std::size_t>(resolved.batch_bytes, 1);
  if (resolved.threads == 1)
    return stream_serial(in_fd, out_fd, name, make_line(), resolved, progress);
  ParallelStream stream(in_fd, out_fd, name, make_line, resolved, progress);
  return stream.run();
}

Error at_line(const Error& e, const std::string& file, std::size_t line, std::size_t line_offset) {
  Position p = e.position();
  p.file = file;
  p.line = line;
  p.offset = line_offset + (p.column > 0 ? p.column - 1 : 0);
  return Error(e.kind(), e.what(), p);
}

void write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      throw Error(ErrorKind::IO, fmt::format("cannot write output: {}", std::strerror(errno)));
    }
    data.remove_prefix(std::size_t(n));
  }
}

}  // namespace textnorm::detail
