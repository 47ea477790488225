// Progress of a long run on stderr: bytes done of the total, MB/s and the time left.
#ifndef TEXTNORM_CLI_PROGRESS_HPP
#define TEXTNORM_CLI_PROGRESS_HPP

#include <textnorm/normalizer.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace textnorm::cli {

class Progress {
 public:
  // `total` is the input's size in bytes, 0 when unknown (then no percentage and no time left).
  // Nothing is shown unless `enabled`.
  Progress(std::string name, std::size_t total, bool enabled);
  ~Progress();  // clears the progress line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // A callback for Normalizer::normalize_stream that redraws at most five times a second, or an
  // empty one when not enabled.
  ProgressCallback callback();

 private:
  void report(std::size_t bytes);

  std::string name_;
  std::size_t total_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_PROGRESS_HPP
