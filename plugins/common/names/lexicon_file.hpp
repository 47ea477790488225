// The lexicon a name plugin embeds: generated at build time from the plugin's data (see
// generate_lexicon_main.cpp), read at start without ICU or any generation work.
//
// Format: one record a line, `entity<TAB>form<TAB>kind<TAB>lang`, kind the textnorm_name_form
// number; no comments, no blank lines.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_LEXICON_FILE_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_LEXICON_FILE_HPP

#include "name_generator.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace textnorm::plugins::names {

// One record of the file, its fields pointing into the file's text.
struct LexiconRecordView {
  std::string_view entity;
  std::string_view form;
  textnorm_name_form kind;
  std::string_view lang;
};

// The file's text for `records`.
std::string format_lexicon(const std::vector<NameRecord>& records);

// Calls `on_record` for each record of `text`, in order. Throws std::runtime_error naming the
// line of a malformed record.
void read_lexicon(std::string_view text,
                  const std::function<void(const LexiconRecordView&)>& on_record);

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_LEXICON_FILE_HPP
