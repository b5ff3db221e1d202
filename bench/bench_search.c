/* Benchmark: the search index at archive size — indexing time, index size, query latency.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench_search [--docs N] [--words W] [--queries Q] [--index FILE [--reuse]] FIXTURE...
 * Makes N synthetic documents of about W words (default 10 000 x 3 000)
 * from the sentences of the FIXTURE texts: sentences drawn at random, years,
 * amounts and diarienummer renumbered, municipality names swapped, lines of
 * about ten words, pages of 50 lines; each document gets a kind, one to
 * three parties, a diarienummer and a year. They are indexed through the
 * library (at_index_put, committed every 500 documents), then Q word
 * queries (words drawn from the documents' vocabulary: rare and common
 * alike), Q queries of the 50 most frequent words, Q field queries and Q
 * word + field queries are timed. Prints the figures; asserts nothing
 * (targets: indexing <= 5 min on 2 cores, index <= 1.5 x the text, word
 * query p95 <= 50 ms, field query p95 <= 20 ms). bench/search runs it.
 * --reuse times the queries on an index FILE made before with the same
 * --docs and --words (the documents are made again, not indexed). */
#include "arkivtext/arkivtext.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const places[] = {
    "Botkyrka", "Danderyd", "Ekerö",     "Haninge",  "Huddinge", "Järfälla",  "Lidingö",   "Nacka",    "Norrtälje",
    "Nykvarn",  "Nynäshamn", "Salem",    "Sigtuna",  "Sollentuna", "Solna",   "Stockholm", "Sundbyberg", "Södertälje",
    "Tyresö",   "Täby",     "Upplands Väsby", "Upplands-Bro", "Vallentuna", "Vaxholm", "Värmdö", "Österåker",
};
static const char *const kinds[] = { "agreement", "action-plan", "plan", "decision-memo", "generic" };

static double now(void)
{
    return (double)g_get_monotonic_time() / 1e6;
}

/* Every sentence (or table row) of the fixtures, tabs as blanks. */
static GPtrArray *read_sentences(char **files)
{
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    for (char **f = files; *f; f++) {
        char *text = NULL;
        if (!g_file_get_contents(*f, &text, NULL, NULL))
            continue;
        g_strdelimit(text, "\t", ' ');
        char **lines = g_strsplit(text, "\n", -1);
        for (char **l = lines; *l; l++) {
            char **sentences = g_strsplit(*l, ". ", -1);
            for (char **s = sentences; *s; s++)
                if (strlen(g_strstrip(*s)) > 3)
                    g_ptr_array_add(out, g_strdup(*s));
            g_strfreev(sentences);
        }
        g_strfreev(lines);
        g_free(text);
    }
    return out;
}

/* A word as a synthetic document has it: numbers renumbered, municipality names swapped. */
static void append_word(GString *out, const char *w, GRand *r)
{
    if (g_ascii_isdigit(w[0]) && strlen(w) == 4) {
        g_string_append_printf(out, "%d", g_rand_int_range(r, 1995, 2030));
    } else if (g_ascii_isdigit(w[0])) {
        g_string_append_printf(out, "%d", g_rand_int_range(r, 1, 1000000));
    } else {
        for (size_t i = 0; i < G_N_ELEMENTS(places); i++)
            if (g_str_has_prefix(w, places[i])) {
                g_string_append(out, places[g_rand_int_range(r, 0, G_N_ELEMENTS(places))]);
                g_string_append(out, w + strlen(places[i]));
                return;
            }
        g_string_append(out, w);
    }
}

static at_index_doc *make_doc(int n, GPtrArray *sentences, int words, GRand *r, size_t *bytes, GHashTable *vocab)
{
    char package[64], name[64], dnr[64], year[8];
    snprintf(package, sizeof package, "uuid-bench-%06d", n);
    snprintf(name, sizeof name, "dokument_%06d.pdf", n);
    at_index_doc *d = at_index_doc_new(package, name, name, NULL);
    GString *page = g_string_new(NULL);
    int in_line = 0, lines = 0, pages = 0, total = 0;
    while (total < words) {
        char **ws = g_strsplit(g_ptr_array_index(sentences, g_rand_int_range(r, 0, (gint32)sentences->len)), " ", -1);
        for (char **w = ws; *w; w++) {
            if (!**w)
                continue;
            if (in_line)
                g_string_append_c(page, ' ');
            gsize at = page->len;
            append_word(page, *w, r);
            if (vocab && g_rand_int_range(r, 0, 50) == 0)
                g_hash_table_add(vocab, g_strndup(page->str + at, page->len - at));
            total++;
            if (++in_line == 10) {
                g_string_append_c(page, '\n');
                in_line = 0;
                if (++lines == 50) {
                    at_index_doc_add_page(d, ++pages, page->str, page->len, NULL, (size_t)lines);
                    *bytes += page->len;
                    g_string_truncate(page, 0);
                    lines = 0;
                }
            }
        }
        g_strfreev(ws);
    }
    if (in_line) {
        g_string_append_c(page, '\n');
        lines++;
    }
    if (lines) {
        at_index_doc_add_page(d, ++pages, page->str, page->len, NULL, (size_t)lines);
        *bytes += page->len;
    }
    g_string_free(page, TRUE);
    at_index_doc_add_field(d, "kind", kinds[g_rand_int_range(r, 0, G_N_ELEMENTS(kinds))], 1, 1, 1);
    for (int p = g_rand_int_range(r, 1, 4); p > 0; p--)
        at_index_doc_add_field(d, "party", places[g_rand_int_range(r, 0, G_N_ELEMENTS(places))], 1, 2, 2);
    int y = g_rand_int_range(r, 1995, 2030);
    snprintf(dnr, sizeof dnr, "KS-%d/%d.%d", y, g_rand_int_range(r, 1, 2000), g_rand_int_range(r, 100, 200));
    snprintf(year, sizeof year, "%d", y);
    at_index_doc_add_field(d, "dnr", dnr, 1, 3, 3);
    at_index_doc_add_field(d, "year", year, 1, 4, 4);
    return d;
}

static gint by_double(gconstpointer a, gconstpointer b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* Run the queries; print count, hits, p50, p95 and the slowest. */
static void time_queries(at_index *ix, const char *what, GPtrArray *queries)
{
    GArray *ms = g_array_new(FALSE, FALSE, sizeof(double));
    size_t hits = 0;
    for (guint i = 0; i < queries->len; i++) {
        at_error err = AT_ERROR_INIT;
        at_search_results *res = NULL;
        double t0 = now();
        if (at_index_search(ix, g_ptr_array_index(queries, i), NULL, &res, &err) < 0) {
            fprintf(stderr, "query %s: %s\n", (const char *)g_ptr_array_index(queries, i), err.message);
            continue;
        }
        double t = (now() - t0) * 1000;
        g_array_append_val(ms, t);
        hits += at_search_results_count(res);
        at_search_results_free(res);
    }
    g_array_sort(ms, by_double);
    if (ms->len)
        printf("%-28s %4u queries, %5.2f hits each: p50 %6.2f ms, p95 %6.2f ms, max %6.2f ms\n", what, ms->len,
               (double)hits / ms->len, g_array_index(ms, double, ms->len / 2),
               g_array_index(ms, double, (guint)(ms->len * 0.95)), g_array_index(ms, double, ms->len - 1));
    g_array_free(ms, TRUE);
}

static void add_field_queries(GPtrArray *q, GRand *r, int n)
{
    for (int i = 0; i < n; i++) {
        const char *place = places[g_rand_int_range(r, 0, G_N_ELEMENTS(places))];
        int y = g_rand_int_range(r, 1995, 2030);
        switch (i % 4) {
        case 0: g_ptr_array_add(q, g_strdup_printf("party:\"%s\"", place)); break;
        case 1: g_ptr_array_add(q, g_strdup_printf("year:%d", y)); break;
        case 2: g_ptr_array_add(q, g_strdup_printf("kind:%s party:\"%s\"", kinds[i % 5], place)); break;
        default: g_ptr_array_add(q, g_strdup_printf("dnr:KS-%d/%d", y, g_rand_int_range(r, 1, 2000))); break;
        }
    }
}

int main(int argc, char **argv)
{
    int docs = 10000, words = 3000, queries = 200;
    gboolean reuse = FALSE;
    char *index_path = NULL, **files = NULL;
    GOptionEntry entries[] = {
        { "docs", 0, 0, G_OPTION_ARG_INT, &docs, "documents (10000)", "N" },
        { "words", 0, 0, G_OPTION_ARG_INT, &words, "words a document (3000)", "W" },
        { "queries", 0, 0, G_OPTION_ARG_INT, &queries, "queries of each sort (200)", "Q" },
        { "index", 0, 0, G_OPTION_ARG_FILENAME, &index_path, "index file (default: a temporary one, removed)", "FILE" },
        { "reuse", 0, 0, G_OPTION_ARG_NONE, &reuse, "query the index FILE made before, same --docs and --words", NULL },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FIXTURE..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("FIXTURE... - search index benchmark");
    g_option_context_add_main_entries(ctx, entries, NULL);
    if (!g_option_context_parse(ctx, &argc, &argv, NULL) || !files || (reuse && !index_path)) {
        fprintf(stderr, "usage: bench_search [--docs N] [--words W] [--queries Q] [--index FILE [--reuse]] FIXTURE...\n");
        return 2;
    }
    at_error err = AT_ERROR_INIT;
    at_dict *dict = NULL;
    if (at_dict_open(&dict, at_dict_default_path(), &err) < 0) {
        fprintf(stderr, "dictionary: %s\n", err.message);
        return 3;
    }
    bool temporary = !index_path;
    char *path = index_path ? g_strdup(index_path) : g_strdup_printf("%s/bench-search-%d.sqlite", g_get_tmp_dir(), (int)getpid());
    if (!reuse)
        g_unlink(path);
    at_index_options opts = AT_INDEX_OPTIONS_INIT;
    opts.dict = dict;
    opts.create = !reuse;
    at_index *ix = NULL;
    if (at_index_open(&ix, path, &opts, &err) < 0) {
        fprintf(stderr, "%s: %s\n", path, err.message);
        return 3;
    }
    GPtrArray *sentences = read_sentences(files);
    GRand *r = g_rand_new_with_seed(20261130);
    GHashTable *vocab = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    size_t bytes = 0;
    double indexing = 0, t_all = now();
    for (int i = 0; i < docs; i++) {
        at_index_doc *d = make_doc(i, sentences, words, r, &bytes, vocab);
        double t0 = now();
        if (!reuse && ((i % 500 == 0 && at_index_begin(ix, &err) < 0) || at_index_put(ix, d, &err) < 0 ||
            ((i % 500 == 499 || i == docs - 1) && at_index_commit(ix, &err) < 0))) {
            fprintf(stderr, "indexing: %s\n", err.message);
            return 3;
        }
        indexing += now() - t0;
        at_index_doc_free(d);
    }
    GStatBuf st;
    char *wal = g_strconcat(path, "-wal", NULL);
    long long size = g_stat(path, &st) == 0 ? (long long)st.st_size : 0;
    long long wal_size = g_stat(wal, &st) == 0 ? (long long)st.st_size : 0;
    if (reuse)
        printf("reused the index of %d documents (%.1f MB of text, %d words each)\n", docs, bytes / 1e6, words);
    else
        printf("indexed %d documents (%.1f MB of text, %d words each) in %.1f s (%.1f s with making them), one core\n",
               docs, bytes / 1e6, words, indexing, now() - t_all);
    printf("index %.1f MB (+ %.1f MB write-ahead log) = %.2f x the text\n", size / 1e6, wal_size / 1e6,
           (double)size / (double)bytes);
    GPtrArray *vq = g_ptr_array_new_with_free_func(g_free), *fq = g_ptr_array_new_with_free_func(g_free),
              *cq = g_ptr_array_new_with_free_func(g_free);
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, vocab);
    while (g_hash_table_iter_next(&it, &key, NULL) && vq->len < (guint)queries)
        if (g_utf8_strlen(key, -1) >= 4 && !g_ascii_isdigit(*(char *)key) && !strchr(key, ':'))
            g_ptr_array_add(vq, g_strdup(key)); /* "word:" would be a field filter */
    add_field_queries(fq, r, queries);
    for (int i = 0; i < queries && vq->len; i++)
        g_ptr_array_add(cq, g_strdup_printf("%s %s", (const char *)g_ptr_array_index(vq, (guint)i % vq->len),
                                            (const char *)g_ptr_array_index(fq, (guint)i))); 
    time_queries(ix, "word queries", vq);
    time_queries(ix, "field queries", fq);
    time_queries(ix, "word + field queries", cq);
    at_index_close(ix);
    if (temporary) {
        g_unlink(path);
        g_unlink(wal);
        char *shm = g_strconcat(path, "-shm", NULL);
        g_unlink(shm);
        g_free(shm);
    }
    g_free(wal);
    g_free(path);
    g_ptr_array_free(vq, TRUE);
    g_ptr_array_free(fq, TRUE);
    g_ptr_array_free(cq, TRUE);
    g_hash_table_destroy(vocab);
    g_ptr_array_free(sentences, TRUE);
    g_rand_free(r);
    at_dict_free(dict);
    g_strfreev(files);
    g_free(index_path);
    g_option_context_free(ctx);
    return 0;
}
