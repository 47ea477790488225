#include "utf8_words.hpp"

#include <textnorm/utf8.hpp>

namespace textnorm::plugins::names {

std::vector<std::string> code_points(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) {
    sdk::decode_utf8(text, i, n);
    out.emplace_back(text.substr(i, n));
  }
  return out;
}

Script script_of(std::string_view text) {
  for (std::size_t i = 0, n = 0; i < text.size(); i += n) {
    const char32_t c = sdk::decode_utf8(text, i, n);
    if (c >= 0x0400 && c <= 0x052F) return Script::CYRILLIC;
    if ((c >= 0x0531 && c <= 0x058F) || (c >= 0xFB13 && c <= 0xFB17)) return Script::ARMENIAN;
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0) return Script::LATIN;
  }
  return Script::LATIN;
}

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t space = text.find(' ', start);
    if (space == std::string_view::npos) space = text.size();
    if (space > start) out.emplace_back(text.substr(start, space - start));
    start = space + 1;
  }
  return out;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::vector<std::string> split_list(std::string_view field) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= field.size()) {
    std::size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view item = field.substr(start, bar - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    start = bar + 1;
  }
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::string drop_code_points(std::string_view text, std::size_t n) {
  std::vector<std::string> cps = code_points(text);
  std::string out;
  for (std::size_t i = 0; i + n < cps.size(); ++i) out += cps[i];
  return out;
}

}  // namespace textnorm::plugins::names
