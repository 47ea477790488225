// Builds a name plugin's lexicon at start: from each entity's native and Russian forms, the
// romanizations of every scheme, the regular alternations between them, the listed irregular
// variants, surname-only forms of persons and the inflected native forms.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_NAME_GENERATOR_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_NAME_GENERATOR_HPP

#include "entity_table.hpp"
#include "romanizer.hpp"
#include "utf8_words.hpp"

#include <textnorm/plugin_abi.h>

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::plugins::names {

// One romanization scheme: ICU rules linked into the plugin, or a built-in ICU id.
struct SchemeSource {
  std::string_view label;        // "ru:fr"
  std::string_view lang;         // language of its spellings ("fr"), "und" when none
  std::string_view rules_or_id;
  bool builtin;                  // rules_or_id is an ICU id ("Russian-Latin/BGN")
  bool english;                  // an English-press family scheme (given names, see below)
  bool alternate;                // its output also gets the regular alternations
};

// How --transliterate writes a script in Latin (ABI 1.2).
struct ScriptTransliteration {
  const char* script = nullptr;  // ISO 15924 code ("Cyrl"), or null for none
  std::string_view rules;        // ICU transform rules
};

// What one name plugin is made of.
struct PluginData {
  std::string_view plugin;              // "ru"
  std::string_view entities;            // entities.tsv
  std::string_view given_names;         // given_names.tsv, or empty
  std::string_view excluded_forms;      // excluded_forms.tsv, or empty
  std::string_view common_first_names;  // common_first_names.txt (shared_data.hpp), or empty
  std::vector<SchemeSource> native_schemes;  // for the `native` column
  std::vector<SchemeSource> ru_schemes;      // for the `ru` column (Russian Cyrillic)
  bool native_is_latin = false;         // az: the native column is Latin
  ScriptTransliteration script;         // the plugin's script for --transliterate, if any
  // Russian to Armenian script, for the Armenian forms of the places whose native form is not
  // Armenian (Сочи Սոչի, with case endings: Սոչիի); empty rules for none.
  SchemeSource armenian_places{};
};

// One lexicon entry, as reported through textnorm_lexicon_sink.
struct NameRecord {
  std::string entity;
  std::string form;
  textnorm_name_form kind;
  std::string lang;
};

// Generates every entry of the plugin. Throws std::runtime_error on bad data or rules.
std::vector<NameRecord> generate_lexicon(const PluginData& data, const Romanizer& romanizer);

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_NAME_GENERATOR_HPP
