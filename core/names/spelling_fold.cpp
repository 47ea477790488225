#include "names/spelling_fold.hpp"

#include "names/name_matcher.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <stdexcept>

namespace textnorm::detail {
namespace {

// The space-separated items of `text`.
std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t space = std::min(text.find(' ', at), text.size());
    if (space > at) out.push_back(text.substr(at, space - at));
    at = space + 1;
  }
  return out;
}

// Which byte values a text holds: most rules are skipped without a search.
struct BytesPresent {
  std::array<uint64_t, 4> bits{};
  explicit BytesPresent(std::string_view text) {
    for (char c : text) {
      const auto b = static_cast<unsigned char>(c);
      bits[b >> 6] |= uint64_t{1} << (b & 63);
    }
  }
  bool has(char c) const {
    const auto b = static_cast<unsigned char>(c);
    return (bits[b >> 6] >> (b & 63)) & 1;
  }
};

}  // namespace

SpellingFold::SpellingFold(std::string_view rules) {
  std::vector<std::string> stopped_words;
  std::size_t number = 0;
  for (std::size_t at = 0; at < rules.size();) {
    std::size_t end = rules.find('\n', at);
    if (end == std::string_view::npos) end = rules.size();
    std::string_view line = rules.substr(at, end - at);
    at = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    try {
      parse_line(line, stopped_words);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(fmt::format("line {}: {}", number, e.what()));
    }
  }
  std::string key;
  std::string scratch;
  for (const std::string& word : stopped_words) {
    fold(word, key, scratch);
    stopped_keys_.insert(key);
  }
}

void SpellingFold::parse_line(std::string_view line, std::vector<std::string>& stopped_words) {
  if (line.front() == '!') {
    if (line.size() == 1) throw std::invalid_argument("'!' without a word");
    stopped_words.emplace_back(line.substr(1));
    return;
  }
  if (line == ":strip-marks") {
    steps_.push_back({Step::STRIP_MARKS, {}, {}, false, false});
  } else if (line.substr(0, 10) == ":entities ") {
    for (const std::string_view prefix : words(line.substr(10)))
      entity_prefixes_.emplace_back(prefix);
    if (entity_prefixes_.empty()) throw std::invalid_argument("':entities' without a prefix");
  } else if (line.substr(0, 14) == ":kept-letters ") {
    for (const std::string_view letter : words(line.substr(14))) {
      kept_letters_.emplace_back();
      name_text::append_lower_with_marks(letter, kept_letters_.back());
    }
    if (kept_letters_.empty()) throw std::invalid_argument("':kept-letters' without a letter");
  } else {
    steps_.push_back(parse_replace(line));
  }
  rules_.append(line);
  rules_ += '\n';
}

SpellingFold::Rule SpellingFold::parse_replace(std::string_view line) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos || line.find('\t', tab + 1) != std::string_view::npos)
    throw std::invalid_argument(
        "expected from<TAB>to, :strip-marks, :entities, :kept-letters or !Form");
  Rule rule;
  std::string_view from = line.substr(0, tab);
  rule.at_start = !from.empty() && from.front() == '^';
  if (rule.at_start) from.remove_prefix(1);
  rule.at_end = !from.empty() && from.back() == '$';
  if (rule.at_end) from.remove_suffix(1);
  if (from.empty()) throw std::invalid_argument("empty 'from'");
  name_text::append_lower_with_marks(from, rule.from);
  rule.to = line.substr(tab + 1);  // as written: a capital is a class no letter folds onto
  return rule;
}

bool SpellingFold::has_kept_letter(std::string_view word, std::string& lower) const {
  if (kept_letters_.empty()) return false;
  lower.clear();
  name_text::append_lower_with_marks(word, lower);
  const BytesPresent present(lower);
  return std::any_of(kept_letters_.begin(), kept_letters_.end(), [&](const std::string& letter) {
    return present.has(letter.back()) && lower.find(letter) != std::string::npos;
  });
}

bool SpellingFold::serves(std::string_view id) const {
  if (entity_prefixes_.empty()) return true;
  const auto starts_id = [&](const std::string& prefix) {
    return id.substr(0, prefix.size()) == prefix;
  };
  return std::any_of(entity_prefixes_.begin(), entity_prefixes_.end(), starts_id);
}

bool SpellingFold::replace(const Rule& rule, std::string& text, std::string& scratch) {
  std::size_t at = text.find(rule.from);
  bool changed = false;
  std::size_t copied = 0;
  for (; at != std::string::npos; at = text.find(rule.from, at)) {
    const std::size_t after = at + rule.from.size();
    if ((rule.at_start && at != 0) || (rule.at_end && after != text.size())) {
      ++at;
      continue;
    }
    if (!changed) scratch.clear();
    changed = true;
    scratch.append(text, copied, at - copied);
    scratch += rule.to;
    copied = at = after;
  }
  if (!changed) return false;
  scratch.append(text, copied, std::string::npos);
  text.swap(scratch);
  return true;
}

namespace {

// Longer than any name's key: a fold past it is rules gone wrong (a -> aa, again and again).
constexpr std::size_t kMaxKeyBytes = 1024;

}  // namespace

void SpellingFold::fold(std::string_view word, std::string& key, std::string& scratch) const {
  key.clear();
  name_text::append_lower_with_marks(word, key);
  if (key.size() > kMaxKeyBytes) {  // no name is that long
    key.clear();
    return;
  }
  BytesPresent present(key);
  for (const Rule& rule : steps_) {
    switch (rule.step) {
      case Step::REPLACE:
        if (!present.has(rule.from.front()) || !present.has(rule.from.back()) ||
            !replace(rule, key, scratch))
          break;
        if (key.size() > kMaxKeyBytes) {  // rules that grow without bound: no key
          key.clear();
          return;
        }
        present = BytesPresent(key);
        break;
      case Step::STRIP_MARKS:
        scratch.clear();
        name_text::append_lower(key, scratch);
        key.swap(scratch);
        present = BytesPresent(key);
        break;
    }
  }
}

}  // namespace textnorm::detail
