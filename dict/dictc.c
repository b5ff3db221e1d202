/* arkivtext-dictc: compile word lists into the memory-mapped dictionary.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run at build time by meson. Inputs (all UTF-8 text):
 *   --forms FILE    one word form a line (hunspell-sv expanded with unmunch)
 *   --freq FILE     word<TAB>occurrences per billion (derived from wordfreq)
 *   --context FILE  word<TAB>count from the bigram source's own corpus
 *   --bigrams FILE  word word<TAB>count
 *   --trigrams FILE word word word<TAB>count
 *   --web-pairs FILE word word<TAB>rank in a web pair list
 *   --domain FILE   hand-written lexicon, one entry a line, '#' comments (repeatable)
 *   --pos-aff FILE, --pos-dic FILE  hunspell-sv's sv_SE.aff and .dic: the forms' parts of speech
 *   --source TEXT   description stored in the header
 *   -o FILE         the compiled dictionary
 */
#include "core/private.h"
#include "dict/format.h"
#include "dict/pos.h"
#include "arkivtext/dict.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *word;   /* lower case */
    char *key;    /* folded */
    uint32_t wordlist_freq;
    uint32_t context;
    uint32_t flags;
    uint32_t freq;
    uint32_t index;
    uint32_t heads, modifiers; /* hunspell compounds that end, or begin, with this word */
    bool dropped;
    bool seen_capital, seen_lower; /* how the hand-written sources spell it */
} word_rec;

typedef struct {
    GHashTable *words; /* lower-case spelling -> word_rec */
    GHashTable *pairs; /* "first second" -> pair_rec */
    GPtrArray *triples; /* triple_rec */
    uint64_t context_total;
} builder;

typedef struct {
    word_rec *w[3];
    uint32_t count;
} triple_rec;

typedef struct {
    word_rec *first, *second;
    uint32_t count;
    uint32_t web_rank;
} pair_rec;

static word_rec *intern(builder *b, const char *s, size_t len)
{
    char lower[AT_WORD_MAX], key[AT_WORD_MAX];
    if (len == 0 || at_lower(s, len, lower, sizeof lower) < 0 || at_fold(s, len, key, sizeof key) < 0)
        return NULL;
    word_rec *w = g_hash_table_lookup(b->words, lower);
    if (!w) {
        w = g_new0(word_rec, 1);
        w->word = g_strdup(lower);
        w->key = g_strdup(key);
        g_hash_table_insert(b->words, w->word, w);
    }
    return w;
}

/* Accept letters with inner hyphens or apostrophes only: the lists carry some junk.
 * "<num>" is the one exception: it stands for any number in the context counts. */
static bool plausible_word(const char *s, size_t len)
{
    if (len == 5 && memcmp(s, "<num>", 5) == 0)
        return true;
    if (len == 0 || len >= AT_WORD_MAX || !g_utf8_validate_len(s, len, NULL))
        return false;
    bool letter = false;
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalpha(c))
            letter = true;
        else if (!((c == '-' || c == '\'') && p != s && p + 1 < s + len))
            return false;
    }
    return letter;
}

typedef void (*line_fn)(builder *b, char *line, const char *file, unsigned lineno);

static void read_lines(builder *b, const char *path, line_fn fn)
{
    char *data;
    size_t len;
    at_error err = AT_ERROR_INIT;
    if (at_read_file(path, &data, &len, AT_STAGE_DICT, &err) < 0) {
        char msg[1024];
        g_printerr("arkivtext-dictc: %s\n", at_error_format(&err, msg, sizeof msg));
        exit(1);
    }
    unsigned lineno = 0;
    for (char *line = data, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        lineno++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        if (line[0] == '\0' || line[0] == '#')
            continue;
        fn(b, line, path, lineno);
    }
    g_free(data);
}

static void note_case(word_rec *w, const char *spelling)
{
    if (g_unichar_isupper(g_utf8_get_char(spelling)))
        w->seen_capital = true;
    else
        w->seen_lower = true;
}

static void add_form(builder *b, char *line, const char *file, unsigned lineno)
{
    (void)file, (void)lineno;
    char *slash = strchr(line, '/'); /* tolerate un-expanded .dic lines */
    if (slash)
        *slash = '\0';
    size_t n = strlen(line);
    if (!plausible_word(line, n))
        return;
    word_rec *w = intern(b, line, n);
    if (w) {
        w->flags |= AT_WORD_HUNSPELL;
        note_case(w, line);
    }
}

/* A form's parts of speech, for a word the forms already hold (hunspell's classes make no new words). */
static void add_pos(void *data, const char *form, size_t len, uint32_t pos)
{
    builder *b = data;
    char lower[AT_WORD_MAX];
    word_rec *w = at_lower(form, len, lower, sizeof lower) < 0 ? NULL : g_hash_table_lookup(b->words, lower);
    if (w)
        w->flags |= pos;
}

static bool split_tab(char *line, char **value)
{
    char *tab = strchr(line, '\t');
    if (!tab)
        return false;
    *tab = '\0';
    *value = tab + 1;
    return true;
}

/* The count of a "word<TAB>count" line (the tab becomes the word's end); exits on a malformed line. */
static unsigned long count_field(char *line, const char *file, unsigned lineno)
{
    char *value;
    if (!split_tab(line, &value)) {
        g_printerr("%s:%u: expected word<TAB>count\n", file, lineno);
        exit(1);
    }
    return strtoul(value, NULL, 10);
}

static void add_freq(builder *b, char *line, const char *file, unsigned lineno)
{
    unsigned long count = count_field(line, file, lineno);
    size_t n = strlen(line);
    word_rec *w = plausible_word(line, n) ? intern(b, line, n) : NULL;
    if (w) {
        w->wordlist_freq = (uint32_t)MAX(w->wordlist_freq, count);
        w->flags |= AT_WORD_FREQLIST;
    }
}

static void add_context(builder *b, char *line, const char *file, unsigned lineno)
{
    uint32_t count = (uint32_t)count_field(line, file, lineno);
    size_t n = strlen(line);
    b->context_total += count;
    word_rec *w = plausible_word(line, n) ? intern(b, line, n) : NULL;
    if (w)
        w->context += count;
}

static void add_domain(builder *b, char *line, const char *file, unsigned lineno)
{
    (void)file, (void)lineno;
    /* Multi-word names ("Kungens kurva") file each of their words. */
    char **parts = g_strsplit_set(g_strstrip(line), " \t", -1);
    for (char **p = parts; *p; p++) {
        size_t n = strlen(*p);
        if (!plausible_word(*p, n))
            continue;
        word_rec *w = intern(b, *p, n);
        if (w)
            w->flags |= AT_WORD_DOMAIN;
        if (w)
            note_case(w, *p);
    }
    g_strfreev(parts);
}

static pair_rec *pair_for(builder *b, char *line, const char *file, unsigned lineno, char **value)
{
    char *space = strchr(line, ' ');
    if (!split_tab(line, value) || !space) {
        g_printerr("%s:%u: expected word word<TAB>number\n", file, lineno);
        exit(1);
    }
    *space = '\0';
    const char *second = space + 1;
    if (!plausible_word(line, strlen(line)) || !plausible_word(second, strlen(second)))
        return NULL;
    word_rec *w1 = intern(b, line, strlen(line)), *w2 = intern(b, second, strlen(second));
    if (!w1 || !w2)
        return NULL;
    char *key = g_strconcat(w1->word, " ", w2->word, NULL);
    pair_rec *p = g_hash_table_lookup(b->pairs, key);
    if (!p) {
        p = g_new0(pair_rec, 1);
        p->first = w1;
        p->second = w2;
        g_hash_table_insert(b->pairs, key, p);
    } else {
        g_free(key);
    }
    return p;
}

static void add_bigram(builder *b, char *line, const char *file, unsigned lineno)
{
    char *value;
    pair_rec *p = pair_for(b, line, file, lineno, &value);
    if (p)
        p->count += (uint32_t)strtoul(value, NULL, 10);
}

static void add_trigram(builder *b, char *line, const char *file, unsigned lineno)
{
    char *value, *words[4] = { line, NULL, NULL, NULL };
    for (int i = 1; i < 3 && words[i - 1]; i++) {
        words[i] = strchr(words[i - 1], ' ');
        if (words[i])
            *words[i]++ = '\0';
    }
    if (!words[2] || !split_tab(words[2], &value)) {
        g_printerr("%s:%u: expected word word word<TAB>count\n", file, lineno);
        exit(1);
    }
    triple_rec *t = g_new0(triple_rec, 1);
    for (int i = 0; i < 3; i++)
        if (!plausible_word(words[i], strlen(words[i])) || !(t->w[i] = intern(b, words[i], strlen(words[i])))) {
            g_free(t);
            return;
        }
    t->count = (uint32_t)strtoul(value, NULL, 10);
    g_ptr_array_add(b->triples, t);
}

static void add_web_pair(builder *b, char *line, const char *file, unsigned lineno)
{
    char *value;
    pair_rec *p = pair_for(b, line, file, lineno, &value);
    uint32_t rank = (uint32_t)strtoul(value, NULL, 10);
    if (p && (p->web_rank == 0 || rank < p->web_rank))
        p->web_rank = rank;
}

/* Frequency per billion for every word, and the junk filter: a spelling that
 * only the web frequency list knows, in a key where another spelling is far
 * more common, is almost always that word with its diacritics stripped
 * ("pa" for "på", "fran" for "från") and would otherwise block the repair. */
static void settle_frequencies(builder *b)
{
    GHashTable *best = g_hash_table_new(g_str_hash, g_str_equal); /* key -> max wordlist freq */
    GHashTableIter it;
    word_rec *w;
    g_hash_table_iter_init(&it, b->words);
    while (g_hash_table_iter_next(&it, NULL, (gpointer *)&w)) {
        uint32_t cur = GPOINTER_TO_UINT(g_hash_table_lookup(best, w->key));
        if (w->wordlist_freq > cur)
            g_hash_table_insert(best, w->key, GUINT_TO_POINTER(w->wordlist_freq));
    }
    double context_scale = b->context_total ? 1e9 / (double)b->context_total : 0;
    g_hash_table_iter_init(&it, b->words);
    while (g_hash_table_iter_next(&it, NULL, (gpointer *)&w)) {
        uint32_t top = GPOINTER_TO_UINT(g_hash_table_lookup(best, w->key));
        bool vouched = w->flags & (AT_WORD_HUNSPELL | AT_WORD_DOMAIN);
        if (!vouched && (uint64_t)w->wordlist_freq * 10u < top) {
            w->dropped = true;
            continue;
        }
        if (!vouched && !(w->flags & AT_WORD_FREQLIST) && w->context < 3) {
            w->dropped = true; /* a pair-only word seen once or twice: too little evidence */
            continue;
        }
        /* Half web Swedish, half administrative Swedish (the statutes): municipal
         * documents speak of years and bodies far more than the web does. */
        double freq = 0.5 * w->wordlist_freq + 0.5 * w->context * context_scale;
        if (w->flags & AT_WORD_DOMAIN)
            freq = MAX(freq, 100.0); /* planning vocabulary is common in our documents */
        /* A form hunspell vouches for is a real word, likelier than any unknown string. */
        if (freq < 10 && (w->flags & AT_WORD_HUNSPELL))
            freq = 10;
        if (freq < 2)
            freq = 2;
        w->freq = (uint32_t)MIN(freq, 4e9);
    }
    g_hash_table_destroy(best);
}

/* A hunspell word that can be a compound part, or NULL. */
static word_rec *part_rec(const builder *b, const char *s, size_t len)
{
    char part[AT_WORD_MAX];
    if (len >= sizeof part)
        return NULL;
    memcpy(part, s, len);
    part[len] = '\0';
    word_rec *w = g_hash_table_lookup(b->words, part);
    return w && !w->dropped && (w->flags & AT_WORD_HUNSPELL) ? w : NULL;
}

/* How often each word ends or begins hunspell's own compounds, cut wherever both halves are words
 * of three bytes or more (a linking s may end the first): the normalizer weighs the parts of a
 * damaged compound by it ("cykelvagar" is cykelvägar, since vägar ends many compounds). */
static void count_compound_parts(builder *b)
{
    enum { MIN_PART = 3 };
    GHashTableIter it;
    word_rec *w;
    g_hash_table_iter_init(&it, b->words);
    while (g_hash_table_iter_next(&it, NULL, (gpointer *)&w)) {
        size_t len = strlen(w->word);
        if (w->dropped || !(w->flags & AT_WORD_HUNSPELL) || len < 2 * MIN_PART)
            continue;
        for (size_t cut = MIN_PART; cut + MIN_PART <= len; cut++) {
            if ((w->word[cut] & 0xC0) == 0x80)
                continue;
            word_rec *head = part_rec(b, w->word + cut, len - cut), *first = NULL;
            if (head && !(first = part_rec(b, w->word, cut)) && w->word[cut - 1] == 's')
                first = part_rec(b, w->word, cut - 1);
            if (!head || !first)
                continue;
            head->heads++;
            first->modifiers++;
        }
    }
}

static uint32_t parts_flags(const word_rec *w)
{
    return MIN(g_bit_storage(w->heads) * (w->heads > 0), AT_WORD_PARTS_MASK) << AT_WORD_HEADS_SHIFT |
           MIN(g_bit_storage(w->modifiers) * (w->modifiers > 0), AT_WORD_PARTS_MASK) << AT_WORD_MODIFIERS_SHIFT;
}

static int compare_words(const void *a, const void *b)
{
    const word_rec *x = *(word_rec *const *)a, *y = *(word_rec *const *)b;
    int c = strcmp(x->key, y->key);
    if (c)
        return c;
    if (x->freq != y->freq)
        return x->freq > y->freq ? -1 : 1;
    return strcmp(x->word, y->word);
}

static int compare_pairs(const void *a, const void *b)
{
    const pair_rec *x = *(pair_rec *const *)a, *y = *(pair_rec *const *)b;
    if (x->first->index != y->first->index)
        return x->first->index < y->first->index ? -1 : 1;
    return x->second->index < y->second->index ? -1 : x->second->index > y->second->index;
}

static uint32_t pow2_at_least(uint64_t n)
{
    uint32_t p = 1024;
    while (p < n)
        p <<= 1;
    return p;
}

static uint32_t add_string(GByteArray *strings, const char *s, size_t len)
{
    uint32_t off = strings->len;
    g_byte_array_append(strings, (const guint8 *)s, (guint)len);
    g_byte_array_append(strings, (const guint8 *)"", 1);
    return off;
}

static uint64_t align8(uint64_t x)
{
    return (x + 7) & ~(uint64_t)7;
}

/* Filters start on a cache line, so that no block of one straddles two. */
static uint64_t align64(uint64_t x)
{
    return (x + 63) & ~(uint64_t)63;
}

typedef struct {
    uint32_t *words;
    uint32_t blocks;
} filter;

static filter new_filter(uint32_t n_keys)
{
    filter f = { NULL, at_dict_filter_blocks_for(n_keys) };
    f.words = g_new0(uint32_t, (size_t)f.blocks * AT_DICT_FILTER_WORDS);
    return f;
}

static size_t filter_size(const filter *f)
{
    return (size_t)f->blocks * AT_DICT_FILTER_WORDS * sizeof(uint32_t);
}

/* A key whose second spelling is this common relative to its first files real rivals. */
#define RIVAL_SHARE 0.002

/* Flag the spellings of keys with rivals: word triples are counted and used only where they decide. */
static void mark_rivals(const GPtrArray *order, at_dict_word *words, const GArray *keys)
{
    for (guint k = 0; k < keys->len; k++) {
        const at_dict_key *key = &g_array_index(keys, at_dict_key, k);
        if (key->n_words < 2)
            continue;
        const word_rec *first = order->pdata[key->first_word], *second = order->pdata[key->first_word + 1];
        if ((double)second->freq < RIVAL_SHARE * (double)first->freq)
            continue;
        for (uint32_t i = key->first_word; i < key->first_word + key->n_words; i++)
            words[i].flags |= AT_WORD_RIVALS;
    }
}

/* The file is written in whole, aligned blocks of a huge page: the page cache then holds it in
 * huge folios, which at_dict_open maps with 35 entries instead of 17 700 page-table entries
 * (0.1 against 4 ms of CPU a run), and lookups all over the file miss the TLB far less. A file
 * written in smaller blocks (cp, install) stays cached on small pages until the cache drops it. */
enum { HUGE_BLOCK = 2 << 20 };

static void write_dict(const builder *b, const char *out_path, const char *source)
{
    GPtrArray *order = g_ptr_array_new();
    GHashTableIter it;
    word_rec *w;
    g_hash_table_iter_init(&it, b->words);
    while (g_hash_table_iter_next(&it, NULL, (gpointer *)&w))
        if (!w->dropped)
            g_ptr_array_add(order, w);
    g_ptr_array_sort(order, compare_words);

    uint32_t n_words = order->len;
    at_dict_word *words = g_new0(at_dict_word, n_words);
    GArray *keys = g_array_new(FALSE, TRUE, sizeof(at_dict_key));
    GByteArray *strings = g_byte_array_new();
    uint64_t total = 0;
    for (uint32_t i = 0; i < n_words; i++) {
        w = order->pdata[i];
        w->index = i;
        size_t len = strlen(w->word);
        /* Spelled with a capital only, wherever a hand-written source has it: a name (Österåker). */
        uint32_t flags = w->flags | (w->seen_capital && !w->seen_lower ? AT_WORD_NAME : 0) | parts_flags(w);
        words[i] = (at_dict_word){ add_string(strings, w->word, len), flags, w->freq, w->context, w->wordlist_freq,
                                   (uint16_t)len, 0 };
        total += w->freq;
        if (i == 0 || strcmp(w->key, ((word_rec *)order->pdata[i - 1])->key) != 0) {
            uint32_t klen = (uint32_t)strlen(w->key);
            at_dict_key k = { add_string(strings, w->key, klen), (uint16_t)klen, 0, i,
                              at_dict_hash(w->key, klen) };
            g_array_append_val(keys, k);
        }
        at_dict_key *key = &g_array_index(keys, at_dict_key, keys->len - 1);
        if (key->n_words == UINT16_MAX) { /* the format counts a key's spellings in 16 bits */
            g_printerr("arkivtext-dictc: key '%s' has more than %u spellings; the dictionary format holds %u\n",
                       w->key, UINT16_MAX, UINT16_MAX);
            exit(1);
        }
        key->n_words++;
    }

    mark_rivals(order, words, keys);
    uint32_t key_buckets = pow2_at_least((uint64_t)keys->len * 2);
    at_dict_key *key_table = g_new0(at_dict_key, key_buckets);
    filter kf = new_filter(keys->len);
    for (uint32_t i = 0; i < keys->len; i++) {
        const at_dict_key *k = &g_array_index(keys, at_dict_key, i);
        uint32_t slot = k->hash & (key_buckets - 1);
        while (key_table[slot].n_words)
            slot = (slot + 1) & (key_buckets - 1);
        key_table[slot] = *k;
        at_dict_filter_add(kf.words, kf.blocks, at_dict_key_filter_hash(k->hash));
    }

    GArray *pairs = g_array_new(FALSE, TRUE, sizeof(at_dict_pair));
    GPtrArray *pair_order = g_ptr_array_new();
    pair_rec *p;
    g_hash_table_iter_init(&it, b->pairs);
    while (g_hash_table_iter_next(&it, NULL, (gpointer *)&p))
        if (!p->first->dropped && !p->second->dropped)
            g_ptr_array_add(pair_order, p);
    g_ptr_array_sort(pair_order, compare_pairs); /* the same inputs give the same file */
    for (guint i = 0; i < pair_order->len; i++) {
        p = pair_order->pdata[i];
        at_dict_pair bg = { p->first->index, p->second->index, p->count, p->web_rank };
        g_array_append_val(pairs, bg);
    }
    g_ptr_array_free(pair_order, TRUE);
    uint32_t bigram_buckets = pow2_at_least((uint64_t)pairs->len * 2);
    at_dict_pair *pair_table = g_new0(at_dict_pair, bigram_buckets);
    for (uint32_t i = 0; i < bigram_buckets; i++)
        pair_table[i].first = AT_DICT_EMPTY;
    filter bf = new_filter(pairs->len);
    for (uint32_t i = 0; i < pairs->len; i++) {
        const at_dict_pair *bg = &g_array_index(pairs, at_dict_pair, i);
        uint32_t slot = at_dict_pair_hash(bg->first, bg->second) & (bigram_buckets - 1);
        while (pair_table[slot].first != AT_DICT_EMPTY)
            slot = (slot + 1) & (bigram_buckets - 1);
        pair_table[slot] = *bg;
        at_dict_filter_add(bf.words, bf.blocks, at_dict_pair_filter_hash(bg->first, bg->second));
    }

    /* Triples in file order (the input is sorted), kept when all three words are. */
    GArray *triples = g_array_new(FALSE, TRUE, sizeof(at_dict_triple));
    for (guint i = 0; i < b->triples->len; i++) {
        const triple_rec *t = b->triples->pdata[i];
        if (!t->w[0]->dropped && !t->w[1]->dropped && !t->w[2]->dropped) {
            at_dict_triple tr = { t->w[0]->index, t->w[1]->index, t->w[2]->index, t->count };
            g_array_append_val(triples, tr);
        }
    }
    uint32_t trigram_buckets = pow2_at_least((uint64_t)triples->len * 2);
    at_dict_triple *triple_table = g_new0(at_dict_triple, trigram_buckets);
    for (uint32_t i = 0; i < trigram_buckets; i++)
        triple_table[i].first = AT_DICT_EMPTY;
    filter tf = new_filter(triples->len);
    for (uint32_t i = 0; i < triples->len; i++) {
        const at_dict_triple *t = &g_array_index(triples, at_dict_triple, i);
        uint32_t slot = at_dict_triple_hash(t->first, t->second, t->third) & (trigram_buckets - 1);
        while (triple_table[slot].first != AT_DICT_EMPTY)
            slot = (slot + 1) & (trigram_buckets - 1);
        triple_table[slot] = *t;
        at_dict_filter_add(tf.words, tf.blocks, at_dict_triple_filter_hash(t->first, t->second, t->third));
    }

    at_dict_header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, AT_DICT_MAGIC, 8);
    h.version = AT_DICT_FORMAT_VERSION;
    h.n_words = n_words;
    h.n_keys = keys->len;
    h.key_buckets = key_buckets;
    h.n_bigrams = pairs->len;
    h.bigram_buckets = bigram_buckets;
    h.total_freq = total;
    h.context_tokens = b->context_total;
    g_strlcpy(h.source, source, sizeof h.source);
    h.key_filter_blocks = kf.blocks;
    h.bigram_filter_blocks = bf.blocks;
    h.trigram_filter_blocks = tf.blocks;
    h.off_key_filter = align64(sizeof h);
    h.off_bigram_filter = align64(h.off_key_filter + filter_size(&kf));
    h.off_trigram_filter = align64(h.off_bigram_filter + filter_size(&bf));
    h.off_words = align8(h.off_trigram_filter + filter_size(&tf));
    h.off_keys = align8(h.off_words + (uint64_t)n_words * sizeof(at_dict_word));
    h.off_bigrams = align8(h.off_keys + (uint64_t)key_buckets * sizeof(at_dict_key));
    h.n_trigrams = triples->len;
    h.trigram_buckets = trigram_buckets;
    h.off_trigrams = align8(h.off_bigrams + (uint64_t)bigram_buckets * sizeof(at_dict_pair));
    h.off_strings = align8(h.off_trigrams + (uint64_t)trigram_buckets * sizeof(at_dict_triple));
    h.strings_size = strings->len;

    at_error err = AT_ERROR_INIT;
    at_atomic_file *f = at_atomic_open(out_path, &err);
    if (!f) {
        char msg[1024];
        g_printerr("arkivtext-dictc: %s\n", at_error_format(&err, msg, sizeof msg));
        exit(1);
    }
    FILE *fp = at_atomic_stream(f);
    char *block = g_malloc(HUGE_BLOCK); /* glibc ignores the size without a buffer of ours */
    (void)setvbuf(fp, block, _IOFBF, HUGE_BLOCK);
    static const char zeros[64];
#define PUT(ptr, size, off)                                                      \
    do {                                                                         \
        long pad_ = (long)(off) - ftell(fp);                                     \
        fwrite(zeros, 1, (size_t)pad_, fp);                                      \
        fwrite((ptr), 1, (size), fp);                                            \
    } while (0)
    fwrite(&h, sizeof h, 1, fp);
    PUT(kf.words, filter_size(&kf), h.off_key_filter);
    PUT(bf.words, filter_size(&bf), h.off_bigram_filter);
    PUT(tf.words, filter_size(&tf), h.off_trigram_filter);
    PUT(words, (size_t)n_words * sizeof(at_dict_word), h.off_words);
    PUT(key_table, (size_t)key_buckets * sizeof(at_dict_key), h.off_keys);
    PUT(pair_table, (size_t)bigram_buckets * sizeof(at_dict_pair), h.off_bigrams);
    PUT(triple_table, (size_t)trigram_buckets * sizeof(at_dict_triple), h.off_trigrams);
    PUT(strings->data, strings->len, h.off_strings);
    /* Zeros up to a whole huge page: a huge folio past the end of the file is never mapped whole. */
    size_t end = (size_t)h.off_strings + strings->len, tail = (HUGE_BLOCK - end % HUGE_BLOCK) % HUGE_BLOCK;
    char *padding = g_malloc0(tail);
    fwrite(padding, 1, tail, fp);
    g_free(padding);
#undef PUT
    if (at_atomic_commit(f, &err) < 0) {
        char msg[1024];
        g_printerr("arkivtext-dictc: %s\n", at_error_format(&err, msg, sizeof msg));
        exit(1);
    }
    g_free(block);
    g_print("arkivtext-dictc: %u spellings under %u keys, %u word pairs, %u word triples -> %s\n", n_words,
            keys->len, pairs->len, triples->len, out_path);
    g_free(words);
    g_free(key_table);
    g_free(pair_table);
    g_free(triple_table);
    g_free(kf.words);
    g_free(bf.words);
    g_free(tf.words);
    g_array_free(triples, TRUE);
    g_array_free(keys, TRUE);
    g_array_free(pairs, TRUE);
    g_byte_array_free(strings, TRUE);
    g_ptr_array_free(order, TRUE);
}

static void free_word(gpointer p)
{
    word_rec *w = p;
    g_free(w->key);
    g_free(w); /* w->word is the hash key, freed by the table */
}

int main(int argc, char **argv)
{
    char **forms = NULL, **freqs = NULL, **contexts = NULL, **bigrams = NULL, **trigrams = NULL, **web = NULL,
         **domains = NULL;
    char *out = NULL, *source = NULL, *pos_aff = NULL, *pos_dic = NULL;
    GOptionEntry entries[] = {
        { "forms", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &forms, "Word forms, one a line", "FILE" },
        { "freq", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &freqs, "word<TAB>per-billion", "FILE" },
        { "context", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &contexts, "word<TAB>count", "FILE" },
        { "bigrams", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &bigrams, "w1 w2<TAB>count", "FILE" },
        { "trigrams", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &trigrams, "w1 w2 w3<TAB>count", "FILE" },
        { "web-pairs", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &web, "w1 w2<TAB>rank", "FILE" },
        { "domain", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &domains, "Domain lexicon", "FILE" },
        { "pos-aff", 0, 0, G_OPTION_ARG_FILENAME, &pos_aff, "hunspell affixes (parts of speech)", "FILE" },
        { "pos-dic", 0, 0, G_OPTION_ARG_FILENAME, &pos_dic, "hunspell stems (parts of speech)", "FILE" },
        { "source", 0, 0, G_OPTION_ARG_STRING, &source, "Description stored in the header", "TEXT" },
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out, "Compiled dictionary", "FILE" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- compile the arkivtext dictionary");
    g_option_context_add_main_entries(ctx, entries, NULL);
    GError *gerr = NULL;
    if (!g_option_context_parse(ctx, &argc, &argv, &gerr) || !out) {
        g_printerr("arkivtext-dictc: %s\n", gerr ? gerr->message : "-o FILE is required");
        return 2;
    }
    g_option_context_free(ctx);

    builder b = { g_hash_table_new_full(g_str_hash, g_str_equal, g_free, free_word),
                  g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free), g_ptr_array_new_with_free_func(g_free),
                  0 };
    for (char **p = forms; p && *p; p++)
        read_lines(&b, *p, add_form);
    at_error err = AT_ERROR_INIT;
    if (pos_aff && pos_dic && at_pos_read(pos_aff, pos_dic, add_pos, &b, &err) < 0) {
        char msg[1024];
        g_printerr("arkivtext-dictc: %s\n", at_error_format(&err, msg, sizeof msg));
        return 1;
    }
    for (char **p = freqs; p && *p; p++)
        read_lines(&b, *p, add_freq);
    for (char **p = contexts; p && *p; p++)
        read_lines(&b, *p, add_context);
    for (char **p = domains; p && *p; p++)
        read_lines(&b, *p, add_domain);
    for (char **p = bigrams; p && *p; p++)
        read_lines(&b, *p, add_bigram);
    for (char **p = trigrams; p && *p; p++)
        read_lines(&b, *p, add_trigram);
    for (char **p = web; p && *p; p++)
        read_lines(&b, *p, add_web_pair);
    settle_frequencies(&b);
    count_compound_parts(&b);
    write_dict(&b, out, source ? source : "");

    g_hash_table_destroy(b.words);
    g_hash_table_destroy(b.pairs);
    g_ptr_array_free(b.triples, TRUE);
    g_strfreev(trigrams);
    g_strfreev(forms);
    g_strfreev(freqs);
    g_strfreev(contexts);
    g_strfreev(bigrams);
    g_strfreev(web);
    g_strfreev(domains);
    g_free(out);
    g_free(source);
    g_free(pos_aff);
    g_free(pos_dic);
    return 0;
}
