#include "entity_table.hpp"

#include "utf8_words.hpp"

#include <stdexcept>

namespace textnorm::plugins::names {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    out.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

// Calls `row(fields, line_number)` for each data line.
template <class Row>
void for_each_row(std::string_view text, Row&& row) {
  std::size_t line_number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end < text.size() ? end + 1 : end);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    row(split_tabs(line), line_number);
  }
}

[[noreturn]] void fail(std::string_view name, std::size_t line, const std::string& what) {
  throw std::runtime_error(std::string(name) + ":" + std::to_string(line) + ": " + what);
}

}  // namespace

std::vector<Entity> parse_entities(std::string_view text, std::string_view name) {
  std::vector<Entity> out;
  for_each_row(text, [&](std::vector<std::string> f, std::size_t line) {
    if (f.size() < 6 || f.size() > 9)
      fail(name, line, "expected 6 to 9 tab-separated columns, found " + std::to_string(f.size()));
    f.resize(9);
    if (f[0].empty() || f[4].empty()) fail(name, line, "empty id or en column");
    Entity e{f[0], f[1], f[2], f[3], f[4], f[5], split_list(f[6]), {}};
    for (const std::string& x : split_list(f[7])) {
      const std::size_t colon = x.find(':');
      if (colon == std::string::npos || colon == 0 || colon + 1 == x.size())
        fail(name, line, "exonym '" + x + "' is not lang:Form");
      e.exonyms.emplace_back(x.substr(0, colon), x.substr(colon + 1));
    }
    // The sources are for the reader (build_entities.py); they must still match the exonyms.
    const std::size_t sources = split_list(f[8]).size();
    if (sources != 0 && sources != e.exonyms.size())
      fail(name, line, std::to_string(e.exonyms.size()) + " exonyms but " +
                           std::to_string(sources) + " exonym sources");
    out.push_back(std::move(e));
  });
  return out;
}

std::vector<GivenName> parse_given_names(std::string_view text, std::string_view name) {
  std::vector<GivenName> out;
  for_each_row(text, [&](const std::vector<std::string>& f, std::size_t line) {
    if (f.size() < 2 || f.size() > 3 || f[0].empty() || f[1].empty())
      fail(name, line, "expected en<TAB>ru<TAB>cognates");
    out.push_back({f[0], f[1], f.size() > 2 ? split_list(f[2]) : std::vector<std::string>{}});
  });
  return out;
}

std::vector<std::string> parse_excluded_forms(std::string_view text) {
  std::vector<std::string> out;
  for_each_row(text, [&](const std::vector<std::string>& f, std::size_t) {
    if (!f[0].empty()) out.push_back(f[0]);
  });
  return out;
}

}  // namespace textnorm::plugins::names
