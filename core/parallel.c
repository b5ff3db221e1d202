/* Work spread over threads that the caller joins before it goes on.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a GThreadPool: its threads outlive the pool (kept idle for the next one, leaving on a 15 s timer),
 * so one may be leaving just as the process exits, and LeakSanitizer's exit check then dies reading it
 * ("Tracer caught signal 11"; seen in `run -j 2` under ASan: the stop's CI failed on it). */
#include "arkivtext/io.h"

#include <glib.h>

typedef struct {
    void *const *items;
    guint n;
    void (*each)(void *item, void *data);
    void *data;
    gint next; /* the next item to take, taken atomically */
} parallel;

static gpointer take_items(gpointer arg)
{
    parallel *w = arg;
    for (guint i; (i = (guint)g_atomic_int_add(&w->next, 1)) < w->n;)
        w->each(w->items[i], w->data);
    return NULL;
}

void at_parallel(void *const *items, unsigned n, int jobs, void (*each)(void *item, void *data), void *data)
{
    parallel w = { items, n, each, data, 0 };
    guint wanted = MIN((guint)MAX(jobs, 1), n), started = 0;
    GThread **threads = g_new(GThread *, wanted ? wanted : 1);
    /* one job, or no thread to be had (a process limit), runs here: slower, never lost */
    while (wanted > 1 && started < wanted && (threads[started] = g_thread_try_new("worker", take_items, &w, NULL)))
        started++;
    if (started == 0)
        take_items(&w);
    for (guint t = 0; t < started; t++)
        g_thread_join(threads[t]);
    g_free(threads);
}
