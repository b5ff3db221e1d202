/* Loading and querying the compiled dictionary, plus user lexicons.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "dict/dict_private.h"

#include <errno.h>
#include <stddef.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>


const char *at_dict_default_path(void)
{
    /* The environment first, then the installed copy, then this build's own. */
    const char *env = g_getenv("ARKIVTEXT_DICT");
    if (env && *env)
        return env;
    return g_file_test(AT_DICT_INSTALLED_PATH, G_FILE_TEST_EXISTS) ? AT_DICT_INSTALLED_PATH : AT_DICT_BUILD_PATH;
}

static bool section_fits(size_t size, uint64_t off, uint64_t count,
                         size_t elem)
{
    return off <= size && count <= (size - off) / elem && off % 8 == 0;
}

static bool filter_fits(size_t size, uint64_t off, uint32_t blocks)
{
    return blocks > 0 && section_fits(size, off, blocks, AT_DICT_FILTER_WORDS * sizeof(uint32_t));
}

/* A hash table: a power of two of slots, at least one of them empty, or a probe would not end. */
static bool table_fits(size_t size, uint64_t off, uint32_t slots, uint32_t used, size_t elem)
{
    return slots > 0 && (slots & (slots - 1)) == 0 && used < slots && section_fits(size, off, slots, elem);
}

enum { HUGE_PAGE = 2 << 20 };

/* Where a mapping of `size` bytes starts on a huge-page boundary: a reserved range, trimmed. */
static void *aligned_range(size_t size)
{
    long page = sysconf(_SC_PAGESIZE);
    size = (size + (size_t)page - 1) & ~((size_t)page - 1);
    char *reserved = mmap(NULL, size + HUGE_PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (reserved == MAP_FAILED)
        return NULL;
    char *start = (char *)(((uintptr_t)reserved + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
    if (start > reserved)
        munmap(reserved, (size_t)(start - reserved));
    munmap(start + size, (size_t)(reserved + HUGE_PAGE - start));
    return start;
}

/* The dictionary mapped read-only. Lookups land all over the file, so on huge pages they miss the
 * TLB far less: on a huge-page boundary and marked for them, the mapping takes the page cache's
 * huge folios whole, and a file read afresh is read into them. Its pages are put in place only
 * before a large text (at_dict_prefetch): a small one touches few of them. */
static int map_dict(const char *path, const char **base, size_t *size, at_error *err)
{
    *base = NULL;
    *size = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        int e = fd < 0 ? errno : EIO;
        if (fd >= 0)
            close(fd);
        return at_error_set(err, AT_EIO, AT_STAGE_DICT, path, "cannot open dictionary: %s",
                            g_strerror(e == ENOENT ? ENOENT : EIO));
    }
    size_t n = (size_t)st.st_size;
    void *at = n ? aligned_range(n) : NULL;
    char *map = at ? mmap(at, n, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) : MAP_FAILED;
    close(fd);
    if (n && map == MAP_FAILED) {
        if (at)
            munmap(at, n);
        return at_error_set(err, AT_EIO, AT_STAGE_DICT, path, "cannot open dictionary: %s", g_strerror(EIO));
    }
    if (!n)
        return 0; /* nothing to map: the caller finds no dictionary in it */
#ifdef MADV_HUGEPAGE
    (void)madvise(map, n, MADV_HUGEPAGE);
#endif
    *base = map;
    *size = n;
    return 0;
}

int at_dict_open(at_dict **out, const char *path, at_error *err)
{
    *out = NULL;
    const char *base;
    size_t size;
    int rc = map_dict(path, &base, &size, err);
    if (rc < 0)
        return rc;
    const at_dict_header *h = (const at_dict_header *)base;
    const char *problem = NULL;
    char version_problem[96];
    if (size < 8 || memcmp(h->magic, AT_DICT_MAGIC, 8) != 0)
        problem = "not an arkivtext dictionary";
    else if (size < offsetof(at_dict_header, version) + sizeof h->version)
        problem = "truncated or damaged dictionary";
    else if (h->version != AT_DICT_FORMAT_VERSION) {
        snprintf(version_problem, sizeof version_problem,
                 "dictionary format %u, but this arkivtext reads format %u: rebuild the dictionary", h->version,
                 AT_DICT_FORMAT_VERSION);
        problem = version_problem;
    } else if (size < sizeof *h || !filter_fits(size, h->off_key_filter, h->key_filter_blocks) ||
             !filter_fits(size, h->off_bigram_filter, h->bigram_filter_blocks) ||
             !filter_fits(size, h->off_trigram_filter, h->trigram_filter_blocks) ||
             !section_fits(size, h->off_words, h->n_words, sizeof(at_dict_word)) ||
             !table_fits(size, h->off_keys, h->key_buckets, h->n_keys, sizeof(at_dict_key)) ||
             !table_fits(size, h->off_bigrams, h->bigram_buckets, h->n_bigrams, sizeof(at_dict_pair)) ||
             !table_fits(size, h->off_trigrams, h->trigram_buckets, h->n_trigrams, sizeof(at_dict_triple)) ||
             !section_fits(size, h->off_strings, h->strings_size, 1) || h->total_freq == 0 ||
             h->context_tokens == 0)
        problem = "truncated or damaged dictionary";
    if (problem) {
        if (size)
            munmap((void *)base, size);
        return at_error_set(err, AT_EFORMAT, AT_STAGE_DICT, path, "%s", problem);
    }
    at_dict *d = g_new0(at_dict, 1);
    d->map = base;
    d->map_size = size;
    d->header = h;
    d->key_filter = (const uint32_t *)(base + h->off_key_filter);
    d->bigram_filter = (const uint32_t *)(base + h->off_bigram_filter);
    d->trigram_filter = (const uint32_t *)(base + h->off_trigram_filter);
    d->words = (const at_dict_word *)(base + h->off_words);
    d->keys = (const at_dict_key *)(base + h->off_keys);
    d->bigrams = (const at_dict_pair *)(base + h->off_bigrams);
    d->trigrams = (const at_dict_triple *)(base + h->off_trigrams);
    d->strings = base + h->off_strings;
    d->total_freq = (double)h->total_freq;
    d->prefetched = g_new0(gint, 1);
    d->user_words = g_ptr_array_new_with_free_func(g_free);
    d->user_by_spelling = g_hash_table_new(g_str_hash, g_str_equal);
    d->user_by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
    d->user_counts = g_hash_table_new(g_direct_hash, g_direct_equal);
    d->user_pairs = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
    *out = d;
    return 0;
}

void at_dict_prefetch(const at_dict *d)
{
    /* One call maps every page, where faults one by one cost dear in virtual machines. Once: on
     * small pages a second call walks 17 700 entries again (4.7 ms) for nothing. */
    if (!g_atomic_int_compare_and_exchange(d->prefetched, 0, 1))
        return;
#ifdef MADV_POPULATE_READ
    (void)madvise((void *)d->map, d->map_size, MADV_POPULATE_READ);
#endif
}

void at_dict_free(at_dict *d)
{
    if (!d)
        return;
    munmap((void *)d->map, d->map_size);
    g_hash_table_destroy(d->user_by_spelling);
    g_hash_table_destroy(d->user_by_key);
    g_hash_table_destroy(d->user_counts);
    g_hash_table_destroy(d->user_pairs);
    g_ptr_array_free(d->user_words, TRUE);
    g_free(d->prefetched);
    g_free(d);
}

size_t at_dict_size(const at_dict *d)
{
    return d->header->n_words + d->user_words->len;
}

const char *at_dict_describe(const at_dict *d, char *buf, size_t size)
{
    snprintf(buf, size, "format %u, %u spellings, %u keys, %u word pairs, %u word triples, %u user words; %s",
             d->header->version, d->header->n_words, d->header->n_keys, d->header->n_bigrams,
             d->header->n_trigrams, d->user_words->len, d->header->source);
    return buf;
}

const at_dict_key *at_dict_find_key(const at_dict *d, const char *folded, size_t len)
{
    /* The filter, small enough to stay in the cache, answers most misses; a hit reads its slot. */
    uint32_t h = at_dict_hash(folded, (uint32_t)len), mask = d->header->key_buckets - 1;
    if (!at_dict_filter_may_hold(d->key_filter, d->header->key_filter_blocks, at_dict_key_filter_hash(h)))
        return NULL;
    for (uint32_t slot = h & mask;; slot = (slot + 1) & mask) {
        const at_dict_key *k = &d->keys[slot];
        if (!k->n_words)
            return NULL;
        if (k->hash == h && k->len == len && memcmp(d->strings + k->str, folded, len) == 0)
            return k;
    }
}

static double user_boost(const at_dict *d, uint32_t id)
{
    /* A user lexicon's counts become per-billion rates of their own texts. */
    uint32_t n = GPOINTER_TO_UINT(g_hash_table_lookup(d->user_counts, GUINT_TO_POINTER(id + 1)));
    return d->user_total ? n * 1e9 / (double)d->user_total : 0;
}

void at_dict_entry_fill(const at_dict *d, uint32_t id, at_dict_entry *e)
{
    double per_billion;
    if (id < d->header->n_words) {
        const at_dict_word *w = &d->words[id];
        e->word = d->strings + w->str;
        e->len = w->len;
        e->flags = w->flags;
        per_billion = w->freq;
    } else {
        const at_user_word *u = d->user_words->pdata[id - d->header->n_words];
        e->word = u->spelling;
        e->len = strlen(u->spelling);
        e->flags = AT_WORD_USER;
        per_billion = 0;
    }
    if (d->user_total)
        per_billion = MAX(per_billion, user_boost(d, id));
    e->id = id;
    e->prior = MAX(per_billion, 1.0) / 1e9;
}

static void insert_sorted(at_dict_entry *out, size_t n, size_t max, const at_dict_entry *e)
{
    size_t i = n < max ? n : max;
    while (i > 0 && out[i - 1].prior < e->prior) {
        if (i < max)
            out[i] = out[i - 1];
        i--;
    }
    if (i < max)
        out[i] = *e;
}

size_t at_dict_lookup(const at_dict *d, const char *folded, size_t len, at_dict_entry *out, size_t max)
{
    size_t n = 0;
    const at_dict_key *k = at_dict_find_key(d, folded, len);
    if (k) {
        for (uint32_t i = 0; i < k->n_words; i++, n++) {
            at_dict_entry e;
            at_dict_entry_fill(d, k->first_word + i, &e);
            insert_sorted(out, n, max, &e);
        }
    }
    if (d->user_words->len) {
        char key[AT_WORD_MAX];
        if (len < sizeof key) {
            memcpy(key, folded, len);
            key[len] = '\0';
            GArray *ids = g_hash_table_lookup(d->user_by_key, key);
            for (guint i = 0; ids && i < ids->len; i++, n++) {
                at_dict_entry e;
                at_dict_entry_fill(d, g_array_index(ids, uint32_t, i), &e);
                insert_sorted(out, n, max, &e);
            }
        }
    }
    return n;
}

bool at_dict_find(const at_dict *d, const char *lower, size_t len, at_dict_entry *entry)
{
    char key[AT_WORD_MAX];
    if (at_fold(lower, len, key, sizeof key) < 0)
        return false;
    const at_dict_key *k = at_dict_find_key(d, key, strlen(key));
    for (uint32_t i = 0; k && i < k->n_words; i++) {
        const at_dict_word *w = &d->words[k->first_word + i];
        if (w->len == len && memcmp(d->strings + w->str, lower, len) == 0) {
            if (entry)
                at_dict_entry_fill(d, k->first_word + i, entry);
            return true;
        }
    }
    if (d->user_words->len && len < sizeof key) {
        memcpy(key, lower, len);
        key[len] = '\0';
        gpointer id = g_hash_table_lookup(d->user_by_spelling, key);
        if (id) {
            if (entry)
                at_dict_entry_fill(d, GPOINTER_TO_UINT(id) - 1, entry);
            return true;
        }
    }
    return false;
}

uint32_t at_dict_pair_find(const at_dict *d, uint32_t first, uint32_t second, uint32_t *web_rank)
{
    uint32_t count = 0, mask = d->header->bigram_buckets - 1;
    *web_rank = 0;
    bool may_hold = at_dict_filter_may_hold(d->bigram_filter, d->header->bigram_filter_blocks,
                                            at_dict_pair_filter_hash(first, second));
    for (uint32_t slot = at_dict_pair_hash(first, second) & mask; may_hold; slot = (slot + 1) & mask) {
        const at_dict_pair *bg = &d->bigrams[slot];
        if (bg->first == AT_DICT_EMPTY)
            break;
        if (bg->first == first && bg->second == second) {
            count = bg->count;
            *web_rank = bg->web_rank;
            break;
        }
    }
    if (g_hash_table_size(d->user_pairs)) {
        gint64 k = (gint64)((uint64_t)first << 32 | second);
        count += GPOINTER_TO_UINT(g_hash_table_lookup(d->user_pairs, &k));
    }
    return count;
}

uint32_t at_dict_trigram(const at_dict *d, uint32_t first, uint32_t second, uint32_t third)
{
    uint32_t mask = d->header->trigram_buckets - 1;
    if (!at_dict_filter_may_hold(d->trigram_filter, d->header->trigram_filter_blocks,
                                 at_dict_triple_filter_hash(first, second, third)))
        return 0;
    for (uint32_t slot = at_dict_triple_hash(first, second, third) & mask;; slot = (slot + 1) & mask) {
        const at_dict_triple *t = &d->trigrams[slot];
        if (t->first == AT_DICT_EMPTY)
            return 0;
        if (t->first == first && t->second == second && t->third == third)
            return t->count;
    }
}

uint32_t at_dict_bigram(const at_dict *d, uint32_t first, uint32_t second)
{
    uint32_t web_rank;
    return at_dict_pair_find(d, first, second, &web_rank);
}

uint32_t at_dict_context_total(const at_dict *d, uint32_t id)
{
    uint32_t n = id < d->header->n_words ? d->words[id].ctx_total : 0;
    if (d->user_total)
        n += GPOINTER_TO_UINT(g_hash_table_lookup(d->user_counts, GUINT_TO_POINTER(id + 1)));
    return n;
}

uint32_t at_dict_web_freq(const at_dict *d, uint32_t id)
{
    return id < d->header->n_words ? d->words[id].web_freq : 0;
}

uint64_t at_dict_context_tokens(const at_dict *d)
{
    return d->header->context_tokens;
}
