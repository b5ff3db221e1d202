/* arkivtext — repairing broken Swedish in OCR text.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The normalizer enriches a document's words with a repaired current reading
 * and never loses the raw one: every change carries its rule id and score,
 * and at_doc_write_text() reports each as an at_change that can be undone.
 *
 * How a word is repaired: its folded form ("Sodertorn" -> "sodertorn") is one
 * dictionary lookup away from every spelling it may stand for; glyph rules
 * (PCRE2 patterns from the rules file: "6" -> "ö", "&" -> "ä" ...) expand OCR
 * confusions; unknown compounds are split into known parts. Each candidate is
 * scored by a noisy channel — prior (word frequency) × channel (how likely
 * the observed spelling is if the candidate was meant) × context (word-pair
 * counts) — and the best sequence per sentence wins (Viterbi).
 */
#ifndef ARKIVTEXT_NORMALIZE_H
#define ARKIVTEXT_NORMALIZE_H

#include "arkivtext/dict.h"
#include "arkivtext/doc.h"
#include "arkivtext/error.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A compiled rules file. Immutable once loaded; may be shared by threads. */
typedef struct at_rules at_rules;

/**
 * Load and compile a rules file (see normalize/rules/sv.rules for the
 * format). Errors carry `file:line:col`. Caller frees with at_rules_free().
 */
AT_EXPORT int at_rules_load(at_rules **out, const char *path, at_error *err);

/** Like at_rules_load() from memory; `name` is used in error locations. */
AT_EXPORT int at_rules_parse(at_rules **out, const char *text, size_t len, const char *name, at_error *err);

/** The default rules path: $ARKIVTEXT_RULES, else the installed file. Never NULL. */
AT_EXPORT const char *at_rules_default_path(void);

/** Number of rules. */
AT_EXPORT size_t at_rules_count(const at_rules *rules);

/** Free. NULL is a no-op. */
AT_EXPORT void at_rules_free(at_rules *rules);

typedef struct at_normalize_options {
    int version;            /**< AT_NORMALIZE_OPTIONS_VERSION */
    bool keep_lines;        /**< keep every source line break; otherwise unwrap running prose */
    double strip_rate;      /**< share of diacritics lost; < 0 estimates it per document */
    double context_weight;  /**< weight of word-pair context against the prior (1 = as counted) */
    double min_score;       /**< a repair scored below this (0..1) is not made; the word is flagged instead */
} at_normalize_options;

/** The calibrated default of at_normalize_options.min_score (README, "Abstaining"). */
#define AT_NORMALIZE_MIN_SCORE 0.5
#define AT_NORMALIZE_OPTIONS_VERSION 2
#define AT_NORMALIZE_OPTIONS_INIT { AT_NORMALIZE_OPTIONS_VERSION, false, -1.0, 1.0, AT_NORMALIZE_MIN_SCORE }

/** A normalizer: dictionary + rules + options. Thread-safe: one may serve many threads. */
typedef struct at_normalizer at_normalizer;

/**
 * Make a normalizer over `dict` and `rules`, which must outlive it.
 * Caller frees with at_normalizer_free().
 */
AT_EXPORT int at_normalizer_new(at_normalizer **out, const at_dict *dict, const at_rules *rules,
                                const at_normalize_options *opts, at_error *err);

AT_EXPORT void at_normalizer_free(at_normalizer *n);

/**
 * Add a user's corrections from `path`: one `wrong<TAB>right` a line (`#` starts a comment), whole
 * words matched whatever their case, applied before every other repair and never changed after; the
 * input's case is kept (SODERTSRN -> SÖDERTÖRN). Call before the normalizer is shared between threads.
 * Errors carry `file:line`.
 */
AT_EXPORT int at_normalizer_add_corrections(at_normalizer *n, const char *path, at_error *err);

/** What one run changed. */
typedef struct at_normalize_stats {
    size_t words;         /**< words looked at */
    size_t changed;       /**< words whose reading changed */
    size_t protected_;    /**< words left alone as numbers, codes, addresses ... */
    size_t unknown;       /**< word parts left as unknown strings (neither known nor repairable) */
    double strip_rate;    /**< the strip rate used */
    size_t flagged;       /**< words left as they were because the repair scored below min_score */
    size_t corrected;     /**< words the user's corrections replaced */
    size_t match_errors;  /**< rule matches PCRE2 gave up on (a limit reached); those words were left as they are */
    double glyph_rate;    /**< share of words showing look-alike glyphs ("6ver", "&r", "fér"), estimated */
} at_normalize_stats;

/**
 * Normalize every word of `doc` in place. `stats` may be NULL. A rule match
 * stopped by its limits leaves its word as it is and adds a warning to the
 * document (at_doc_warnings()). Fails only when memory runs out.
 */
AT_EXPORT int at_normalize_doc(const at_normalizer *n, at_doc *doc, at_normalize_stats *stats, at_error *err);

/**
 * Print how the normalizer sees `word` on its own: every candidate with its
 * prior, channel and total score, the winner first.
 */
AT_EXPORT int at_normalizer_explain(const at_normalizer *n, const char *word, FILE *out, at_error *err);

/**
 * Print how `word` was decided in the document `doc`: `doc` is normalized
 * (changed as at_normalize_doc() changes it), then the candidates are printed
 * with their scores under the document's strip rate (estimated from it unless
 * the options give one), and every occurrence of the word (case and
 * punctuation aside) with its line, its neighbours and what was made of it:
 * the reading, rule and score, a flag, or kept.
 */
AT_EXPORT int at_normalizer_explain_doc(const at_normalizer *n, at_doc *doc, const char *word, FILE *out,
                                        at_error *err);


/* ---- change logs ---- */

typedef enum {
    AT_CHANGES_JSONL = 0, /**< one JSON object a line */
    AT_CHANGES_XML,       /**< <changes> with one <change> per change */
} at_changes_format;

/** A change log being written (atomically, on commit). */
typedef struct at_changes_writer at_changes_writer;

/**
 * Start a change log at `path` for the text `source` (a name recorded in
 * the log). Caller ends it with at_changes_commit() or at_changes_abort().
 */
AT_EXPORT int at_changes_open(at_changes_writer **out, const char *path, at_changes_format format,
                              const char *source, at_error *err);

/** An at_change_fn: pass the writer as `data` to at_doc_write_text(). */
AT_EXPORT int at_changes_add(const at_change *change, void *writer);

/** Finish and rename the log into place; frees the writer. */
AT_EXPORT int at_changes_commit(at_changes_writer *w, at_error *err);

/** Drop an unfinished log; frees the writer. NULL is a no-op. */
AT_EXPORT void at_changes_abort(at_changes_writer *w);

/**
 * Undo: restore the original text from the normalized `text` and the
 * change log at `changes_path` (either format). Fails with AT_EFORMAT if the
 * log does not fit the text. Caller frees `*original` with free().
 */
AT_EXPORT int at_changes_undo(const char *changes_path, const char *text, size_t len, char **original,
                              size_t *original_len, at_error *err);

#ifdef __cplusplus
}
#endif
#endif
