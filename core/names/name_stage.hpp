// The names stage: one canonical spelling for the names the entities plugins (and the user's
// lexicons) know, across romanizations and scripts. name_stage.cpp indexes the entries and
// decides each match; name_stage_folds.cpp, name_stage_people.cpp and
// name_stage_transliteration.cpp implement the folded spellings, the given-name rules and
// --transliterate.
#ifndef TEXTNORM_CORE_NAMES_NAME_STAGE_HPP
#define TEXTNORM_CORE_NAMES_NAME_STAGE_HPP

#include "edit/rewriter.hpp"
#include "names/name_matcher.hpp"
#include "names/spelling_fold.hpp"
#include "text/word_table.hpp"

#include <textnorm/options.hpp>
#include <textnorm/plugin_abi.h>

#include <cstddef>
#include <deque>
#include <memory>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace textnorm::detail {

class ScriptTransliterator;

struct NameEntry {
  // Builds the strings in place (the plugins report tens of thousands of entries).
  NameEntry(std::string_view entity, std::string_view form, textnorm_name_form kind,
            std::string_view lang, std::string_view plugin)
      : entity(entity), form(form), kind(kind), lang(lang), plugin(plugin) {}

  std::string entity;  // stable id ("person.nikol_pashinyan")
  std::string form;    // NFC UTF-8
  textnorm_name_form kind;
  std::string lang;    // language of the form; for CANONICAL the language it serves
  std::string plugin;  // the plugin that reported it, or "lexicon"
};

class NameStage {
 public:
  // What rewrite() reuses from line to line: one per thread. Capitalised words repeat
  // (sentence starts, the names of the day), so it remembers the folded lookups of the last
  // stage it served, up to a bound.
  struct Workspace {
    uint64_t stage = 0;
    WordTable words;
    std::vector<uint32_t> entity;  // per row of words
    std::string folded;
    std::string scratch;
  };

  // `entries`: every plugin's lexicon plus the user lexicons (plugin "lexicon", which win over
  // the plugins' entries for the same spelling). `transliterator`: --transliterate's, or null
  // without it. `folds`: the plugins' spelling folds; with `match_folded`, a capitalised word
  // that no entry spells is rewritten when its folded key is that of one entity's one-word
  // spelling. A given name is rewritten only before the surname of a known person whose given
  // name it spells, and with `person_given_names` also when no entry spells it (Serghei
  // Lavrov). Throws Error(PLUGIN_FAILED) on fold rules that do not parse.
  NameStage(std::vector<NameEntry> entries, NamesMode mode,
            std::shared_ptr<const ScriptTransliterator> transliterator,
            const std::vector<FoldRules>& folds = {}, bool match_folded = true,
            bool person_given_names = true);
  ~NameStage();
  NameStage(const NameStage&) = delete;
  NameStage& operator=(const NameStage&) = delete;

  // Appends, in order, the edits for `text` (a segment in language `lang` starting at byte
  // `offset` of the stage input). Thread-safe; `workspace` is the caller's.
  void rewrite(std::string_view text, std::string_view lang, std::size_t offset,
               std::vector<StageEdit>& edits, Workspace& workspace) const;

  // Whether each segment gets its own language's forms (--names by-language).
  bool by_language() const { return mode_ == NamesMode::BY_LANGUAGE; }
  // Number of distinct spellings known.
  std::size_t size() const { return matcher_.size(); }

  // For `textnorm variants`: calls f(key, canonical) for every known spelling's name key, with
  // the English canonical form it is rewritten to (empty when that depends on the context).
  void for_each_spelling(
      const std::function<void(std::string_view key, const std::string& canonical)>& f) const;
  // Whether `form` is exactly a known spelling (case aside).
  bool is_known(std::string_view form) const;

 private:
  // What an entity is, from its id's first part (see textnorm_name_entry).
  enum class EntityClass : uint8_t { OTHER, PERSON, GIVEN_NAME, SURNAME };
  struct Entity {
    std::string id;
    uint16_t plugin;
    std::vector<std::pair<std::string, std::string>> canonical;  // (lang, form)
    EntityClass cls = EntityClass::OTHER;
    uint32_t given_name = kNoEntity;  // a person's given name entity, when the lexicon has one
    uint32_t person = kNoEntity;      // a surname's one bearer, kAmbiguous for several
  };
  struct Candidate {
    uint32_t entity;
    textnorm_name_form kind;
    bool english_canonical;
  };
  struct Decision {
    const std::string* target = nullptr;
    const char* rule = nullptr;
    const char* plugin = nullptr;
  };

  // An entry that index_folded() folds: a VARIANT or English CANONICAL form of one word.
  struct OneWordSpelling {
    const NameEntry* entry;
    uint32_t entity;
    uint16_t plugin;
  };
  // One plugin fold: the folded keys of its plugins' one-word spellings.
  struct FoldTable {
    SpellingFold fold;
    std::vector<uint16_t> plugins;
    std::unordered_map<std::string, uint32_t> entity;  // folded key -> entity, kAmbiguous
  };
  static constexpr uint32_t kAmbiguous = UINT32_MAX;
  static constexpr uint32_t kNoEntity = UINT32_MAX - 1;
  // How far past an edit a longer name is looked for: more than any name's length.
  static constexpr std::size_t kLongerNameProbe = 256;

  static EntityClass class_of(std::string_view id);
  // Links each person to its given name and each surname to its one bearer, by their English
  // canonical forms ("Sergei Lavrov": "Sergei", "Lavrov").
  void index_people();
  // The person that the surname starting after one space at text[end] names, or kNoEntity: a
  // spelling the lexicon lists, else a capitalised word that folds onto the surname
  // (Mihhail Gorbatšov).
  uint32_t person_after(std::string_view text, std::size_t end, Workspace& workspace) const;
  // The person whose surname the capitalised word at text[begin] folds onto, or kNoEntity.
  uint32_t folded_person_after(std::string_view text, std::size_t begin,
                               Workspace& workspace) const;
  // Whether `word` is a spelling, cognate or near-spelling of the given name of `person`
  // (Serghei, Serge, Sergo for Sergei Lavrov; Nicol for Nikol Pashinyan), by its folded key.
  bool near_given_name(std::string_view word, uint32_t person, Workspace& workspace) const;
  // Whether `found`, with a letter a fold keeps, is a listed form with its diacritics: as a
  // whole, or word by word when it has several words.
  bool listed_with_marks(std::string_view found, Workspace& workspace) const;
  // The given name entity that every candidate of `value` but native-script forms spells, or
  // kNoEntity.
  uint32_t given_name_of(uint32_t value) const;
  // The edit that gives text[begin, end) the given name of `person` (the first word of its
  // canonical form), or none when it has it already.
  std::optional<StageEdit> given_name_edit(std::string_view text, std::size_t begin,
                                           std::size_t end, uint32_t person,
                                           std::string_view lang) const;
  // The edit of a capitalised word no key matched, before the surname of a person whose given
  // name it spells: the person decides.
  std::optional<StageEdit> person_given_name_edit(std::string_view text, std::size_t begin,
                                                  std::size_t end, std::string_view lang,
                                                  Workspace& workspace) const;

  Decision decide(uint32_t value, std::string_view lang) const;
  const std::string* canonical(const Entity& e, std::string_view lang) const;
  // Widens `edit` (of text's offsets) to the longer known name that the capitalised word before
  // it and its replacement form, when that name has a decision here: what a second run would
  // find (Haut-Karabach: Karabach becomes Karabakh, and Haut-Karabakh names Nagorno-Karabakh).
  // That word must start at or after `covered`, and the name must end where the edit does.
  void widen_to_name_before(std::string_view text, std::size_t covered, std::string_view lang,
                            StageEdit& edit, Workspace& workspace) const;
  // Whether `found`, which decision `d` would rewrite, keeps its spelling: a word with a letter
  // of French spelling (é, ï) is written in French.
  bool keeps_its_spelling(std::string_view found, const Decision& d, Workspace& workspace) const;
  // One table for each distinct fold of the plugins that reported names.
  void add_folds(const std::vector<FoldRules>& folds,
                 const std::unordered_map<std::string_view, uint16_t>& plugin_index);
  // The folded keys of the one-word spellings the folds serve.
  void index_folded(const std::vector<OneWordSpelling>& spellings);
  // The entity whose folded key `word` has, or kAmbiguous.
  uint32_t folded_entity(std::string_view word, Workspace& workspace) const;
  uint32_t fold_lookup(std::string_view word, Workspace& workspace) const;
  // Whether `word` has a letter that a plugin's fold keeps (:kept-letters).
  bool has_kept_letter(std::string_view word, std::string& scratch) const;
  // --transliterate's edits for the words of text[begin, end) in a declared script.
  void transliterate_words(std::string_view text, std::size_t begin, std::size_t end,
                           std::string_view lang, std::size_t offset,
                           std::vector<StageEdit>& edits) const;
  // The Latin form of `word`: the canonical form when its transliteration is a known spelling.
  std::string transliterated(std::string_view word, std::string_view lang) const;
  // The edit for the capitalised word at `begin` (ending at `end`) that no key matched: the
  // word alone (Jevgenij's), else with the parts after its apostrophes (Mikha'il's). Sets
  // `end` to where the scan goes on.
  std::optional<StageEdit> folded_word_edit(std::string_view text, std::size_t begin,
                                            std::size_t& end, std::string_view lang,
                                            Workspace& workspace) const;
  // The edit, if any, for the capitalised word text[begin, end) that no key matched, by its
  // folded key; it reaches past `end` when the word's canonical form starts a longer name.
  std::optional<StageEdit> folded_edit(std::string_view text, std::size_t begin,
                                       std::size_t end, std::string_view lang,
                                       Workspace& workspace) const;

  NamesMode mode_;
  std::vector<Entity> entities_;
  std::vector<std::vector<Candidate>> values_;
  std::deque<std::string> plugins_;  // stable storage for RuleRef::plugin
  uint16_t lexicon_plugin_ = UINT16_MAX;
  NameMatcher matcher_;
  // Lowercase known forms with a letter a fold keeps (French é, see SpellingFold): a match with
  // such a letter that differs from its target only by diacritics (Léo, Dénis), or that is an
  // exonym (Arménien by the German Armenien), is rewritten only when the lexicon lists it with
  // it (Sergueï); other accents (María, Vladímir) fold like any other.
  std::unordered_set<std::string> diacritic_forms_;
  std::shared_ptr<const ScriptTransliterator> transliterator_;
  std::vector<FoldTable> folds_;
  bool match_folded_;
  bool person_given_names_;
  uint64_t id_;
};

}  // namespace textnorm::detail

#endif  // TEXTNORM_CORE_NAMES_NAME_STAGE_HPP
