// The dev corpora of ../shared, for the tests built with TEXTNORM_DEV_CORPORA: they skip (exit 77,
// which ctest reports as skipped) when a user's clone has no ../shared.
#ifndef TEXTNORM_TESTS_EDITS_DEV_CORPUS_HPP
#define TEXTNORM_TESTS_EDITS_DEV_CORPUS_HPP

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>

namespace dev_corpus {

inline const std::filesystem::path kDir =
    std::filesystem::path(TEXTNORM_SHARED_DIR) / "corpus" / "dev";

// The test program's main(): runs the doctest cases, or skips when kDir is absent.
inline int run_tests(int argc, char** argv) {
  if (!std::filesystem::is_directory(kDir)) {
    std::printf("skipped: %s is absent\n", kDir.c_str());
    return 77;
  }
  doctest::Context context(argc, argv);
  return context.run();
}

}  // namespace dev_corpus

#endif  // TEXTNORM_TESTS_EDITS_DEV_CORPUS_HPP
