#include "names/spelling_fold.hpp"

#include "names/name_matcher.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
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

// Which byte values a text holds: a kept letter is looked for only when its last byte is there.
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
  const std::size_t steps_before = steps_.size();
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
  if (steps_.size() > steps_before) {
    if (steps_.size() > kMaxSteps)
      throw std::invalid_argument(fmt::format("more than {} rules", kMaxSteps));
    index_step(steps_.size() - 1);
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
  if (rule.at_start || rule.at_end) return replace_anchored(rule, text, scratch);
  std::size_t at = text.find(rule.from);
  bool changed = false;
  std::size_t copied = 0;
  for (; at != std::string::npos; at = text.find(rule.from, at)) {
    if (!changed) scratch.clear();
    changed = true;
    scratch.append(text, copied, at - copied);
    scratch += rule.to;
    copied = at = at + rule.from.size();
  }
  if (!changed) return false;
  scratch.append(text, copied, std::string::npos);
  text.swap(scratch);
  return true;
}

bool SpellingFold::replace_anchored(const Rule& rule, std::string& text, std::string& scratch) {
  const std::string_view whole(text);
  const std::size_t n = rule.from.size();
  if (whole.size() < n || (rule.at_start && rule.at_end && whole.size() != n)) return false;
  const std::size_t at = rule.at_start ? 0 : whole.size() - n;
  if (whole.compare(at, n, rule.from) != 0) return false;
  scratch.assign(whole.substr(0, at));
  scratch += rule.to;
  scratch.append(whole.substr(at + n));
  text.swap(scratch);
  return true;
}

namespace {

// Longer than any name's key: a fold past it is rules gone wrong (a -> aa, again and again).
constexpr std::size_t kMaxKeyBytes = 1024;

// Whether `key` is ASCII without capitals: lowercasing and stripping marks keep it.
bool lowercase_ascii(std::string_view key) {
  return std::none_of(key.begin(), key.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z');
  });
}

std::size_t pair_slot(char a, char b) {
  return (std::size_t(static_cast<unsigned char>(a)) * 31 + static_cast<unsigned char>(b)) &
         (SpellingFold::kPairSlots - 1);
}

void add_step(SpellingFold::StepSet& set, std::size_t step) {
  set[step / 64] |= uint64_t{1} << (step % 64);
}

SpellingFold::StepSet& operator|=(SpellingFold::StepSet& a, const SpellingFold::StepSet& b) {
  for (std::size_t w = 0; w < a.size(); ++w) a[w] |= b[w];
  return a;
}

// The first step of `set` at or after `from`, or kMaxSteps.
std::size_t next_step(const SpellingFold::StepSet& set, std::size_t from) {
  for (std::size_t w = from / 64; w < set.size(); ++w) {
    const uint64_t bits = w == from / 64 ? set[w] & (~uint64_t{0} << (from % 64)) : set[w];
    if (bits != 0) return w * 64 + std::size_t(std::countr_zero(bits));
  }
  return SpellingFold::kMaxSteps;
}

}  // namespace

void SpellingFold::fold(std::string_view word, std::string& key, std::string& scratch) const {
  key.clear();
  name_text::append_lower_with_marks(word, key);
  if (key.size() > kMaxKeyBytes) {  // no name is that long
    key.clear();
    return;
  }
  StepSet candidates = steps_for(key);
  for (std::size_t i = next_step(candidates, 0); i < steps_.size(); i = next_step(candidates, i + 1)) {
    const Rule& rule = steps_[i];
    if (rule.step == Step::REPLACE) {
      if (!replace(rule, key, scratch)) continue;
      if (key.size() > kMaxKeyBytes) {  // rules that grow without bound: no key
        key.clear();
        return;
      }
    } else {
      if (lowercase_ascii(key)) continue;
      scratch.clear();
      name_text::append_lower(key, scratch);
      key.swap(scratch);
    }
    candidates = steps_for(key);
  }
}

SpellingFold::StepSet SpellingFold::steps_for(std::string_view key) const {
  StepSet set = always_;
  for (std::size_t i = 0; i < key.size(); ++i) {
    set |= by_byte_[static_cast<unsigned char>(key[i])];
    if (i + 1 < key.size()) set |= by_pair_[pair_slot(key[i], key[i + 1])];
  }
  return set;
}

void SpellingFold::index_step(std::size_t step) {
  const Rule& rule = steps_[step];
  if (rule.step == Step::STRIP_MARKS)
    add_step(always_, step);
  else if (rule.from.size() == 1)
    add_step(by_byte_[static_cast<unsigned char>(rule.from[0])], step);
  else
    add_step(by_pair_[pair_slot(rule.from[0], rule.from[1])], step);
}

}  // namespace textnorm::detail
