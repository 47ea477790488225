#include "language_evidence.hpp"

#include <charconv>
#include <stdexcept>
#include <string>

namespace textnorm::plugins {
namespace {

// Calls visit(line, line_number) for each line that is neither empty nor a comment.
template <class Visit>
void for_each_data_line(std::string_view text, Visit&& visit) {
  std::size_t line_number = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    visit(line, line_number);
  }
}

}  // namespace

void report_language_evidence(std::string_view name, const LanguageData& data,
                              sdk::EvidenceWriter& evidence) {
  for_each_data_line(data.profile, [&](std::string_view line, std::size_t line_number) {
    const std::size_t tab = line.find('\t');
    float weight = 0;
    const char* weight_end = line.data() + line.size();
    if (tab == std::string_view::npos ||
        std::from_chars(line.data() + tab + 1, weight_end, weight).ptr != weight_end)
      throw std::runtime_error(std::string(name) + " language profile line " +
                               std::to_string(line_number) + ": expected word<TAB>weight");
    const std::string_view word = line.substr(0, tab);
    if (word == "<unknown>")
      evidence.unknown_word(weight);
    else
      evidence.word(word, weight);
  });
  for_each_data_line(data.abbreviations, [&](std::string_view line, std::size_t) {
    evidence.abbreviation(line);
  });
  for_each_data_line(data.clitics, [&](std::string_view line, std::size_t) {
    evidence.clitic(line);
  });
}

}  // namespace textnorm::plugins
