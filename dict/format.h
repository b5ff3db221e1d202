/* The compiled dictionary file format (version 5), shared by the compiler and the loader.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Little-endian, every section 8-byte aligned, offsets from the start of the file:
 *   header | key_filter | bigram_filter | trigram_filter | words[n_words] | keys[key_buckets] |
 *   bigrams[bigram_buckets] | trigrams[trigram_buckets] | strings | zeros
 * The zeros make the file a whole number of 2 MiB huge pages (arkivtext-dictc); readers ignore them.
 * Words are grouped by folded key and sorted by frequency within a key, so a
 * key's spellings are words[first_word .. first_word + n_words). Keys, pairs
 * and triples are hash tables of their records, open addressing with linear
 * probing, at most half full; an empty key slot has n_words 0, an empty pair
 * or triple slot first AT_DICT_EMPTY. Each table has a filter in front: most
 * lookups miss, and the filters, small enough to stay in the cache, tell most
 * misses from one block. A lookup that gets through reads the slot its hash
 * names (version 4), where version 3 read a bucket's index and then the record,
 * two reads far apart in a file larger than the cache. Version 5 widened a word's flags to 32 bits for
 * the verb part of speech (AT_WORD_VERB).
 */
#ifndef ARKIVTEXT_DICT_FORMAT_H
#define ARKIVTEXT_DICT_FORMAT_H

#include <stdbool.h>
#include <stdint.h>

#define AT_DICT_MAGIC "ATDICT\r\n"
#define AT_DICT_FORMAT_VERSION 5u
#define AT_DICT_EMPTY UINT32_MAX /* `first` of an empty pair or triple slot: no word has this id */

typedef struct at_dict_header {
    char magic[8];
    uint32_t version;
    uint32_t n_words;
    uint32_t n_keys;
    uint32_t key_buckets;     /* slots of the key table, a power of two */
    uint32_t n_bigrams;
    uint32_t bigram_buckets;  /* slots of the pair table, a power of two */
    uint64_t off_words;
    uint64_t off_keys;
    uint64_t off_bigrams;
    uint64_t off_strings;
    uint64_t strings_size;
    uint64_t total_freq;      /* sum of word frequencies, the prior's denominator */
    uint64_t context_tokens;  /* tokens in the corpus the context counts come from */
    uint32_t n_trigrams;
    uint32_t trigram_buckets; /* slots of the triple table, a power of two */
    uint64_t off_trigrams;
    uint32_t key_filter_blocks;     /* AT_DICT_FILTER_WORDS uint32 words each */
    uint32_t bigram_filter_blocks;
    uint32_t trigram_filter_blocks;
    uint32_t reserved;              /* 0 */
    uint64_t off_key_filter;
    uint64_t off_bigram_filter;
    uint64_t off_trigram_filter;
    char source[192];         /* what it was built from, NUL-terminated */
} at_dict_header;

typedef struct at_dict_word {
    uint32_t str;        /* offset of the spelling in strings */
    uint32_t flags;      /* AT_WORD_* */
    uint32_t freq;       /* occurrences per billion words (at least 1) */
    uint32_t ctx_total;  /* occurrences in the bigram source, the context total */
    uint32_t web_freq;   /* occurrences per billion in the web frequency list (0 if absent) */
    uint16_t len;
    uint16_t reserved;   /* 0 */
} at_dict_word;

typedef struct at_dict_key {
    uint32_t str;        /* offset of the folded key in strings */
    uint16_t len;
    uint16_t n_words;    /* 0: an empty slot of the table */
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

/* splitmix64's finaliser: a table's hash spread over 64 bits for its filter. */
static inline uint64_t at_dict_mix(uint64_t x)
{
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

static inline uint64_t at_dict_key_filter_hash(uint32_t key_hash)
{
    return at_dict_mix(key_hash);
}

static inline uint64_t at_dict_pair_filter_hash(uint32_t first, uint32_t second)
{
    return at_dict_mix((uint64_t)first << 32 | second);
}

static inline uint64_t at_dict_triple_filter_hash(uint32_t first, uint32_t second, uint32_t third)
{
    return at_dict_mix(at_dict_mix((uint64_t)first << 32 | second) ^ third);
}

/* A split block Bloom filter (as Apache Parquet's): a key sets one bit in each of a block's eight
 * words, so a lookup reads 32 bytes. At 12 bits a key, about one absent key in 180 gets through. */
enum { AT_DICT_FILTER_WORDS = 8, AT_DICT_FILTER_BITS_PER_KEY = 12 };

static inline uint32_t at_dict_filter_blocks_for(uint32_t n_keys)
{
    return (uint32_t)(((uint64_t)n_keys * AT_DICT_FILTER_BITS_PER_KEY + 255) / 256) + 1;
}

static inline const uint32_t *at_dict_filter_block(const uint32_t *filter, uint32_t n_blocks, uint64_t h)
{
    return filter + AT_DICT_FILTER_WORDS * (((h >> 32) * n_blocks) >> 32);
}

static inline uint32_t at_dict_filter_bit(uint64_t h, int word)
{
    static const uint32_t salt[AT_DICT_FILTER_WORDS] = { 0x47b6137bu, 0x44974d91u, 0x8824ad5bu, 0xa2b7289du,
                                                         0x705495c7u, 0x2df1424bu, 0x9efc4947u, 0x5c6bfb31u };
    return 1u << (((uint32_t)h * salt[word]) >> 27);
}

static inline void at_dict_filter_add(uint32_t *filter, uint32_t n_blocks, uint64_t h)
{
    uint32_t *block = (uint32_t *)at_dict_filter_block(filter, n_blocks, h);
    for (int i = 0; i < AT_DICT_FILTER_WORDS; i++)
        block[i] |= at_dict_filter_bit(h, i);
}

/** False when the key of hash `h` is surely absent; true when it may be present. */
static inline bool at_dict_filter_may_hold(const uint32_t *filter, uint32_t n_blocks, uint64_t h)
{
    const uint32_t *block = at_dict_filter_block(filter, n_blocks, h);
    /* Written out, not looped: every lookup of a word, pair and triple runs it, and -O2 keeps a loop's counter. */
    _Static_assert(AT_DICT_FILTER_WORDS == 8, "one term a word");
    uint32_t missing = (at_dict_filter_bit(h, 0) & ~block[0]) | (at_dict_filter_bit(h, 1) & ~block[1]) |
                       (at_dict_filter_bit(h, 2) & ~block[2]) | (at_dict_filter_bit(h, 3) & ~block[3]) |
                       (at_dict_filter_bit(h, 4) & ~block[4]) | (at_dict_filter_bit(h, 5) & ~block[5]) |
                       (at_dict_filter_bit(h, 6) & ~block[6]) | (at_dict_filter_bit(h, 7) & ~block[7]);
    return missing == 0;
}

#endif
