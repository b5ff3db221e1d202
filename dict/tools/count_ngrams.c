/* Count the word n-grams of the SFS statute corpus the way the normalizer sees its text, for the
 * context tables in dict/data/ (see dict/tools/derive_ngrams.sh, which runs this).
 *
 *   arkivtext-count-ngrams --dict D --rules R [--exclude PARAGRAPHS] --out DIR CORPUS
 *   arkivtext-count-ngrams --split test|dev CORPUS    print the held-out statutes instead
 *
 * CORPUS: one paragraph a line, a blank line between statutes. Statute i (from 0) is held out
 * for testing when i % 20 == 3 and for development when i % 20 == 11; held-out statutes and the
 * paragraphs listed in PARAGRAPHS are never counted.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/arkivtext.h"
#include "core/private.h"
#include "normalize/normalize_private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    SPLIT_EVERY = 20, /* one statute in 20 held out for testing, one for development */
    SPLIT_TEST = 3,
    SPLIT_DEV = 11,
    MIN_UNIGRAM = 3,  /* rarer words carry little and are folded into __rest__ */
    MIN_BIGRAM = 2,
    MIN_TRIGRAM = 3,
};
#define ID_BITS 21            /* token ids packed three to a 64-bit key */

typedef enum { PART_COUNT, PART_TEST, PART_DEV } part;

static part statute_part(size_t index)
{
    size_t r = index % SPLIT_EVERY;
    return r == SPLIT_TEST ? PART_TEST : r == SPLIT_DEV ? PART_DEV : PART_COUNT;
}

/* Counts by packed key, open addressing. */
typedef struct {
    uint64_t *keys; /* key + 1; 0 = empty */
    uint32_t *counts;
    size_t size, used;
} table;

static void table_add(table *t, uint64_t key, uint32_t n);

static void table_grow(table *t)
{
    table old = *t;
    t->size = old.size ? old.size * 2 : 1u << 16;
    t->keys = g_new0(uint64_t, t->size);
    t->counts = g_new0(uint32_t, t->size);
    t->used = 0;
    for (size_t i = 0; i < old.size; i++)
        if (old.keys[i])
            table_add(t, old.keys[i] - 1, old.counts[i]);
    g_free(old.keys);
    g_free(old.counts);
}

static void table_add(table *t, uint64_t key, uint32_t n)
{
    if (2 * (t->used + 1) > t->size)
        table_grow(t);
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & (t->size - 1);
    while (t->keys[i] && t->keys[i] != key + 1)
        i = (i + 1) & (t->size - 1);
    if (!t->keys[i]) {
        t->keys[i] = key + 1;
        t->used++;
    }
    t->counts[i] += n;
}

typedef struct {
    const at_dict *dict;
    GHashTable *ids;      /* token -> id + 1 */
    GPtrArray *tokens;    /* id -> token */
    GArray *unigrams;     /* id -> count (uint64_t) */
    GArray *ambiguous;    /* id -> gboolean */
    table bigrams, trigrams;
    uint64_t total;
} counter;

/* Does `lower` have rival spellings (ar: är, år, ar)? The dictionary says (AT_WORD_RIVALS). */
static bool is_ambiguous(const at_dict *d, const char *lower, size_t len)
{
    at_dict_entry e;
    return at_dict_find(d, lower, len, &e) && (e.flags & AT_WORD_RIVALS);
}

static uint32_t token_id(counter *c, const char *part, size_t len)
{
    char lower[AT_WORD_MAX];
    if (len >= AT_WORD_MAX || at_lower(part, len, lower, sizeof lower) < 0)
        return UINT32_MAX;
    gpointer v = g_hash_table_lookup(c->ids, lower);
    if (v)
        return GPOINTER_TO_UINT(v) - 1;
    uint32_t id = c->tokens->len;
    if (id >= (1u << ID_BITS) - 1)
        return UINT32_MAX;
    char *copy = g_strdup(lower);
    g_ptr_array_add(c->tokens, copy);
    g_hash_table_insert(c->ids, copy, GUINT_TO_POINTER(id + 1));
    uint64_t zero = 0;
    g_array_append_val(c->unigrams, zero);
    gboolean amb = is_ambiguous(c->dict, lower, strlen(lower));
    g_array_append_val(c->ambiguous, amb);
    return id;
}

static bool ambiguous(const counter *c, uint32_t id)
{
    return g_array_index(c->ambiguous, gboolean, id);
}

static void count_segment(const char *const *parts, const size_t *lens, size_t n, void *data)
{
    counter *c = data;
    uint32_t a = UINT32_MAX, b = UINT32_MAX; /* the two tokens before, UINT32_MAX for none */
    for (size_t i = 0; i < n; i++) {
        uint32_t id = token_id(c, parts[i], lens[i]);
        if (id == UINT32_MAX) {
            a = b = UINT32_MAX;
            continue;
        }
        g_array_index(c->unigrams, uint64_t, id)++;
        c->total++;
        if (b != UINT32_MAX)
            table_add(&c->bigrams, (uint64_t)b << ID_BITS | id, 1);
        if (a != UINT32_MAX && (ambiguous(c, a) || ambiguous(c, b) || ambiguous(c, id)))
            table_add(&c->trigrams, ((uint64_t)a << ID_BITS | b) << ID_BITS | id, 1);
        a = b;
        b = id;
    }
}

/* Calls fn(statute text, index) for every statute of the corpus. */
static int each_statute(const char *path, void (*fn)(GString *statute, size_t index, void *data), void *data)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "arkivtext-count-ngrams: %s: cannot open\n", path);
        return 1;
    }
    GString *statute = g_string_new(NULL);
    size_t index = 0, cap = 0;
    char *line = NULL;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0 || statute->len) {
        bool blank = len <= 1;
        if (!blank)
            g_string_append_len(statute, line, len);
        if ((blank || len < 0) && statute->len) {
            fn(statute, index++, data);
            g_string_truncate(statute, 0);
        }
        if (len < 0)
            break;
    }
    free(line);
    fclose(f);
    g_string_free(statute, TRUE);
    return 0;
}

typedef struct {
    counter *c;
    const at_normalizer *n;
    GHashTable *excluded; /* paragraphs never counted */
    size_t statutes, paragraphs_skipped;
} count_job;

static void count_statute(GString *statute, size_t index, void *data)
{
    count_job *j = data;
    if (statute_part(index) != PART_COUNT)
        return;
    j->statutes++;
    /* Each paragraph its own block: a heading does not run into the paragraph after it. */
    GString *text = g_string_sized_new(statute->len + 1024);
    char **paragraphs = g_strsplit(statute->str, "\n", -1);
    for (char **p = paragraphs; *p; p++) {
        if (!**p)
            continue;
        if (g_hash_table_contains(j->excluded, *p)) {
            j->paragraphs_skipped++;
            continue;
        }
        g_string_append(text, *p);
        g_string_append(text, "\n\n");
    }
    g_strfreev(paragraphs);
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    topts.lenient = true;
    if (at_doc_from_text(&doc, "statute", text->str, text->len, &topts, &err) == 0)
        at_normalize_segments(j->n, doc, count_segment, j->c);
    at_doc_free(doc);
    g_string_free(text, TRUE);
}

static void print_statute(GString *statute, size_t index, void *data)
{
    if (statute_part(index) == *(part *)data)
        printf("%s\n", statute->str);
}

static const char *token(const counter *c, uint64_t id)
{
    return g_ptr_array_index(c->tokens, (guint)id);
}

static uint64_t unigram(const counter *c, uint64_t id)
{
    return g_array_index(c->unigrams, uint64_t, (guint)id);
}

static FILE *open_out(const char *dir, const char *name)
{
    char *path = g_build_filename(dir, name, NULL);
    FILE *f = fopen(path, "w");
    if (!f)
        fprintf(stderr, "arkivtext-count-ngrams: %s: cannot write\n", path);
    g_free(path);
    return f;
}

static void close_tables(FILE *u, FILE *b, FILE *t)
{
    if (u)
        fclose(u);
    if (b)
        fclose(b);
    if (t)
        fclose(t);
}

static const char SOURCE[] = "Swedish statutes (SFS, public domain), counted by dict/tools/count_ngrams.c without the "
                             "held-out statutes (index %% 20 == 3 or 11)";

static int write_tables(const counter *c, const char *dir)
{
    FILE *u = open_out(dir, "sfs_unigrams.tsv"), *b = open_out(dir, "sfs_bigrams.tsv"),
         *t = open_out(dir, "sfs_trigrams.tsv");
    if (!u || !b || !t) {
        close_tables(u, b, t);
        return 1;
    }
    uint64_t rest = c->total;
    fprintf(u, "# word<TAB>count; ");
    fprintf(u, SOURCE);
    fprintf(u, "; total tokens %llu\n", (unsigned long long)c->total);
    for (guint id = 0; id < c->tokens->len; id++)
        if (unigram(c, id) >= MIN_UNIGRAM) {
            fprintf(u, "%s\t%llu\n", token(c, id), (unsigned long long)unigram(c, id));
            rest -= unigram(c, id);
        }
    fprintf(u, "__rest__\t%llu\n", (unsigned long long)rest); /* keeps the total, the prior's denominator */
    /* Trigrams with a word that has rival spellings; their first two words' pair is their history. */
    const uint64_t mask = (1u << ID_BITS) - 1;
    table histories = { 0 };
    fprintf(t, "# word word word<TAB>count, only with a word that has rival spellings; ");
    fprintf(t, SOURCE);
    fprintf(t, "\n");
    for (size_t i = 0; i < c->trigrams.size; i++) {
        if (!c->trigrams.keys[i] || c->trigrams.counts[i] < MIN_TRIGRAM)
            continue;
        uint64_t k = c->trigrams.keys[i] - 1;
        fprintf(t, "%s %s %s\t%u\n", token(c, k >> (2 * ID_BITS)), token(c, (k >> ID_BITS) & mask), token(c, k & mask),
                c->trigrams.counts[i]);
        table_add(&histories, k >> ID_BITS, 1);
    }
    fprintf(b, "# word word<TAB>count, with a word that has rival spellings or the history of a trigram; ");
    fprintf(b, SOURCE);
    fprintf(b, "\n");
    for (size_t i = 0; i < c->bigrams.size; i++) {
        if (!c->bigrams.keys[i] || c->bigrams.counts[i] < MIN_BIGRAM)
            continue;
        uint64_t k = c->bigrams.keys[i] - 1, first = k >> ID_BITS, second = k & mask;
        bool history = false;
        if (!ambiguous(c, (uint32_t)first) && !ambiguous(c, (uint32_t)second)) {
            size_t h = (size_t)((k * 0x9E3779B97F4A7C15ull) >> 20) & (histories.size - 1);
            while (histories.keys && histories.keys[h] && histories.keys[h] != k + 1)
                h = (h + 1) & (histories.size - 1);
            history = histories.keys && histories.keys[h] == k + 1;
            if (!history)
                continue;
        }
        fprintf(b, "%s %s\t%u\n", token(c, first), token(c, second), c->bigrams.counts[i]);
    }
    g_free(histories.keys);
    g_free(histories.counts);
    close_tables(u, b, t);
    return 0;
}

static GHashTable *read_paragraphs(const char *path)
{
    GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char *data = NULL;
    if (path && !g_file_get_contents(path, &data, NULL, NULL)) {
        fprintf(stderr, "arkivtext-count-ngrams: %s: cannot read\n", path);
        exit(1);
    }
    char **lines = g_strsplit(data ? data : "", "\n", -1);
    for (char **l = lines; *l; l++)
        if (**l)
            g_hash_table_add(set, g_strdup(*l));
    g_strfreev(lines);
    g_free(data);
    return set;
}

static void counter_clear(counter *c)
{
    g_hash_table_destroy(c->ids);
    g_ptr_array_free(c->tokens, TRUE);
    g_array_free(c->unigrams, TRUE);
    g_array_free(c->ambiguous, TRUE);
    g_free(c->bigrams.keys);
    g_free(c->bigrams.counts);
    g_free(c->trigrams.keys);
    g_free(c->trigrams.counts);
}

/* Count the n-grams of `corpus` (all but the held-out statutes and excluded paragraphs) into tables in `out`. */
static int count_corpus(const char *corpus, const char *dict_path, const char *rules_path, const char *exclude,
                        const char *out)
{
    at_error err = AT_ERROR_INIT;
    at_dict *dict = NULL;
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    char msg[1024];
    if (at_dict_open(&dict, dict_path, &err) < 0 || at_rules_load(&rules, rules_path, &err) < 0 ||
        at_normalizer_new(&n, dict, rules, NULL, &err) < 0) {
        fprintf(stderr, "arkivtext-count-ngrams: %s\n", at_error_format(&err, msg, sizeof msg));
        at_error_clear(&err);
        at_rules_free(rules);
        at_dict_free(dict);
        return 1;
    }
    counter c = { .dict = dict, .ids = g_hash_table_new(g_str_hash, g_str_equal), .tokens = g_ptr_array_new_with_free_func(g_free),
                  .unigrams = g_array_new(FALSE, FALSE, sizeof(uint64_t)), .ambiguous = g_array_new(FALSE, FALSE, sizeof(gboolean)) };
    count_job job = { &c, n, read_paragraphs(exclude), 0, 0 };
    int rc = each_statute(corpus, count_statute, &job);
    if (rc == 0)
        rc = write_tables(&c, out);
    fprintf(stderr, "counted %zu statutes, %llu tokens, %u types; %zu excluded paragraphs skipped\n", job.statutes,
            (unsigned long long)c.total, c.tokens->len, job.paragraphs_skipped);
    g_hash_table_destroy(job.excluded);
    counter_clear(&c);
    at_normalizer_free(n);
    at_rules_free(rules);
    at_dict_free(dict);
    return rc;
}

int main(int argc, char **argv)
{
    char *dict_path = NULL, *rules_path = NULL, *exclude = NULL, *out = NULL, *split = NULL;
    GOptionEntry entries[] = {
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary (which words have rivals)", "FILE" },
        { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_path, "Rules file", "FILE" },
        { "exclude", 0, 0, G_OPTION_ARG_FILENAME, &exclude, "Paragraphs (one a line) never to count", "FILE" },
        { "out", 0, 0, G_OPTION_ARG_FILENAME, &out, "Folder for the tables", "DIR" },
        { "split", 0, 0, G_OPTION_ARG_STRING, &split, "Print the held-out statutes: test or dev", "PART" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("CORPUS");
    g_option_context_add_main_entries(ctx, entries, NULL);
    bool parsed = g_option_context_parse(ctx, &argc, &argv, NULL);
    g_option_context_free(ctx);
    int rc;
    if (!parsed || argc != 2 || (!split && (!dict_path || !rules_path || !out))) {
        fprintf(stderr, "usage: arkivtext-count-ngrams (--dict D --rules R --out DIR [--exclude F] | --split test|dev) CORPUS\n");
        rc = 2;
    } else if (split) {
        part p = strcmp(split, "test") == 0 ? PART_TEST : PART_DEV;
        rc = each_statute(argv[1], print_statute, &p);
    } else {
        rc = count_corpus(argv[1], dict_path, rules_path, exclude, out);
    }
    g_free(dict_path);
    g_free(rules_path);
    g_free(exclude);
    g_free(out);
    g_free(split);
    return rc;
}
