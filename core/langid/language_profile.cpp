#include "langid/language_profile.hpp"

#include <fmt/format.h>

#include <charconv>
#include <fstream>
#include <stdexcept>

namespace textnorm::detail {
namespace {

constexpr std::string_view kUnknownWordRow = "<unknown>";

float parse_weight(std::string_view text, const std::string& where) {
  float weight = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), weight);
  if (error != std::errc() || end != text.data() + text.size()) {
    throw std::runtime_error(fmt::format("{}: expected a number after the tab, got '{}'", where, text));
  }
  return weight;
}

}  // namespace

LanguageProfile load_language_profile(const std::string& path, std::string lang) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open language profile");
  LanguageProfile profile{std::move(lang), {}, {}};
  std::size_t line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    const std::string where = fmt::format("{}:{}", path, line_number);
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos) throw std::runtime_error(where + ": expected word<TAB>weight");
    const float weight = parse_weight(std::string_view(line).substr(tab + 1), where);
    line.resize(tab);
    if (line == kUnknownWordRow) {
      profile.unknown_word_weight = weight;
    } else {
      profile.words.emplace_back(std::move(line), weight);
    }
  }
  return profile;
}

std::vector<std::string> load_word_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open word list");
  std::vector<std::string> words;
  for (std::string line; std::getline(in, line);) {
    const std::size_t end = line.find_first_of("# \t\r");
    line.resize(end == std::string::npos ? line.size() : end);
    if (!line.empty()) words.push_back(line);
  }
  return words;
}

}  // namespace textnorm::detail
