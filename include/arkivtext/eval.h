/* arkivtext — measuring text quality against a gold standard.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Character error rate over NFC grapheme clusters and word error rate over
 * Unicode word boundaries (ICU), both after collapsing runs of white space to
 * one space so that line wrapping does not count. With the OCR text that was
 * normalized, the word alignment also tells how many damaged words the
 * normalizer fixed and how many good words it harmed.
 */
#ifndef ARKIVTEXT_EVAL_H
#define ARKIVTEXT_EVAL_H

#include "arkivtext/error.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct at_eval_result {
    size_t gold_chars;        /**< grapheme clusters in the gold text */
    size_t char_edits;        /**< Levenshtein distance in grapheme clusters */
    size_t gold_words;        /**< words in the gold text */
    size_t word_edits;        /**< Levenshtein distance in words */
    double cer;               /**< char_edits / gold_chars */
    double wer;               /**< word_edits / gold_words */
    /* Filled only when an OCR text is given. Every gold word counts once: a word an alignment
     * deletes counts as wrong in that text, so damaged + intact = gold_words. */
    size_t damaged;           /**< gold words the OCR text got wrong */
    size_t fixed;             /**< of those, the hypothesis got right */
    size_t intact;            /**< gold words the OCR text got right */
    size_t harmed;            /**< of those, the hypothesis got wrong */
} at_eval_result;

/**
 * Compare `hyp` with `gold` (both UTF-8; invalid input fails with
 * AT_EFORMAT). `ocr` may be NULL; when given, fills the fixed/harmed counts.
 */
AT_EXPORT int at_eval_texts(const char *gold, size_t gold_len, const char *hyp, size_t hyp_len,
                            const char *ocr, size_t ocr_len, at_eval_result *out, at_error *err);

/** One gold word and the words aligned to it in the OCR text and the hypothesis (NULL where none is). */
typedef void (*at_eval_word_fn)(const char *gold, const char *ocr, const char *hyp, void *data);

/**
 * As at_eval_texts(), and with an OCR text call `fn` (when not NULL) for every gold word in order,
 * with what the OCR text and the hypothesis have in its place: for error lists and per-word tables.
 */
AT_EXPORT int at_eval_words(const char *gold, size_t gold_len, const char *hyp, size_t hyp_len, const char *ocr,
                            size_t ocr_len, at_eval_result *out, at_eval_word_fn fn, void *data, at_error *err);

/** How to damage a clean text to make a test set. */
typedef enum {
    AT_DAMAGE_STRIP = 0,  /**< remove every diacritic (å -> a, Ö -> O, é -> e) */
    AT_DAMAGE_OCR,        /**< simulate OCR confusions: lost diacritics, look-alike glyphs, bullets, § */
} at_damage_mode;

/**
 * Damage `text` (UTF-8) deterministically for `seed`. Returns a new string
 * (caller frees with g_free / free) or NULL with `err` set on invalid input.
 */
AT_EXPORT char *at_damage_text(const char *text, size_t len, at_damage_mode mode, uint32_t seed, size_t *out_len,
                               at_error *err);

#ifdef __cplusplus
}
#endif
#endif
