#include "lexicon_file.hpp"

#include <stdexcept>

namespace textnorm::plugins::names {
namespace {

constexpr std::size_t kHeaderBytes = 4;  // kind and the three sizes
constexpr std::size_t kMaxFieldBytes = 255;

char size_byte(const std::string& field) {
  if (field.size() > kMaxFieldBytes)
    throw std::runtime_error("lexicon field longer than 255 bytes: " + field);
  return static_cast<char>(field.size());
}

}  // namespace

std::string encode_lexicon(const std::vector<NameRecord>& records) {
  std::string table;
  for (const NameRecord& r : records) {
    table += static_cast<char>(r.kind);
    table += size_byte(r.lang);
    table += size_byte(r.entity);
    table += size_byte(r.form);
    table.append(r.lang).append(1, '\0').append(r.entity).append(r.form);
  }
  return table;
}

std::string format_lexicon(const std::vector<NameRecord>& records) {
  std::string text;
  for (const NameRecord& r : records) {
    text.append(r.entity).append(1, '\t').append(r.form).append(1, '\t');
    text.append(std::to_string(int(r.kind))).append(1, '\t').append(r.lang).append(1, '\n');
  }
  return text;
}

bool LexiconReader::next(LexiconRecordView& record) {
  if (rest_.empty()) return false;
  const auto size = [&](std::size_t i) { return static_cast<unsigned char>(rest_[i]); };
  const auto truncated = [] {
    return std::runtime_error("generated lexicon: the table ends inside a record");
  };
  if (rest_.size() < kHeaderBytes) throw truncated();
  const std::size_t lang = size(1) + 1, entity = size(2), form = size(3);  // lang with its NUL
  if (rest_.size() < kHeaderBytes + lang + entity + form) throw truncated();
  const char* at = rest_.data() + kHeaderBytes;
  record = {{at + lang, entity}, {at + lang + entity, form}, textnorm_name_form(size(0)), at};
  rest_.remove_prefix(kHeaderBytes + lang + entity + form);
  return true;
}

}  // namespace textnorm::plugins::names
