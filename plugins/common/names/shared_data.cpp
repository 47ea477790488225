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
std::string_view common_first_names() {
  return embedded(textnorm_names_common_first_names, textnorm_names_common_first_names_end);
}

std::string_view spelling_fold_rules() {
  return embedded(textnorm_names_spelling_fold, textnorm_names_spelling_fold_end);
}

std::string_view variant_fold_rules() {
  return embedded(textnorm_names_variant_fold, textnorm_names_variant_fold_end);
}

std::string_view fold_stop_words() {
  return embedded(textnorm_names_fold_stop_words, textnorm_names_fold_stop_words_end);
}

}  // namespace textnorm::plugins::names
