/* textnorm's C API: normalize and detect from C or any language with a C FFI (Rust, Go, Java,
 * Python). Plain C99, no C++ exception crosses it; every symbol carries the linker version
 * TEXTNORM_C_1.0 (docs/abi.md states what may change and how).
 *
 * Ownership: every object a function hands out is the caller's and is freed by its own
 * textnorm_*_free function, which accepts NULL.
 *
 * Threads: a textnorm_normalizer is immutable once created; any number of threads may call
 * textnorm_normalize and textnorm_detect on the same normalizer at the same time. Results and
 * error objects belong to the thread that received them until it hands them on. Freeing a
 * normalizer while another thread uses it is the caller's bug.
 */
#ifndef TEXTNORM_TEXTNORM_H
#define TEXTNORM_TEXTNORM_H

#include <stddef.h>

#define TEXTNORM_C_API __attribute__((visibility("default")))

#ifdef __cplusplus
extern "C" {
#endif

/* What a call returned: the exit codes of the `textnorm` command for the same failure. */
typedef enum textnorm_status {
  TEXTNORM_STATUS_OK = 0,
  TEXTNORM_STATUS_USAGE = 2,            /* bad options or arguments (unknown rule, NULL text) */
  TEXTNORM_STATUS_INVALID_INPUT = 65,   /* invalid UTF-8 (with invalid = "error") */
  TEXTNORM_STATUS_NO_PLUGIN = 69,       /* a requested plugin or language is not available */
  TEXTNORM_STATUS_PLUGIN_FAILED = 70,   /* a plugin failed, or an internal error (out of memory) */
  TEXTNORM_STATUS_IO = 74               /* a file (a lexicon) could not be read */
} textnorm_status;

typedef struct textnorm_normalizer textnorm_normalizer; /* opaque */
typedef struct textnorm_result textnorm_result;         /* opaque */
typedef struct textnorm_error_info textnorm_error_info; /* opaque */

/* How a normalizer is built; the options of `textnorm normalize`. Call
 * textnorm_normalizer_options_init first: it sets `size` and the defaults (all NULL or 0).
 * The struct only grows, by appending fields; a library reads the fields that fit in `size` and
 * refuses (USAGE) a caller's newer fields that it does not know unless they are zero.
 * Strings are NUL-terminated and lists are NULL-terminated arrays; they are copied, so they
 * need not outlive textnorm_normalizer_new. */
typedef struct textnorm_normalizer_options {
  size_t size;                       /* sizeof(textnorm_normalizer_options) */
  const char* profile;               /* "default" (NULL) or "typographic" */
  const char* lang;                  /* "auto" (NULL) or one language for the whole input */
  const char* names;                 /* "canonical" (NULL), "exonyms", "by-language", "off" */
  const char* invalid;               /* "error" (NULL) or "replace": U+FFFD for invalid UTF-8 */
  int transliterate;                 /* nonzero: remaining Cyrillic, Armenian words in Latin */
  const char* const* plugins;        /* use exactly these plugins; NULL: every plugin found */
  const char* const* plugin_path;    /* directories searched for plugins first */
  const char* const* lexicons;       /* user lexicon files (canonical<TAB>variant lines) */
  const char* const* disabled_rules; /* rule ids switched off */
  const char* const* plugin_options; /* "key=value" strings passed to every plugin */
  int no_default_plugin_path;        /* nonzero: skip TEXTNORM_PLUGIN_PATH and <libdir>/textnorm-1 */
} textnorm_normalizer_options;

/* One change, as a byte span of the whole input given to textnorm_normalize. */
typedef struct textnorm_text_edit {
  size_t begin; /* [begin, end) bytes of the input */
  size_t end;
  const char* replacement; /* what replaces them (NUL-terminated; may be empty) */
  size_t replacement_size; /* in bytes, without the NUL */
  const char* rule;        /* rule id of the last rule that changed the span */
  const char* plugin;      /* "core" or the plugin's name */
} textnorm_text_edit;

/* A piece of one line in one language, as `textnorm detect` reports it. */
typedef struct textnorm_language_span {
  size_t begin; /* [begin, end) bytes of the whole input given to textnorm_detect */
  size_t end;
  size_t line;       /* 1-based line number */
  const char* lang;  /* a loaded plugin's language, or "und" */
  float confidence;  /* 0..1 */
} textnorm_language_span;

/* Sets options->size and every other field to its default. */
TEXTNORM_C_API void textnorm_normalizer_options_init(textnorm_normalizer_options* options);

/* Loads the plugins and checks the options (NULL options: the defaults). On success stores
 * the normalizer in *normalizer and returns TEXTNORM_STATUS_OK. On failure stores NULL there,
 * and, when `error` is not NULL, an error object in *error (NULL if even that could not be
 * allocated). USAGE: unknown profile, names mode, invalid mode or rule id; NO_PLUGIN: a named
 * plugin cannot be loaded or no plugin serves `lang`; IO: a lexicon cannot be read. */
TEXTNORM_C_API textnorm_status textnorm_normalizer_new(const textnorm_normalizer_options* options,
                                                      textnorm_normalizer** normalizer,
                                                      textnorm_error_info** error);

/* Frees a normalizer; NULL is ignored. */
TEXTNORM_C_API void textnorm_normalizer_free(textnorm_normalizer* normalizer);

/* Normalizes `size` bytes of text (NULL is allowed when size is 0), one line or many, with the
 * command's rules: a line ends at LF, CRLF or a lone CR; N lines in give N lines out, each
 * ending in LF; a missing final line break stays missing; a leading BOM is dropped. The result
 * holds the text (textnorm_result_text) and the edits that turn the input into it
 * (textnorm_result_edit), with byte offsets into the whole input. Errors: USAGE for a NULL
 * argument; INVALID_INPUT for invalid UTF-8, its position the line, column and offset;
 * PLUGIN_FAILED. On failure *result is NULL and *error is set as by textnorm_normalizer_new. */
TEXTNORM_C_API textnorm_status textnorm_normalize(const textnorm_normalizer* normalizer,
                                                 const char* text, size_t size,
                                                 textnorm_result** result,
                                                 textnorm_error_info** error);

/* textnorm_normalize without the edits (textnorm_result_edit_count is 0): for callers that only
 * want the text, as composing the edits costs time (10 to 25% on prose). */
TEXTNORM_C_API textnorm_status textnorm_normalize_without_edits(const textnorm_normalizer* normalizer,
                                                               const char* text, size_t size,
                                                               textnorm_result** result,
                                                               textnorm_error_info** error);

/* Splits each line of the text (lines as in textnorm_normalize) into language spans covering
 * it, as `textnorm detect` does: the segments textnorm_normalize with this normalizer runs the
 * language plugins on, mapped back to the input (docs/detect.md); an empty line has none. The
 * spans are in input order, with byte offsets into the whole input (textnorm_result_span).
 * Errors as textnorm_normalize. */
TEXTNORM_C_API textnorm_status textnorm_detect(const textnorm_normalizer* normalizer,
                                              const char* text, size_t size,
                                              textnorm_result** result,
                                              textnorm_error_info** error);

/* The normalized text, NUL-terminated (it may hold NUL bytes of the input: use *size, which
 * is set when `size` is not NULL). Empty for a textnorm_detect result. Valid until the result
 * is freed. */
TEXTNORM_C_API const char* textnorm_result_text(const textnorm_result* result, size_t* size);

/* The edits of a textnorm_normalize result: non-overlapping, in input order; applying them to
 * the input gives the output. textnorm_result_edit returns NULL past the end. */
TEXTNORM_C_API size_t textnorm_result_edit_count(const textnorm_result* result);
TEXTNORM_C_API const textnorm_text_edit* textnorm_result_edit(const textnorm_result* result,
                                                             size_t index);

/* The language spans of a textnorm_detect result; textnorm_result_span returns NULL past the
 * end. */
TEXTNORM_C_API size_t textnorm_result_span_count(const textnorm_result* result);
TEXTNORM_C_API const textnorm_language_span* textnorm_result_span(const textnorm_result* result,
                                                                 size_t index);

/* Frees a result and everything it points to; NULL is ignored. */
TEXTNORM_C_API void textnorm_result_free(textnorm_result* result);

/* What failed: the status, and a message such as "line 3, byte 17: invalid UTF-8". */
TEXTNORM_C_API textnorm_status textnorm_error_status(const textnorm_error_info* error);
TEXTNORM_C_API const char* textnorm_error_message(const textnorm_error_info* error);

/* Where in the input the error is: returns 0 when it is about no position; otherwise 1, and
 * sets (each when not NULL) the 1-based line, the 1-based byte column within it and the
 * 0-based byte offset into the whole input. */
TEXTNORM_C_API int textnorm_error_position(const textnorm_error_info* error, size_t* line,
                                          size_t* column, size_t* offset);

/* Frees an error object; NULL is ignored. */
TEXTNORM_C_API void textnorm_error_free(textnorm_error_info* error);

/* The status's name ("invalid input"), or "unknown status". */
TEXTNORM_C_API const char* textnorm_status_name(textnorm_status status);

/* textnorm's version, "0.1.0". */
TEXTNORM_C_API const char* textnorm_version(void);

#ifdef __cplusplus
}
#endif

#endif /* TEXTNORM_TEXTNORM_H */
