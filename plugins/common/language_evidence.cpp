#include "language_evidence.hpp"

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
  try {
    evidence.word_table(data.compiled_profile);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(std::string(name) + " language profile: " + e.what());
  }
  for_each_data_line(data.abbreviations, [&](std::string_view line, std::size_t) {
    evidence.abbreviation(line);
  });
  for_each_data_line(data.clitics, [&](std::string_view line, std::size_t) {
    evidence.clitic(line);
  });
}

}  // namespace textnorm::plugins
