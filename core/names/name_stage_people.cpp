// The names stage and people: a given name standing alone is never rewritten; before the surname
// of one known person, the person decides (names.given-name).
#include "names/name_stage.hpp"

#include "names/name_forms.hpp"

#include <algorithm>
#include <unordered_map>

namespace textnorm::detail {
using namespace name_forms;
namespace {

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

}  // namespace

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

uint32_t NameStage::person_after(std::string_view text, std::size_t end,
                                 Workspace& workspace) const {
  if (end + 1 >= text.size() || text[end] != ' ') return kNoEntity;
  // A surname is capitalised: a lowercase word is no lookup.
  if (name_text::kMayStartName[static_cast<unsigned char>(text[end + 1])] == 0) return kNoEntity;
  uint32_t value = NameMatcher::kNone;
  const std::size_t length = matcher_.match_prefix(text.substr(end + 1), value);
  if (length == 0) return folded_person_after(text, end + 1, workspace);
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

uint32_t NameStage::folded_person_after(std::string_view text, std::size_t begin,
                                        Workspace& workspace) const {
  std::size_t length = 0;
  if (folds_.empty() || !name_text::is_capital(decode_utf8(text, begin, length)))
    return kNoEntity;
  const std::size_t end = name_text::word_end(text, begin);
  if (end - begin > NameMatcher::kMaxWordBytes) return kNoEntity;
  const uint32_t entity = folded_entity(text.substr(begin, end - begin), workspace);
  if (entity == kAmbiguous || entities_[entity].cls != EntityClass::SURNAME) return kNoEntity;
  const uint32_t person = entities_[entity].person;
  return person == kAmbiguous ? kNoEntity : person;
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
  const uint32_t person = person_after(text, end, workspace);
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

}  // namespace textnorm::detail
