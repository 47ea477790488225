// The names stage's folded matching: a capitalised word no entry spells, rewritten by the key
// the plugins' spelling folds give it (names.folded-spelling).
#include "names/name_stage.hpp"

#include "names/name_forms.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace textnorm::detail {
using namespace name_forms;
namespace {

// A folded key shorter than this matches nothing: short names fold onto words (Jury, Yuri).
constexpr std::size_t kMinFoldedKey = 5;

// Words whose folded lookups a workspace remembers.
constexpr std::size_t kFoldCacheSize = 1 << 15;

// The end of the word ending at `end` with the next part after an apostrophe (Mikha'il), or
// `end` when no apostrophe and letter follow.
std::size_t next_apostrophe_part_end(std::string_view text, std::size_t end) {
  if (end >= text.size() || (text[end] != '\'' && text[end] != '\xE2')) return end;
  std::string_view separator;
  std::size_t length = 0;
  if (!name_text::separator_at(text, end, separator, length) || separator != "'") return end;
  const std::size_t next_end = name_text::word_end(text, end + length);
  return next_end == end + length ? end : next_end;
}

}  // namespace

void NameStage::add_folds(const std::vector<FoldRules>& folds,
                          const std::unordered_map<std::string_view, uint16_t>& plugin_index) {
  for (const FoldRules& f : folds) {
    const auto plugin = plugin_index.find(f.plugin);
    if (plugin == plugin_index.end()) continue;  // a plugin that reported no name
    std::optional<SpellingFold> fold;
    try {
      fold.emplace(f.rules);
    } catch (const std::invalid_argument& e) {
      throw Error(ErrorKind::PLUGIN_FAILED,
                  fmt::format("plugin '{}' gave bad spelling fold rules: {}", f.plugin, e.what()));
    }
    // Plugins with the same rules share one table, and each other's `!` words.
    auto same = std::find_if(folds_.begin(), folds_.end(),
                             [&](const FoldTable& t) { return t.fold.rules() == fold->rules(); });
    if (same == folds_.end()) {
      folds_.push_back({std::move(*fold), {plugin->second}, {}});
    } else {
      same->fold.add_stopped(*fold);
      same->plugins.push_back(plugin->second);
    }
  }
}

void NameStage::index_folded(const std::vector<OneWordSpelling>& spellings) {
  std::string folded;
  std::string scratch;
  for (FoldTable& table : folds_) {
    uint32_t last_entity = kNoEntity;
    bool served = false;
    for (const auto& [entry, entity, plugin] : spellings) {
      // An entity's spellings come in a row: whether the fold serves it is decided once.
      if (entity != last_entity) {
        last_entity = entity;
        served = table.fold.serves(entry->entity);
      }
      if (!served ||
          std::find(table.plugins.begin(), table.plugins.end(), plugin) == table.plugins.end())
        continue;
      table.fold.fold(entry->form, folded, scratch);
      if (folded.size() < kMinFoldedKey || table.fold.stopped(folded)) continue;
      auto [slot, inserted] = table.entity.try_emplace(folded, entity);
      if (inserted || slot->second == entity || slot->second == kAmbiguous) continue;
      const std::string* mine = canonical(entities_[entity], "en");
      const std::string* theirs = canonical(entities_[slot->second], "en");
      if (mine == nullptr || theirs == nullptr || *mine != *theirs) slot->second = kAmbiguous;
    }
  }
}

uint32_t NameStage::folded_entity(std::string_view word, Workspace& workspace) const {
  if (workspace.stage != id_ || workspace.words.size() >= kFoldCacheSize) {
    workspace.stage = id_;
    workspace.words = WordTable();
    workspace.entity.clear();
  }
  const uint64_t hash = WordTable::hash_of(word);
  const uint32_t row = workspace.words.find(word, hash);
  if (row != WordTable::kMissing) return workspace.entity[row];
  const uint32_t found = fold_lookup(word, workspace);
  workspace.words.insert(word, hash);
  workspace.entity.push_back(found);
  return found;
}

bool NameStage::has_kept_letter(std::string_view word, std::string& scratch) const {
  return std::any_of(folds_.begin(), folds_.end(),
                     [&](const FoldTable& t) { return t.fold.has_kept_letter(word, scratch); });
}

uint32_t NameStage::fold_lookup(std::string_view word, Workspace& workspace) const {
  if (has_non_ascii(word) && has_kept_letter(word, workspace.scratch))
    return kAmbiguous;  // French, no romanization
  std::string& folded = workspace.folded;
  uint32_t found = kAmbiguous;
  for (const FoldTable& table : folds_) {
    table.fold.fold(word, folded, workspace.scratch);
    const auto it = table.entity.find(folded);
    if (it == table.entity.end() || it->second == kAmbiguous) continue;
    if (found != kAmbiguous && found != it->second) return kAmbiguous;
    found = it->second;
  }
  return found;
}

bool NameStage::listed_with_marks(std::string_view found, Workspace& workspace) const {
  if (diacritic_forms_.count(to_lower(found)) != 0) return true;
  // Each word with such a letter listed on its own (Mikhaïl Gorbachev: Mikhaïl is).
  bool words = false;
  for (std::size_t i = 0; i < found.size();) {
    const std::size_t end = name_text::word_end(found, i);
    if (end == i) {
      ++i;
      continue;
    }
    const std::string_view word = found.substr(i, end - i);
    if (has_kept_letter(word, workspace.scratch)) {
      if (diacritic_forms_.count(to_lower(word)) == 0) return false;
      words = true;
    }
    i = end;
  }
  return words && found.find(' ') != std::string_view::npos;
}

std::optional<StageEdit> NameStage::folded_edit(std::string_view text, std::size_t begin,
                                                std::size_t end, std::string_view lang,
                                                Workspace& workspace) const {
  if (end - begin < kMinFoldedKey || end - begin > NameMatcher::kMaxWordBytes) return std::nullopt;
  const std::string_view word = text.substr(begin, end - begin);
  const uint32_t entity = folded_entity(word, workspace);
  if (entity == kAmbiguous) return std::nullopt;
  const std::string_view target_lang =
      mode_ == NamesMode::BY_LANGUAGE ? primary_language(lang) : std::string_view("en");
  const std::string* target = canonical(entities_[entity], target_lang);
  if (target == nullptr) return std::nullopt;
  const char* plugin = plugins_[entities_[entity].plugin].c_str();
  // The word in its canonical form may start a longer known name (Jevgenij Petrossyan is
  // Yevgeny Petrossyan, a spelling of Yevgeny Petrosyan): that name is what a second run finds.
  const std::string* english = canonical(entities_[entity], "en");
  std::string probe = *english;
  probe.append(text.substr(end, kLongerNameProbe));
  uint32_t value = NameMatcher::kNone;
  const std::size_t probe_end = matcher_.match_prefix(probe, value);
  bool longer_name = false;
  if (probe_end > english->size()) {
    const Decision d = decide(value, lang);
    if (d.target != nullptr) {
      end += probe_end - english->size();
      target = d.target;
      plugin = d.plugin;
      longer_name = true;
    }
  }
  // A given name standing alone is never rewritten (see rewrite()).
  if (entities_[entity].cls == EntityClass::GIVEN_NAME && !longer_name) return std::nullopt;
  const std::string_view found = text.substr(begin, end - begin);
  std::string replacement = all_capitals(found) ? to_upper(*target) : *target;
  if (replacement == found) return std::nullopt;
  return StageEdit{begin, end, std::move(replacement), RuleRef{kFoldedRule, plugin}};
}

std::optional<StageEdit> NameStage::folded_word_edit(std::string_view text, std::size_t begin,
                                                     std::size_t& end, std::string_view lang,
                                                     Workspace& workspace) const {
  std::optional<StageEdit> edit = folded_edit(text, begin, end, lang, workspace);
  for (std::size_t next = next_apostrophe_part_end(text, end); !edit && next != end;
       next = next_apostrophe_part_end(text, end)) {
    end = next;
    edit = folded_edit(text, begin, end, lang, workspace);
  }
  if (edit) end = edit->end;
  return edit;
}

}  // namespace textnorm::detail
