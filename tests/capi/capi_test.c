/* The C API used from C: built in the build tree, and compiled as C11 against the installed
 * package with `pkg-config textnorm` (tests/install/install_test.sh). Each check prints PASS or
 * FAIL; the exit status is the number of failures (capped). An optional argument is a plugin
 * directory holding the `throws` fixture plugin. */
#include <textnorm/textnorm.h>
/* Both public C headers in one translation unit: their names must not clash. */
#include <textnorm/plugin_abi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

static int failures = 0;

static void check(int ok, const char* what) {
  printf("%s %s\n", ok ? "PASS" : "FAIL", what);
  if (!ok) ++failures;
}

static textnorm_normalizer* make(const textnorm_normalizer_options* options) {
  textnorm_normalizer* n = NULL;
  textnorm_error_info* error = NULL;
  if (textnorm_normalizer_new(options, &n, &error) != TEXTNORM_STATUS_OK) {
    printf("cannot create a normalizer: %s\n", textnorm_error_message(error));
    textnorm_error_free(error);
    exit(2);
  }
  return n;
}

/* The output of `text` as a malloc'ed NUL-terminated string (NULL on failure). */
static char* normalized(const textnorm_normalizer* n, const char* text) {
  textnorm_result* result = NULL;
  if (textnorm_normalize(n, text, strlen(text), &result, NULL) != TEXTNORM_STATUS_OK) return NULL;
  size_t size = 0;
  const char* out = textnorm_result_text(result, &size);
  char* copy = malloc(size + 1);
  memcpy(copy, out, size + 1);
  textnorm_result_free(result);
  return copy;
}

static int normalizes_to(const textnorm_normalizer* n, const char* text, const char* expected) {
  char* out = normalized(n, text);
  const int ok = out != NULL && strcmp(out, expected) == 0;
  if (!ok) printf("  expected \"%s\"\n  got      \"%s\"\n", expected, out ? out : "(error)");
  free(out);
  return ok;
}

/* The status of normalizer creation with `options`; the error is stored in *error. */
static textnorm_status creation_status(const textnorm_normalizer_options* options,
                                       textnorm_error_info** error) {
  textnorm_normalizer* n = NULL;
  const textnorm_status status = textnorm_normalizer_new(options, &n, error);
  if (status != TEXTNORM_STATUS_OK && n != NULL) return TEXTNORM_STATUS_OK; /* must stay NULL */
  textnorm_normalizer_free(n);
  return status;
}

static void test_normalize_lines(void) {
  textnorm_normalizer* n = make(NULL);
  check(normalizes_to(n, "He said , \"yes\"  .\r\nIl a dit : \xC2\xAB oui \xC2\xBB!\nlast line  ,ok",
                      "He said, \"yes\".\nIl a dit : \"oui\" !\nlast line,ok"),
        "three lines in, three out: CRLF becomes LF, the missing final break stays missing");
  check(normalizes_to(n, "\xEF\xBB\xBFok\r\r\n", "ok\n\n"), "a BOM is dropped, a lone CR ends a line");
  check(normalizes_to(n, "", ""), "empty text gives empty text");
  textnorm_result* result = NULL;
  check(textnorm_normalize(n, NULL, 0, &result, NULL) == TEXTNORM_STATUS_OK &&
            textnorm_result_text(result, NULL)[0] == '\0',
        "NULL text of size 0 is the empty text");
  textnorm_result_free(result);
  textnorm_normalizer_free(n);
}

/* Applying the edits to the input gives the output, and they are ordered and disjoint. */
static void test_edits(void) {
  textnorm_normalizer* n = make(NULL);
  const char* input = "fine\nHe said , \"yes\"  .\nIl a dit : oui!";
  textnorm_result* result = NULL;
  check(textnorm_normalize(n, input, strlen(input), &result, NULL) == TEXTNORM_STATUS_OK,
        "normalize with edits succeeds");
  const size_t count = textnorm_result_edit_count(result);
  char rebuilt[256] = "";
  size_t at = 0, used = 0;
  int ordered = 1, named = 1;
  for (size_t i = 0; i < count; ++i) {
    const textnorm_text_edit* e = textnorm_result_edit(result, i);
    ordered = ordered && e->begin >= at && e->end >= e->begin && e->end <= strlen(input);
    named = named && e->rule[0] != '\0' && e->plugin[0] != '\0';
    if (!ordered) break;
    memcpy(rebuilt + used, input + at, e->begin - at);
    used += e->begin - at;
    memcpy(rebuilt + used, e->replacement, e->replacement_size);
    used += e->replacement_size;
    at = e->end;
  }
  memcpy(rebuilt + used, input + at, strlen(input) - at + 1);
  check(count >= 2, "the changes of both changed lines are reported");
  check(count > 0 && textnorm_result_edit(result, 0)->begin >= 5,
        "edit offsets count from the start of the whole input, not of the line");
  check(ordered, "edits are in input order and do not overlap");
  check(named, "every edit names its rule and plugin");
  check(strcmp(rebuilt, textnorm_result_text(result, NULL)) == 0,
        "applying the edits to the input gives the output");
  check(textnorm_result_edit(result, count) == NULL, "no edit past the end");
  textnorm_result* plain = NULL;
  check(textnorm_normalize_without_edits(n, input, strlen(input), &plain, NULL) ==
                TEXTNORM_STATUS_OK &&
            strcmp(textnorm_result_text(plain, NULL), textnorm_result_text(result, NULL)) == 0 &&
            textnorm_result_edit_count(plain) == 0,
        "textnorm_normalize_without_edits gives the same text and no edits");
  textnorm_result_free(plain);
  textnorm_result_free(result);
  textnorm_normalizer_free(n);
}

static void test_invalid_input(void) {
  textnorm_normalizer* n = make(NULL);
  const char* input = "first line\nab\xFF" "c\n";
  textnorm_result* result = NULL;
  textnorm_error_info* error = NULL;
  const textnorm_status status = textnorm_normalize(n, input, strlen(input), &result, &error);
  check(status == TEXTNORM_STATUS_INVALID_INPUT && status == 65,
        "invalid UTF-8 is INVALID_INPUT, the command's exit code 65");
  check(result == NULL, "a failed call leaves no result");
  check(textnorm_error_status(error) == TEXTNORM_STATUS_INVALID_INPUT, "the error keeps the status");
  size_t line = 0, column = 0, offset = 0;
  check(textnorm_error_position(error, &line, &column, &offset) && line == 2 && column == 3 &&
            offset == 13,
        "the error is at line 2, byte 3, offset 13 of the whole input");
  check(strstr(textnorm_error_message(error), "line 2, byte 3: invalid UTF-8") != NULL,
        "the message names the line, the byte and the fault");
  textnorm_error_free(error);

  textnorm_normalizer_options options;
  textnorm_normalizer_options_init(&options);
  options.invalid = "replace";
  textnorm_normalizer* replacing = make(&options);
  check(normalizes_to(replacing, input, "first line\nab\xEF\xBF\xBD" "c\n"),
        "invalid = \"replace\" puts U+FFFD");
  textnorm_normalizer_free(replacing);
  textnorm_normalizer_free(n);
}

static void test_usage_errors(void) {
  textnorm_normalizer_options options;
  textnorm_error_info* error = NULL;
  const char* unknown_rule[] = {"no.such-rule", NULL};
  textnorm_normalizer_options_init(&options);
  options.disabled_rules = unknown_rule;
  check(creation_status(&options, &error) == TEXTNORM_STATUS_USAGE &&
            strstr(textnorm_error_message(error), "no.such-rule") != NULL &&
            !textnorm_error_position(error, NULL, NULL, NULL),
        "an unknown rule id is USAGE (2), named in the message, with no position");
  textnorm_error_free(error);

  textnorm_normalizer_options_init(&options);
  options.profile = "fancy";
  check(creation_status(&options, NULL) == TEXTNORM_STATUS_USAGE, "an unknown profile is USAGE");
  textnorm_normalizer_options_init(&options);
  options.names = "sometimes";
  check(creation_status(&options, NULL) == TEXTNORM_STATUS_USAGE, "an unknown names mode is USAGE");

  textnorm_normalizer_options_init(&options);
  options.size = sizeof(size_t);
  check(creation_status(&options, NULL) == TEXTNORM_STATUS_USAGE,
        "options smaller than the first version are USAGE");

  /* A newer caller's struct: bigger, with an option this library does not know. */
  unsigned char newer[sizeof(textnorm_normalizer_options) + 16] = {0};
  textnorm_normalizer_options_init(&options);
  options.size = sizeof newer;
  memcpy(newer, &options, sizeof options);
  check(creation_status((const textnorm_normalizer_options*)newer, NULL) == TEXTNORM_STATUS_OK,
        "a newer, bigger struct whose new fields are zero is accepted");
  newer[sizeof newer - 1] = 1;
  check(creation_status((const textnorm_normalizer_options*)newer, &error) == TEXTNORM_STATUS_USAGE,
        "a newer struct that sets an unknown option is USAGE");
  textnorm_error_free(error);

  textnorm_normalizer* n = make(NULL);
  textnorm_result* result = NULL;
  check(textnorm_normalize(n, NULL, 3, &result, NULL) == TEXTNORM_STATUS_USAGE && result == NULL,
        "NULL text with a size is USAGE");
  check(textnorm_normalize(NULL, "x", 1, &result, NULL) == TEXTNORM_STATUS_USAGE,
        "a NULL normalizer is USAGE");
  check(textnorm_normalizer_new(NULL, NULL, NULL) == TEXTNORM_STATUS_USAGE,
        "a NULL normalizer out-pointer is USAGE");
  textnorm_normalizer_free(n);
}

static void test_no_plugin(void) {
  textnorm_normalizer_options options;
  textnorm_error_info* error = NULL;
  textnorm_normalizer_options_init(&options);
  options.lang = "tlh";
  check(creation_status(&options, &error) == TEXTNORM_STATUS_NO_PLUGIN && error != NULL &&
            strstr(textnorm_error_message(error), "'tlh'") != NULL,
        "a language no plugin serves is NO_PLUGIN (69)");
  textnorm_error_free(error);
  const char* missing[] = {"nosuchplugin", NULL};
  textnorm_normalizer_options_init(&options);
  options.plugins = missing;
  check(creation_status(&options, NULL) == TEXTNORM_STATUS_NO_PLUGIN,
        "a requested plugin that is not there is NO_PLUGIN");
}

/* A plugin that throws from process(): the status is PLUGIN_FAILED, no exception escapes. */
static void test_plugin_failure(const char* fixture_dir) {
  textnorm_normalizer_options options;
  const char* path[] = {fixture_dir, NULL};
  const char* plugins[] = {"throws", NULL};
  textnorm_normalizer_options_init(&options);
  options.plugin_path = path;
  options.plugins = plugins;
  options.lang = "xx";
  options.names = "off";
  options.no_default_plugin_path = 1;
  textnorm_normalizer* n = make(&options);
  textnorm_result* result = NULL;
  textnorm_error_info* error = NULL;
  check(textnorm_normalize(n, "one\ntwo", 7, &result, &error) == TEXTNORM_STATUS_PLUGIN_FAILED &&
            strstr(textnorm_error_message(error), "boom") != NULL,
        "a throwing plugin is PLUGIN_FAILED (70) with its message");
  size_t line = 0;
  check(textnorm_error_position(error, &line, NULL, NULL) && line == 1,
        "the plugin failure names the line");
  textnorm_error_free(error);
  textnorm_normalizer_free(n);
}

static void test_detect(void) {
  textnorm_normalizer* n = make(NULL);
  const char* input = "He said yes to the plan.\n\nIl a dit oui au projet, et nous aussi.";
  textnorm_result* result = NULL;
  check(textnorm_detect(n, input, strlen(input), &result, NULL) == TEXTNORM_STATUS_OK,
        "detect succeeds");
  const size_t count = textnorm_result_span_count(result);
  int covers = count >= 2, saw_en = 0, saw_fr = 0;
  size_t at = 0;
  for (size_t i = 0; covers && i < count; ++i) {
    const textnorm_language_span* s = textnorm_result_span(result, i);
    if (at == 24) at = 26; /* the line break and the empty line have no span */
    covers = s->begin == at && s->end > s->begin && s->confidence >= 0 && s->confidence <= 1;
    at = s->end;
    saw_en = saw_en || (strcmp(s->lang, "en") == 0 && s->line == 1);
    saw_fr = saw_fr || (strcmp(s->lang, "fr") == 0 && s->line == 3 && s->begin >= 26);
  }
  check(covers && at == strlen(input), "the spans cover each non-empty line, in order");
  check(saw_en && saw_fr, "line 1 is English, line 3 French, at offsets into the whole input");
  textnorm_result_free(result);
  textnorm_error_info* error = NULL;
  check(textnorm_detect(n, "ok\n\xC3", 4, &result, &error) == TEXTNORM_STATUS_INVALID_INPUT &&
            textnorm_error_position(error, NULL, NULL, NULL),
        "detect reports invalid UTF-8 with a position");
  textnorm_error_free(error);
  textnorm_normalizer_free(n);
}

enum { kThreads = 4, kRounds = 50 };
static const char* const kThreadText = "He said , \"yes\"  .\nIl a dit : oui!\nDmitri Peskov said no .";

struct thread_job {
  const textnorm_normalizer* normalizer;
  const char* expected;
  int mismatches;
};

static int normalize_rounds(void* arg) {
  struct thread_job* job = arg;
  for (int i = 0; i < kRounds; ++i) {
    char* out = normalized(job->normalizer, kThreadText);
    if (out == NULL || strcmp(out, job->expected) != 0) ++job->mismatches;
    free(out);
  }
  return 0;
}

static void test_shared_between_threads(void) {
  textnorm_normalizer* n = make(NULL);
  char* expected = normalized(n, kThreadText);
  struct thread_job jobs[kThreads];
  thrd_t threads[kThreads];
  int started = 1, mismatches = 0;
  for (int i = 0; i < kThreads; ++i) {
    jobs[i] = (struct thread_job){n, expected, 0};
    started = started && thrd_create(&threads[i], normalize_rounds, &jobs[i]) == thrd_success;
  }
  for (int i = 0; started && i < kThreads; ++i) {
    thrd_join(threads[i], NULL);
    mismatches += jobs[i].mismatches;
  }
  check(started && expected != NULL && mismatches == 0,
        "one normalizer shared by 4 threads gives the serial output every time");
  free(expected);
  textnorm_normalizer_free(n);
}

static void test_misc(void) {
  check(strcmp(textnorm_status_name(TEXTNORM_STATUS_INVALID_INPUT), "invalid input") == 0 &&
            strcmp(textnorm_status_name((textnorm_status)3), "unknown status") == 0,
        "status names");
  check(textnorm_version()[0] >= '0' && textnorm_version()[0] <= '9', "the version is a number");
  textnorm_result_free(NULL);
  textnorm_error_free(NULL);
  textnorm_normalizer_free(NULL); /* the free functions accept NULL: a crash fails the test */
}

int main(int argc, char** argv) {
  test_normalize_lines();
  test_edits();
  test_invalid_input();
  test_usage_errors();
  test_no_plugin();
  if (argc > 1) test_plugin_failure(argv[1]);
  test_detect();
  test_shared_between_threads();
  test_misc();
  printf("%d failed\n", failures);
  return failures > 100 ? 100 : failures;
}
