#include "names/script_transliterator.hpp"

#include "names/name_matcher.hpp"

#include <textnorm/error.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include <unicode/parseerr.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace textnorm::detail {
namespace {

UScriptCode script_code(const char* code) {
  const int32_t value = u_getPropertyValueEnum(UCHAR_SCRIPT, code);
  return value == UCHAR_INVALID_CODE ? USCRIPT_INVALID_CODE : static_cast<UScriptCode>(value);
}

UScriptCode script_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) ? script : USCRIPT_INVALID_CODE;
}

std::unique_ptr<icu::Transliterator> compile(const ScriptRules& s) {
  UParseError where{};
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
      icu::UnicodeString::fromUTF8(s.plugin + "-" + s.script),
      icu::UnicodeString::fromUTF8(s.rules), UTRANS_FORWARD, where, status));
  if (U_FAILURE(status) || !t)
    throw Error(ErrorKind::PLUGIN_FAILED,
                fmt::format("plugin '{}' gave transliteration rules for {} that ICU rejects ({} at "
                            "rule line {})",
                            s.plugin, s.script, u_errorName(status), where.line));
  return t;
}

}  // namespace

ScriptTransliterator::ScriptTransliterator(const std::vector<ScriptRules>& scripts) {
  for (const ScriptRules& s : scripts) {
    auto pool = std::make_unique<Pool>();
    pool->prototype = compile(s);
    pools_[script_code(s.script.c_str())] = std::move(pool);
  }
}

ScriptTransliterator::~ScriptTransliterator() = default;

bool ScriptTransliterator::known_script(const char* code) {
  const UScriptCode script = script_code(code);
  return script != USCRIPT_INVALID_CODE && script != USCRIPT_COMMON &&
         script != USCRIPT_INHERITED && script != USCRIPT_UNKNOWN;
}

bool ScriptTransliterator::may_contain_other_script(std::string_view text) {
  // Latin, its diacritics and IPA end at U+036F; every later code point has a lead byte of
  // CD or more.
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0xCD) return true;
  return false;
}

bool ScriptTransliterator::handles(char32_t c) const {
  return c >= 0x0370 && pools_.count(script_of(c)) != 0;
}

bool ScriptTransliterator::handles_any(std::string_view text) const {
  if (pools_.empty() || !may_contain_other_script(text)) return false;
  for (std::size_t i = 0, length = 0; i < text.size(); i += length)
    if (handles(decode_utf8(text, i, length))) return true;
  return false;
}

std::string ScriptTransliterator::apply(Pool& pool, std::string_view word) {
  std::unique_ptr<icu::Transliterator> t;
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    if (!pool.idle.empty()) {
      t = std::move(pool.idle.back());
      pool.idle.pop_back();
    }
  }
  if (!t) t.reset(pool.prototype->clone());
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  t->transliterate(s);
  {
    std::lock_guard<std::mutex> lock(pool.mutex);
    pool.idle.push_back(std::move(t));
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string ScriptTransliterator::transliterate(std::string_view word) const {
  // Each declared script of the word, in the order its letters come, gets its rules once: a
  // word that mixes scripts (junk, a stray letter) keeps none of them for a second run.
  std::string latin(word);
  std::vector<UScriptCode> applied;
  for (std::size_t i = 0, length = 0; i < word.size(); i += length) {
    const char32_t c = decode_utf8(word, i, length);
    if (c < 0x0370) continue;
    const UScriptCode script = script_of(c);
    const auto pool = pools_.find(script);
    if (pool == pools_.end() || std::find(applied.begin(), applied.end(), script) != applied.end())
      continue;
    latin = apply(*pool->second, latin);
    applied.push_back(script);
  }
  return latin;
}

}  // namespace textnorm::detail
