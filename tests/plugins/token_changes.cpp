// Review tool for issue 13 item 10: which rules still change text inside technical tokens on a
// real corpus. For each profile and --lang en, fr, auto, normalizes every line with its edits
// and reports the edits that fall inside a token of the input line (textnorm/technical_tokens.hpp),
// by rule, with the commonest changes as examples.
//
// usage: token_changes CORPUS [MAX_LINES]
// Output: one TSV row per profile, language, rule and change: count, token, what the edit
// replaced, its replacement. The review of the documentation corpus is tests/plugins/doc_corpus_token_changes.tsv.
#include <textnorm/normalizer.hpp>
#include <textnorm/technical_tokens.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace {

// Tabs and line breaks as \t and \n, so that a change fits in one TSV cell.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out.empty() ? "(empty)" : out;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc < 2) {
    std::fprintf(stderr, "usage: token_changes CORPUS [MAX_LINES]\n");
    return 2;
  }
  const std::size_t max_lines = argc > 2 ? std::stoul(argv[2]) : std::size_t(-1);
  std::vector<std::string> lines;
  {
    std::ifstream in(argv[1], std::ios::binary);
    std::string line;
    while (lines.size() < max_lines && std::getline(in, line)) lines.push_back(line);
  }
  for (const auto profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC}) {
    for (const std::string lang : {"en", "fr", "auto"}) {
      textnorm::Options options;
      options.profile = profile;
      options.lang = lang;
      const textnorm::Normalizer normalizer(options);
      // (rule, token, old bytes, replacement) -> count
      std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> changes;
      std::vector<textnorm::Edit> edits;
      std::vector<textnorm::sdk::TokenSpan> tokens;
      std::string out;
      for (const std::string& line : lines) {
        tokens.clear();
        textnorm::sdk::find_technical_tokens(line, tokens);
        if (tokens.empty()) continue;
        edits.clear();
        out.clear();
        try {
          normalizer.normalize_line(line, out, &edits);
        } catch (const textnorm::Error&) {
          continue;  // invalid UTF-8 is not this tool's concern
        }
        for (const textnorm::Edit& e : edits)
          for (const auto& t : tokens) {
            const bool inside = e.begin == e.end ? t.begin < e.begin && e.begin < t.end
                                                 : e.begin < t.end && e.end > t.begin;
            if (!inside) continue;
            ++changes[{e.rule, line.substr(t.begin, t.end - t.begin),
                       line.substr(e.begin, e.end - e.begin), e.replacement}];
            break;
          }
      }
      const char* profile_name = profile == textnorm::Profile::DEFAULT ? "default" : "typographic";
      for (const auto& [key, count] : changes)
        std::printf("%s\t%s\t%s\t%zu\t%s\t%s\t%s\n", profile_name, lang.c_str(),
                    std::get<0>(key).c_str(), count, cell(std::get<1>(key)).c_str(),
                    cell(std::get<2>(key)).c_str(), cell(std::get<3>(key)).c_str());
    }
  }
  return 0;
} catch (const std::exception& e) {
  std::fprintf(stderr, "token_changes: %s\n", e.what());
  return 1;
}
