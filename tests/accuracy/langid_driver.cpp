// Reads lines on stdin and prints, per line, the JSON array of language segments that
// `textnorm detect` prints: [{"start":B,"end":B,"lang":"fr","confidence":0.97}, ...].
// Usage: langid_driver [--plugins DIR]   (DIR holds en/data/ and fr/data/)
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "langid/language_detector.hpp"

#ifndef TEXTNORM_PLUGINS_DIR
#define TEXTNORM_PLUGINS_DIR "plugins"
#endif

namespace {

using textnorm::detail::LanguageDetector;
using textnorm::detail::LanguageProfile;

LanguageDetector make_detector(const std::string& plugins) {
  std::vector<LanguageProfile> profiles;
  std::vector<std::string> abbreviations;
  for (const char* lang : {"en", "fr"}) {
    const std::string data = plugins + "/" + lang + "/data/";
    profiles.push_back(
        textnorm::detail::load_language_profile(data + "language_profile.tsv", lang));
    for (std::string& a : textnorm::detail::load_word_list(data + "abbreviations.txt")) {
      abbreviations.push_back(std::move(a));
    }
  }
  return LanguageDetector(std::move(profiles), std::move(abbreviations),
                          textnorm::detail::load_word_list(plugins + "/en/data/clitics.txt"));
}

void print_spans(const std::vector<textnorm::detail::LanguageSpan>& spans) {
  std::string out = "[";
  char buffer[160];
  for (const auto& span : spans) {
    std::snprintf(buffer, sizeof buffer,
                  "%s{\"start\":%zu,\"end\":%zu,\"lang\":\"%s\",\"confidence\":%.2f}",
                  out.size() > 1 ? "," : "", span.begin, span.end, span.lang.c_str(),
                  static_cast<double>(span.confidence));
    out += buffer;
  }
  out += "]\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::string plugins = TEXTNORM_PLUGINS_DIR;
  if (argc == 3 && std::string(argv[1]) == "--plugins") {
    plugins = argv[2];
  } else if (argc != 1) {
    std::fprintf(stderr, "usage: %s [--plugins DIR]\n", argv[0]);
    return 2;
  }
  try {
    const LanguageDetector detector = make_detector(plugins);
    std::ios::sync_with_stdio(false);
    for (std::string line; std::getline(std::cin, line);) print_spans(detector.detect(line));
  } catch (const std::exception& error) {
    std::fprintf(stderr, "langid_driver: %s\n", error.what());
    return 1;
  }
  return 0;
}
