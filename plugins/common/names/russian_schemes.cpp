#include "russian_schemes.hpp"

#define TEXTNORM_RU_SCHEME(NAME)                      \
  extern "C" const char textnorm_names_ru_##NAME[];   \
  extern "C" const char textnorm_names_ru_##NAME##_end[];
TEXTNORM_RU_SCHEME(en_press)
TEXTNORM_RU_SCHEME(fr)
TEXTNORM_RU_SCHEME(de)
TEXTNORM_RU_SCHEME(iso9)
TEXTNORM_RU_SCHEME(icao)
TEXTNORM_RU_SCHEME(lv)
TEXTNORM_RU_SCHEME(az)
TEXTNORM_RU_SCHEME(uk)
TEXTNORM_RU_SCHEME(hy)
#undef TEXTNORM_RU_SCHEME

namespace textnorm::plugins::names {
namespace {

std::string_view rules(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

}  // namespace

std::vector<SchemeSource> russian_schemes() {
  // label, lang, rules, builtin, english, alternate
  return {
      {"ru:en_press", "en", rules(textnorm_names_ru_en_press, textnorm_names_ru_en_press_end), false, true, true},
      {"ru:fr", "fr", rules(textnorm_names_ru_fr, textnorm_names_ru_fr_end), false, false, true},
      {"ru:de", "de", rules(textnorm_names_ru_de, textnorm_names_ru_de_end), false, false, false},
      {"ru:iso9", "und", rules(textnorm_names_ru_iso9, textnorm_names_ru_iso9_end), false, false, false},
      {"ru:bgn", "en", "Russian-Latin/BGN", true, true, true},
      {"ru:icao", "en", rules(textnorm_names_ru_icao, textnorm_names_ru_icao_end), false, true, false},
      {"ru:lv", "lv", rules(textnorm_names_ru_lv, textnorm_names_ru_lv_end), false, false, false},
      {"ru:az", "az", rules(textnorm_names_ru_az, textnorm_names_ru_az_end), false, false, false},
      {"ru:uk", "uk", rules(textnorm_names_ru_uk, textnorm_names_ru_uk_end), false, false, false},
  };
}

SchemeSource russian_armenian_scheme() {
  return {"ru:hy", "hy", rules(textnorm_names_ru_hy, textnorm_names_ru_hy_end), false, false, false};
}

}  // namespace textnorm::plugins::names
