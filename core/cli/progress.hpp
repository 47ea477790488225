// Progress on long runs, shown only when stderr is a terminal.
#ifndef TEXTNORM_CLI_PROGRESS_HPP
#define TEXTNORM_CLI_PROGRESS_HPP

#include <textnorm/normalizer.hpp>

#include <chrono>
#include <string>

namespace textnorm::cli {

class Progress {
 public:
  explicit Progress(std::string name);
  ~Progress();  // clears the progress line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // A callback for Normalizer::normalize_stream, or an empty one when stderr is not a terminal.
  ProgressCallback callback();

 private:
  void report(std::size_t lines, std::size_t bytes);

  std::string name_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace textnorm::cli

#endif  // TEXTNORM_CLI_PROGRESS_HPP
