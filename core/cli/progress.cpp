#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace textnorm::cli {
namespace {

constexpr auto kInterval = std::chrono::milliseconds(500);

}  // namespace

Progress::Progress(std::string name)
    : name_(std::move(name)),
      enabled_(::isatty(STDERR_FILENO) == 1),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (shown_) std::fputs("\r\033[K", stderr);
}

ProgressCallback Progress::callback() {
  if (!enabled_) return {};
  return [this](std::size_t lines, std::size_t bytes) { report(lines, bytes); };
}

void Progress::report(std::size_t lines, std::size_t bytes) {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kInterval) return;
  last_ = now;
  shown_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double mb = double(bytes) / 1e6;
  std::fprintf(stderr, "\r\033[Ktextnorm: %s: %zu lines, %.1f MB, %.1f MB/s", name_.c_str(), lines,
               mb, seconds > 0 ? mb / seconds : 0.0);
}

}  // namespace textnorm::cli
