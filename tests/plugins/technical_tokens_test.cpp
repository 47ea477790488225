// Technical tokens survive typography, both ways: the SDK finds each kind of token (and no token
// in prose), and the bundled en and fr plugins, in both profiles, leave the punctuation inside a
// token alone while prose punctuation around it still gets its spacing and quotes.
#include <textnorm/normalizer.hpp>
#include <textnorm/technical_tokens.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

// The tokens of `text`, as the strings they span.
std::vector<std::string> tokens_of(std::string_view text) {
  std::vector<textnorm::sdk::TokenSpan> spans;
  textnorm::sdk::find_technical_tokens(text, spans);
  std::vector<std::string> out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

const textnorm::Normalizer& normalizer(textnorm::Profile profile, const std::string& lang) {
  static std::map<std::pair<textnorm::Profile, std::string>, textnorm::Normalizer> cache;
  auto found = cache.find({profile, lang});
  if (found != cache.end()) return found->second;
  textnorm::Options options;
  options.profile = profile;
  options.lang = lang;
  options.names = textnorm::NamesMode::OFF;
  return cache.emplace(std::make_pair(profile, lang), textnorm::Normalizer(options)).first->second;
}

std::string normalize(const std::string& text, const std::string& lang,
                      textnorm::Profile profile = textnorm::Profile::DEFAULT) {
  return normalizer(profile, lang).normalize(text);
}

}  // namespace

TEST_CASE("the SDK finds each kind of technical token") {
  CHECK(tokens_of("use std::string here") == Strings{"std::string"});
  CHECK(tokens_of("call Foo::bar().") == Strings{"Foo::bar()"});
  CHECK(tokens_of("(see Foo::bar)") == Strings{"Foo::bar"});
  CHECK(tokens_of("the :: operator") == Strings{"::"});
  CHECK(tokens_of("ping fe80::1 now") == Strings{"fe80::1"});
  CHECK(tokens_of("echo $?.") == Strings{"$?"});
  CHECK(tokens_of("x = a?b:c;") == Strings{"a?b:c"});
  CHECK(tokens_of("voir http://example.org/a?b=1, puis") == Strings{"http://example.org/a?b=1"});
  CHECK(tokens_of("\u00AB https://x.fr/ \u00BB") == Strings{"https://x.fr/"});
  CHECK(tokens_of("mail jane.doe@example.com.") == Strings{"jane.doe@example.com"});
  CHECK(tokens_of("edit /etc/apt/sources.list:") == Strings{"/etc/apt/sources.list"});
  CHECK(tokens_of("run ~/.bashrc or ./configure") == Strings{"~/.bashrc", "./configure"});
  CHECK(tokens_of("install libc6:amd64!") == Strings{"libc6:amd64"});
  CHECK(tokens_of("on C:\\ and C:\\Windows") == Strings{"C:\\", "C:\\Windows"});
  CHECK(tokens_of("at 10:30, 3:1 odds") == Strings{"10:30", "3:1"});
  CHECK(tokens_of("type `ls -l ; echo \"a\" : b` now") == Strings{"`ls -l ; echo \"a\" : b`"});
  CHECK(tokens_of("``a ` b``") == Strings{"``a ` b``"});
}

TEST_CASE("a token leaves out the prose marks a removed space glued to it") {
  // `Quoi? ,x/:c` in French gives `Quoi ?,x/:c`: the `?` stays prose on the second run.
  CHECK(tokens_of("Quoi ?,x/:c") == Strings{"x/:c"});
  CHECK(tokens_of("Oui !,x/:c et :,a/b et %,a/b") == Strings{"x/:c", "a/b", "a/b"});
  CHECK(tokens_of("voir ?.x/:c") == Strings{".x/:c"});
  // Closing brackets after the marks are glued with them (`(oui:) ,C:\` -> `(oui :),C:\`).
  CHECK(tokens_of("(oui :),C:\\ et ?]),x/:c") == Strings{"C:\\", "x/:c"});
  // Leading marks that are technical themselves, or not followed by `,` `.`, stay in the token.
  CHECK(tokens_of("?id=3 !=x ::f :8080 %PATH%\\bin") ==
        Strings{"?id=3", "!=x", "::f", ":8080", "%PATH%\\bin"});
  CHECK(tokens_of("!?str[?] !!:s^a^b^ %:z %.5f\\n written ::.") ==
        Strings{"!?str[?]", "!!:s^a^b^", "%:z", "%.5f\\n", "::"});
}

TEST_CASE("a space rule that glues a mark to a token keeps the output a fixed point") {
  // Fuzz finding: U+202F went in before `?`, then the second run found `?,...:c` a token.
  // And a fuzz finding of 2026-12-01: `\uFFFD:) ,\` took U+00A0 before `:`, then the second
  // run found `:),\` a token and the space stayed an ASCII one.
  for (const std::string text : {"f\uFFFD? ,\uFFFD/:c", "Quoi? ,x/:c", "Oui! ,x/:c",
                                 "Voici: ,x/:c", "Vu 5% ,x/:c", "Quoi? .x/:c", "Quoi ? ,x/:c",
                                 "\uFFFD:) ,\\", "(oui:) ,C:\\", "Quoi?] .x/:c"})
    for (const auto profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC})
      for (const std::string lang : {"en", "fr"}) {
        CAPTURE(text);
        CAPTURE(lang);
        const std::string once = normalize(text, lang, profile);
        CHECK(normalize(once, lang, profile) == once);
      }
  CHECK(normalize("f\uFFFD? ,\uFFFD/:c", "fr", textnorm::Profile::TYPOGRAPHIC) ==
        "f\uFFFD\u202F?,\uFFFD/:c");
  CHECK(normalize("Quoi? ,x/:c", "fr") == "Quoi ?,x/:c");
  CHECK(normalize("Vu 5% ,x/:c", "fr", textnorm::Profile::TYPOGRAPHIC) == "Vu 5\u202F%,x/:c");
}

TEST_CASE("TechnicalTokens, which reads only the words asked about, agrees with the whole search") {
  // Random texts of the characters that make, cut and end tokens, asked about at every byte.
  const std::vector<std::string> pieces = {"a", "Z", "7", " ", " ", "\u00A0", "\u202F", ":", "/",
                                           "?", "!", "$", "@", "=", "\\", ".", ",", "(", ")",
                                           "\"", "'", "\u00AB", "\u2019", "://", "`", "é"};
  std::mt19937 random(9);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int k = int(random() % 40); k > 0; --k) text += pieces[random() % pieces.size()];
    std::vector<textnorm::sdk::TokenSpan> spans;
    textnorm::sdk::find_technical_tokens(text, spans);
    textnorm::sdk::TechnicalTokens tokens(text);
    for (std::size_t at = 0; at < text.size(); ++at) {
      // Every byte for half the texts, every third one for the others (words skipped whole).
      if (round % 2 == 1 && at % 3 != 0) continue;
      const bool in_span = std::any_of(spans.begin(), spans.end(), [&](const auto& s) {
        return s.begin <= at && at < s.end;
      });
      CAPTURE(text);
      CAPTURE(at);
      CHECK(tokens.contains(at) == in_span);
    }
  }
}

TEST_CASE("prose has no technical token") {
  CHECK(tokens_of("Pourquoi? Parce que: voil\u00E0!").empty());
  CHECK(tokens_of("He said: \"No!\" (really?)").empty());
  CHECK(tokens_of("dit:\"oui\" et l'\u00E9t\u00E9 ; 30 %").empty());
  CHECK(tokens_of("Quoi ?! Note : $ 5").empty());
  CHECK(tokens_of("a `lone backtick and ``x'' quotes").empty());
}

TEST_CASE("French spacing leaves technical tokens alone") {
  CHECK(normalize("Utilisez std::string et Foo::bar().", "fr") ==
        "Utilisez std::string et Foo::bar().");
  CHECK(normalize("L'adresse fe80::1 r\u00E9pond.", "fr") == "L'adresse fe80::1 r\u00E9pond.");
  CHECK(normalize("Tapez echo $?.", "fr") == "Tapez echo $?.");
  CHECK(normalize("Soit x = a?b:c.", "fr") == "Soit x = a?b:c.");
  CHECK(normalize("Voir http://example.org/a?b=1;c=2 et ftp://h:21/.", "fr") ==
        "Voir http://example.org/a?b=1;c=2 et ftp://h:21/.");
  CHECK(normalize("Paquet foo:amd64, disque C:\\ et C:\\Windows\\.", "fr") ==
        "Paquet foo:amd64, disque C:\\ et C:\\Windows\\.");
  CHECK(normalize("\u00C0 10:30, un ratio de 3:1.", "fr") == "\u00C0 10:30, un ratio de 3:1.");
  CHECK(normalize("Lancez `ls ; echo oui!` puis `a?b:c`.", "fr") ==
        "Lancez `ls ; echo oui!` puis `a?b:c`.");
}

TEST_CASE("French spacing still applies to prose punctuation around tokens") {
  CHECK(normalize("Pourquoi? Voici std::string: un type!", "fr") ==
        "Pourquoi ? Voici std::string : un type !");
  CHECK(normalize("Avez-vous lu http://example.org/?", "fr") ==
        "Avez-vous lu http://example.org/ ?");
  CHECK(normalize("Le code `x` est faux; corrigez-le:\"oui\"", "fr") ==
        "Le code `x` est faux ; corrigez-le : \"oui\"");
  CHECK(normalize("Tapez $HOME!", "fr") == "Tapez $HOME !");
  CHECK(normalize("Pourquoi?", "fr", textnorm::Profile::TYPOGRAPHIC) == "Pourquoi\u202F?");
  CHECK(normalize("Voici std::string: un type", "fr", textnorm::Profile::TYPOGRAPHIC) ==
        "Voici std::string\u00A0: un type");
}

TEST_CASE("English spacing and quotes leave technical tokens alone") {
  CHECK(normalize("Use std::string , not char*.", "en") == "Use std::string, not char*.");
  CHECK(normalize("Run `echo 'hi' ; ls` and \"C:\\\\x\" .", "en") ==
        "Run `echo 'hi' ; ls` and \"C:\\\\x\".");
  CHECK(normalize("Run `echo \"hi\"` now, \"he said\".", "en", textnorm::Profile::TYPOGRAPHIC) ==
        "Run `echo \"hi\"` now, \u201Che said\u201D.");
  CHECK(normalize("See http://x.org/it's ( really ) !", "en", textnorm::Profile::TYPOGRAPHIC) ==
        "See http://x.org/it's (really)!");
  CHECK(normalize("Don't type 'echo $?' twice", "en", textnorm::Profile::TYPOGRAPHIC) ==
        "Don\u2019t type \u2018echo $?\u2019 twice");
}

TEST_CASE("normalizing text with tokens twice changes nothing") {
  const std::string text =
      "Voir std::string, fe80::1, $?, a?b:c, http://x.org/?q=1, jane@x.org, /usr/bin, "
      "foo:amd64, C:\\, 10:30, 3:1 et `a ; b`: fini?";
  for (const auto profile : {textnorm::Profile::DEFAULT, textnorm::Profile::TYPOGRAPHIC})
    for (const std::string lang : {"en", "fr", "auto"}) {
      CAPTURE(lang);
      const std::string once = normalize(text, lang, profile);
      CHECK(normalize(once, lang, profile) == once);
      for (const char* token : {"std::string", "fe80::1", "$?", "a?b:c", "http://x.org/?q=1",
                                "jane@x.org", "/usr/bin", "foo:amd64", "C:\\", "10:30", "3:1",
                                "`a ; b`"})
        CHECK(once.find(token) != std::string::npos);
    }
}
