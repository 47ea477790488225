#include "names/name_stage.hpp"

#include "names/script_transliterator.hpp"
#include "text/nfc.hpp"
#include "text/utf8.hpp"

#include <textnorm/error.hpp>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <optional>
#include <stdexcept>

namespace textnorm::detail {
namespace {

constexpr const char* kVariantRule = "names.variant";
constexpr const char* kFoldedRule = "names.folded-spelling";
constexpr const char* kPersonRule = "names.given-name";
constexpr const char* kExonymRule = "names.exonym";
constexpr const char* kTransliterateRule = "names.transliterate";

// "fr-CA" -> "fr"
std::string_view primary_language(std::string_view lang) {
  return lang.substr(0, std::min(lang.find('-'), lang.size()));
}

// True when `text` has two letters or more and no lowercase letter (PASHINIAN).
bool all_capitals(std::string_view text) {
  std::size_t letters = 0;
  for (std::size_t i = 0, length = 0; i < text.size(); i += length) {
    const char32_t c = name_text::decode(text, i, length);
    if (!name_text::is_word_char(c)) continue;
    if (!name_text::is_capital(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

std::string to_lower(std::string_view text) {
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  s.toLower(icu::Locale::getRoot());
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool has_non_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// A folded key shorter than this matches nothing: short names fold onto words (Jury, Yuri).
constexpr std::size_t kMinFoldedKey = 5;

// How far past a folded word a longer name is looked for: more than any name's length.
constexpr std::size_t kLongerNameProbe = 256;

// Words whose folded lookups a thread remembers.
constexpr std::size_t kFoldCacheSize = 1 << 15;

// Tells stages apart for the workspaces' caches (an address could be reused).
std::atomic<uint64_t> next_stage_id{1};

// Whether a lexicon key is one word (no space, apostrophe or period between words).
bool one_word(std::string_view key) { return key.find_first_of(" '.") == std::string_view::npos; }

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

// Optimal string alignment distance (edits, and swaps of neighbours), at most `limit` + 1.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(current);
  }
  return std::min(previous[b.size()], limit + 1);
}

std::string to_upper(const std::string& text) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  s.toUpper(icu::Locale::getRoot());
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

NameStage::NameStage(std::vector<NameEntry> entries, NamesMode mode,
                     std::shared_ptr<const ScriptTransliterator> transliterator,
                     const std::vector<FoldRules>& folds, bool match_folded,
                     bool person_given_names)
    : mode_(mode),
      transliterator_(std::move(transliterator)),
      match_folded_(match_folded),
      person_given_names_(person_given_names),
      id_(next_stage_id++) {
  std::unordered_map<std::string, uint16_t> plugin_index;
  std::unordered_map<std::string, uint32_t> entity_index;
  std::unordered_map<std::string, uint32_t> key_value;
  std::string key;
  std::vector<const std::string*> with_diacritics;
  for (NameEntry& entry : entries) {
    auto [plugin, new_plugin] = plugin_index.try_emplace(entry.plugin, uint16_t(plugins_.size()));
    if (new_plugin) {
      plugins_.push_back(entry.plugin);
      if (entry.plugin == "lexicon") lexicon_plugin_ = plugin->second;
    }
    auto [entity, new_entity] = entity_index.try_emplace(entry.entity, uint32_t(entities_.size()));
    if (new_entity)
      entities_.push_back({entry.entity, plugin->second, {}, class_of(entry.entity)});
    Entity& e = entities_[entity->second];
    const bool english_canonical =
        entry.kind == TEXTNORM_NAME_CANONICAL && primary_language(entry.lang) == "en";
    if (entry.kind == TEXTNORM_NAME_CANONICAL) {
      const std::string_view lang = primary_language(entry.lang);
      const bool known = std::any_of(e.canonical.begin(), e.canonical.end(),
                                     [&](const auto& c) { return c.first == lang; });
      if (!known) e.canonical.emplace_back(std::string(lang), entry.form);
    }
    std::size_t length = 0;
    if (entry.form.empty() || !name_text::is_capital(name_text::decode(entry.form, 0, length)) ||
        !name_key(entry.form, key))
      continue;
    if (has_non_ascii(entry.form)) with_diacritics.push_back(&entry.form);
    auto [slot, new_key] = key_value.try_emplace(key, uint32_t(values_.size()));
    if (new_key) values_.emplace_back();
    std::vector<Candidate>& candidates = values_[slot->second];
    const Candidate candidate{entity->second, entry.kind, english_canonical};
    const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
      return c.entity == candidate.entity && c.kind == candidate.kind &&
             c.english_canonical == candidate.english_canonical;
    });
    if (!seen) candidates.push_back(candidate);
  }
  for (const auto& [k, value] : key_value) matcher_.add_key(k, value);
  index_people();
  add_folds(folds, plugin_index);
  // Only a form with a letter a fold keeps is ever looked up there (see rewrite()).
  std::string scratch;
  for (const std::string* form : with_diacritics)
    if (has_kept_letter(*form, scratch)) diacritic_forms_.insert(to_lower(*form));
  if (match_folded_ && !folds_.empty()) index_folded(entries, plugin_index);
}

void NameStage::add_folds(const std::vector<FoldRules>& folds,
                          const std::unordered_map<std::string, uint16_t>& plugin_index) {
  for (const FoldRules& f : folds) {
    const auto plugin = plugin_index.find(f.plugin);
    if (plugin == plugin_index.end()) continue;  // a plugin that reported no name
    std::optional<SpellingFold> fold;
    try {
      fold.emplace(f.rules);
    } catch (const std::invalid_argument& e) {
      throw Error(ErrorKind::PLUGIN_FAILED,
                  "plugin '" + f.plugin + "' gave bad spelling fold rules: " + e.what());
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

void NameStage::index_folded(const std::vector<NameEntry>& entries,
                             const std::unordered_map<std::string, uint16_t>& plugin_index) {
  std::unordered_map<std::string, uint32_t> entity_index;
  for (uint32_t i = 0; i < entities_.size(); ++i) entity_index.emplace(entities_[i].id, i);
  std::string key;
  std::string folded;
  std::string scratch;
  for (const NameEntry& entry : entries) {
    const bool english_canonical =
        entry.kind == TEXTNORM_NAME_CANONICAL && primary_language(entry.lang) == "en";
    const bool spelling = entry.kind == TEXTNORM_NAME_VARIANT || english_canonical;
    if (!spelling || !name_key(entry.form, key) || !one_word(key)) continue;
    const uint16_t plugin = plugin_index.at(entry.plugin);
    const uint32_t entity = entity_index.at(entry.entity);
    for (FoldTable& table : folds_) {
      if (std::find(table.plugins.begin(), table.plugins.end(), plugin) == table.plugins.end() ||
          !table.fold.serves(entry.entity))
        continue;
      table.fold.fold(entry.form, folded, scratch);
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

NameStage::~NameStage() = default;

NameStage::EntityClass NameStage::class_of(std::string_view id) {
  if (id.starts_with("person.")) return EntityClass::PERSON;
  if (id.starts_with("given.")) return EntityClass::GIVEN_NAME;
  if (id.starts_with("surname.")) return EntityClass::SURNAME;
  return EntityClass::OTHER;
}

void NameStage::index_people() {
  std::unordered_map<std::string_view, uint32_t> given_names;
  std::unordered_map<std::string_view, uint32_t> surnames;
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    const std::string* english = canonical(entities_[i], "en");
    if (english == nullptr) continue;
    if (entities_[i].cls == EntityClass::GIVEN_NAME) given_names.emplace(*english, i);
    if (entities_[i].cls == EntityClass::SURNAME) surnames.emplace(*english, i);
  }
  for (uint32_t i = 0; i < entities_.size(); ++i) {
    Entity& person = entities_[i];
    const std::string* english = canonical(person, "en");
    if (person.cls != EntityClass::PERSON || english == nullptr) continue;
    const std::string_view name = *english;
    const std::size_t first_space = name.find(' ');
    const std::size_t last_space = name.rfind(' ');
    if (first_space == std::string_view::npos) continue;
    const auto given = given_names.find(name.substr(0, first_space));
    const auto surname = surnames.find(name.substr(last_space + 1));
    if (surname == surnames.end()) continue;
    if (given != given_names.end()) person.given_name = given->second;
    uint32_t& bearer = entities_[surname->second].person;
    bearer = bearer == kNoEntity ? i : kAmbiguous;
  }
}

uint32_t NameStage::person_after(std::string_view text, std::size_t end) const {
  if (end + 1 >= text.size() || text[end] != ' ') return kNoEntity;
  uint32_t value = NameMatcher::kNone;
  const std::size_t length = matcher_.match_prefix(text.substr(end + 1), value);
  if (length == 0) return kNoEntity;
  uint32_t person = kNoEntity;
  for (const Candidate& c : values_[value]) {
    const Entity& e = entities_[c.entity];
    if (e.cls != EntityClass::SURNAME || e.person == kAmbiguous || e.person == kNoEntity)
      continue;
    if (person != kNoEntity && person != e.person) return kNoEntity;
    person = e.person;
  }
  return person;
}

bool NameStage::near_given_name(std::string_view word, uint32_t person,
                                Workspace& workspace) const {
  constexpr std::size_t kMinWord = 4;
  const std::string_view full = *canonical(entities_[person], "en");
  const std::string_view name = full.substr(0, full.find(' '));
  if (word.size() < kMinWord) return false;
  std::string word_key;
  std::string name_key;
  for (const FoldTable& table : folds_) {
    table.fold.fold(word, word_key, workspace.scratch);
    table.fold.fold(name, name_key, workspace.scratch);
    // One edit in a short name (Nicol, Harry), two from five letters (Sergo, Serghei).
    const std::size_t limit = std::min(word_key.size(), name_key.size()) >= 5 ? 2 : 1;
    if (!word_key.empty() && edit_distance(word_key, name_key, limit) <= limit) return true;
  }
  return false;
}

std::optional<StageEdit> NameStage::person_given_name_edit(std::string_view text,
                                                           std::size_t begin, std::size_t end,
                                                           std::string_view lang,
                                                           Workspace& workspace) const {
  const uint32_t person = person_after(text, end);
  if (person == kNoEntity || !near_given_name(text.substr(begin, end - begin), person, workspace))
    return std::nullopt;
  return given_name_edit(text, begin, end, person, lang);
}

std::optional<StageEdit> NameStage::given_name_edit(std::string_view text, std::size_t begin,
                                                    std::size_t end, uint32_t person,
                                                    std::string_view lang) const {
  const std::string_view target_lang =
      mode_ == NamesMode::BY_LANGUAGE ? primary_language(lang) : std::string_view("en");
  const std::string_view full = *canonical(entities_[person], target_lang);
  const std::string_view target = full.substr(0, full.find(' '));
  const std::string_view word = text.substr(begin, end - begin);
  std::string replacement = all_capitals(word) ? to_upper(std::string(target)) : std::string(target);
  if (replacement == word) return std::nullopt;
  return StageEdit{begin, end, std::move(replacement),
                   RuleRef{kPersonRule, plugins_[entities_[person].plugin].c_str()}};
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

uint32_t NameStage::given_name_of(uint32_t value) const {
  uint32_t given = kNoEntity;
  for (const Candidate& c : values_[value]) {
    if (c.kind == TEXTNORM_NAME_NATIVE) continue;  // transliterated, given name or not
    if (entities_[c.entity].cls != EntityClass::GIVEN_NAME) return kNoEntity;
    if (given != kNoEntity && given != c.entity) return kNoEntity;
    given = c.entity;
  }
  return given;
}

const std::string* NameStage::canonical(const Entity& e, std::string_view lang) const {
  const std::string* english = nullptr;
  for (const auto& [l, form] : e.canonical) {
    if (l == lang) return &form;
    if (l == "en") english = &form;
  }
  if (english != nullptr) return english;
  return e.canonical.empty() ? nullptr : &e.canonical.front().second;
}

NameStage::Decision NameStage::decide(uint32_t value, std::string_view lang) const {
  const std::vector<Candidate>& candidates = values_[value];
  const bool user_first = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
    return entities_[c.entity].plugin == lexicon_plugin_;
  });
  const std::string_view target_lang =
      mode_ == NamesMode::BY_LANGUAGE ? primary_language(lang) : std::string_view("en");
  Decision decision;
  int best_rank = 3;
  for (const Candidate& c : candidates) {
    const Entity& e = entities_[c.entity];
    if (user_first && e.plugin != lexicon_plugin_) continue;
    // rank: 0 a spelling, 1 a translation, 2 a native-script form
    int rank;
    if (c.kind == TEXTNORM_NAME_VARIANT || c.english_canonical) {
      rank = 0;
    } else if (c.kind == TEXTNORM_NAME_NATIVE) {
      if (!transliterator_) continue;
      rank = 2;
    } else {
      if (mode_ == NamesMode::CANONICAL) continue;
      rank = 1;
    }
    const std::string* target = canonical(e, target_lang);
    if (target == nullptr) continue;
    if (decision.target != nullptr && *decision.target != *target) return {};  // ambiguous
    decision.target = target;
    if (rank < best_rank) {
      best_rank = rank;
      decision.rule = rank == 0 ? kVariantRule : rank == 1 ? kExonymRule : kTransliterateRule;
      decision.plugin = plugins_[e.plugin].c_str();
    }
  }
  return decision;
}

std::string NameStage::transliterated(std::string_view word, std::string_view lang) const {
  std::string latin = transliterator_->transliterate(word);
  std::size_t length = 0;
  if (mode_ == NamesMode::OFF || !name_text::is_capital(name_text::decode(word, 0, length)))
    return latin;
  // A transliteration that spells a known name (Կիև -> Kiev) gets its canonical form (Kyiv).
  std::string key;
  if (!name_key(latin, key)) return latin;
  const uint32_t value = matcher_.find_key(key);
  const Decision d = value == NameMatcher::kNone ? Decision{} : decide(value, lang);
  if (d.target == nullptr) return latin;
  return all_capitals(word) ? to_upper(*d.target) : *d.target;
}

void NameStage::transliterate_words(std::string_view text, std::size_t begin, std::size_t end,
                                    std::string_view lang, std::size_t offset,
                                    std::vector<StageEdit>& edits) const {
  const std::string_view gap = text.substr(begin, end - begin);
  if (!transliterator_->handles_any(gap)) return;
  std::size_t i = 0;
  while (i < gap.size()) {
    std::size_t length = 0;
    const char32_t c = name_text::decode(gap, i, length);
    if (!name_text::is_word_char(c)) {
      i += length;
      continue;
    }
    const std::size_t word_end = name_text::word_end(gap, i);
    const std::string_view word = gap.substr(i, word_end - i);
    if (transliterator_->handles_any(word)) {
      std::string latin = transliterated(word, lang);
      if (latin != word)
        edits.push_back({offset + begin + i, offset + begin + word_end, std::move(latin),
                         RuleRef{kTransliterateRule, "core"}});
    }
    i = word_end;
  }
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

void NameStage::rewrite(std::string_view text, std::string_view lang, std::size_t offset,
                        std::vector<StageEdit>& edits, Workspace& workspace) const {
  if (mode_ == NamesMode::OFF && !transliterator_) return;
  std::size_t covered = 0;
  if (mode_ != NamesMode::OFF) {
    const bool fold = match_folded_ && !folds_.empty();
    const auto unmatched = [&](std::size_t begin, std::size_t end) -> std::size_t {
      std::optional<StageEdit> edit;
      if (person_given_names_ && !folds_.empty())
        edit = person_given_name_edit(text, begin, end, lang, workspace);
      if (!edit && fold) edit = folded_word_edit(text, begin, end, lang, workspace);
      if (!edit) return end;
      if (transliterator_) transliterate_words(text, covered, begin, lang, offset, edits);
      edit->begin += offset;
      edit->end += offset;
      edits.push_back(std::move(*edit));
      covered = end;
      return end;
    };
    matcher_.scan(text, [&](const NameMatcher::Match& m) {
      // A given name standing alone may be the person's own spelling (Sergey Brin): only the
      // person it precedes decides.
      const uint32_t given = given_name_of(m.value);
      if (given != kNoEntity) {
        const uint32_t person = person_after(text, m.end);
        if (person == kNoEntity || entities_[person].given_name != given) return;
        std::optional<StageEdit> edit = given_name_edit(text, m.begin, m.end, person, lang);
        if (!edit) return;
        if (transliterator_) transliterate_words(text, covered, m.begin, lang, offset, edits);
        covered = m.end;
        edit->begin += offset;
        edit->end += offset;
        edits.push_back(std::move(*edit));
        return;
      }
      const Decision d = decide(m.value, lang);
      if (d.target == nullptr) return;  // ambiguous here: its words are left to transliteration
      if (transliterator_) transliterate_words(text, covered, m.begin, lang, offset, edits);
      covered = m.end;
      const std::string_view found = text.substr(m.begin, m.end - m.begin);
      std::string replacement = all_capitals(found) ? to_upper(*d.target) : *d.target;
      if (replacement == found) return;
      std::string found_key, target_key;
      if (has_kept_letter(found, workspace.scratch) && name_key(found, found_key) &&
          name_key(*d.target, target_key) && found_key == target_key &&
          !listed_with_marks(found, workspace))
        return;
      edits.push_back({offset + m.begin, offset + m.end, std::move(replacement),
                       RuleRef{d.rule, d.plugin}});
    }, unmatched);
  }
  if (transliterator_) transliterate_words(text, covered, text.size(), lang, offset, edits);
}

void NameStage::for_each_spelling(
    const std::function<void(std::string_view key, const std::string& canonical)>& f) const {
  static const std::string kNone;
  matcher_.for_each_key([&](std::string_view key, uint32_t value) {
    const Decision d = decide(value, "en");
    f(key, d.target != nullptr ? *d.target : kNone);
  });
}

bool NameStage::is_known(std::string_view form) const {
  std::string key;
  return name_key(form, key) && matcher_.find_key(key) != NameMatcher::kNone;
}

std::vector<NameEntry> load_user_lexicon(const std::string& path,
                                         const ScriptTransliterator* scripts) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::IO, "cannot read lexicon " + path);
  std::vector<NameEntry> entries;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    const auto fail = [&](const std::string& what) {
      throw Error(ErrorKind::USAGE, path + ":" + std::to_string(number) + ": " + what);
    };
    if (find_invalid_utf8(line) != std::string_view::npos) fail("invalid UTF-8");
    const std::size_t tab = line.find('\t');
    if (tab == std::string::npos || line.find('\t', tab + 1) != std::string::npos)
      fail("expected canonical<TAB>variant");
    std::string canonical = line.substr(0, tab);
    std::string variant = line.substr(tab + 1);
    if (canonical.empty() || variant.empty()) fail("empty canonical or variant");
    std::string normalized;
    if (to_nfc(canonical, normalized, nullptr)) canonical = normalized;
    if (to_nfc(variant, normalized, nullptr)) variant = normalized;
    std::string key;
    if (!name_key(variant, key)) fail("variant '" + variant + "' is not words separated by spaces, hyphens or apostrophes");
    const std::string entity = "lexicon:" + canonical;
    entries.push_back({entity, canonical, TEXTNORM_NAME_CANONICAL, "en", "lexicon"});
    if (!ScriptTransliterator::may_contain_other_script(variant)) {
      entries.push_back({entity, variant, TEXTNORM_NAME_VARIANT, "und", "lexicon"});
      continue;
    }
    entries.push_back({entity, variant, TEXTNORM_NAME_NATIVE, "und", "lexicon"});
    if (scripts == nullptr || !scripts->handles_any(variant)) continue;
    std::string latin;
    for (std::size_t i = 0, length = 0; i < variant.size(); i += length) {
      const std::size_t end = name_text::word_end(variant, i);
      if (end > i) {
        latin += scripts->transliterate(std::string_view(variant).substr(i, end - i));
        length = end - i;
      } else {
        name_text::decode(variant, i, length);
        latin.append(variant, i, length);
      }
    }
    entries.push_back({entity, latin, TEXTNORM_NAME_VARIANT, "und", "lexicon"});
  }
  return entries;
}

}  // namespace textnorm::detail
