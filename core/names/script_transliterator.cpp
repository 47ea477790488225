#include "names/script_transliterator.hpp"

#include "names/name_matcher.hpp"

#include <textnorm/error.hpp>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace textnorm::detail {
namespace {

std::unique_ptr<icu::Transliterator> open(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t)
    throw Error(ErrorKind::USAGE, std::string("--transliterate needs ICU's ") + id + ": " +
                                      u_errorName(status));
  return t;
}

// The press writes BGN without its apostrophes and primes (P'ashinyan, Ob''yedineniye) and ë as e.
std::string press_cleanup(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = 0;
    const char32_t c = name_text::decode(text, i, length);
    if (c == 0x02BC || c == 0x02B9 || c == 0x02BA || c == 0x2019 || c == 0x00B7) {
    } else if (c == 0x00EB) {
      out += 'e';
    } else if (c == 0x00CB) {
      out += 'E';
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

}  // namespace

ScriptTransliterator::ScriptTransliterator()
    : cyrillic_(std::make_unique<Pool>()), armenian_(std::make_unique<Pool>()) {
  cyrillic_->prototype = open("Russian-Latin/BGN");
  armenian_->prototype = open("Armenian-Latin/BGN");
}

ScriptTransliterator::~ScriptTransliterator() = default;

bool ScriptTransliterator::may_contain_target(std::string_view text) {
  // Cyrillic U+0400-052F and Armenian U+0531-058F have lead bytes D0-D6.
  for (char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xD0 && b <= 0xD6) return true;
  }
  return false;
}

bool ScriptTransliterator::is_target(char32_t c) {
  return (c >= 0x0400 && c <= 0x052F) || (c >= 0x0531 && c <= 0x058F);
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
  std::size_t length = 0;
  bool armenian = false;
  for (std::size_t i = 0; i < word.size(); i += length) {
    const char32_t c = name_text::decode(word, i, length);
    if (is_target(c)) {
      armenian = c >= 0x0531;
      break;
    }
  }
  return press_cleanup(apply(armenian ? *armenian_ : *cyrillic_, word));
}

}  // namespace textnorm::detail
