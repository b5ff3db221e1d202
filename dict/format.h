/* The compiled dictionary file format (version 2), shared by the compiler and the loader.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Little-endian, every section 8-byte aligned, offsets from the start of the file:
 *   header | words[n_words] | keys[n_keys] | key_buckets[key_buckets] |
 *   bigrams[n_bigrams] | bigram_buckets[bigram_buckets] | trigrams[n_trigrams] |
 *   trigram_buckets[trigram_buckets] | strings
 * Words are grouped by folded key and sorted by frequency within a key, so a
 * key's spellings are words[first_word .. first_word + n_words). The hash
 * tables use open addressing with linear probing; a bucket holds index + 1,
 * 0 for empty.
 */
#ifndef ARKIVTEXT_DICT_FORMAT_H
#define ARKIVTEXT_DICT_FORMAT_H

#include <stdint.h>

#define AT_DICT_MAGIC "ATDICT\r\n"
#define AT_DICT_FORMAT_VERSION 2u

typedef struct at_dict_header {
    char magic[8];
    uint32_t version;
    uint32_t n_words;
    uint32_t n_keys;
    uint32_t key_buckets;     /* a power of two */
    uint32_t n_bigrams;
    uint32_t bigram_buckets;  /* a power of two */
    uint64_t off_words;
    uint64_t off_keys;
    uint64_t off_key_buckets;
    uint64_t off_bigrams;
    uint64_t off_bigram_buckets;
    uint64_t off_strings;
    uint64_t strings_size;
    uint64_t total_freq;      /* sum of word frequencies, the prior's denominator */
    uint64_t context_tokens;  /* tokens in the corpus the context counts come from */
    uint32_t n_trigrams;
    uint32_t trigram_buckets; /* a power of two */
    uint64_t off_trigrams;
    uint64_t off_trigram_buckets;
    char source[192];         /* what it was built from, NUL-terminated */
} at_dict_header;

typedef struct at_dict_word {
    uint32_t str;        /* offset of the spelling in strings */
    uint16_t len;
    uint16_t flags;      /* AT_WORD_* */
    uint32_t freq;       /* occurrences per billion words (at least 1) */
    uint32_t ctx_total;  /* occurrences in the bigram source, the context total */
    uint32_t web_freq;   /* occurrences per billion in the web frequency list (0 if absent) */
} at_dict_word;

typedef struct at_dict_key {
    uint32_t str;        /* offset of the folded key in strings */
    uint16_t len;
    uint16_t n_words;
    uint32_t first_word;
    uint32_t hash;
} at_dict_key;

typedef struct at_dict_pair {
    uint32_t first;
    uint32_t second;
    uint32_t count;      /* occurrences in the context corpus */
    uint32_t web_rank;   /* rank in the web pair list, 0 if absent */
} at_dict_pair;

typedef struct at_dict_triple {
    uint32_t first;
    uint32_t second;
    uint32_t third;
    uint32_t count;      /* occurrences in the context corpus */
} at_dict_triple;

/* FNV-1a: small, fast, and the same in compiler and loader. */
static inline uint32_t at_dict_hash(const char *s, uint32_t len)
{
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static inline uint32_t at_dict_pair_hash(uint32_t first, uint32_t second)
{
    uint64_t x = ((uint64_t)first << 32 | second) * 0x9E3779B97F4A7C15ull;
    return (uint32_t)(x >> 32);
}

static inline uint32_t at_dict_triple_hash(uint32_t first, uint32_t second, uint32_t third)
{
    uint64_t x = (((uint64_t)first << 32 | second) * 0x9E3779B97F4A7C15ull) ^ (third * 0xC2B2AE3D27D4EB4Full);
    return (uint32_t)((x * 0x9E3779B97F4A7C15ull) >> 32);
}

#endif
