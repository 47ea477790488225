// Throughput of textnorm's stages, one Google Benchmark per stage, single-threaded. Each
// iteration runs a stage over the whole corpus, timed on the wall clock; every benchmark sets
// the bytes it processed, so the table shows bytes/s (Google Benchmark's binary units: M/s is
// 2^20 bytes/s; run_bench.sh turns the JSON figures into MB/s and ratios to `memcpy`).
//
// usage: textnorm_bench [--benchmark_...] [CORPUS]
//   CORPUS (or $TEXTNORM_BENCH_CORPUS): a UTF-8 text file, read whole. Without one, the news
//   corpus is built in memory as run_bench.sh writes it to build-bench/corpus/news.txt: the
//   lines of samples/news_en_fr.txt, news_fr.txt and messy_web.txt repeated, LF-terminated,
//   up to 32 MB.
//
// The stages are thin wrappers (the stage_* functions) over the host's internals: when an
// internal API changes, only the wrapper changes.
#include "names/lexicon_collector.hpp"
#include "names/name_stage.hpp"
#include "pipeline/language_router.hpp"
#include "plugin/plugin_instance.hpp"
#include "plugin/plugin_library.hpp"
#include "rules/character_pass.hpp"
#include "rules/core_rule_set.hpp"
#include "rules/punctuation_pass.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/textnorm.hpp>

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kNewsCorpusBytes = 32'000'000;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return std::move(text).str();
}

// Lines end at LF, CRLF or a lone CR, as textnorm reads them.
std::vector<std::string> read_lines(const fs::path& path) {
  std::string all = read_file(path);
  if (all.rfind("\xEF\xBB\xBF", 0) == 0) all.erase(0, 3);
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < all.size()) {
    std::size_t end = all.find_first_of("\r\n", begin);
    if (end == std::string::npos) end = all.size();
    lines.push_back(all.substr(begin, end - begin));
    begin = end + (all.compare(end, 2, "\r\n") == 0 ? 2 : 1);
  }
  return lines;
}

// The samples' lines repeated, LF-terminated, until the corpus reaches kNewsCorpusBytes (whole
// passes over the lines; run_bench.sh writes the same bytes to news.txt).
std::string news_corpus() {
  std::vector<std::string> lines;
  for (const char* name : {"news_en_fr.txt", "news_fr.txt", "messy_web.txt"})
    for (std::string& line : read_lines(fs::path(TEXTNORM_SOURCE_DIR) / "samples" / name))
      lines.push_back(std::move(line));
  std::string corpus;
  corpus.reserve(kNewsCorpusBytes + 8192);
  while (corpus.size() < kNewsCorpusBytes)
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
    std::size_t end = corpus.find('\n', begin);
    if (end == std::string_view::npos) end = corpus.size();
    std::string_view line = corpus.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

struct Corpus {
  std::string name;
  std::string text;
  std::vector<std::string_view> lines;
};

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    if (const char* path = std::getenv("TEXTNORM_BENCH_CORPUS"); path && *path) {
      c.name = path;
      c.text = read_file(path);
    } else {
      c.name = "news corpus from samples/ (built in memory)";
      c.text = news_corpus();
    }
    c.lines = split_lines(c.text);
    return c;
  }();
  return loaded;
}

// One normalizer per option set, built on first use (plugins load once, outside any timing).
const textnorm::Normalizer& normalizer(textnorm::Profile profile, const std::string& lang) {
  static std::map<std::pair<int, std::string>, std::unique_ptr<textnorm::Normalizer>> cache;
  auto& slot = cache[{int(profile), lang}];
  if (!slot) {
    textnorm::Options options;
    options.profile = profile;
    options.lang = lang;
    options.plugin_path = {TEXTNORM_PLUGIN_DIR};
    options.default_plugin_path = false;
    slot = std::make_unique<textnorm::Normalizer>(options);
  }
  return *slot;
}

// The bundled plugins, loaded from the build tree once, each as an instance of the default
// profile with every rule on: for the stages that run one part of the pipeline alone.
const textnorm::detail::PluginInstance& plugin(const std::string& name) {
  static std::map<std::string, std::unique_ptr<textnorm::detail::PluginInstance>> loaded;
  auto& slot = loaded[name];
  if (!slot) {
    std::string reason;
    const auto library = textnorm::detail::load_plugin(
        fs::path(TEXTNORM_PLUGIN_DIR) / ("textnorm-" + name + ".so"), reason);
    if (!library) throw std::runtime_error(reason);
    slot = std::make_unique<textnorm::detail::PluginInstance>(
        library->descriptor, TEXTNORM_PROFILE_DEFAULT,
        std::vector<unsigned char>(library->descriptor->rule_count, 1), std::vector<std::string>{});
  }
  return *slot;
}

// Detection between en and fr, as --lang auto builds it.
const textnorm::detail::LanguageRouter& en_fr_router() {
  static const textnorm::detail::LanguageRouter router(
      std::vector<const textnorm::detail::PluginInstance*>{&plugin("en"), &plugin("fr")});
  return router;
}

// The default names stage (canonical forms, folded spellings, given names) over every bundled
// plugin's lexicon, as the default pipeline builds it.
const textnorm::detail::NameStage& default_names() {
  static const textnorm::detail::NameStage stage = [] {
    std::vector<const textnorm::detail::PluginInstance*> all;
    for (const char* name : {"en", "fr", "ru", "hy", "az"}) all.push_back(&plugin(name));
    textnorm::detail::PluginLexicons lexicons = textnorm::detail::collect_lexicons(all, false);
    return textnorm::detail::NameStage(std::move(lexicons.entries), textnorm::NamesMode::CANONICAL,
                                       nullptr, lexicons.folds);
  }();
  return stage;
}

// ---- Stages: each runs once over the corpus and returns something that depends on the work.

std::size_t stage_memcpy(const Corpus& c, std::string& copy) {
  copy.resize(c.text.size());
  std::memcpy(copy.data(), c.text.data(), c.text.size());
  benchmark::ClobberMemory();
  return std::size_t(static_cast<unsigned char>(copy[copy.size() / 2]));
}

std::size_t stage_utf8_validate(const Corpus& c) {
  return textnorm::detail::find_invalid_utf8(c.text);
}

// The host's own passes line by line, as the pipeline runs them, without plugins.
std::size_t stage_core_passes(const Corpus& c) {
  static const textnorm::detail::CoreRuleSet all_rules;
  std::string a, b, n;
  std::size_t total = 0;
  for (std::string_view line : c.lines) {
    std::string_view text = line;
    if (textnorm::detail::run_character_pass(text, a, nullptr, all_rules)) text = a;
    if (textnorm::detail::run_punctuation_pass(text, b, nullptr, all_rules)) text = b;
    if (textnorm::detail::to_nfc(text, n, nullptr)) text = n;
    total += text.size();
  }
  return total;
}

// Language detection alone, line by line: the segments of each line.
std::size_t stage_detection(const Corpus& c) {
  const textnorm::detail::LanguageRouter& router = en_fr_router();
  textnorm::detail::DetectorWorkspace workspace;
  std::vector<textnorm::detail::Segment> segments;
  std::size_t total = 0;
  for (std::string_view line : c.lines) {
    router.segments(line, workspace, segments);
    total += segments.size();
  }
  return total;
}

// The names stage alone, line by line, each line as one English segment (as the default
// pipeline runs it before detection).
std::size_t stage_names(const Corpus& c) {
  const textnorm::detail::NameStage& names = default_names();
  textnorm::detail::NameStage::Workspace workspace;
  std::vector<textnorm::detail::StageEdit> edits;
  std::size_t total = 0;
  for (std::string_view line : c.lines) {
    edits.clear();
    names.rewrite(line, "en", 0, edits, workspace);
    total += edits.size();
  }
  return total;
}

// One language plugin alone, each line as one segment of its language, through the C ABI.
std::size_t stage_plugin(const Corpus& c, const std::string& lang) {
  const textnorm::detail::PluginInstance& instance = plugin(lang);
  textnorm::detail::PluginErrorBuffer error{};
  std::vector<textnorm::detail::StageEdit> edits;
  std::size_t total = 0;
  for (std::string_view line : c.lines) {
    edits.clear();
    instance.process(line, lang, 0, edits, error);
    total += edits.size();
  }
  return total;
}

// The whole library pipeline on the whole text (every plugin found).
std::size_t stage_pipeline(const Corpus& c, const textnorm::Normalizer& normalizer) {
  return normalizer.normalize(c.text).size();
}

// Normalizer::detect line by line: the whole pipeline, its segments mapped back to each line
// (what `textnorm detect` costs; pipeline-default-auto against -en is what detection adds).
std::size_t stage_detect(const Corpus& c, const textnorm::Normalizer& normalizer) {
  std::size_t segments = 0;
  for (std::string_view line : c.lines) segments += normalizer.detect(line).size();
  return segments;
}

// The pipeline through the per-line API, reusing one output string.
std::size_t stage_lines(const Corpus& c, const textnorm::Normalizer& normalizer) {
  std::string out;
  std::size_t total = 0;
  for (std::string_view line : c.lines) {
    out.clear();
    normalizer.normalize_line(line, out);
    total += out.size();
  }
  return total;
}

// The pipeline through the per-line API with the composed edits asked for: against
// lines-default-en, what edits cost when someone wants them.
std::size_t stage_lines_with_edits(const Corpus& c, const textnorm::Normalizer& normalizer) {
  std::string out;
  std::vector<textnorm::Edit> edits;
  std::size_t total = 0;
  for (std::string_view line : c.lines) {
    out.clear();
    edits.clear();
    normalizer.normalize_line(line, out, &edits);
    total += out.size() + edits.size();
  }
  return total;
}

// normalize_with_edits on the whole text: against pipeline-default-en.
std::size_t stage_text_with_edits(const Corpus& c, const textnorm::Normalizer& normalizer) {
  const textnorm::NormalizedText result = normalizer.normalize_with_edits(c.text);
  return result.text.size() + result.edits.size();
}

// The corpus as a file, and as JSON lines {"id":N,"text":LINE} holding the same strings, for
// the stream stages (written once, removed at exit).
struct StreamFiles {
  std::FILE* text = std::tmpfile();
  std::FILE* jsonl = std::tmpfile();
  std::FILE* sink = std::fopen("/dev/null", "wb");
};

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char escape[8];
      std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
      out += escape;
    } else {
      out += c;
    }
  }
  out += '"';
}

const StreamFiles& stream_files(const Corpus& c) {
  static const StreamFiles files = [&c] {
    StreamFiles f;
    if (f.text == nullptr || f.jsonl == nullptr || f.sink == nullptr)
      throw std::runtime_error("cannot make the stream benchmarks' files");
    std::fwrite(c.text.data(), 1, c.text.size(), f.text);
    std::string jsonl;
    std::size_t id = 0;
    for (std::string_view line : c.lines) {
      jsonl += "{\"id\":" + std::to_string(id++) + ",\"text\":";
      append_json_string(jsonl, line);
      jsonl += "}\n";
    }
    std::fwrite(jsonl.data(), 1, jsonl.size(), f.jsonl);
    std::fflush(f.text);
    std::fflush(f.jsonl);
    return f;
  }();
  return files;
}

// normalize_stream on one thread over the corpus as text or as JSON lines: the same strings,
// so the two rates compare directly (both count the text corpus's bytes).
std::size_t stage_stream(const Corpus& c, const textnorm::Normalizer& normalizer,
                         textnorm::InputFormat format) {
  const StreamFiles& files = stream_files(c);
  std::FILE* in = format == textnorm::InputFormat::JSONL ? files.jsonl : files.text;
  ::lseek(::fileno(in), 0, SEEK_SET);
  textnorm::StreamOptions options;
  options.format = format;
  return normalizer.normalize_stream(in, files.sink, "corpus", options).lines;
}

// ---- Registration

template <class Stage>
void add(const char* name, Stage stage) {
  benchmark::RegisterBenchmark(name, [stage](benchmark::State& state) {
    const Corpus& c = corpus();
    for (auto _ : state) benchmark::DoNotOptimize(stage(c));
    state.SetBytesProcessed(static_cast<int64_t>(c.text.size()) * state.iterations());
  })
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}

void register_stages() {
  using textnorm::Profile;
  static std::string copy;
  add("memcpy", [](const Corpus& c) { return stage_memcpy(c, copy); });
  add("utf8-validate", [](const Corpus& c) { return stage_utf8_validate(c); });
  add("core-passes", [](const Corpus& c) { return stage_core_passes(c); });
  add("detection-en-fr", [](const Corpus& c) { return stage_detection(c); });
  add("names-default", [](const Corpus& c) { return stage_names(c); });
  add("plugin-en", [](const Corpus& c) { return stage_plugin(c, "en"); });
  add("plugin-fr", [](const Corpus& c) { return stage_plugin(c, "fr"); });
  add("pipeline-default-en",
      [](const Corpus& c) { return stage_pipeline(c, normalizer(Profile::DEFAULT, "en")); });
  add("pipeline-typographic-en",
      [](const Corpus& c) { return stage_pipeline(c, normalizer(Profile::TYPOGRAPHIC, "en")); });
  add("pipeline-default-fr",
      [](const Corpus& c) { return stage_pipeline(c, normalizer(Profile::DEFAULT, "fr")); });
  add("pipeline-default-auto",
      [](const Corpus& c) { return stage_pipeline(c, normalizer(Profile::DEFAULT, "auto")); });
  add("detect-auto",
      [](const Corpus& c) { return stage_detect(c, normalizer(Profile::DEFAULT, "auto")); });
  add("lines-default-en",
      [](const Corpus& c) { return stage_lines(c, normalizer(Profile::DEFAULT, "en")); });
  add("lines-edits-default-en",
      [](const Corpus& c) { return stage_lines_with_edits(c, normalizer(Profile::DEFAULT, "en")); });
  add("text-edits-default-en",
      [](const Corpus& c) { return stage_text_with_edits(c, normalizer(Profile::DEFAULT, "en")); });
  add("stream-text-default-auto", [](const Corpus& c) {
    return stage_stream(c, normalizer(Profile::DEFAULT, "auto"), textnorm::InputFormat::TEXT);
  });
  add("stream-jsonl-default-auto", [](const Corpus& c) {
    return stage_stream(c, normalizer(Profile::DEFAULT, "auto"), textnorm::InputFormat::JSONL);
  });
}

}  // namespace

int main(int argc, char** argv) try {
  benchmark::Initialize(&argc, argv);
  if (argc > 2 || (argc == 2 && argv[1][0] == '-' && argv[1][1] != '\0')) {
    std::fprintf(stderr, "usage: textnorm_bench [--benchmark_...] [CORPUS]\n");
    return 2;
  }
  if (argc == 2) setenv("TEXTNORM_BENCH_CORPUS", argv[1], 1);

  const Corpus& c = corpus();  // read (and fail) before any benchmark runs
  if (const std::size_t bad = textnorm::detail::find_invalid_utf8(c.text); bad != std::string_view::npos)
    throw std::runtime_error(c.name + ": invalid UTF-8 at byte " + std::to_string(bad));
  std::fprintf(stderr, "corpus: %s: %zu bytes, %zu lines\n", c.name.c_str(), c.text.size(),
               c.lines.size());
  benchmark::AddCustomContext("corpus", c.name);
  benchmark::AddCustomContext("corpus_bytes", std::to_string(c.text.size()));

  register_stages();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "textnorm_bench: %s\n", e.what());
  return 1;
}
