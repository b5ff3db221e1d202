/* arkivtext — the Swedish dictionary: word forms keyed by their folded form.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A compiled dictionary (`arkivtext.atdict`, built by `arkivtext-dictc` at
 * build time) files every known spelling under its folded form — lower case
 * without diacritics — so that all readings a damaged word could have are one
 * lookup away: "sodertorn" -> {Södertörn}, "ar" -> {är, år, ar}. Each form
 * carries a frequency (a prior for the normalizer) and a context count, and
 * the file holds bigram counts for choosing between forms in context.
 *
 * A loaded at_dict is read-only once set up and may be shared by any number
 * of threads. User lexicons (at_dict_add_lexicon) must be added before that.
 */
#ifndef ARKIVTEXT_DICT_H
#define ARKIVTEXT_DICT_H

#include "arkivtext/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct at_dict at_dict;

/** Word flags. */
enum {
    AT_WORD_HUNSPELL = 1 << 0, /**< an inflected form from hunspell-sv */
    AT_WORD_FREQLIST = 1 << 1, /**< attested in the frequency list */
    AT_WORD_DOMAIN = 1 << 2,   /**< from the hand-written domain lexicon */
    AT_WORD_USER = 1 << 3,     /**< from a user lexicon (`arkivtext dict learn`) */
    AT_WORD_RIVALS = 1 << 4,   /**< its folded form files rival spellings (ar: är, år): context decides */
    AT_WORD_NAME = 1 << 5,     /**< a name: the hand-written sources spell it with a capital only */
};

/** How many of hunspell's compounds end in a word (bits 6-9) or begin with it (bits 10-13), as
 * the bits that count needs (0 for none, at most 15): "vägar" ends many (cykelvägar), "vågar" few. */
enum { AT_WORD_HEADS_SHIFT = 6, AT_WORD_MODIFIERS_SHIFT = 10, AT_WORD_PARTS_MASK = 0xF };

/** Parts of speech a spelling may have, by the hunspell-sv class that makes it (a form may have several,
 * or none: adverbs and words hunspell gives no class): "rader" a noun, "kallare" an adjective, "når" a verb. */
enum {
    AT_WORD_NOUN = 1 << 14,      /**< a noun form */
    AT_WORD_ADJECTIVE = 1 << 15, /**< an adjective form or a participle ("lastad") */
    AT_WORD_VERB = 1 << 16,      /**< a verb form: infinitive, present, past, supine or passive ("når", "lastades") */
};

/** One spelling filed under a folded key. Strings point into the dictionary. */
typedef struct at_dict_entry {
    const char *word;  /**< lower-case spelling, UTF-8, not NUL-terminated */
    size_t len;        /**< its length in bytes */
    uint32_t id;       /**< stable id within this loaded dictionary */
    double prior;      /**< unigram probability used as the normalizer's prior */
    uint32_t flags;    /**< AT_WORD_* */
} at_dict_entry;

/**
 * Open a compiled dictionary (memory-mapped). On success `*out` owns it;
 * free with at_dict_free(). Fails with AT_EFORMAT on a wrong magic, version
 * or a truncated file.
 */
AT_EXPORT int at_dict_open(at_dict **out, const char *path, at_error *err);

/** The default dictionary path: $ARKIVTEXT_DICT, else the installed data file. Never NULL. */
AT_EXPORT const char *at_dict_default_path(void);

/**
 * Add a user lexicon written by `arkivtext dict learn` (words and bigrams
 * with counts). Must be called before the dictionary is shared by threads.
 * Errors name `file:line`.
 */
AT_EXPORT int at_dict_add_lexicon(at_dict *dict, const char *path, at_error *err);

/**
 * Put every page of the dictionary in place now: worth it before a large text, whose lookups
 * touch most of the file (at_normalize_doc() does it), not before a small one.
 */
AT_EXPORT void at_dict_prefetch(const at_dict *dict);

/** Free a dictionary. NULL is a no-op. */
AT_EXPORT void at_dict_free(at_dict *dict);

/**
 * All spellings filed under `folded` (a key from at_fold-style folding, e.g.
 * "sodertorn"), most probable first. Writes up to `max` entries to `out` and
 * returns how many there are in all (which may exceed `max`).
 */
AT_EXPORT size_t at_dict_lookup(const at_dict *dict, const char *folded, size_t len, at_dict_entry *out,
                                size_t max);

/** Is `lower` (a lower-case spelling) a known word? Fills `*entry` when it is and entry is non-NULL. */
AT_EXPORT bool at_dict_find(const at_dict *dict, const char *lower, size_t len, at_dict_entry *entry);

/**
 * Recognise `lower` (a lower-case spelling): 1 if it is a known word, the
 * number of parts (2 or more) if it is a compound of known words joined as
 * Swedish joins them ("kompetens|försörjning", "Södertörn|s|kommunerna"),
 * 0 if unknown.
 */
AT_EXPORT int at_dict_recognise(const at_dict *dict, const char *lower, size_t len);

/** How often the word pair (`first`, `second`) (entry ids) was seen, in the built-in and user counts. */
AT_EXPORT uint32_t at_dict_bigram(const at_dict *dict, uint32_t first, uint32_t second);

/** How often the word triple (`first`, `second`, `third`) (entry ids) was seen in the built-in counts
 * (kept only for triples with a word that has rival spellings). */
AT_EXPORT uint32_t at_dict_trigram(const at_dict *dict, uint32_t first, uint32_t second, uint32_t third);

/** How often `id` was seen as the first word of a counted pair (the context total). */
AT_EXPORT uint32_t at_dict_context_total(const at_dict *dict, uint32_t id);

/** How often `id` occurs in web Swedish, per billion words (0 when the web list lacks it). */
AT_EXPORT uint32_t at_dict_web_freq(const at_dict *dict, uint32_t id);

/** Word pairs counted for the context totals in all: the denominator of a context probability. */
AT_EXPORT uint64_t at_dict_context_tokens(const at_dict *dict);

/**
 * How often the word pair (`first`, `second`) was seen (built-in plus user
 * counts), and in `*web_rank` the pair's rank in the web pair list (0 if absent).
 */
AT_EXPORT uint32_t at_dict_pair_find(const at_dict *d, uint32_t first, uint32_t second, uint32_t *web_rank);

/**
 * Split a token into dictionary parts. A Swedish compound is a run of
 * known heads, each optionally followed by the linking 's', ending in a
 * known word: "kompetens|försörjning",
 * "Södertörn|s|kommunerna". With `folded` the parts are matched by folded key
 * (for words whose diacritics are lost); otherwise by exact spelling.
 * A last part is never a mere inflection ending that is a word too
 * ("näringslivschef|ernas" is näringslivs|chefernas; see at_dict_is_ending).
 * Fills `cuts` with the end offset of each part and returns the number of
 * parts (0 if no split exists, 1 for a plain word).
 */
AT_EXPORT int at_dict_split(const at_dict *d, const char *s, size_t len, bool folded, size_t *cuts,
                            size_t max_parts);

/**
 * Like at_dict_split(), but among the splits in the fewest parts the one whose
 * parts are commonest together (the product of their frequencies), not the one
 * with the longest first part: "vård|kontakter", not "vårdkön|takter".
 */
AT_EXPORT int at_dict_split_likeliest(const at_dict *d, const char *s, size_t len, bool folded, size_t *cuts,
                                      size_t max_parts);

/**
 * Whether the `len` bytes at `s` (lower case) are a Swedish inflection ending
 * that is a word as well ("erna", "ernas", "het", "ande"): never the last part
 * of a compound.
 */
AT_EXPORT bool at_dict_is_ending(const char *s, size_t len);

/** Describe the dictionary in one line (format version, words, keys, bigrams, build source). */
AT_EXPORT const char *at_dict_describe(const at_dict *dict, char *buf, size_t size);

/** Number of distinct spellings. */
AT_EXPORT size_t at_dict_size(const at_dict *dict);

/* ---- Learning a user lexicon ---- */

typedef struct at_lexicon at_lexicon;

/** A new, empty lexicon being learned. Free with at_lexicon_free(). */
AT_EXPORT at_lexicon *at_lexicon_new(void);
/**
 * Count the words and word pairs of clean UTF-8 text (a born-digital
 * document). Pairs do not cross sentence punctuation or blank lines.
 */
AT_EXPORT int at_lexicon_add_text(at_lexicon *lex, const char *text, size_t len, const char *name,
                                  at_error *err);
/** Write the lexicon atomically to `path` in the text format at_dict_add_lexicon() reads. */
AT_EXPORT int at_lexicon_write(const at_lexicon *lex, const char *path, at_error *err);
/** Number of distinct words counted so far. */
AT_EXPORT size_t at_lexicon_words(const at_lexicon *lex);
/** Number of distinct word pairs counted so far. */
AT_EXPORT size_t at_lexicon_pairs(const at_lexicon *lex);
/** Free. NULL is a no-op. */
AT_EXPORT void at_lexicon_free(at_lexicon *lex);

#ifdef __cplusplus
}
#endif
#endif
