#include "shared_data.hpp"

#include <cstddef>

extern "C" const char textnorm_names_common_first_names[];
extern "C" const char textnorm_names_common_first_names_end[];
extern "C" const char textnorm_names_spelling_fold[];
extern "C" const char textnorm_names_spelling_fold_end[];
extern "C" const char textnorm_names_variant_fold[];
extern "C" const char textnorm_names_variant_fold_end[];
extern "C" const char textnorm_names_fold_stop_words[];
extern "C" const char textnorm_names_fold_stop_words_end[];

namespace textnorm::plugins::names {
namespace {

std::string_view span(const char* begin, const char* end) {
  return {begin, static_cast<std::size_t>(end - begin)};
}

}  // namespace

std::string_view common_first_names() {
  return span(textnorm_names_common_first_names, textnorm_names_common_first_names_end);
}

std::string_view spelling_fold_rules() {
  return span(textnorm_names_spelling_fold, textnorm_names_spelling_fold_end);
}

std::string_view variant_fold_rules() {
  return span(textnorm_names_variant_fold, textnorm_names_variant_fold_end);
}

std::string_view fold_stop_words() {
  return span(textnorm_names_fold_stop_words, textnorm_names_fold_stop_words_end);
}

}  // namespace textnorm::plugins::names
