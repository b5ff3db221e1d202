/* The loaded dictionary's internals, for the dict stage and the normalizer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_DICT_PRIVATE_H
#define ARKIVTEXT_DICT_PRIVATE_H

#include "arkivtext/dict.h"
#include "core/private.h"
#include "dict/format.h"

/* A spelling only a user lexicon knows; its id follows the built-in ones. */
typedef struct at_user_word {
    char *spelling;
} at_user_word;

struct at_dict {
    const char *map;      /* the file, mapped */
    size_t map_size;
    gint *prefetched;     /* set by the first at_dict_prefetch(), atomically; kept apart from the rest,
                           * which a shared dictionary only reads */
    const at_dict_header *header;
    const uint32_t *key_filter;
    const uint32_t *bigram_filter;
    const uint32_t *trigram_filter;
    const at_dict_word *words;
    const at_dict_key *keys;        /* the key table, key_buckets slots */
    const at_dict_pair *bigrams;    /* the pair table, bigram_buckets slots */
    const at_dict_triple *trigrams; /* the triple table, trigram_buckets slots */
    const char *strings;
    double total_freq;
    /* User lexicons, added before the dictionary is shared. */
    GPtrArray *user_words;          /* at_user_word*, id = n_words + index */
    GHashTable *user_by_spelling;   /* spelling -> id + 1 (spellings owned by user_words) */
    GHashTable *user_by_key;        /* folded key -> GArray of uint32 ids */
    GHashTable *user_counts;        /* id + 1 -> count */
    GHashTable *user_pairs;         /* (first << 32 | second) -> count */
    uint64_t user_total;
};

/** The key record for a folded form, or NULL. */
const at_dict_key *at_dict_find_key(const at_dict *d, const char *folded, size_t len);

/** Fill `e` for word `id`. */
void at_dict_entry_fill(const at_dict *d, uint32_t id, at_dict_entry *e);

#endif
