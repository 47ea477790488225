// textnorm-make-profile [--min-count N] [--unknown LOGP] COUNTS.tsv PROFILE.tsv: turns a list
// of words with their counts in a language's text (`word<TAB>count` lines, `#` comments) into
// a language profile (`word<TAB>natural log of its probability`, and the row `<unknown>`) for
// textnorm-compile-profile. Each word is cut and lowercased as the detector does (NFC, hyphens
// and apostrophes split, "Haus" -> "haus"), and the counts of words that become one are added.
// A word's probability is its count over all counts of at least N (default 1); a word no
// profile lists gets LOGP (default -18.8, the weight of the bundled en and fr profiles, so that
// a missing word costs the same in every language). CMake: textnorm_add_language_profile(...
// WORD_COUNTS).
#include "langid/word_tokenizer.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

constexpr double kDefaultUnknown = -18.8;

struct Request {
  double min_count = 1;
  double unknown = kDefaultUnknown;
  std::string counts;
  std::string profile;
};

double parse_number(const std::string& text, const std::string& what) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0' || !std::isfinite(value))
    throw std::runtime_error(what + " is not a number: '" + text + "'");
  return value;
}

Request parse_request(int argc, char** argv) {
  Request request;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--min-count" || arg == "--unknown") && i + 1 < argc) {
      (arg == "--min-count" ? request.min_count : request.unknown) = parse_number(argv[++i], arg);
    } else {
      files.push_back(arg);
    }
  }
  if (files.size() != 2 || request.unknown >= 0) {
    throw std::invalid_argument(
        "usage: textnorm-make-profile [--min-count N] [--unknown LOGP<0] COUNTS.tsv PROFILE.tsv");
  }
  request.counts = files[0];
  request.profile = files[1];
  return request;
}

// The detector's keys of `word` with `count` added to each, into `counts`.
void add_word(std::string_view word, double count, std::map<std::string, double>& counts) {
  std::string nfc;
  if (textnorm::detail::to_nfc(word, nfc, nullptr)) word = nfc;
  textnorm::detail::WordPieces pieces;
  textnorm::detail::tokenize_words(word, textnorm::detail::Clitics(), pieces);
  for (const textnorm::detail::WordPiece& piece : pieces.pieces)
    counts[std::string(pieces.key(piece))] += count;
}

std::map<std::string, double> read_counts(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::map<std::string, double> counts;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const std::string where = fmt::format("{}:{}", path, number);
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0)
      throw std::runtime_error(where + ": expected word<TAB>count");
    if (textnorm::detail::find_invalid_utf8(line) != std::string::npos)
      throw std::runtime_error(where + ": invalid UTF-8");
    const double count = parse_number(line.substr(tab + 1), where + ": the count");
    if (count <= 0) throw std::runtime_error(where + ": the count must be positive");
    add_word(std::string_view(line).substr(0, tab), count, counts);
  }
  return counts;
}

void write_profile(const Request& request, const std::map<std::string, double>& counts) {
  std::vector<std::pair<std::string, double>> kept;
  double total = 0;
  for (const auto& [word, count] : counts) {
    if (count < request.min_count) continue;
    kept.emplace_back(word, count);
    total += count;
  }
  if (kept.empty()) throw std::runtime_error(request.counts + ": no word counted");
  std::stable_sort(kept.begin(), kept.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  const std::string temporary = request.profile + ".tmp";
  std::FILE* out = std::fopen(temporary.c_str(), "w");
  if (out == nullptr) throw std::runtime_error("cannot write " + request.profile);
  std::fprintf(out, "# Made by textnorm-make-profile from %s; do not edit.\n<unknown>\t%.3f\n",
               request.counts.c_str(), request.unknown);
  for (const auto& [word, count] : kept)
    std::fprintf(out, "%s\t%.3f\n", word.c_str(), std::log(count / total));
  if (std::fclose(out) != 0 || std::rename(temporary.c_str(), request.profile.c_str()) != 0)
    throw std::runtime_error("cannot write " + request.profile);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const Request request = parse_request(argc, argv);
    write_profile(request, read_counts(request.counts));
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "textnorm-make-profile: %s\n", e.what());
    return 1;
  }
  return 0;
}
