#include "lexicon_file.hpp"

#include <stdexcept>

namespace textnorm::plugins::names {
namespace {

constexpr std::size_t kFields = 4;

// Splits `line` at its tabs into exactly kFields fields; false when it has another count.
bool split_fields(std::string_view line, std::string_view (&fields)[kFields]) {
  std::size_t field = 0;
  for (std::size_t begin = 0;; ++field) {
    const std::size_t tab = line.find('\t', begin);
    if (field == kFields) return false;
    fields[field] = line.substr(begin, tab == std::string_view::npos ? tab : tab - begin);
    if (tab == std::string_view::npos) return field + 1 == kFields;
    begin = tab + 1;
  }
}

}  // namespace

std::string format_lexicon(const std::vector<NameRecord>& records) {
  std::string text;
  for (const NameRecord& r : records) {
    text.append(r.entity).append(1, '\t').append(r.form).append(1, '\t');
    text.append(std::to_string(int(r.kind))).append(1, '\t').append(r.lang).append(1, '\n');
  }
  return text;
}

void read_lexicon(std::string_view text,
                  const std::function<void(const LexiconRecordView&)>& on_record) {
  std::size_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    std::string_view fields[kFields];
    const bool valid = split_fields(line, fields) && fields[2].size() == 1 &&
                       fields[2][0] >= '0' + TEXTNORM_NAME_CANONICAL &&
                       fields[2][0] <= '0' + TEXTNORM_NAME_NATIVE;
    if (!valid)
      throw std::runtime_error("generated lexicon, line " + std::to_string(line_number) +
                               ": expected entity<TAB>form<TAB>kind<TAB>lang");
    on_record({fields[0], fields[1], textnorm_name_form(fields[2][0] - '0'), fields[3]});
  }
}

}  // namespace textnorm::plugins::names
