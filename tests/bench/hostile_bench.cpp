// Time grows linearly with the input, also on hostile input: each shape below is normalized at
// sizes from 4 KiB to 1 MiB (one line, or lines of a few bytes), and Google Benchmark fits the
// times to O(N) and prints the fit's RMS. A shape whose time grows faster than its size shows
// as a poor fit and as falling bytes/s at larger sizes: read the BigO/RMS rows and the bytes/s
// column. Single-threaded, --lang auto, names on, default profile (and typographic for the
// quote shapes).
//
// usage: hostile_bench [--benchmark_...]
#include <textnorm/textnorm.hpp>

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace {

// Repeats `unit` to about `bytes` bytes after `head`.
std::string repeat(std::string_view head, std::string_view unit, std::size_t bytes) {
  std::string text(head);
  while (text.size() < bytes) text += unit;
  return text;
}

// Each shape makes an input of about n bytes.
const std::vector<std::pair<const char*, std::function<std::string(std::size_t)>>> kShapes = {
    {"combining-marks-one-class", [](std::size_t n) { return repeat("e", "\u0301", n); }},
    {"combining-marks-mixed-classes", [](std::size_t n) { return repeat("e", "\u0301\u0323\u031B", n); }},
    {"straight-quotes", [](std::size_t n) { return repeat("", "\" a '", n); }},
    {"curly-quotes-spaced", [](std::size_t n) { return repeat("", "\u201C x \u201D \u00AB ", n); }},
    {"spaces-before-punctuation", [](std::size_t n) { return repeat("a", "  ,  ;  :  !", n); }},
    {"one-word-of-brackets", [](std::size_t n) { return repeat("$x", ")]}", n); }},
    {"backtick-runs", [](std::size_t n) { std::string t; for (std::size_t r = 1; t.size() < n; ++r) t += std::string(r % 64 + 1, '`') + "x "; return t; }},
    {"sentences", [](std::size_t n) { return repeat("", "Il dit oui. He said no! ", n); }},
    {"one-long-word", [](std::size_t n) { return repeat("", "a", n); }},
    {"names", [](std::size_t n) { return repeat("", "Pashinian Nagorny-Karabakh Serguei Lavrov ", n); }},
    {"short-lines", [](std::size_t n) { return repeat("", "a ,b\n", n); }},
    {"invisible-and-controls", [](std::size_t n) { return repeat("", "\u200B\u00AD\x01\u0092 ", n); }},
};

const textnorm::Normalizer& normalizer(textnorm::Profile profile) {
  static std::map<textnorm::Profile, textnorm::Normalizer> cache;
  auto found = cache.find(profile);
  if (found == cache.end()) {
    textnorm::Options options;
    options.profile = profile;
    found = cache.emplace(profile, textnorm::Normalizer(options)).first;
  }
  return found->second;
}

void register_shapes() {
  for (const auto& [name, make] : kShapes) {
    for (const auto profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC}) {
      const std::string full = std::string(name) +
                               (profile == textnorm::Profile::DEFAULT ? "/default" : "/typographic");
      benchmark::RegisterBenchmark(full.c_str(), [make = make, profile](benchmark::State& state) {
        const std::string text = make(std::size_t(state.range(0)));
        const textnorm::Normalizer& n = normalizer(profile);
        for (auto _ : state) benchmark::DoNotOptimize(n.normalize(text));
        state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
        state.SetComplexityN(std::int64_t(text.size()));
      })
          ->RangeMultiplier(4)
          ->Range(4 << 10, 1 << 20)
          ->Unit(benchmark::kMillisecond)
          ->Complexity(benchmark::oN);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  register_shapes();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
