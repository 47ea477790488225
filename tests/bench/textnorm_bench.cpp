// Throughput of textnorm's stages on a ~50 MB corpus built in memory by repeating the lines of
// the given files (default: the bundled samples). Prints one "name<TAB>MB/s" line per figure,
// best of several runs, single-threaded; run_bench.sh turns them into ratios to memcpy.
//
// usage: textnorm_bench [--size MB] [--runs N] [--only NAME] [FILE...]
#include "rules/character_pass.hpp"
#include "rules/core_rule_set.hpp"
#include "rules/punctuation_pass.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/textnorm.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

volatile std::size_t g_sink;  // results flow here so that no work is optimized away

std::vector<std::string> read_lines(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<std::string> lines;
  std::string all = text.str();
  if (all.rfind("\xEF\xBB\xBF", 0) == 0) all.erase(0, 3);
  std::size_t begin = 0;
  while (begin < all.size()) {
    std::size_t end = all.find_first_of("\r\n", begin);
    if (end == std::string::npos) end = all.size();
    lines.push_back(all.substr(begin, end - begin));
    begin = end + (all.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return lines;
}

// The files' lines repeated, LF-terminated, up to `bytes`.
std::string build_corpus(const std::vector<fs::path>& files, std::size_t bytes) {
  std::vector<std::string> lines;
  for (const fs::path& f : files)
    for (std::string& line : read_lines(f)) lines.push_back(std::move(line));
  if (lines.empty()) throw std::runtime_error("no input lines");
  std::string corpus;
  corpus.reserve(bytes + 4096);
  while (corpus.size() < bytes)
    for (const std::string& line : lines) {
      corpus += line;
      corpus += '\n';
    }
  return corpus;
}

std::vector<std::string_view> split_lines(std::string_view corpus) {
  std::vector<std::string_view> lines;
  std::size_t begin = 0;
  while (begin < corpus.size()) {
    const std::size_t end = corpus.find('\n', begin);
    lines.push_back(corpus.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

// Best MB/s (10^6 bytes) of `runs` runs of `work` over `bytes` input bytes.
double measure(std::size_t bytes, int runs, const std::function<void()>& work) {
  double best = 0;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    work();
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    best = std::max(best, double(bytes) / 1e6 / seconds.count());
  }
  return best;
}

textnorm::Normalizer make_normalizer(textnorm::Profile profile, const std::string& lang) {
  textnorm::Options options;
  options.profile = profile;
  options.lang = lang;
  options.plugin_path = {TEXTNORM_PLUGIN_DIR};
  options.default_plugin_path = false;
  return textnorm::Normalizer(options);
}

}  // namespace

int main(int argc, char** argv) try {
  std::size_t megabytes = 50;
  int runs = 3;
  std::string only;  // run just this figure (for a profiler)
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--size" && i + 1 < argc) {
      megabytes = std::stoul(argv[++i]);
    } else if (arg == "--runs" && i + 1 < argc) {
      runs = std::stoi(argv[++i]);
    } else if (arg == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else if (arg == "-h" || arg == "--help") {
      std::printf("usage: textnorm_bench [--size MB] [--runs N] [--only NAME] [FILE...]\n");
      return 0;
    } else {
      files.emplace_back(arg);
    }
  }
  if (files.empty())
    for (const char* name : {"news_en_fr.txt", "news_fr.txt", "messy_web.txt"})
      files.push_back(fs::path(TEXTNORM_SOURCE_DIR) / "samples" / name);

  const std::string corpus = build_corpus(files, megabytes * 1000 * 1000);
  const std::vector<std::string_view> lines = split_lines(corpus);
  const std::size_t n = corpus.size();
  std::fprintf(stderr, "corpus: %zu bytes, %zu lines, from %zu file(s); best of %d runs\n", n,
               lines.size(), files.size(), runs);

  // Runs `work` and prints its figure, unless --only names another one.
  auto bench = [&](const char* name, const std::function<void()>& work) {
    if (!only.empty() && only != name) return;
    std::printf("%s\t%.1f\n", name, measure(n, runs, work));
    std::fflush(stdout);
  };

  std::string copy(n, '\0');
  bench("memcpy", [&] {
    std::memcpy(copy.data(), corpus.data(), n);
    g_sink = g_sink + std::size_t(copy[n / 2]);
  });

  bench("utf8-validate", [&] { g_sink = g_sink + textnorm::detail::find_invalid_utf8(corpus); });

  // The host's own passes line by line, as the pipeline runs them, without plugins.
  const textnorm::detail::CoreRuleSet all_rules;
  bench("core-passes", [&] {
    std::string a, b, c;
    std::size_t total = 0;
    for (std::string_view line : lines) {
      std::string_view text = line;
      if (textnorm::detail::run_character_pass(text, a, nullptr, all_rules)) text = a;
      if (textnorm::detail::run_punctuation_pass(text, b, nullptr, all_rules)) text = b;
      if (textnorm::detail::to_nfc(text, c, nullptr)) text = c;
      total += text.size();
    }
    g_sink = g_sink + total;
  });

  struct Pipeline {
    const char* name;
    textnorm::Profile profile;
    const char* lang;
  };
  const Pipeline pipelines[] = {
      {"pipeline-default-en", textnorm::Profile::DEFAULT, "en"},
      {"pipeline-typographic-en", textnorm::Profile::TYPOGRAPHIC, "en"},
      {"pipeline-default-fr", textnorm::Profile::DEFAULT, "fr"},
      {"pipeline-default-auto", textnorm::Profile::DEFAULT, "auto"},
  };
  for (const Pipeline& p : pipelines) {
    if (!only.empty() && only != p.name) continue;
    const textnorm::Normalizer normalizer = make_normalizer(p.profile, p.lang);
    bench(p.name, [&] { g_sink = g_sink + normalizer.normalize(corpus).size(); });
  }

  // Language detection alone, line by line: what --lang auto adds to the pipeline.
  if (only.empty() || only == "detect-auto") {
    const textnorm::Normalizer normalizer = make_normalizer(textnorm::Profile::DEFAULT, "auto");
    bench("detect-auto", [&] {
      std::size_t segments = 0;
      for (std::string_view line : lines) segments += normalizer.detect(line).size();
      g_sink = g_sink + segments;
    });
  }

  if (only.empty() || only == "lines-default-en") {
    const textnorm::Normalizer normalizer = make_normalizer(textnorm::Profile::DEFAULT, "en");
    bench("lines-default-en", [&] {
      std::string out;
      for (std::string_view line : lines) {
        out.clear();
        normalizer.normalize_line(line, out);
        g_sink = g_sink + out.size();
      }
    });
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "textnorm_bench: %s\n", e.what());
  return 1;
}
