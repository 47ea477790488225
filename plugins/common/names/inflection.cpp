#include "inflection.hpp"

#include "utf8_words.hpp"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace textnorm::plugins::names {
namespace {

struct Ending {
  std::string_view ending;
  std::vector<std::string_view> replacements;
};

// Longest endings first: the first that matches decides.
const std::vector<Ending>& noun_endings() {
  static const std::vector<Ending> endings = {
      {"ский", {"ского", "скому", "ским", "ском"}},
      {"цкий", {"цкого", "цкому", "цким", "цком"}},
      {"ская", {"ской", "скую"}},
      {"ый", {"ого", "ому", "ым", "ом"}},
      {"ой", {"ого", "ому", "ым", "ом"}},
      {"ий", {"ия", "ию", "ием", "ии"}},
      {"ей", {"ея", "ею", "еем", "ее"}},
      {"ай", {"ая", "аю", "аем", "ае"}},
      {"ова", {"овой", "ову"}},
      {"ева", {"евой", "еву"}},
      {"ёва", {"ёвой", "ёву"}},
      {"ина", {"иной", "ину"}},
      {"ия", {"ии", "ию", "ией"}},
      {"ья", {"ьи", "ье", "ью", "ьей"}},
      {"ов", {"ова", "ову", "овым", "ове"}},
      {"ев", {"ева", "еву", "евым", "еве"}},
      {"ёв", {"ёва", "ёву", "ёвым", "ёве"}},
      {"ин", {"ина", "ину", "иным", "ине"}},
      {"ын", {"ына", "ыну", "ыным", "ыне"}},
      {"ь", {"я", "ю", "ем", "е", "и", "ью"}},
      {"я", {"и", "е", "ю", "ей"}},
  };
  return endings;
}

bool is_one_of(std::string_view cp, std::string_view set) {
  for (const std::string& c : code_points(set))
    if (c == cp) return true;
  return false;
}

// Built by appending, not with std::string::replace, which GCC 12 warns on falsely
// (-Wrestrict, GCC bug 105329) once inlined.
std::string replace_all(std::string_view text, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(text.size());
  std::size_t done = 0;
  for (std::size_t at = text.find(from); at != std::string_view::npos;
       at = text.find(from, done)) {
    out.append(text.substr(done, at - done)).append(to);
    done = at + from.size();
  }
  out.append(text.substr(done));
  return out;
}

std::string ru_adjective(std::string_view word) {
  const std::string w(word);
  if (ends_with(w, "ск")) return w + "ий";
  if (ends_with(w, "а") || ends_with(w, "я") || ends_with(w, "и") || ends_with(w, "ы"))
    return drop_code_points(w, 1) + "инский";
  if (ends_with(w, "ь")) return drop_code_points(w, 1) + "ский";
  if (ends_with(w, "й")) return drop_code_points(w, 1) + "йский";
  return w + "ский";
}

std::vector<std::string> ru_adjective_forms(const std::string& adj) {
  if (!ends_with(adj, "ий")) return {adj};
  const std::string stem = drop_code_points(adj, 2);
  std::vector<std::string> out;
  for (std::string_view e : {"ий", "ая", "ое", "ого", "ому", "им", "ом", "ой", "ую", "ие", "их"})
    out.push_back(stem + std::string(e));
  return out;
}

// The vowel of the four-way suffixes (-ın, -in, -un, -ün), by vowel harmony.
std::string_view az_high_vowel(std::string_view last_vowel, bool back) {
  if (!last_vowel.empty() && is_one_of(last_vowel, "ouOU")) return "u";
  if (!last_vowel.empty() && is_one_of(last_vowel, "öüÖÜ")) return "ü";
  return back ? "ı" : "i";
}

}  // namespace

NameKind name_kind(std::string_view type) {
  if (type == "person") return NameKind::PERSON;
  if (type == "place") return NameKind::PLACE;
  return NameKind::OTHER;
}

std::vector<std::string> ru_case_forms(std::string_view word, NameKind kind) {
  const std::vector<std::string> cps = code_points(word);
  if (cps.size() < 3 || is_one_of(cps.back(), "оуюиыеэ")) return {};
  const std::string w(word);
  if (kind == NameKind::PLACE) {
    for (std::string_view e : {"ов", "ев", "ёв", "ин", "ын"})
      if (ends_with(w, e)) return {w + "а", w + "у", w + "ом", w + "е"};
  }
  for (const Ending& e : noun_endings()) {
    if (!ends_with(w, e.ending)) continue;
    const std::string stem = w.substr(0, w.size() - e.ending.size());
    std::vector<std::string> out;
    for (std::string_view r : e.replacements) out.push_back(stem + std::string(r));
    return out;
  }
  if (cps.back() == "а") {
    const std::string stem = drop_code_points(w, 1);
    const std::string gen = is_one_of(cps[cps.size() - 2], "гкхжчшщ") ? "и" : "ы";
    return {stem + gen, stem + "е", stem + "у", stem + "ой"};
  }
  if (is_one_of(cps.back(), "бвгджзклмнпрстфхцчшщ")) {
    const std::string inst = is_one_of(cps.back(), "жчшщц") ? "ем" : "ом";
    return {w + "а", w + "у", w + inst, w + "е"};
  }
  return {};
}

std::set<std::string> ru_forms(std::string_view name, NameKind kind) {
  std::set<std::string> forms{std::string(name)};
  const std::vector<std::string> tokens = split_words(name);
  if (tokens.empty()) return forms;
  std::vector<std::vector<std::string>> per_token;
  std::size_t cases = 0;
  for (const std::string& t : tokens) {
    per_token.push_back(ru_case_forms(t, kind));
    cases = std::max(cases, per_token.back().size());
  }
  for (std::size_t c = 0; c < cases; ++c) {
    std::vector<std::string> words;
    for (std::size_t i = 0; i < tokens.size(); ++i)
      words.push_back(c < per_token[i].size() ? per_token[i][c] : tokens[i]);
    forms.insert(join_words(words));
  }
  if (kind == NameKind::PLACE && tokens.size() == 1) {
    const std::string adj = ru_adjective(name);
    for (const std::string& f : ru_adjective_forms(adj)) forms.insert(f);
    for (const std::string& f : ru_forms(adj + " район", NameKind::OTHER)) forms.insert(f);
  }
  if (std::string(name).find("ё") != std::string::npos ||
      std::string(name).find("Ё") != std::string::npos) {
    const std::set<std::string> with_yo = forms;
    for (const std::string& f : with_yo) forms.insert(replace_all(replace_all(f, "ё", "е"), "Ё", "Е"));
  }
  return forms;
}

std::set<std::string> hy_forms(std::string_view name, NameKind kind) {
  std::set<std::string> bases{std::string(name), replace_all(std::string(name), "և", "եվ")};
  std::set<std::string> forms = bases;
  const auto add = [&](const std::string& stem, std::initializer_list<std::string_view> suffixes) {
    for (std::string_view suffix : suffixes) forms.insert(stem + std::string(suffix));
  };
  for (const std::string& base : bases) {
    std::string genitive = base + "ի";
    if (ends_with(base, "ա") || ends_with(base, "ո")) {
      // After -ա and -ո the case endings take a յ and the article is -ն (Մոսկվայում, Մոսկվան).
      add(base, {"յի", "յին", "յում", "յից", "յով", "ն"});
      genitive = base + "յի";
    } else {
      add(base, {"ի", "ին", "ում", "ից", "ով", "ն"});
      if (!ends_with(base, "ի") && !ends_with(base, "ու")) forms.insert(base + "ը");
      // -ու also becomes -վ before a case ending (Բաքու: Բաքվի, Բաքվում), -ի -ու (Գյումրու).
      if (ends_with(base, "ու")) add(drop_code_points(base, 2) + "վ", {"ի", "ում", "ից", "ով"});
      if (ends_with(base, "ի")) add(drop_code_points(base, 1), {"ու", "ուն"});
    }
    if (kind == NameKind::PLACE) {
      forms.insert(genitive + " մարզ");
      forms.insert(genitive + " շրջան");
    }
  }
  return forms;
}

std::set<std::string> az_forms(std::string_view name, NameKind kind) {
  static constexpr std::string_view kVowels = "aıoueəiöüAIOUEƏİÖÜ";
  std::string last_vowel;
  const std::vector<std::string> cps = code_points(name);
  for (const std::string& c : cps)
    if (is_one_of(c, kVowels)) last_vowel = c;
  const bool back = !last_vowel.empty() && is_one_of(last_vowel, "aıouAIOU");
  const bool ends_vowel = !cps.empty() && is_one_of(cps.back(), kVowels);
  const std::string a = back ? "a" : "ə";
  const std::string i(az_high_vowel(last_vowel, back));
  const std::string n(name);
  std::set<std::string> forms{n, n + "d" + a, n + "d" + a + "n", n + (ends_vowel ? "y" : "") + a,
                              n + (ends_vowel ? "n" : "") + i + "n"};
  if (kind == NameKind::PLACE) {
    forms.insert(n + " şəhəri");
    forms.insert(n + " rayonu");
  }
  return forms;
}

}  // namespace textnorm::plugins::names
