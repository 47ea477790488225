#include "pass_test_support.hpp"
#include "rules/character_pass.hpp"

#include <doctest/doctest.h>

using textnorm::detail::CoreRule;
using textnorm::detail::CoreRuleSet;
using textnorm::detail::run_character_pass;
using textnorm::test::run_pass;

TEST_CASE("plain text passes untouched and unreported") {
  const auto r = run_pass(run_character_pass, "Plain text, 30.45% of it.");
  CHECK(r.text == "Plain text, 30.45% of it.");
  CHECK(r.rules.empty());
}

TEST_CASE("every space separator and TAB become U+0020") {
  const auto r = run_pass(run_character_pass,
                          "a\tb\u00A0c\u202Fd\u2009e\u2003f\u3000g\u2028h");
  CHECK(r.text == "a b c d e f g h");
  CHECK(r.rules == std::vector<std::string>(7, "space.unify"));
}

TEST_CASE("controls go, except cp1252 punctuation decoded as C1") {
  CHECK(run_pass(run_character_pass, "a\x01" "b\x7F" "c\u0080d").text == "abcd");
  const auto r = run_pass(run_character_pass, "\u0093quoted\u0094 \u0096 it\u0092s \u0085");
  CHECK(r.text == "\u201Cquoted\u201D \u2013 it\u2019s \u2026");
  CHECK(r.rules == std::vector<std::string>(5, "control.cp1252"));
}

TEST_CASE("invisible characters are removed") {
  const auto r = run_pass(run_character_pass, "zero\u200Bwidth soft\u00ADhyphen word\u2060joiner \uFEFFbom");
  CHECK(r.text == "zerowidth softhyphen wordjoiner bom");
  CHECK(r.rules == std::vector<std::string>(4, "invisible.remove"));
}

TEST_CASE("joiners that carry meaning stay") {
  CHECK(run_pass(run_character_pass, "\u0645\u200C\u0627 \U0001F469\u200D\U0001F4BB").rules.empty());
}

TEST_CASE("a disabled rule leaves its characters alone") {
  CoreRuleSet rules;
  rules.disable(CoreRule::SPACE_UNIFY);
  CHECK(run_pass(run_character_pass, "1\u00A0000\t%", rules).text == "1\u00A0000\t%");
  rules.disable(CoreRule::CONTROL_CP1252);
  CHECK(run_pass(run_character_pass, "\u0093x\u0094", rules).text == "x");
}
