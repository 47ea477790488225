// The public API throws only textnorm::Error. Each internal failure is forced for real: nine
// languages for a detector that tells eight apart, ICU running out of memory inside NFC and in
// a first --lang auto run (through ICU's own allocator hook), and std::bad_alloc from any
// allocation of a normalization (through a failing global operator new).
#include "fixture_path.hpp"

#include <textnorm/normalizer.hpp>

#include <unicode/uclean.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <new>
#include <optional>
#include <string>

namespace {

// ICU allocates through these; armed, they fail like an exhausted heap.
std::atomic<bool> g_icu_fails{false};
void* icu_alloc(const void*, size_t size) { return g_icu_fails ? nullptr : std::malloc(size); }
void* icu_realloc(const void*, void* p, size_t size) {
  return g_icu_fails ? nullptr : std::realloc(p, size);
}
void icu_free(const void*, void* p) { std::free(p); }

// Installed before ICU is first used, as ICU requires.
const UErrorCode g_icu_hook = [] {
  UErrorCode status = U_ZERO_ERROR;
  u_setMemoryFunctions(nullptr, icu_alloc, icu_realloc, icu_free, &status);
  return status;
}();

// The number of operator new calls left before one fails; negative: none fails.
std::atomic<long> g_new_budget{-1};
std::atomic<long> g_new_calls{0};

textnorm::Normalizer make_normalizer(const std::string& lang) {
  textnorm::Options options;
  options.lang = lang;
  options.names = textnorm::NamesMode::OFF;
  return textnorm::Normalizer(options);
}

// What `body` throws: a textnorm::Error (returned), anything else (fails the test), or nothing.
template <class Body>
std::optional<textnorm::Error> thrown_by(Body&& body) {
  try {
    body();
  } catch (const textnorm::Error& e) {
    return e;
  } catch (const std::exception& e) {
    FAIL("not a textnorm::Error: ", e.what());
  } catch (...) {
    FAIL("not a textnorm::Error");
  }
  return std::nullopt;
}

}  // namespace

// Replaces the global operator new of the whole process (libtextnorm and the plugins included).
// Not inlined: GCC would pair the free() below with a `new` expression and warn.
[[gnu::noinline]] void* operator new(std::size_t size) {
  ++g_new_calls;
  if (g_new_budget.load() >= 0 && g_new_budget.fetch_sub(1) == 0) throw std::bad_alloc();
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
[[gnu::noinline]] void operator delete(void* p) noexcept { std::free(p); }
[[gnu::noinline]] void operator delete(void* p, std::size_t) noexcept { std::free(p); }

TEST_CASE("more languages than detection tells apart: a usage error at start") {
  textnorm::Options options;
  options.plugin_path = {fixture::dir("nine_languages")};
  options.default_plugin_path = false;
  options.lang = "auto";
  const auto error = thrown_by([&] { textnorm::Normalizer normalizer(options); });
  REQUIRE(error);
  CHECK(error->kind() == textnorm::ErrorKind::USAGE);
  CHECK(std::string(error->what()).find("at most 8 languages") != std::string::npos);
  CHECK(std::string(error->what()).find("xa, xb, xc, xd, xe, xf, xg, xh, xi") != std::string::npos);
  options.lang = "xi";  // one language needs no detection
  CHECK(textnorm::Normalizer(options).normalize("a b") == "a b");
}

TEST_CASE("std::bad_alloc anywhere in a normalization becomes Error(INTERNAL)") {
  const textnorm::Normalizer normalizer = make_normalizer("auto");
  const std::string text =
      "Le pr\u00E9sident a dit\u00A0: \u00AB non \u00BB. He said \u201C no \u201D ; e\u0301t\u00E9 "
      "\u2026 Pashinian.\nSecond line , here !\n";
  const std::string expected = normalizer.normalize(text);
  int failures = 0;
  // Fail the first allocation, then the second, ... until one run needs fewer than that.
  for (long budget = 0; budget < 100000; ++budget) {
    std::string out;
    g_new_budget = budget;
    const auto error = thrown_by([&] { out = normalizer.normalize(text); });
    g_new_budget = -1;
    if (!error) {
      CHECK(out == expected);
      break;
    }
    ++failures;
    CHECK(error->kind() == textnorm::ErrorKind::INTERNAL);
    CHECK(std::string(error->what()) == "out of memory");
  }
  CHECK(failures > 0);
  CHECK(normalizer.normalize(text) == expected);  // the normalizer is still whole
}

TEST_CASE("std::bad_alloc while loading plugins or in a first normalization: Error too") {
  textnorm::Options options;
  options.lang = "fr";
  options.names = textnorm::NamesMode::OFF;
  const std::string text = "Pourquoi? \u00AB Oui \u00BB , dit-il.";
  g_new_calls = 0;
  const std::string expected = textnorm::Normalizer(options).normalize(text);
  const long calls = g_new_calls;
  // Every one of the first 64 allocations, then one in about 10% steps: a few hundred runs.
  int failures = 0;
  for (long budget = 0; budget < calls; budget += budget < 64 ? 1 : std::max(1L, budget / 10)) {
    std::string out;
    g_new_budget = budget;
    const auto error = thrown_by([&] { out = textnorm::Normalizer(options).normalize(text); });
    g_new_budget = -1;
    CAPTURE(budget);
    if (!error) {
      CHECK(out == expected);
      continue;
    }
    ++failures;
    CHECK((error->kind() == textnorm::ErrorKind::INTERNAL ||
           error->kind() == textnorm::ErrorKind::PLUGIN_FAILED ||
           error->kind() == textnorm::ErrorKind::NO_PLUGIN));
  }
  CHECK(failures > 0);
}

TEST_CASE("ICU out of memory in NFC becomes Error(INTERNAL) naming the line") {
  REQUIRE(g_icu_hook == U_ZERO_ERROR);
  const textnorm::Normalizer normalizer = make_normalizer("fr");
  std::string line;  // changes NFC records one by one: more than ICU's edit list holds inline
  for (int i = 0; i < 200; ++i) line += "e\u0301x";
  const std::string expected = normalizer.normalize(line);
  g_icu_fails = true;
  const auto error = thrown_by([&] { (void)normalizer.normalize("ok\n" + line); });
  g_icu_fails = false;
  REQUIRE(error);
  CHECK(error->kind() == textnorm::ErrorKind::INTERNAL);
  CHECK(std::string(error->what()).find("NFC") != std::string::npos);
  CHECK(error->position().line == 2);
  CHECK(normalizer.normalize(line) == expected);
}

// The sentence splitter no longer runs ICU's break iterator (UAX #29 is implemented in
// core/segment/sentence_breaks.cpp), so it has no ICU failure left to report; what must hold is
// that ICU failing anywhere in a --lang auto run (a first run: detection's and NFC's data and
// buffers not made yet) gives the right output or a textnorm::Error, nothing else.
TEST_CASE("ICU out of memory in a first --lang auto run: the right output or Error(INTERNAL)") {
  REQUIRE(g_icu_hook == U_ZERO_ERROR);
  std::string text = "The first sentence is here. La seconde phrase est l\u00E0, \u00E9t\u00E9 ";
  for (int i = 0; i < 200; ++i) text += "e\u0301x";
  const std::string expected = make_normalizer("auto").normalize(text);
  const textnorm::Normalizer normalizer = make_normalizer("auto");
  std::string out;
  g_icu_fails = true;
  const auto error = thrown_by([&] { out = normalizer.normalize(text); });
  g_icu_fails = false;
  if (error)
    CHECK(error->kind() == textnorm::ErrorKind::INTERNAL);
  else
    CHECK(out == expected);
  CHECK(normalizer.normalize(text) == expected);
}
