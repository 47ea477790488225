#include "names/variant_finder.hpp"

#include "names/name_matcher.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace textnorm::detail {
namespace {

struct Word {
  std::size_t begin;
  std::size_t end;
  bool capital;
};

std::vector<Word> words_of(std::string_view line) {
  std::vector<Word> words;
  for (std::size_t i = 0, length = 0; i < line.size();) {
    const char32_t c = decode_utf8(line, i, length);
    if (!name_text::is_word_char(c)) {
      i += length;
      continue;
    }
    const std::size_t end = name_text::word_end(line, i);
    const std::string_view w = line.substr(i, end - i);
    bool lower_after_first = false;
    for (std::size_t j = length, l = 0; j < w.size(); j += l)
      if (!name_text::is_capital(decode_utf8(w, j, l))) lower_after_first = true;
    words.push_back({i, end, name_text::is_capital(c) && lower_after_first && w.size() >= 3});
    i = end;
  }
  return words;
}

std::string lower(std::string_view word) {
  std::string out;
  name_text::append_lower(word, out);
  return out;
}

}  // namespace

std::vector<VariantGroup> find_variant_groups(const std::vector<std::string>& lines,
                                              const NameStage& stage, const SpellingFold& fold) {
  std::unordered_map<std::string, std::size_t> counts;
  std::unordered_set<std::string> lowercase_words;
  for (const std::string& line : lines) {
    const std::vector<Word> words = words_of(line);
    for (std::size_t k = 0; k < words.size(); ++k) {
      const Word& w = words[k];
      const std::string_view text = std::string_view(line).substr(w.begin, w.end - w.begin);
      if (!w.capital) {
        lowercase_words.insert(std::string(text));
        continue;
      }
      ++counts[std::string(text)];
      if (k + 1 < words.size() && words[k + 1].capital && words[k + 1].begin == w.end + 1 &&
          (line[w.end] == ' ' || line[w.end] == '-'))
        ++counts[line.substr(w.begin, words[k + 1].end - w.begin)];
    }
  }
  std::string key;
  std::string scratch;
  // The English canonical form of the known spellings under each key, empty when they disagree.
  std::unordered_map<std::string, std::string> known;
  stage.for_each_spelling([&](std::string_view spelling, const std::string& canonical) {
    fold.fold(spelling, key, scratch);
    auto [it, inserted] = known.try_emplace(key, canonical);
    if (!inserted && it->second != canonical) it->second.clear();
  });
  std::map<std::string, std::vector<std::pair<std::string, std::size_t>>> by_key;
  for (const auto& [form, count] : counts) {
    if (form.find(' ') == std::string::npos && form.find('-') == std::string::npos &&
        lowercase_words.count(lower(form)) != 0)
      continue;
    fold.fold(form, key, scratch);
    if (key.empty()) continue;  // no name: forms without a key are no variants of each other
    by_key[key].emplace_back(form, count);
  }
  std::vector<VariantGroup> groups;
  for (auto& [group_key, forms] : by_key) {
    std::sort(forms.begin(), forms.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const auto canonical = known.find(group_key);
    VariantGroup group{group_key, canonical == known.end() ? std::string() : canonical->second, false,
                       std::move(forms)};
    group.known = !group.canonical.empty();
    if (group.known) {
      const bool unknown = std::any_of(group.forms.begin(), group.forms.end(),
                                       [&](const auto& f) { return !stage.is_known(f.first); });
      if (!unknown) continue;
    } else {
      if (group.forms.size() < 2) continue;
      group.canonical = group.forms.front().first;
    }
    groups.push_back(std::move(group));
  }
  std::stable_sort(groups.begin(), groups.end(), [](const VariantGroup& a, const VariantGroup& b) {
    std::size_t ta = 0, tb = 0;
    for (const auto& f : a.forms) ta += f.second;
    for (const auto& f : b.forms) tb += f.second;
    return ta > tb;
  });
  return groups;
}

std::string format_group(const VariantGroup& group, const NameStage* stage) {
  std::string out = fmt::format("# {}{}:", group.key,
                                group.known ? fmt::format(" (known: {})", group.canonical) : "");
  for (const auto& [form, count] : group.forms)
    fmt::format_to(std::back_inserter(out), " {} ({})", form, count);
  out += '\n';
  for (const auto& [form, count] : group.forms) {
    if (form == group.canonical || (stage != nullptr && stage->is_known(form))) continue;
    out += group.canonical + '\t' + form + '\n';
  }
  return out;
}

}  // namespace textnorm::detail
