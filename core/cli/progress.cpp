#include "cli/progress.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace textnorm::cli {
namespace {

constexpr auto kInterval = std::chrono::milliseconds(200);

// "1:05" or "2:01:05".
std::string clock_time(double seconds) {
  const auto s = static_cast<unsigned long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(std::string name, std::size_t total, bool enabled)
    : name_(std::move(name)),
      total_(total),
      enabled_(enabled),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() {
  if (shown_) std::fputs("\r\033[K", stderr);
}

ProgressCallback Progress::callback() {
  if (!enabled_) return {};
  return [this](std::size_t, std::size_t bytes) { report(bytes); };
}

void Progress::report(std::size_t bytes) {
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kInterval) return;
  last_ = now;
  shown_ = true;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? double(bytes) / seconds : 0.0;  // bytes per second
  if (total_ == 0) {
    fmt::print(stderr, "\r\033[Ktextnorm: {}: {:.1f} MB, {:.1f} MB/s", name_, double(bytes) / 1e6,
               rate / 1e6);
    return;
  }
  const std::string left =
      rate > 0 && bytes <= total_ ? clock_time(double(total_ - bytes) / rate) : "-:--";
  fmt::print(stderr, "\r\033[Ktextnorm: {}: {:.1f}/{:.1f} MB ({:.0f}%), {:.1f} MB/s, ETA {}", name_,
             double(bytes) / 1e6, double(total_) / 1e6, 100.0 * double(bytes) / double(total_),
             rate / 1e6, left);
}

}  // namespace textnorm::cli
