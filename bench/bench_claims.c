/* How many claims a journal serves: N claimers, each its own session and thread, claim and finish documents
 * until none is left; prints claims per second and the latency of a claim (median, p99, max).
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench_claims LOCATION CLAIMERS DOCUMENTS [WORK_MS]
 * LOCATION is a journal as `arkivtext run --journal` takes it (postgresql://… or a SQLite file). The
 * documents are registered first (a batch of their own); the clock runs from the moment every claimer
 * is connected until the last document is done. Claims that found nothing (the end of the queue) are
 * not counted.
 * Without WORK_MS every claimer claims again as soon as it has finished: the most the database serves.
 * With it, claimers behave as workers do: each starts within the first WORK_MS (workers of an array job
 * do not start in the same millisecond) and holds each document for 0.5–1.5 × WORK_MS, as if processing
 * it, before it finishes it and claims the next: the latency a worker sees with that many others.
 */
#include "pipeline/journal.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct bench bench;

typedef struct {
    bench *bench;
    at_journal *journal;
    GArray *claim_ms;  /* double: each successful claim */
    GArray *finish_ms; /* double: each finish */
    GRand *rand;       /* this claimer's start delay and work times */
    at_error err;
} claimer;

struct bench {
    claimer *claimers;
    int n;
    int work_ms; /* 0: claim again at once */
    gint ready;  /* claimers connected and waiting */
    gint go;     /* the start */
};

/* A random pause of lo..hi times the work time (none without one). */
static void pause_work(claimer *c, double lo, double hi)
{
    if (c->bench->work_ms > 0)
        g_usleep((gulong)(g_rand_double_range(c->rand, lo, hi) * c->bench->work_ms * 1000));
}

static double ms_since(gint64 t0)
{
    return (double)(g_get_monotonic_time() - t0) / 1000.0;
}

static gpointer claim_all(gpointer data)
{
    claimer *c = data;
    g_atomic_int_inc(&c->bench->ready);
    while (!g_atomic_int_get(&c->bench->go))
        g_usleep(100);
    pause_work(c, 0, 1);
    at_journal_entry done = { .state = AT_JOURNAL_DONE, .pages = 1, .confidence = -1 };
    for (;;) {
        at_journal_claim claim;
        bool found, kept;
        size_t held;
        gint64 t0 = g_get_monotonic_time();
        if (at_journal_claim_next(c->journal, 300, 5, &claim, &found, &held, &c->err) < 0 || !found)
            break;
        double ms = ms_since(t0);
        g_array_append_val(c->claim_ms, ms);
        pause_work(c, 0.5, 1.5);
        g_strlcpy(done.sha256, claim.sha256, sizeof done.sha256);
        t0 = g_get_monotonic_time();
        int rc = at_journal_finish(c->journal, &claim, &done, &kept, &c->err);
        ms = ms_since(t0);
        g_array_append_val(c->finish_ms, ms);
        at_journal_claim_clear(&claim);
        if (rc < 0)
            break;
    }
    return NULL;
}

static int by_value(gconstpointer a, gconstpointer b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double quantile(GArray *sorted, double q)
{
    if (!sorted->len)
        return 0;
    guint i = (guint)(q * (sorted->len - 1) + 0.5);
    return g_array_index(sorted, double, i);
}

static GArray *gather(const bench *b, bool finish)
{
    GArray *all = g_array_new(FALSE, FALSE, sizeof(double));
    for (int i = 0; i < b->n; i++) {
        GArray *a = finish ? b->claimers[i].finish_ms : b->claimers[i].claim_ms;
        g_array_append_vals(all, a->data, a->len);
    }
    g_array_sort(all, by_value);
    return all;
}

/* Register `n` documents in a batch of their own; returns the batch id. */
static char *set_up(const char *location, long n)
{
    at_error err = AT_ERROR_INIT;
    at_journal *j = NULL;
    char *id = g_uuid_string_random();
    at_journal_item *items = g_new0(at_journal_item, n);
    char **names = g_new0(char *, n);
    for (long i = 0; i < n; i++) {
        names[i] = g_strdup_printf("/bench/%s/%06ld.tif", id, i);
        items[i] = (at_journal_item){ names[i], "0000000000000000000000000000000000000000000000000000000000000000",
                                      1000 + i % 977, false };
    }
    size_t queued = 0;
    if (at_journal_open(at_pipeline_journal_backend(location), location, "/tmp", &j, &err) < 0 ||
        at_journal_use_batch(j, id, "/bench", true, &err) < 0 ||
        at_journal_enqueue(j, items, (size_t)n, &queued, &err) < 0) {
        char msg[1024];
        fprintf(stderr, "bench_claims: %s\n", at_error_format(&err, msg, sizeof msg));
        exit(1);
    }
    at_journal_close(j);
    for (long i = 0; i < n; i++)
        g_free(names[i]);
    g_free(names);
    g_free(items);
    return id;
}

int main(int argc, char **argv)
{
    if (argc != 4 && argc != 5) {
        fprintf(stderr, "usage: bench_claims LOCATION CLAIMERS DOCUMENTS [WORK_MS]\n");
        return 2;
    }
    const char *location = argv[1];
    int n = atoi(argv[2]);
    long docs = atol(argv[3]);
    char *batch = set_up(location, docs);
    bench b = { g_new0(claimer, n), n, argc == 5 ? atoi(argv[4]) : 0, 0, 0 };
    for (int i = 0; i < n; i++) {
        claimer *c = &b.claimers[i];
        c->bench = &b;
        c->claim_ms = g_array_new(FALSE, FALSE, sizeof(double));
        c->finish_ms = g_array_new(FALSE, FALSE, sizeof(double));
        c->rand = g_rand_new_with_seed((guint32)i + 1);
        c->err = (at_error)AT_ERROR_INIT;
        if (at_journal_open(at_pipeline_journal_backend(location), location, "/tmp", &c->journal, &c->err) < 0 ||
            at_journal_use_batch(c->journal, batch, "/bench", false, &c->err) < 0) {
            char msg[1024];
            fprintf(stderr, "bench_claims: claimer %d: %s\n", i, at_error_format(&c->err, msg, sizeof msg));
            return 1;
        }
    }
    GThread **threads = g_new(GThread *, n);
    for (int i = 0; i < n; i++)
        threads[i] = g_thread_new("claimer", claim_all, &b.claimers[i]);
    while (g_atomic_int_get(&b.ready) < n)
        g_usleep(1000);
    gint64 t0 = g_get_monotonic_time();
    g_atomic_int_set(&b.go, 1);
    for (int i = 0; i < n; i++)
        g_thread_join(threads[i]);
    double seconds = ms_since(t0) / 1000;
    GArray *claims = gather(&b, false), *finishes = gather(&b, true);
    int errors = 0;
    for (int i = 0; i < n; i++)
        errors += b.claimers[i].err.code != AT_OK;
    if (b.work_ms)
        printf("working %d ms per document (0.5-1.5x): ", b.work_ms);
    printf("%d claimers, %u documents claimed and finished in %.2f s: %.0f claims/s;"
           " claim latency median %.2f ms, p99 %.2f ms, max %.2f ms; finish p99 %.2f ms%s\n",
           n, claims->len, seconds, claims->len / seconds, quantile(claims, 0.5), quantile(claims, 0.99),
           quantile(claims, 1.0), quantile(finishes, 0.99), errors ? "; ERRORS" : "");
    int status = errors || claims->len == 0 ? 1 : 0;
    for (int i = 0; i < n; i++) {
        at_journal_close(b.claimers[i].journal);
        g_array_free(b.claimers[i].claim_ms, TRUE);
        g_array_free(b.claimers[i].finish_ms, TRUE);
        g_rand_free(b.claimers[i].rand);
    }
    g_array_free(claims, TRUE);
    g_array_free(finishes, TRUE);
    g_free(threads);
    g_free(b.claimers);
    g_free(batch);
    return status;
}
