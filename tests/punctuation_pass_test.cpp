#include "pass_test_support.hpp"
#include "rules/punctuation_pass.hpp"

#include <doctest/doctest.h>

using textnorm::detail::CoreRule;
using textnorm::detail::CoreRuleSet;
using textnorm::detail::run_punctuation_pass;
using textnorm::test::run_pass;

namespace {
std::string punct(std::string_view in, const CoreRuleSet& rules = CoreRuleSet()) {
  return run_pass(run_punctuation_pass, in, rules).text;
}
}  // namespace

TEST_CASE("runs of spaces collapse and line ends are trimmed") {
  CHECK(punct("  a   b c  ") == "a b c");
  CHECK(punct("   ") == "");
  CHECK(run_pass(run_punctuation_pass, "a  b ").rules ==
        std::vector<std::string>{"space.collapse", "space.trim"});
}

TEST_CASE("double quotes become ASCII and stray inner spaces go") {
  CHECK(punct("its \u201C serious concern \u201D after") == "its \"serious concern\" after");
  CHECK(punct("\u00AB la priorit\u00E9 \u00BB.") == "\"la priorit\u00E9\".");
  CHECK(punct("\u201E Hallo \u201C") == "\"Hallo\"");
  CHECK(punct("\u201C which claim victims\u201D.") == "\"which claim victims\".");
}

TEST_CASE("context decides a quote's direction before its glyph does") {
  // German closing “ right after a word must not eat the space after it.
  CHECK(punct("\u201EHallo\u201C sagte er") == "\"Hallo\" sagte er");
  // A closing ” glued to the next word is left as is, not taken for an opener.
  CHECK(punct("the \u201Cdanger\u201D caused") == "the \"danger\" caused");
}

TEST_CASE("straight quotes have no known direction: their spaces stay") {
  CHECK(punct("a \" b \" c") == "a \" b \" c");
}

TEST_CASE("single quotes and apostrophes") {
  const auto r = run_pass(run_punctuation_pass, "Russia\u2019s \u2018deep concern\u2019 l\u2019Arm\u00E9nie Sergue\u00EF\u2019s");
  CHECK(r.text == "Russia's 'deep concern' l'Arm\u00E9nie Sergue\u00EF's");
  CHECK(r.rules == std::vector<std::string>{"apostrophe", "quote.single", "quote.single",
                                            "apostrophe", "apostrophe"});
}

TEST_CASE("quotes inside technical tokens stay, prose quotes around them change") {
  CHECK(punct("run `echo \u201Chi\u201D` and `it\u2019s` now") ==
        "run `echo \u201Chi\u201D` and `it\u2019s` now");
  CHECK(punct("see http://x.org/l\u2019a?q=\u00AB1\u00BB&r=2 now") ==
        "see http://x.org/l\u2019a?q=\u00AB1\u00BB&r=2 now");
  // Outside a URL, quotes cut a word: C:\l’dir is the token C:\l, then prose.
  CHECK(punct("C:\\l\u2019dir") == "C:\\l'dir");
  // No stray-space removal around a quote inside a token: it has no direction.
  CHECK(punct("`\u201C a \u201D`") == "`\u201C a \u201D`");
  // Prose quotes around tokens, and the stray spaces inside them, still change.
  CHECK(punct("\u201C `x` \u201D and \u201Chttp://x.org/\u201D, l\u2019std::string") ==
        "\"`x`\" and \"http://x.org/\", l'std::string");
  const auto r = run_pass(run_punctuation_pass, "it\u2019s `a\u2019b` \u2018fe80::1\u2019");
  CHECK(r.text == "it's `a\u2019b` 'fe80::1'");
  CHECK(r.rules == std::vector<std::string>{"apostrophe", "quote.single", "quote.single"});
}

TEST_CASE("hyphens, dashes and the ellipsis") {
  CHECK(punct("a\u2010b\u2011c\u2012d\u2013e\u2212f") == "a-b-c-d-e-f");
  CHECK(punct("war \u2015 and \u2014 peace") == "war \u2014 and \u2014 peace");
  CHECK(punct("unacceptable [\u2026] any") == "unacceptable [...] any");
}

TEST_CASE("disabled rules keep their text") {
  CoreRuleSet rules;
  rules.disable(CoreRule::QUOTE_INNER_SPACE);
  CHECK(punct("\u201C a \u201D", rules) == "\" a \"");
  rules.disable(CoreRule::SPACE_TRIM);
  CHECK(punct(" a  ", rules) == " a ");
}

TEST_CASE("the pass is idempotent on its own output") {
  for (std::string_view in : {"\u201C a \u201D \u00AB b \u00BB  c\u2019d \u2026",
                              " \u2018 x \u2019 \u201E y \u201C z "}) {
    const std::string once = punct(in);
    CHECK(punct(once) == once);
  }
}
