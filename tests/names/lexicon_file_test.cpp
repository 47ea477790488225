// The lexicon table a name plugin embeds (plugins/common/names/lexicon_file.hpp).
#include "lexicon_file.hpp"

#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <vector>

using namespace textnorm::plugins::names;

namespace {

std::vector<LexiconRecordView> read_all(std::string_view table) {
  std::vector<LexiconRecordView> records;
  LexiconReader reader(table);
  for (LexiconRecordView r; reader.next(r);) records.push_back(r);
  return records;
}

}  // namespace

TEST_CASE("the table gives back every record, in order, with its lang NUL-terminated") {
  const std::vector<NameRecord> records = {
      {"person.nikol_pashinyan", "Nikol Pashinyan", TEXTNORM_NAME_CANONICAL, "en"},
      {"person.nikol_pashinyan", "Никол Пашинян", TEXTNORM_NAME_NATIVE, "ru"},
      {"place.yerevan", "Erevan", TEXTNORM_NAME_EXONYM, "fr-CA"},
      {"place.yerevan", "Yerevan", TEXTNORM_NAME_VARIANT, ""},
  };
  const std::string table = encode_lexicon(records);
  const std::vector<LexiconRecordView> read = read_all(table);
  REQUIRE(read.size() == records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    CHECK(read[i].entity == records[i].entity);
    CHECK(read[i].form == records[i].form);
    CHECK(read[i].kind == records[i].kind);
    CHECK(std::string(read[i].lang) == records[i].lang);
  }
  CHECK(read_all("").empty());
}

TEST_CASE("a table cut inside a record is an error, and so is a field too long for it") {
  const std::string table =
      encode_lexicon({{"given.ivan", "Ivan", TEXTNORM_NAME_CANONICAL, "en"},
                      {"given.ivan", "Iwan", TEXTNORM_NAME_VARIANT, "und"}});
  for (std::size_t cut = 1; cut < table.size(); ++cut) {
    if (cut == table.size() / 2) continue;  // the end of the first record
    CHECK_THROWS_AS(read_all(std::string_view(table).substr(0, cut)), std::runtime_error);
  }
  CHECK(read_all(std::string_view(table).substr(0, table.size() / 2)).size() == 1);
  CHECK_THROWS_AS(encode_lexicon({{std::string(256, 'e'), "Ivan", TEXTNORM_NAME_CANONICAL, "en"}}),
                  std::runtime_error);
  CHECK_NOTHROW(encode_lexicon({{std::string(255, 'e'), "Ivan", TEXTNORM_NAME_CANONICAL, "en"}}));
}

TEST_CASE("lexicon.tsv holds the same records, one a line") {
  CHECK(format_lexicon({{"given.ivan", "Ivan", TEXTNORM_NAME_CANONICAL, "en"},
                        {"given.ivan", "Иван", TEXTNORM_NAME_NATIVE, "ru"}}) ==
        "given.ivan\tIvan\t0\ten\ngiven.ivan\tИван\t3\tru\n");
}
