// The threaded line stream against the single-threaded one, on random inputs cut into tiny reads
// and batches: the same bytes out, the same summary, the same error at the same position.
#include "pipeline/line_stream.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <array>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>

using textnorm::Error;
using textnorm::OnError;
using textnorm::ErrorKind;
using textnorm::Position;
using textnorm::StreamSummary;
using textnorm::detail::LineFunction;
using textnorm::detail::LineStreamConfig;
using textnorm::detail::stream_lines;

namespace {

struct Run {
  std::string output;
  std::string explain;
  std::vector<std::string> bad_lines;  // describe() of each
  StreamSummary summary;
  std::optional<std::string> error;  // describe() and offset
  bool progress_on_caller = true;
  bool progress_grows = true;
  std::size_t progress_bytes = 0;
};

// 'a' becomes "A", 'X' is an error at its column, anything else stays; the explanation counts
// the a's.
void upper_a(std::string_view line, std::string& out, std::string* explain) {
  const std::size_t bad = line.find('X');
  if (bad != std::string_view::npos)
    throw Error(ErrorKind::INVALID_INPUT, "X", Position{"", 0, bad + 1, bad});
  for (const char c : line) out += c == 'a' ? 'A' : c;
  const auto a_count = std::count(line.begin(), line.end(), 'a');
  if (explain != nullptr && a_count > 0) *explain += "  " + std::to_string(a_count) + " a\n";
}

std::string read_all(std::FILE* file) {
  std::rewind(file);
  std::string text;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) text.append(buffer, n);
  return text;
}

// Streams `input` from a pipe written in chunks of 1 to `max_chunk` bytes, or from a file.
Run run(const std::string& input, LineStreamConfig config, bool from_pipe,
        std::size_t max_chunk, unsigned seed, bool explain = false) {
  std::signal(SIGPIPE, SIG_IGN);  // the pipe's writer finds out from EPIPE that the reader stopped
  std::FILE* out = std::tmpfile();
  REQUIRE(out != nullptr);
  std::FILE* explain_file = explain ? std::tmpfile() : nullptr;
  if (explain_file != nullptr) config.explain_fd = ::fileno(explain_file);
  Run result;
  config.on_bad_line = [&](const Error& e) {
    result.bad_lines.push_back(e.describe() + " @" + std::to_string(e.position().offset));
  };
  int in_fd = -1;
  std::FILE* in_file = nullptr;
  std::thread writer;
  if (from_pipe) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    in_fd = fds[0];
    writer = std::thread([&input, fd = fds[1], max_chunk, seed] {
      std::mt19937 random(seed);
      for (std::size_t i = 0; i < input.size();) {
        const std::size_t n = std::min(input.size() - i, 1 + random() % max_chunk);
        const ssize_t written = ::write(fd, input.data() + i, n);
        if (written <= 0) break;  // the reader stopped
        i += std::size_t(written);
      }
      ::close(fd);
    });
  } else {
    in_file = std::tmpfile();
    REQUIRE(in_file != nullptr);
    std::fwrite(input.data(), 1, input.size(), in_file);
    std::fflush(in_file);
    std::rewind(in_file);
    in_fd = ::fileno(in_file);
  }
  const std::thread::id caller = std::this_thread::get_id();
  auto progress = [&](std::size_t, std::size_t bytes) {
    result.progress_on_caller = result.progress_on_caller && std::this_thread::get_id() == caller;
    result.progress_grows = result.progress_grows && bytes >= result.progress_bytes;
    result.progress_bytes = bytes;
  };
  try {
    result.summary =
        stream_lines(in_fd, ::fileno(out), "in", [] { return LineFunction(upper_a); }, config, progress);
  } catch (const Error& e) {
    result.error = e.describe() + " @" + std::to_string(e.position().offset);
  }
  if (from_pipe) {
    ::close(in_fd);  // a writer still writing gets EPIPE
    writer.join();
  } else {
    std::fclose(in_file);
  }
  result.output = read_all(out);
  std::fclose(out);
  if (explain_file != nullptr) {
    result.explain = read_all(explain_file);
    std::fclose(explain_file);
  }
  return result;
}

std::string random_input(std::mt19937& random) {
  static const char* const kPieces[] = {"a", "b", "\xC3\xA9", "\r", "\n", "\r\n", "\xEF\xBB\xBF"};
  std::string text;
  if (random() % 4 == 0) text = "\xEF\xBB\xBF";
  const std::size_t pieces = random() % 300;
  for (std::size_t i = 0; i < pieces; ++i) {
    text += kPieces[random() % 7];
    if (random() % 20 == 0) text.append(random() % 40, 'a');  // a long line now and then
  }
  if (!text.empty() && random() % 4 == 0) text.insert(random() % text.size(), 1, 'X');
  return text;
}

}  // namespace

TEST_CASE("the threaded stream writes, sums up and fails like the single-threaded one") {
  std::mt19937 random(20240601);
  int failed = 0;
  const int rounds = 600;
  for (int round = 0; round < rounds; ++round) {
    const std::string input = random_input(random);
    LineStreamConfig config;
    config.cr_ends_line = random() % 4 != 0;
    config.drop_bom = random() % 4 != 0;
    if (random() % 4 == 0) config.max_line_bytes = random() % 60;
    config.on_error = std::array{OnError::FAIL, OnError::FAIL, OnError::SKIP, OnError::KEEP}[random() % 4];
    const bool explain = random() % 3 == 0;
    const bool from_pipe = random() % 2 == 0;
    const std::size_t max_chunk = 1 + random() % 50;
    CAPTURE(round);
    CAPTURE(input);
    CAPTURE(config.cr_ends_line);
    CAPTURE(config.drop_bom);
    CAPTURE(config.max_line_bytes);
    CAPTURE(int(config.on_error));
    CAPTURE(explain);
    const Run expected = run(input, config, false, 1, 0, explain);
    config.threads = 2 + random() % 3;
    config.read_bytes = 1 + random() % 40;
    config.batch_bytes = 1 + random() % 20;
    CAPTURE(config.threads);
    CAPTURE(config.read_bytes);
    CAPTURE(config.batch_bytes);
    CAPTURE(from_pipe);
    const Run got = run(input, config, from_pipe, max_chunk, unsigned(round), explain);
    CHECK(got.output == expected.output);
    CHECK(got.error == expected.error);
    CHECK(got.explain == expected.explain);
    CHECK(got.bad_lines == expected.bad_lines);
    if (!expected.error) {
      CHECK(got.summary.skipped == expected.summary.skipped);
      CHECK(got.summary.kept == expected.summary.kept);
      CHECK(got.summary.lines == expected.summary.lines);
      CHECK(got.summary.bytes == expected.summary.bytes);
      CHECK(got.summary.ends_with_line_break == expected.summary.ends_with_line_break);
      CHECK(got.progress_bytes <= input.size());
    }
    CHECK(got.progress_on_caller);
    CHECK(got.progress_grows);
    failed += expected.error ? 1 : 0;
  }
  CAPTURE(failed);
  CHECK((failed > rounds / 10 && failed < rounds / 2));  // both ends are tried
}

TEST_CASE("a line over the limit is an error naming it; a line at the limit is not") {
  LineStreamConfig config;
  config.max_line_bytes = 4;
  for (const unsigned threads : {1u, 2u}) {
    config.threads = threads;
    config.batch_bytes = 3;
    config.read_bytes = 2;
    CAPTURE(threads);
    const Run fits = run("abcd\r\nbcd\nbcde", config, false, 1, 0);
    CHECK_FALSE(fits.error);
    CHECK(fits.output == "Abcd\nbcd\nbcde");
    const Run over = run("abcd\nbcdef\nX\n", config, true, 3, 1);
    REQUIRE(over.error);
    CHECK(*over.error == "in:2: line 2 is longer than --max-line-bytes (4 bytes) @5");
    CHECK(over.output == "Abcd\n");
  }
}

TEST_CASE("on error: fail stops, skip drops the line, keep writes it as it was; all are named") {
  const std::string input = "ab\nXa\r\nba\nbX";
  for (const unsigned threads : {1u, 3u}) {
    CAPTURE(threads);
    LineStreamConfig config;
    config.threads = threads;
    config.batch_bytes = 2;
    config.read_bytes = 3;
    config.on_error = OnError::SKIP;
    const Run skipped = run(input, config, false, 1, 0, true);
    REQUIRE_FALSE(skipped.error);
    CHECK(skipped.output == "Ab\nbA\n");
    CHECK(skipped.summary.skipped == 2);
    CHECK(skipped.summary.lines == 4);
    CHECK(skipped.bad_lines == std::vector<std::string>{"in:2:1: X @3", "in:4:2: X @11"});
    CHECK(skipped.explain == "in:1:\n  1 a\nin:3:\n  1 a\n");
    config.on_error = OnError::KEEP;
    const Run kept = run(input, config, false, 1, 0);
    REQUIRE_FALSE(kept.error);
    CHECK(kept.output == "Ab\nXa\nbA\nbX");
    CHECK(kept.summary.kept == 2);
    CHECK_FALSE(kept.summary.ends_with_line_break);
    config.on_error = OnError::FAIL;
    const Run failed = run(input, config, false, 1, 0);
    CHECK(failed.error == "in:2:1: X @3");
    CHECK(failed.output == "Ab\n");
  }
}

TEST_CASE("on error skip or keep: a line over the limit is dropped or passed through in pieces") {
  const std::string long_line(50, 'a');
  const std::string input = "ab\n" + long_line + "\r\nba\n" + long_line;
  for (const unsigned threads : {1u, 2u}) {
    CAPTURE(threads);
    LineStreamConfig config;
    config.threads = threads;
    config.max_line_bytes = 10;
    config.batch_bytes = 4;
    config.read_bytes = 7;
    config.on_error = OnError::SKIP;
    const Run skipped = run(input, config, true, 5, 3);
    REQUIRE_FALSE(skipped.error);
    CHECK(skipped.output == "Ab\nbA\n");
    CHECK(skipped.summary.skipped == 2);
    CHECK(skipped.summary.lines == 4);
    CHECK(skipped.bad_lines ==
          std::vector<std::string>{"in:2: line is longer than --max-line-bytes (10 bytes) @3",
                                   "in:4: line is longer than --max-line-bytes (10 bytes) @58"});
    config.on_error = OnError::KEEP;
    const Run kept = run(input, config, true, 5, 3);
    REQUIRE_FALSE(kept.error);
    CHECK(kept.output == "Ab\n" + long_line + "\nbA\n" + long_line);  // unchanged, LF ends
    CHECK(kept.summary.kept == 2);
    CHECK_FALSE(kept.summary.ends_with_line_break);
  }
}

TEST_CASE("each worker runs its lines through a line function of its own") {
  const std::string input = [] {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "a line of text\n";
    return text;
  }();
  for (const unsigned threads : {1u, 2u, 4u}) {
    CAPTURE(threads);
    std::mutex mutex;
    std::vector<std::thread::id> users;  // per function made: the thread that ran it, if any
    bool shared = false;
    const auto make_line = [&]() -> LineFunction {
      const std::lock_guard<std::mutex> lock(mutex);
      const std::size_t index = users.size();
      users.emplace_back();
      return [&, index](std::string_view line, std::string& out, std::string*) {
        {
          const std::lock_guard<std::mutex> lock(mutex);
          if (users[index] == std::thread::id()) users[index] = std::this_thread::get_id();
          shared = shared || users[index] != std::this_thread::get_id();
        }
        out.append(line);
      };
    };
    LineStreamConfig config;
    config.threads = threads;
    config.batch_bytes = 64;  // many batches, so that every worker gets some
    std::FILE* in = std::tmpfile();
    std::FILE* out = std::tmpfile();
    REQUIRE((in != nullptr && out != nullptr));
    std::fwrite(input.data(), 1, input.size(), in);
    std::fflush(in);
    std::rewind(in);
    const StreamSummary summary = stream_lines(::fileno(in), ::fileno(out), "in", make_line, config, {});
    CHECK(summary.lines == 20000);
    CHECK(read_all(out) == input);
    CHECK(users.size() == threads);
    CHECK_FALSE(shared);
    std::fclose(in);
    std::fclose(out);
  }
}
