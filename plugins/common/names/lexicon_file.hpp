// The lexicon a name plugin embeds: generated at build time from the plugin's data (see
// generate_lexicon_main.cpp), read at start without ICU, generation or parsing work.
//
// The generator writes the same records twice:
// - the table the plugin embeds, records one after the other, each
//     kind | lang size | entity size | form size | lang | NUL | entity | form
//   (the kind and the sizes one byte each; lang NUL-terminated, as the host takes it);
// - lexicon.tsv, for people and tools (tests/names/names_accuracy.py): one record a line,
//   `entity<TAB>form<TAB>kind<TAB>lang`, kind the textnorm_name_form number.
#ifndef TEXTNORM_PLUGINS_COMMON_NAMES_LEXICON_FILE_HPP
#define TEXTNORM_PLUGINS_COMMON_NAMES_LEXICON_FILE_HPP

#include "name_generator.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace textnorm::plugins::names {

// One record of the table, its fields pointing into the table.
struct LexiconRecordView {
  std::string_view entity;
  std::string_view form;
  textnorm_name_form kind;
  const char* lang;  // NUL-terminated
};

// The table for `records`. Throws std::runtime_error on a field longer than 255 bytes.
std::string encode_lexicon(const std::vector<NameRecord>& records);

// The lexicon.tsv text for `records`.
std::string format_lexicon(const std::vector<NameRecord>& records);

// Reads the records of a table, in order.
class LexiconReader {
 public:
  explicit LexiconReader(std::string_view table) : rest_(table) {}
  // Sets `record` to the next record; false at the end. Throws std::runtime_error on a table
  // that ends inside a record.
  bool next(LexiconRecordView& record);

 private:
  std::string_view rest_;
};

}  // namespace textnorm::plugins::names

#endif  // TEXTNORM_PLUGINS_COMMON_NAMES_LEXICON_FILE_HPP
