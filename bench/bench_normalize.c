/* Benchmark: dictionary load time, normalizer throughput on one core, peak RSS.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench_normalize [--mb N] TEXT...
 * The TEXTs (clean Swedish) are stripped of diacritics and normalized in 1 MB
 * pieces as `arkivtext normalize` does, N MB in all (default 50). Texts
 * shorter than N MB are cycled, which flatters the per-run candidate cache:
 * give a large text (bench/run) for figures that count.
 * Prints the figures; asserts nothing (targets: load <= 50 ms, >= 10 MB/s,
 * peak RSS <= 200 MB). */
#include "arkivtext/arkivtext.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static double now(void)
{
    return (double)g_get_monotonic_time() / 1e6;
}

static char *strip(const char *text)
{
    char *nfd = g_utf8_normalize(text, -1, G_NORMALIZE_NFD);
    GString *out = g_string_new(NULL);
    for (const char *p = nfd; *p; p = g_utf8_next_char(p))
        if (!g_unichar_ismark(g_utf8_get_char(p)))
            g_string_append_unichar(out, g_utf8_get_char(p));
    g_free(nfd);
    return g_string_free(out, FALSE);
}

int main(int argc, char **argv)
{
    size_t mb = 50;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--mb") == 0) {
        mb = (size_t)atoi(argv[2]);
        first = 3;
    }
    GString *sample = g_string_new(NULL);
    for (int i = first; i < argc; i++) {
        char *text;
        if (!g_file_get_contents(argv[i], &text, NULL, NULL)) {
            fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        }
        char *stripped = strip(text);
        g_string_append(sample, stripped);
        g_string_append(sample, "\n\n");
        g_free(stripped);
        g_free(text);
    }
    if (sample->len == 0) {
        fprintf(stderr, "usage: bench_normalize [--mb N] TEXT...\n");
        return 2;
    }
    at_error err = AT_ERROR_INIT;
    /* Load: open (mmap + checks) and a first lookup, cold pages aside; the median of 9 runs. */
    double loads[9];
    at_dict *dict = NULL;
    for (int i = 0; i < 9; i++) {
        double t0 = now();
        if (at_dict_open(&dict, at_dict_default_path(), &err) < 0) {
            char msg[600];
            fprintf(stderr, "%s\n", at_error_format(&err, msg, sizeof msg));
            return 1;
        }
        at_dict_entry e;
        at_dict_lookup(dict, "sodertorn", 9, &e, 1);
        loads[i] = now() - t0;
        if (i < 8)
            at_dict_free(dict);
    }
    for (int i = 1; i < 9; i++)
        for (int j = i; j > 0 && loads[j] < loads[j - 1]; j--) {
            double t = loads[j];
            loads[j] = loads[j - 1];
            loads[j - 1] = t;
        }
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    if (at_rules_load(&rules, at_rules_default_path(), &err) < 0 || at_normalizer_new(&n, dict, rules, NULL, &err) < 0) {
        char msg[600];
        fprintf(stderr, "%s\n", at_error_format(&err, msg, sizeof msg));
        return 1;
    }
    size_t target = mb << 20, done = 0, words = 0, changed = 0;
    FILE *sink = fopen("/dev/null", "w");
    double t0 = now();
    size_t pos = 0;
    while (done < target) {
        /* One piece: the next 1 MB of the sample (cut at white space), wrapping around. */
        GString *piece = g_string_new(NULL);
        while (piece->len < (1u << 20)) {
            size_t end = MIN(sample->len, pos + (1u << 20) - piece->len);
            while (end < sample->len && !g_ascii_isspace(sample->str[end]))
                end++;
            g_string_append_len(piece, sample->str + pos, (gssize)(end - pos));
            pos = end < sample->len ? end : 0;
        }
        at_doc *doc = NULL;
        at_normalize_stats st;
        if (at_doc_from_text(&doc, "bench", piece->str, piece->len, NULL, &err) < 0 ||
            at_normalize_doc(n, doc, &st, &err) < 0 || at_doc_write_text(doc, sink, NULL, NULL, &err) < 0) {
            char msg[600];
            fprintf(stderr, "%s\n", at_error_format(&err, msg, sizeof msg));
            return 1;
        }
        words += st.words;
        changed += st.changed;
        done += piece->len;
        at_doc_free(doc);
        g_string_free(piece, TRUE);
    }
    double secs = now() - t0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    if (sample->len < target)
        printf("note: the %.1f MB sample was cycled to fill %zu MB; repeated words hit the cache\n",
               sample->len / 1048576.0, mb);
    printf("dictionary load (median of 9): %.2f ms   [target <= 50 ms]\n", loads[4] * 1e3);
    printf("normalize: %.1f MB in %.2f s = %.2f MB/s on one core, %.0f words/s, %.1f %% of words changed   [target >= 10 MB/s]\n",
           done / 1048576.0, secs, done / 1048576.0 / secs, words / secs, 100.0 * changed / (double)words);
    printf("peak RSS: %.1f MB   [target <= 200 MB]\n", ru.ru_maxrss / 1024.0);
    fclose(sink);
    at_normalizer_free(n);
    at_rules_free(rules);
    at_dict_free(dict);
    g_string_free(sample, TRUE);
    return 0;
}
