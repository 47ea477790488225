#include "utf8_words.hpp"

namespace textnorm::plugins::names {
namespace {

std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

char32_t decode(std::string_view cp) {
  const auto b = [&](std::size_t i) { return char32_t(static_cast<unsigned char>(cp[i])); };
  switch (cp.size()) {
    case 1: return b(0);
    case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
    case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    default: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
}

}  // namespace

std::vector<std::string> code_points(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
    if (i + n > text.size()) n = text.size() - i;
    out.emplace_back(text.substr(i, n));
    i += n;
  }
  return out;
}

Script script_of(std::string_view text) {
  for (const std::string& cp : code_points(text)) {
    const char32_t c = decode(cp);
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
