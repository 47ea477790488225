// Runs work(i) for i in [0, count) on several threads, the calling thread among them.
#ifndef TEXTNORM_PYTHON_PARALLEL_FOR_HPP
#define TEXTNORM_PYTHON_PARALLEL_FOR_HPP

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace textnorm::python {

// `threads` 0 means one per core. Items are handed out one at a time, so long and short items
// balance; `work` must not throw. When `stop` becomes true no new item starts.
template <class Work>
void parallel_for(std::size_t count, unsigned threads, const std::atomic<bool>& stop, Work&& work) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min<std::size_t>(threads, count);
  std::atomic<std::size_t> next{0};
  auto run = [&] {
    for (std::size_t i = next++; i < count && !stop.load(std::memory_order_relaxed); i = next++)
      work(i);
  };
  std::vector<std::thread> helpers;
  helpers.reserve(workers > 0 ? workers - 1 : 0);
  try {
    while (helpers.size() + 1 < workers) helpers.emplace_back(run);
  } catch (...) {
    // No more threads to be had: the ones running and this one do the work.
  }
  run();
  for (std::thread& t : helpers) t.join();
}

}  // namespace textnorm::python

#endif  // TEXTNORM_PYTHON_PARALLEL_FOR_HPP
