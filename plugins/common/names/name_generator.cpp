#include "name_generator.hpp"

#include "alternations.hpp"
#include "inflection.hpp"

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace textnorm::plugins::names {
namespace {

struct Scheme {
  const SchemeSource* source;
  textnorm_transform* transform;
  std::unordered_map<std::string, std::string> done;  // source text -> romanization
};

// Latin spellings of one name, each with the kinds of scheme that produced it.
constexpr unsigned kEnglish = 1;  // an English-press scheme, the entity's own columns
constexpr unsigned kSafe = 2;     // safe as one word: not Latvian (Millers, Perms, Romans)
using LatinForms = std::map<std::string, unsigned>;

unsigned flags_of(const SchemeSource& s) {
  if (s.label == "ru:lv") return s.english ? kEnglish : 0;
  return (s.english ? kEnglish : 0) | kSafe;
}

bool is_ascii(std::string_view text) {
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string first_word(std::string_view text) {
  const std::vector<std::string> words = split_words(text);
  return words.empty() ? std::string() : words.front();
}

std::string last_word(std::string_view text) {
  const std::vector<std::string> words = split_words(text);
  return words.empty() ? std::string() : words.back();
}

std::string ascii_lower(std::string text) {
  for (char& c : text)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return text;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

class Generator {
 public:
  Generator(const PluginData& data, const Romanizer& romanizer)
      : data_(data), romanizer_(romanizer) {
    for (const SchemeSource& s : data.native_schemes) native_.push_back(compile(s));
    for (const SchemeSource& s : data.ru_schemes) {
      ru_.push_back(compile(s));
    }
    if (!data.armenian_places.rules_or_id.empty()) armenian_.push_back(compile(data.armenian_places));
    for (std::size_t i = 0; i < ru_.size(); ++i) {
      if (ru_[i].source->label == "ru:fr") ru_fr_ = i;
      if (ru_[i].source->label == "ru:az") ru_az_ = i;
    }
    for (const std::string& form : parse_excluded_forms(data.excluded_forms))
      excluded_.insert(ascii_lower(fold(form)));
    for (const std::string& form : parse_common_first_names(data.common_first_names))
      common_first_names_.insert(ascii_lower(form));
  }

  std::vector<NameRecord> run() {
    const std::string entities_name = std::string(data_.plugin) + "/data/entities.tsv";
    const std::string given_name = std::string(data_.plugin) + "/data/given_names.tsv";
    std::vector<GivenName> given = parse_given_names(data_.given_names, given_name);
    const std::vector<Entity> entities = parse_entities(data_.entities, entities_name);
    prefetch(given, entities);
    add_entity_given_names(given, entities);
    prefetch(given, {});
    for (const GivenName& g : given) add_given_name(g);
    for (const Entity& e : entities) add_entity(e);
    return std::move(records_);
  }

 private:
  // Romanizes every source text with every scheme it will meet, one host call per scheme, and
  // folds the non-ASCII results in one more: the per-string round trip cost most of the start.
  void prefetch(const std::vector<GivenName>& given, const std::vector<Entity>& entities) {
    std::set<std::string> native_sources, ru_sources;
    for (const GivenName& g : given) ru_sources.insert(g.ru);
    for (const Entity& e : entities) {
      if (!e.native.empty() && (data_.native_is_latin || script_of(e.native) != Script::LATIN)) {
        native_sources.insert(e.native);
        for (const std::string& v : e.variants)
          if (script_of(v) == script_of(e.native) && script_of(v) != Script::LATIN)
            native_sources.insert(v);
      }
      if (!e.ru.empty() && script_of(e.ru) == Script::CYRILLIC) {
        ru_sources.insert(e.ru);
        if (name_kind(e.type) == NameKind::PERSON) ru_sources.insert(first_word(e.ru));
      }
      if (script_of(e.native) == Script::CYRILLIC && name_kind(e.type) == NameKind::PERSON)
        ru_sources.insert(first_word(e.native));
    }
    std::set<std::string> to_fold;
    const auto batch = [&](std::vector<Scheme>& schemes, const std::set<std::string>& sources) {
      for (Scheme& s : schemes) {
        std::vector<std::string> todo;
        for (const std::string& t : sources)
          if (s.done.count(t) == 0) todo.push_back(t);
        const std::vector<std::string> out = romanizer_.apply_many(s.transform, todo);
        for (std::size_t i = 0; i < todo.size(); ++i) {
          if (!is_ascii(out[i])) to_fold.insert(out[i]);
          s.done.emplace(todo[i], out[i]);
        }
      }
    };
    batch(native_, native_sources);
    batch(ru_, ru_sources);
    const auto latin = [&](const std::string& t) {
      if (!t.empty() && !is_ascii(t) && script_of(t) == Script::LATIN) to_fold.insert(t);
    };
    for (const GivenName& g : given)
      for (const std::string& c : g.cognates) latin(c);
    for (const Entity& e : entities) {
      latin(e.en);
      latin(e.fr);
      if (data_.native_is_latin) latin(e.native);
      for (const std::string& v : e.variants) latin(v);
    }
    std::vector<std::string> todo;
    for (const std::string& t : to_fold)
      if (folds_.count(t) == 0) todo.push_back(t);
    const std::vector<std::string> folded = romanizer_.ascii_fold_many(todo);
    for (std::size_t i = 0; i < todo.size(); ++i) folds_.emplace(todo[i], folded[i]);
  }

  const std::string& romanized(Scheme& s, const std::string& source) {
    auto it = s.done.find(source);
    if (it == s.done.end()) it = s.done.emplace(source, romanizer_.apply(s.transform, source)).first;
    return it->second;
  }

  // The given names of the persons the plugin knows by a Russian form, beside those of
  // given_names.tsv: the en column's first word, with the Cyrillic first word (of the native
  // column, else of the ru column) that --transliterate meets, when a scheme spells the person's
  // first word so: an English-press scheme the Cyrillic one (Elvira for Эльвира Набиуллина), or
  // a native scheme the native one, whose English form the press keeps over the Russian one
  // (Ilham for İlham Əliyev, Ильхам Алиев: not BGN's Ilkham; Nikol for Նիկոլ Փաշինյան).
  void add_entity_given_names(std::vector<GivenName>& given, const std::vector<Entity>& entities) {
    std::set<std::string> known;
    for (const GivenName& g : given) known.insert(g.ru);
    for (const Entity& e : entities) {
      if (name_kind(e.type) != NameKind::PERSON) continue;
      const bool cyrillic_native = script_of(e.native) == Script::CYRILLIC;
      const std::vector<std::string> cyrillic = split_words(cyrillic_native ? e.native : e.ru);
      const std::vector<std::string> english = split_words(e.en);
      if (cyrillic.size() < 2 || english.size() < 2 || script_of(cyrillic.front()) != Script::CYRILLIC ||
          known.count(cyrillic.front()) != 0)
        continue;
      LatinForms forms;
      for (Scheme& s : ru_) {
        if (!s.source->english) continue;
        const std::string& out = romanized(s, cyrillic.front());
        add_latin(forms, out, kEnglish);
        for (const std::string& alt : alternate_spellings(out)) add_latin(forms, alt, kEnglish);
      }
      const std::vector<std::string> native = split_words(e.native);
      if (!cyrillic_native && native.size() >= 2) {
        if (data_.native_is_latin) add_latin(forms, native.front(), kEnglish);
        for (Scheme& s : native_) add_latin(forms, romanized(s, native.front()), kEnglish);
      }
      if (forms.count(english.front()) == 0) continue;
      known.insert(cyrillic.front());
      const std::vector<std::string> french = split_words(e.fr);
      given.push_back({english.front(), cyrillic.front(), {},
                       cyrillic_native || french.size() < 2 ? std::string() : french.front()});
    }
  }

  Scheme compile(const SchemeSource& s) const {
    return {&s, romanizer_.compile(s.label, s.rules_or_id, !s.builtin), {}};
  }

  std::string fold(const std::string& text) {
    if (is_ascii(text)) {
      std::string out;
      for (char c : text)
        if (c != '\'' && c != '"') out += c;
      return out;
    }
    auto it = folds_.find(text);
    if (it == folds_.end()) it = folds_.emplace(text, romanizer_.ascii_fold(text)).first;
    return it->second;
  }

  // A Latin form as the host's matcher keys it (core/names/name_matcher.cpp): lowercase,
  // without diacritics or strokes, a space for a hyphen (Ouzbekistan is Ouzbékistan's key).
  const std::string& match_key(const std::string& form) {
    auto it = keys_.find(form);
    if (it != keys_.end()) return it->second;
    std::string key;
    if (is_ascii(form)) {
      key = ascii_lower(form);
    } else {
      if (key_ == nullptr) key_ = romanizer_.compile("names:key", kKeyRules, true);
      key = romanizer_.apply(key_, form);
    }
    for (char& c : key)
      if (c == '-') c = ' ';
    return keys_.emplace(form, std::move(key)).first->second;
  }

  void add_latin(LatinForms& forms, std::string_view text, unsigned flags) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return;
    const std::string t(text);
    forms[t] |= flags;
    const std::string folded = fold(t);
    if (!folded.empty()) forms[folded] |= flags;
  }

  void romanize(LatinForms& forms, std::vector<Scheme>& schemes, const std::string& source) {
    for (Scheme& s : schemes) {
      const std::string& out = romanized(s, source);
      add_latin(forms, out, flags_of(*s.source));
      if (s.source->alternate)
        for (const std::string& alt : alternate_spellings(out))
          add_latin(forms, alt, flags_of(*s.source));
    }
  }

  LatinForms latin_forms(const Entity& e) {
    LatinForms forms;
    add_latin(forms, e.en, kEnglish | kSafe);
    add_latin(forms, e.fr, kSafe);
    for (const std::string& alt : alternate_spellings(e.en)) add_latin(forms, alt, kEnglish | kSafe);
    if (data_.native_is_latin) add_latin(forms, e.native, kEnglish | kSafe);
    for (const std::string& v : e.variants)
      if (script_of(v) == Script::LATIN) add_latin(forms, v, kEnglish | kSafe);
    if (!e.native.empty() && (data_.native_is_latin || script_of(e.native) != Script::LATIN)) {
      romanize(forms, native_, e.native);
      for (const std::string& v : e.variants)
        if (script_of(v) == script_of(e.native) && script_of(v) != Script::LATIN)
          romanize(forms, native_, v);
    }
    const bool ru_done = data_.plugin == "ru" && e.ru == e.native;
    if (!e.ru.empty() && !ru_done && script_of(e.ru) == Script::CYRILLIC) romanize(forms, ru_, e.ru);
    return forms;
  }

  void emit(const std::string& entity, const std::string& form, textnorm_name_form kind,
            std::string_view lang) {
    if (form.empty()) return;
    if (kind != TEXTNORM_NAME_CANONICAL && kind != TEXTNORM_NAME_NATIVE && excluded(form)) return;
    if (!seen_.insert(entity + '\t' + form + '\t' + char('0' + kind) + std::string(lang)).second)
      return;
    records_.push_back({entity, form, kind, std::string(lang)});
  }

  void emit_native(const std::string& entity, const std::set<std::string>& forms) {
    for (const std::string& f : forms) {
      const Script script = script_of(f);
      if (script == Script::LATIN) continue;
      emit(entity, f, TEXTNORM_NAME_NATIVE, script == Script::CYRILLIC ? "ru" : "hy");
    }
  }

  std::set<std::string> native_forms(std::string_view name, NameKind kind) {
    switch (script_of(name)) {
      case Script::CYRILLIC: return ru_forms(name, kind);
      case Script::ARMENIAN: return hy_forms(name, kind);
      case Script::LATIN: break;
    }
    return {};
  }

  // A given name standing alone: every spelling of every scheme, the listed cognates (Ihor,
  // Walentyna) and one further alternation of each (Dmytriy, Alexsei), except the ordinary
  // first names of English and French text and the words of common_first_names.txt (Serge,
  // Alexandre, Harry, Jury). Before the person's surname (add_person_parts) none is left out.
  void add_given_name(const GivenName& g) {
    const std::string id = "given." + g.en;
    const std::string fr = !g.fr.empty()         ? g.fr
                           : ru_fr_ != kNoScheme ? romanized(ru_[ru_fr_], g.ru)
                                                 : g.en;
    emit(id, g.en, TEXTNORM_NAME_CANONICAL, "en");
    emit(id, fr, TEXTNORM_NAME_CANONICAL, "fr");
    LatinForms forms;
    add_latin(forms, g.en, kEnglish | kSafe);
    for (const std::string& alt : alternate_spellings(g.en)) add_latin(forms, alt, kEnglish | kSafe);
    romanize(forms, ru_, g.ru);
    std::set<std::string> cognates;
    for (const std::string& c : g.cognates) {
      cognates.insert(c);
      cognates.insert(fold(c));
      add_latin(forms, c, 0);
    }
    std::set<std::string> standalone;
    for (const auto& [form, flags] : forms) {
      standalone.insert(form);
      if (!is_ascii(form)) continue;
      standalone.merge(alternate_spellings(form));
      standalone.merge(given_name_spellings(form));
    }
    for (const std::string& form : standalone)
      if (form != g.en && !common_first_name(form))
        emit(id, form, TEXTNORM_NAME_VARIANT, "und");
    emit_native(id, ru_forms(g.ru, NameKind::PERSON));
    cognates_[g.en] = std::move(cognates);
  }

  // A form of excluded_forms.tsv, diacritics and case aside (Maštoc is Mastoc).
  bool excluded(const std::string& form) { return excluded_.count(ascii_lower(fold(form))) != 0; }

  bool common_first_name(const std::string& form) {
    return common_first_names_.count(ascii_lower(fold(form))) != 0 ||
           common_first_names_.count(ascii_lower(form)) != 0;
  }

  void add_entity(const Entity& e) {
    const NameKind kind = name_kind(e.type);
    std::string fr_canonical = e.fr.empty() ? e.en : e.fr;
    for (const auto& [lang, form] : e.exonyms)
      if (lang == "fr") {
        fr_canonical = form;
        break;
      }
    emit(e.id, e.en, TEXTNORM_NAME_CANONICAL, "en");
    emit(e.id, fr_canonical, TEXTNORM_NAME_CANONICAL, "fr");

    // An exonym is the place's established name in its language, which the default mode keeps:
    // no scheme's output with its key is a spelling to rewrite (the French scheme spells
    // Азербайджан Azerbaïdjan, and the fr column of Чечня is Tchétchénie).
    std::set<std::string> exonym_keys;
    for (const auto& [lang, form] : e.exonyms)
      if (script_of(form) == Script::LATIN) exonym_keys.insert(match_key(form));
    const auto spelling = [&](const std::string& form) {
      return exonym_keys.empty() || exonym_keys.count(match_key(form)) == 0;
    };

    const LatinForms forms = latin_forms(e);
    const bool full_name = kind == NameKind::PERSON && split_words(e.en).size() >= 2;
    for (const auto& [form, flags] : forms) {
      const std::size_t words = split_words(form).size();
      if (form == e.en || ((flags & kSafe) == 0 && words < 2) || !spelling(form)) continue;
      // One word of a full name's variants is its surname's (Gorbachov, not Mikhail Gorbachev).
      emit(full_name && words == 1 ? "surname." + last_word(e.en) : e.id, form,
           TEXTNORM_NAME_VARIANT, "und");
    }

    std::set<std::string> natives;
    for (const std::string* name : {&e.native, &e.ru})
      if (!name->empty()) natives.merge(native_forms(*name, kind));
    for (const std::string& v : e.variants) natives.merge(native_forms(v, kind));
    // Armenian text spells the place from its Russian name (Սոչի, Սոչիում). Its region's name
    // (Աստրախանի մարզ) comes from CLDR, as an exonym: no մարզ or շրջան forms here.
    if (kind == NameKind::PLACE && !armenian_.empty() && script_of(e.native) != Script::ARMENIAN &&
        script_of(e.ru) == Script::CYRILLIC)
      natives.merge(hy_forms(romanized(armenian_.front(), e.ru), NameKind::OTHER));
    for (const auto& [lang, form] : e.exonyms) {
      if (script_of(form) == Script::LATIN) {
        emit(e.id, form, TEXTNORM_NAME_EXONYM, lang);
        // An Azerbaijani name takes its case endings (Ermənistanda, Gümrüdə).
        if (lang == "az")
          for (const std::string& f : az_forms(form, kind)) emit(e.id, f, TEXTNORM_NAME_EXONYM, lang);
      } else {
        natives.merge(native_forms(form, kind));
      }
    }
    emit_native(e.id, natives);
    if (data_.native_is_latin && !e.native.empty())
      for (const std::string& f : az_forms(e.native, kind))
        if (f != e.native && spelling(f)) emit(e.id, f, TEXTNORM_NAME_VARIANT, "az");
    if (!data_.native_is_latin && kind == NameKind::PLACE && ru_az_ != kNoScheme) {
      for (const std::string& ru : russian_names(e)) {
        const std::string az = romanized(ru_[ru_az_], ru);
        for (const std::string& f : az_forms(az, kind))
          if (f != az && spelling(f)) emit(e.id, f, TEXTNORM_NAME_VARIANT, "az");
      }
    }
    if (full_name) add_person_parts(e, forms);
  }

  // The Russian forms of a place's name that are as many words as its ru column: the ru column
  // and the listed Russian variants (Петербург for Saint Petersburg: Peterburqda), not the names
  // of its district.
  static std::vector<std::string> russian_names(const Entity& e) {
    std::vector<std::string> out;
    if (script_of(e.ru) != Script::CYRILLIC) return out;
    out.push_back(e.ru);
    const std::size_t words = split_words(e.ru).size();
    for (const std::string& v : e.variants)
      if (script_of(v) == Script::CYRILLIC && split_words(v).size() == words) out.push_back(v);
    return out;
  }

  // The surname alone is an entity of its own (Pashinian -> Pashinyan), shared by the persons
  // who bear it; a cognate given name (Serhiy, Serge) counts only in front of the surname.
  void add_person_parts(const Entity& e, const LatinForms& forms) {
    const std::string surname = last_word(e.en);
    const std::string id = "surname." + surname;
    emit(id, surname, TEXTNORM_NAME_CANONICAL, "en");
    emit(id, split_words(e.fr).size() >= 2 ? last_word(e.fr) : surname, TEXTNORM_NAME_CANONICAL,
         "fr");
    // Alone, a surname in a Latvian spelling is too often an English word (Millers).
    std::set<std::string> surnames;
    for (const auto& [form, flags] : forms)
      if ((flags & kSafe) != 0 && split_words(form).size() >= 2) surnames.insert(last_word(form));
    for (const std::string& s : surnames)
      if (s != surname) emit(id, s, TEXTNORM_NAME_VARIANT, "und");
    for (const std::string* name : {&e.native, &e.ru}) {
      if (split_words(*name).size() < 2) continue;
      const std::string last = last_word(*name);
      std::set<std::string> natives;
      if (script_of(last) == Script::CYRILLIC) {
        natives.insert(last);
        for (const std::string& f : ru_case_forms(last, NameKind::PERSON)) natives.insert(f);
        if (last.find("ё") != std::string::npos)
          for (const std::string& f : std::set<std::string>(natives))
            natives.insert(replace_all(f, "ё", "е"));
      } else if (script_of(last) == Script::ARMENIAN) {
        natives = hy_forms(last, NameKind::PERSON);
      }
      emit_native(id, natives);
    }
    const auto cognates = cognates_.find(first_word(e.en));
    if (cognates == cognates_.end()) return;
    for (const std::string& c : cognates->second)
      for (const std::string& s : surnames) emit(e.id, c + " " + s, TEXTNORM_NAME_VARIANT, "und");
  }

  static constexpr std::size_t kNoScheme = SIZE_MAX;
  static constexpr std::string_view kKeyRules =
      ":: NFD ; :: Lower ; [:M:] > ; ı > i ; ł > l ; đ > d ; ø > o ; ħ > h ; ŧ > t ; ƀ > b ; "
      "ƶ > z ; [\\u00A0\\u2010\\u2011] > '-' ; \\u2019 > \\' ; :: NFC ;";

  const PluginData& data_;
  const Romanizer& romanizer_;
  std::vector<Scheme> native_;
  std::vector<Scheme> ru_;
  std::vector<Scheme> armenian_;  // Russian to Armenian script, or none
  std::size_t ru_fr_ = kNoScheme;
  std::size_t ru_az_ = kNoScheme;
  std::set<std::string> excluded_;  // ASCII, lowercase
  std::unordered_set<std::string> common_first_names_;  // ASCII, lowercase
  std::unordered_map<std::string, std::string> folds_;
  textnorm_transform* key_ = nullptr;                 // match_key's rules, compiled when first met
  std::unordered_map<std::string, std::string> keys_;  // form -> match_key(form)
  std::map<std::string, std::set<std::string>> cognates_;
  std::unordered_set<std::string> seen_;
  std::vector<NameRecord> records_;
};

}  // namespace

std::vector<NameRecord> generate_lexicon(const PluginData& data, const Romanizer& romanizer) {
  return Generator(data, romanizer).run();
}

}  // namespace textnorm::plugins::names
