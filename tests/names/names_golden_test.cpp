// Golden sentences (names_golden.tsv) through the names stage with the shipped plugins.
#include "names_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

using namespace names_support;

namespace {

const NameStage& stage_for(const std::string& mode) {
  static std::map<std::string, std::unique_ptr<NameStage>> stages;
  auto& stage = stages[mode];
  if (!stage) {
    const bool translit = mode.find("+translit") != std::string::npos;
    const std::string base = mode.substr(0, mode.find('+'));
    const textnorm::NamesMode m = base == "off"           ? textnorm::NamesMode::OFF
                                  : base == "exonyms"     ? textnorm::NamesMode::EXONYMS
                                  : base == "by-language" ? textnorm::NamesMode::BY_LANGUAGE
                                                          : textnorm::NamesMode::CANONICAL;
    stage = std::make_unique<NameStage>(plugin_entries(TEXTNORM_PLUGIN_DIR), m,
                                        translit ? plugin_scripts(TEXTNORM_PLUGIN_DIR) : nullptr,
                                        plugin_folds(TEXTNORM_PLUGIN_DIR));
  }
  return *stage;
}

}  // namespace

TEST_CASE("golden sentences, English and French, each a fixed point") {
  std::ifstream in(TEXTNORM_SOURCE_DIR "/tests/names/names_golden.tsv");
  REQUIRE(in);
  std::string line;
  int rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream fields(line);
    for (std::string x; std::getline(fields, x, '\t');) f.push_back(x);
    REQUIRE(f.size() == 4);
    CAPTURE(line);
    const std::string once = rewrite(stage_for(f[0]), f[2], f[1]);
    CHECK(once == f[3]);
    CHECK(rewrite(stage_for(f[0]), once, f[1]) == once);  // a second run changes nothing
    ++rows;
  }
  CHECK(rows >= 20);
}

TEST_CASE("the negatives and common and real people's names produce no rewrite, alone and in sentences") {
  std::stringstream in;
  for (const char* file :
       {"names_negatives.txt", "names_common_people.txt", "names_real_people.txt"}) {
    std::ifstream f(std::string(TEXTNORM_SOURCE_DIR "/tests/data/") + file);
    REQUIRE(f);
    in << f.rdbuf();
  }
  std::string line;
  int count = 0;
  for (const char* mode : {"canonical", "exonyms"}) {
    in.clear();
    in.seekg(0);
    const NameStage& stage = stage_for(mode);
    NameStage::Workspace workspace;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      for (const std::string& text :
           {line, "Officials said " + line + " would come.", "Selon " + line + ", non."}) {
        std::vector<StageEdit> edits;
        stage.rewrite(text, "en", 0, edits, workspace);
        CHECK_MESSAGE(edits.empty(), text);
        ++count;
      }
    }
  }
  CHECK(count > 10000);
}
