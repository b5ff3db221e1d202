/* Benchmark: dictionary load time, normalizer throughput on one core, peak RSS.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench_normalize [--mb N] TEXT
 * TEXT (damaged Swedish, e.g. from `arkivtext damage`) is read and normalized
 * in 1 MB pieces, as `arkivtext normalize` does, N MB in all (default 50);
 * a shorter TEXT is read again from the start, which flatters the per-run
 * candidate cache. Prints the figures; asserts nothing (targets: load
 * <= 50 ms, >= 10 MB/s, peak RSS <= 200 MB). bench/run prepares the text. */
#include "arkivtext/arkivtext.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static double now(void)
{
    return (double)g_get_monotonic_time() / 1e6;
}

/* This thread's CPU time: unlike the wall clock, what other jobs on the machine hardly change. */
static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void sort_times(double *t, int n)
{
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && t[j] < t[j - 1]; j--) {
            double x = t[j];
            t[j] = t[j - 1];
            t[j - 1] = x;
        }
}

/* The next piece of about 1 MB, cut at white space; wraps around at the end of the file. */
static GString *next_piece(FILE *in, GString *carry, bool *wrapped)
{
    GString *piece = g_string_new(carry->str);
    g_string_truncate(carry, 0);
    char buf[65536];
    while (piece->len < (1u << 20)) {
        size_t n = fread(buf, 1, sizeof buf, in);
        if (n == 0) {
            rewind(in);
            *wrapped = true;
            continue;
        }
        g_string_append_len(piece, buf, (gssize)n);
    }
    size_t cut = piece->len;
    while (cut > 0 && !g_ascii_isspace(piece->str[cut - 1]))
        cut--;
    g_string_append(carry, piece->str + cut);
    g_string_truncate(piece, cut);
    return piece;
}

int main(int argc, char **argv)
{
    size_t mb = 50;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--mb") == 0) {
        mb = (size_t)atoi(argv[2]);
        first = 3;
    }
    FILE *in = first < argc ? fopen(argv[first], "rb") : NULL;
    if (!in) {
        fprintf(stderr, "usage: bench_normalize [--mb N] TEXT\n");
        return 2;
    }
    at_error err = AT_ERROR_INIT;
    /* Load: open (mmap + checks) and a first lookup, cold pages aside; the median of 9 runs. */
    double loads[9], load_cpu[9];
    at_dict *dict = NULL;
    for (int i = 0; i < 9; i++) {
        double t0 = now(), c0 = cpu_now();
        if (at_dict_open(&dict, at_dict_default_path(), &err) < 0) {
            char msg[600];
            fprintf(stderr, "%s\n", at_error_format(&err, msg, sizeof msg));
            return 1;
        }
        at_dict_entry e;
        at_dict_lookup(dict, "sodertorn", 9, &e, 1);
        loads[i] = now() - t0;
        load_cpu[i] = cpu_now() - c0;
        if (i < 8)
            at_dict_free(dict);
    }
    sort_times(loads, 9);
    sort_times(load_cpu, 9);
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    if (at_rules_load(&rules, at_rules_default_path(), &err) < 0 || at_normalizer_new(&n, dict, rules, NULL, &err) < 0) {
        char msg[600];
        fprintf(stderr, "%s\n", at_error_format(&err, msg, sizeof msg));
        return 1;
    }
    size_t target = mb << 20, done = 0, words = 0, changed = 0;
    FILE *sink = fopen("/dev/null", "w");
    GString *carry = g_string_new(NULL);
    bool wrapped = false;
    double t0 = now();
    while (done < target) {
        GString *piece = next_piece(in, carry, &wrapped);
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
    if (wrapped)
        printf("note: the text was read more than once to fill %zu MB; repeated words hit the cache\n", mb);
    printf("dictionary load (median of 9): %.2f ms, %.2f ms of CPU   [target <= 50 ms]\n", loads[4] * 1e3,
           load_cpu[4] * 1e3);
    printf("normalize: %.1f MB in %.2f s = %.2f MB/s on one core, %.0f words/s, %.1f %% of words changed   [target >= 10 MB/s]\n",
           done / 1048576.0, secs, done / 1048576.0 / secs, words / secs, 100.0 * changed / (double)words);
    printf("peak RSS: %.1f MB   [target <= 200 MB]\n", ru.ru_maxrss / 1024.0);
    fclose(sink);
    at_normalizer_free(n);
    at_rules_free(rules);
    at_dict_free(dict);
    g_string_free(carry, TRUE);
    fclose(in);
    return 0;
}
