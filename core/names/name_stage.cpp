#include "names/name_stage.hpp"

#include "names/name_forms.hpp"
#include "names/script_transliterator.hpp"

#include <algorithm>
#include <atomic>

namespace textnorm::detail {
using namespace name_forms;
namespace {

// Tells stages apart for the workspaces' caches (an address could be reused).
std::atomic<uint64_t> next_stage_id{1};

constexpr std::size_t kNoWord = std::string_view::npos;

// The start of the capitalised word that ends at a name separator just before text[i] (Haut in
// Haut-Karabach), or kNoWord.
std::size_t capitalised_word_before(std::string_view text, std::size_t i) {
  for (std::size_t length = 1; length <= 3 && length <= i; ++length) {
    std::string_view key;
    std::size_t separator_length = 0;
    if (!name_text::separator_at(text, i - length, key, separator_length) ||
        separator_length != length)
      continue;
    std::size_t start = i - length;
    while (name_text::follows_word_char(text, start)) {
      --start;
      while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    }
    std::size_t char_length = 0;
    if (start == i - length || !name_text::is_capital(decode_utf8(text, start, char_length)))
      return kNoWord;
    return start;
  }
  return kNoWord;
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
  // Keys view the entries' strings, which outlive the indexing.
  std::unordered_map<std::string_view, uint16_t> plugin_index;
  std::unordered_map<std::string_view, uint32_t> entity_index;
  std::vector<OneWordSpelling> one_word_spellings;
  std::string key;
  std::vector<const std::string*> with_diacritics;
  matcher_.reserve(entries.size());
  values_.reserve(entries.size());
  uint16_t plugin = 0;
  uint32_t entity = kNoEntity;
  for (const NameEntry& entry : entries) {
    // Entries come by plugin and by entity: most are those of the entry before.
    if (plugins_.empty() || entry.plugin != plugins_[plugin]) {
      const auto [slot, inserted] =
          plugin_index.try_emplace(entry.plugin, uint16_t(plugins_.size()));
      if (inserted) {
        plugins_.push_back(entry.plugin);
        if (entry.plugin == "lexicon") lexicon_plugin_ = slot->second;
      }
      plugin = slot->second;
    }
    if (entity == kNoEntity || entry.entity != entities_[entity].id) {
      const auto [slot, inserted] =
          entity_index.try_emplace(entry.entity, uint32_t(entities_.size()));
      if (inserted) entities_.push_back({entry.entity, plugin, {}, class_of(entry.entity)});
      entity = slot->second;
    }
    Entity& e = entities_[entity];
    const bool english_canonical =
        entry.kind == TEXTNORM_NAME_CANONICAL && primary_language(entry.lang) == "en";
    if (entry.kind == TEXTNORM_NAME_CANONICAL) {
      const std::string_view lang = primary_language(entry.lang);
      const bool known = std::any_of(e.canonical.begin(), e.canonical.end(),
                                     [&](const auto& c) { return c.first == lang; });
      if (!known) e.canonical.emplace_back(std::string(lang), entry.form);
    }
    const bool folds_it =
        match_folded_ && (entry.kind == TEXTNORM_NAME_VARIANT || english_canonical);
    std::size_t length = 0;
    const bool capital =
        !entry.form.empty() && name_text::is_capital(decode_utf8(entry.form, 0, length));
    if (!(capital || folds_it) || !name_key(entry.form, key)) continue;
    if (folds_it && one_word(key)) one_word_spellings.push_back({&entry, entity, plugin});
    if (!capital) continue;
    if (has_non_ascii(entry.form)) with_diacritics.push_back(&entry.form);
    const uint32_t value = matcher_.try_add_key(key, uint32_t(values_.size()));
    if (value == values_.size()) values_.emplace_back();
    std::vector<Candidate>& candidates = values_[value];
    const Candidate candidate{entity, entry.kind, english_canonical};
    const bool seen = std::any_of(candidates.begin(), candidates.end(), [&](const Candidate& c) {
      return c.entity == candidate.entity && c.kind == candidate.kind &&
             c.english_canonical == candidate.english_canonical;
    });
    if (!seen) candidates.push_back(candidate);
  }
  index_people();
  add_folds(folds, plugin_index);
  // Only a form with a letter a fold keeps is ever looked up there (see rewrite()).
  std::string scratch;
  for (const std::string* form : with_diacritics)
    if (has_kept_letter(*form, scratch)) diacritic_forms_.insert(to_lower(*form));
  if (match_folded_ && !folds_.empty()) index_folded(one_word_spellings);
}

NameStage::~NameStage() = default;

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
  // By default an exonym is its language's own name for the place (Turkménistan, Bélarus,
  // Moscou): it stays, even where it is also a spelling (here, of the English form but for its
  // accents). The default pass sees the whole line before language detection
  // (line_pipeline.cpp), so this holds in the segments of every language.
  if (mode_ == NamesMode::CANONICAL && !user_first &&
      std::any_of(candidates.begin(), candidates.end(),
                  [](const Candidate& c) { return c.kind == TEXTNORM_NAME_EXONYM; }))
    return {};
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

void NameStage::widen_to_name_before(std::string_view text, std::size_t covered,
                                     std::string_view lang, StageEdit& edit,
                                     Workspace& workspace) const {
  const std::size_t word = capitalised_word_before(text, edit.begin);
  if (word == kNoWord || word < covered) return;
  std::string probe(text.substr(word, edit.begin - word));
  const std::size_t through_replacement = probe.size() + edit.replacement.size();
  probe += edit.replacement;
  probe.append(text.substr(edit.end, kLongerNameProbe));
  uint32_t value = NameMatcher::kNone;
  // A longer name past the edit's end would be found by the scan's next match, not here.
  if (matcher_.match_prefix(probe, value) != through_replacement) return;
  const Decision d = decide(value, lang);
  const std::string_view second_run = std::string_view(probe).substr(0, through_replacement);
  if (d.target == nullptr || keeps_its_spelling(second_run, d, workspace)) return;
  const std::string_view found = text.substr(word, edit.end - word);
  edit = {word, edit.end, all_capitals(found) ? to_upper(*d.target) : *d.target,
          RuleRef{d.rule, d.plugin}};
}

bool NameStage::keeps_its_spelling(std::string_view found, const Decision& d,
                                   Workspace& workspace) const {
  // It is the target but for its marks (Léo, Dénis), or another language's exonym (Arménien,
  // an Armenian, is not German Armenien), unless the lexicon lists it so (Sergueï, Tchétchénie).
  if (!has_kept_letter(found, workspace.scratch) || listed_with_marks(found, workspace)) return false;
  if (d.rule == kExonymRule) return true;
  std::string found_key, target_key;
  return name_key(found, found_key) && name_key(*d.target, target_key) && found_key == target_key;
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
      widen_to_name_before(text, covered, lang, *edit, workspace);
      if (transliterator_) transliterate_words(text, covered, edit->begin, lang, offset, edits);
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
        const uint32_t person = person_after(text, m.end, workspace);
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
      const std::string_view found = text.substr(m.begin, m.end - m.begin);
      StageEdit edit{m.begin, m.end, all_capitals(found) ? to_upper(*d.target) : *d.target,
                     RuleRef{d.rule, d.plugin}};
      const bool changes = edit.replacement != found && !keeps_its_spelling(found, d, workspace);
      if (changes) widen_to_name_before(text, covered, lang, edit, workspace);
      if (transliterator_) transliterate_words(text, covered, edit.begin, lang, offset, edits);
      covered = m.end;
      if (!changes) return;
      edit.begin += offset;
      edit.end += offset;
      edits.push_back(std::move(edit));
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

}  // namespace textnorm::detail
