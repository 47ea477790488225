// A stand-alone driver of the names stage for names_accuracy.py before (and besides) the CLI:
//   names_driver [--names off|canonical|exonyms|by-language] [--transliterate] [--lang L]
//                [--lexicon FILE]... [--no-plugins] [--no-folds] [--bench] < input > output
//   names_driver lexicon         (every plugin entry: plugin, entity, form, kind, lang)
// --bench prints "MB/s <figure>" of the stage alone on stderr; --no-folds leaves out the
// plugins' spelling folds (names.folded-spelling), to measure what they cost.
#include "names_support.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  using namespace textnorm::detail;
  try {
    textnorm::NamesMode mode = textnorm::NamesMode::CANONICAL;
    bool transliterate = false, bench = false, plugins = true, folds = true;
    std::string lang = "en";
    std::vector<std::string> lexicons, files;
    for (int i = 1; i < argc; ++i) {
      const std::string arg = argv[i];
      if (arg == "--names" && i + 1 < argc) {
        const std::string m = argv[++i];
        mode = m == "off" ? textnorm::NamesMode::OFF
               : m == "exonyms" ? textnorm::NamesMode::EXONYMS
               : m == "by-language" ? textnorm::NamesMode::BY_LANGUAGE
                                    : textnorm::NamesMode::CANONICAL;
      } else if (arg == "--transliterate") {
        transliterate = true;
      } else if (arg == "--lang" && i + 1 < argc) {
        lang = argv[++i];
      } else if (arg == "--lexicon" && i + 1 < argc) {
        lexicons.push_back(argv[++i]);
      } else if (arg == "--no-plugins") {
        plugins = false;
      } else if (arg == "--no-folds") {
        folds = false;
      } else if (arg == "--bench") {
        bench = true;
      } else if (arg == "lexicon") {
        static const char* const kKinds[] = {"canonical", "variant", "exonym", "native"};
        for (const NameEntry& e : names_support::plugin_entries(TEXTNORM_PLUGIN_DIR))
          std::cout << e.plugin << '\t' << e.entity << '\t' << e.form << '\t'
                    << kKinds[e.kind] << '\t' << e.lang << '\n';
        return 0;
      } else {
        files.push_back(arg);
      }
    }
    std::vector<NameEntry> entries;
    if (plugins) entries = names_support::plugin_entries(TEXTNORM_PLUGIN_DIR);
    const auto scripts = names_support::plugin_scripts(TEXTNORM_PLUGIN_DIR);
    for (const std::string& file : lexicons) {
      std::vector<NameEntry> user = load_user_lexicon(file, scripts.get());
      entries.insert(entries.end(), user.begin(), user.end());
    }
    const NameStage stage(std::move(entries), mode, transliterate ? scripts : nullptr,
                          plugins ? names_support::plugin_folds(TEXTNORM_PLUGIN_DIR)
                                  : std::vector<textnorm::detail::FoldRules>{},
                          folds);
    std::vector<std::string> lines;
    std::string line;
    if (files.empty()) {
      while (std::getline(std::cin, line)) lines.push_back(line);
    } else {
      for (const std::string& file : files) {
        std::ifstream in(file);
        while (std::getline(in, line)) lines.push_back(line);
      }
    }
    std::size_t bytes = 0;
    const auto start = std::chrono::steady_clock::now();
    std::string out;
    std::vector<StageEdit> edits;
    NameStage::Workspace workspace;
    for (const std::string& l : lines) {
      edits.clear();
      stage.rewrite(l, lang, 0, edits, workspace);
      bytes += l.size() + 1;
      out += names_support::apply_edits(l, edits);
      out += '\n';
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fwrite(out.data(), 1, out.size(), stdout);
    if (bench) std::fprintf(stderr, "MB/s %.1f\n", bytes / 1e6 / (seconds > 0 ? seconds : 1e-9));
    return 0;
  } catch (const textnorm::Error& e) {
    std::fprintf(stderr, "names_driver: %s\n", e.what());
    return 2;
  }
}
