/* textnorm plugin ABI: the plain-C contract between the host and a language plugin.
 *
 * A plugin is a shared library `textnorm-<name>.so` that exports exactly one symbol,
 * `textnorm_plugin_<name>_entry`, returning a pointer to a static descriptor. Only plain data
 * crosses the boundary: text goes in as pointer + length, edits come back through a
 * host-provided sink, errors are copied into a host-owned buffer. No exception, no C++ object,
 * no allocation owned by one side is freed by the other.
 *
 * Versioning: the descriptor and the host services table start with their size and only grow
 * by appending fields. The host accepts a plugin with the same ABI major and a minor no newer
 * than its own; it reads appended fields only when `struct_size` says they are there.
 */
#ifndef TEXTNORM_PLUGIN_ABI_H
#define TEXTNORM_PLUGIN_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TEXTNORM_ABI_MAJOR 1
#define TEXTNORM_ABI_MINOR 4

/* Return codes of plugin callbacks. */
#define TEXTNORM_OK 0
#define TEXTNORM_FAILED 1

/* Output profiles (see docs/rules.md). */
typedef enum textnorm_profile {
  TEXTNORM_PROFILE_DEFAULT = 0,     /* canonical ASCII punctuation for pipelines */
  TEXTNORM_PROFILE_TYPOGRAPHIC = 1  /* each language's proper typography */
} textnorm_profile;

/* When a plugin runs. */
typedef enum textnorm_phase {
  TEXTNORM_PHASE_LANGUAGE = 1,  /* runs on the segments whose language it serves */
  TEXTNORM_PHASE_ENTITIES = 2   /* runs on every segment, after the language phase */
} textnorm_phase;

/* Host-owned buffer a callback copies its error message into (truncated, always NUL-ended). */
typedef struct textnorm_error {
  char* message;
  size_t capacity;
} textnorm_error;

/* One rule a plugin implements; `id` is what `--disable` names. */
typedef struct textnorm_rule_info {
  const char* id;
  const char* summary;
} textnorm_rule_info;

/* Where a plugin reports its edits. Edits refer to byte spans of the segment it was given,
 * come in increasing order and do not overlap; bytes between edits are kept. `rule` indexes
 * the descriptor's rule table. The host checks every edit (order, bounds, UTF-8) and fails the
 * segment with a clear error on a bad one. Returns TEXTNORM_OK, or TEXTNORM_FAILED when the
 * edit was refused (the plugin should stop and return TEXTNORM_FAILED). */
typedef struct textnorm_edit_sink {
  void* context;
  int (*replace)(void* context, size_t begin, size_t end, const char* replacement,
                 size_t replacement_size, uint32_t rule);
} textnorm_edit_sink;

/* A piece of text the host hands to a plugin. */
typedef struct textnorm_segment {
  const char* text;  /* valid NFC UTF-8, no line break */
  size_t size;
  const char* lang;  /* BCP 47 tag of the segment, e.g. "fr" */
} textnorm_segment;

/* Receives bytes produced by a host service. */
typedef struct textnorm_byte_sink {
  void* context;
  void (*append)(void* context, const char* data, size_t size);
} textnorm_byte_sink;

typedef struct textnorm_transform textnorm_transform; /* opaque, owned by the host */

/* Services the host offers every plugin, so a plugin needs to link nothing but libc/libstdc++. */
typedef struct textnorm_host_services {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;
  /* level: 0 debug, 1 info, 2 warning. */
  void (*log)(int level, const char* plugin, const char* message, size_t size);
  /* Appends the NFC form of valid UTF-8 `text` to `out`. */
  int (*to_nfc)(const char* text, size_t size, textnorm_byte_sink* out, textnorm_error* error);
  /* Compiles an ICU transliterator from an id ("Russian-Latin/BGN") or, when `is_rules` is
   * nonzero, from rule text. Returns NULL and fills `error` on failure. Transforms live as long
   * as the process and are shared: the same id or rules give the same transform, compiled
   * once. They may be used from several threads at once. */
  textnorm_transform* (*transform_open)(const char* id_or_rules, size_t size, int is_rules,
                                        textnorm_error* error);
  int (*transform_apply)(textnorm_transform* transform, const char* text, size_t size,
                         textnorm_byte_sink* out, textnorm_error* error);
} textnorm_host_services;

/* What the host tells a plugin when it creates an instance. */
typedef struct textnorm_plugin_config {
  uint32_t struct_size;
  textnorm_profile profile;
  /* rule_enabled[i] is nonzero when rule i of the descriptor's table is on. */
  const unsigned char* rule_enabled;
  size_t rule_count;
  /* NULL-terminated "key=value" options the user passed to plugins (may be empty). */
  const char* const* options;
} textnorm_plugin_config;

/* ABI 1.4: what a capitalised word inside a sentence is in a language. */
typedef enum textnorm_capitalisation {
  /* A name, or a switch to another language (English, French): the detector weighs such a
   * word as weak evidence and may change language before it. */
  TEXTNORM_CAPITAL_MARKS_NAME = 0,
  /* Any noun (German): a word the language's profile knows well is evidence like any other,
   * and no sign of a name or of another language. */
  TEXTNORM_CAPITAL_MARKS_NOUN = 1
} textnorm_capitalisation;

/* ABI 1.1: what a language plugin teaches language detection. Words are lowercase NFC, cut
 * as the host's tokenizer cuts them ("l'", "amour", "don", "'t"); weights are natural logs
 * of the word's probability in the language. */
typedef struct textnorm_evidence_sink {
  void* context;
  void (*word)(void* context, const char* word, size_t size, float log_probability);
  /* Log-probability of a word the plugin does not list. */
  void (*unknown_word)(void* context, float log_probability);
  /* An abbreviation ending in a period that does not end a sentence ("Mr.", "M."). */
  void (*abbreviation)(void* context, const char* text, size_t size);
  /* --- ABI 1.2 --- */
  /* An ending the tokenizer cuts from its word with the apostrophe before it ("'t" of "don't",
   * "'ll"); the apostrophe is part of `text`. Words of every language are cut alike. */
  void (*clitic)(void* context, const char* text, size_t size);
  /* --- ABI 1.4 --- */
  /* The language's whole profile at once, compiled at build time by textnorm-compile-profile
   * (CMake: textnorm_add_language_profile), instead of word() and unknown_word() calls, which
   * the host then ignores for this language. The host reads the bytes in place, without
   * parsing or hashing: they must stay valid and unchanged while the plugin is loaded (embed
   * them, 8-byte aligned), and they are trusted as the plugin's code is, beyond a check of
   * their header and sizes. Returns TEXTNORM_OK, or TEXTNORM_FAILED when the header is not one
   * this host reads (the plugin should then fail with a message saying so). */
  int (*word_table)(void* context, const void* data, size_t size);
  /* What a capital letter at the start of a word inside a sentence says in the language. Not
   * called: TEXTNORM_CAPITAL_MARKS_NAME. Part of ABI 1.4 (appended before 1.4 was released), so
   * every host that accepts a plugin of ABI 1.4 provides it. */
  void (*capitalisation)(void* context, textnorm_capitalisation meaning);
} textnorm_evidence_sink;

/* ABI 1.1: the names an entities plugin knows. The host merges every plugin's entries into one
 * matcher. An entity is a person, place or organisation with a stable id; each entry gives one
 * surface form of it. */
typedef enum textnorm_name_form {
  TEXTNORM_NAME_CANONICAL = 0, /* the entity's canonical form in `lang` ("en" is the default) */
  TEXTNORM_NAME_VARIANT = 1,   /* a spelling (romanization) of it: rewritten by default */
  TEXTNORM_NAME_EXONYM = 2,    /* an established name in `lang` (Haut-Karabakh, Azerbaïdjan):
                                * rewritten only on request; by default, neither it nor what
                                * differs from it only by case or diacritics is rewritten */
  TEXTNORM_NAME_NATIVE = 3     /* native-script form (Пашинян): rewritten with transliteration */
} textnorm_name_form;

typedef struct textnorm_name_entry {
  /* Stable id whose first part is the entity's class: "person.nikol_pashinyan", "given.Nikol"
   * (a given name), "surname.Pashinyan", "place.yerevan". The names stage never rewrites a given
   * name standing alone, and links a person to its given name and surname by their English
   * canonical forms (docs/spelling-fold.md). */
  const char* entity;
  size_t entity_size;
  const char* form;   /* valid NFC UTF-8 */
  size_t form_size;
  textnorm_name_form kind;
  const char* lang;   /* language of the form, e.g. "fr"; for CANONICAL the language it serves */
} textnorm_name_entry;

typedef struct textnorm_lexicon_sink {
  void* context;
  void (*entry)(void* context, const textnorm_name_entry* entry);
  /* --- ABI 1.2 --- */
  /* How --transliterate writes in Latin the words of `script` (an ISO 15924 code such as
   * "Cyrl") that are no known name: ICU transform rules for Transliterator::createFromRules
   * ("::Russian-Latin/BGN;" runs a built-in transform). A later call for a script wins. */
  void (*script_transliteration)(void* context, const char* script, const char* rules,
                                 size_t rules_size);
  /* --- ABI 1.3 --- */
  /* How the Latin spellings of the plugin's names fold to one key, so that the host recognises
   * a spelling no entry lists (Sergij for Sergei): rules in the format docs/spelling-fold.md
   * describes (ordered rewrites, the entities they serve, the letters that mark another
   * language's spelling, words that never fold), applied to capitalised words of the text and
   * to the plugin's own one-word VARIANT and CANONICAL "en" forms. A later call replaces an
   * earlier one. */
  void (*spelling_fold)(void* context, const char* rules, size_t rules_size);
  /* --- ABI 1.4 --- */
  /* A coarser fold, in the same format, under which `textnorm variants` groups the spellings
   * it finds in a corpus for a person to review (Pachinian with Pashinyan, Choïgou with
   * Shoigu). A later call replaces an earlier one. */
  void (*variant_fold)(void* context, const char* rules, size_t rules_size);
} textnorm_lexicon_sink;

typedef struct textnorm_plugin_descriptor {
  uint32_t struct_size;
  uint16_t abi_major;
  uint16_t abi_minor;
  const char* name;    /* must equal <name> in the file and symbol names */
  const char* version; /* the plugin's own version, e.g. "1.0.0" */
  const char* const* languages; /* NULL-terminated BCP 47 tags this plugin serves */
  textnorm_phase phase;
  const textnorm_rule_info* rules;
  size_t rule_count;
  /* Creates an instance; fills *instance. */
  int (*create)(const textnorm_host_services* host, const textnorm_plugin_config* config,
                void** instance, textnorm_error* error);
  void (*destroy)(void* instance);
  /* Reports the edits for one segment. May be called from several threads at once on the same
   * instance. ABI 1.4: NULL for an entities plugin that changes no text itself (one that only
   * reports names): the host then never calls it per segment. */
  int (*process)(void* instance, const textnorm_segment* segment, textnorm_edit_sink* sink,
                 textnorm_error* error);

  /* --- ABI 1.1 --- */
  /* Reports the language-detection evidence for `lang` (one of the plugin's languages); may
   * be NULL. Called once, after create. */
  int (*language_evidence)(void* instance, const char* lang, textnorm_evidence_sink* sink,
                           textnorm_error* error);
  /* Reports every name the plugin knows; may be NULL. Called once, after create. */
  int (*lexicon)(void* instance, textnorm_lexicon_sink* sink, textnorm_error* error);
} textnorm_plugin_descriptor;

/* Size of a descriptor of ABI 1.0, the smallest the host accepts. */
#define TEXTNORM_DESCRIPTOR_SIZE_1_0 offsetof(textnorm_plugin_descriptor, language_evidence)

typedef const textnorm_plugin_descriptor* (*textnorm_plugin_entry_fn)(void);


#ifdef __cplusplus
}
#endif

#endif /* TEXTNORM_PLUGIN_ABI_H */
