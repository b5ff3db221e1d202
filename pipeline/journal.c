/* The run journal's front: picks the backend and hands every call to it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pipeline/journal.h"

#include <glib.h>
#include <string.h>

struct at_journal {
    const at_journal_backend_ops *ops;
    void *state;
};

static const char *const state_names[] = { [AT_JOURNAL_RUNNING] = "running", [AT_JOURNAL_DONE] = "done",
                                           [AT_JOURNAL_FAILED] = "failed", [AT_JOURNAL_QUEUED] = "queued" };

const char *at_journal_state_name(at_journal_state state)
{
    return state_names[state];
}

at_journal_state at_journal_state_from_name(const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS(state_names); i++)
        if (g_strcmp0(name, state_names[i]) == 0)
            return (at_journal_state)i;
    return AT_JOURNAL_RUNNING;
}

static const at_journal_backend_ops *backend_ops(at_journal_backend backend)
{
    switch (backend) {
    case AT_JOURNAL_SQLITE:
        return &at_journal_sqlite_ops;
    case AT_JOURNAL_POSTGRESQL:
        return &at_journal_pg_ops;
    }
    return NULL;
}

int at_journal_open(at_journal_backend backend, const char *location, const char *outdir, at_journal **out,
                    at_error *err)
{
    const at_journal_backend_ops *ops = backend_ops(backend);
    if (!ops)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "unknown journal backend %d", (int)backend);
    if (!location && !ops->default_file)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "the %s journal needs a location", ops->name);
    char *path = location ? NULL : g_build_filename(outdir, ops->default_file, NULL);
    void *state = NULL;
    int rc = ops->open(location ? location : path, &state, err);
    g_free(path);
    if (rc < 0)
        return rc;
    at_journal *j = g_new(at_journal, 1);
    j->ops = ops;
    j->state = state;
    *out = j;
    return 0;
}

void at_journal_close(at_journal *j)
{
    if (!j)
        return;
    j->ops->close(j->state);
    g_free(j);
}

char *at_journal_describe(at_journal_backend backend, const char *location)
{
    const at_journal_backend_ops *ops = backend_ops(backend);
    return ops && location ? ops->describe(location) : g_strdup(location);
}

const char *at_journal_name(const at_journal *j)
{
    return j->ops->name;
}

int at_journal_use_batch(at_journal *j, const char *id, const char *outdir, bool create, at_error *err)
{
    return j->ops->use_batch(j->state, id, outdir, create, err);
}

int at_journal_get(at_journal *j, const char *source, at_journal_entry *out, bool *found, at_error *err)
{
    memset(out, 0, sizeof *out);
    out->confidence = -1;
    *found = false;
    int rc = j->ops->get(j->state, source, out, found, err);
    if (rc < 0 || !*found)
        at_journal_entry_clear(out);
    return rc;
}

int at_journal_put(at_journal *j, const char *source, const at_journal_entry *e, at_error *err)
{
    return j->ops->put(j->state, source, e, err);
}

int at_journal_enqueue(at_journal *j, const at_journal_item *items, size_t n, size_t *queued, at_error *err)
{
    *queued = 0;
    return j->ops->enqueue(j->state, items, n, queued, err);
}

int at_journal_claim_next(at_journal *j, int lease, int max_attempts, at_journal_claim *out, bool *found, size_t *held,
                          at_error *err)
{
    memset(out, 0, sizeof *out);
    *found = false;
    *held = 0;
    int rc = j->ops->claim(j->state, lease, max_attempts, out, found, held, err);
    if (rc < 0 || !*found)
        at_journal_claim_clear(out);
    return rc;
}

int at_journal_renew(at_journal *j, int lease, at_error *err)
{
    return j->ops->renew(j->state, lease, err);
}

int at_journal_wait(at_journal *j, int timeout_ms, at_error *err)
{
    return j->ops->wait(j->state, timeout_ms, err);
}

int at_journal_finish(at_journal *j, const at_journal_claim *c, const at_journal_entry *e, bool *kept, at_error *err)
{
    *kept = false;
    return j->ops->finish(j->state, c, e, kept, err);
}

int at_journal_counts_get(at_journal *j, double window, at_journal_counts *out, at_error *err)
{
    memset(out, 0, sizeof *out);
    return j->ops->counts(j->state, window, out, err);
}

int at_journal_list(at_journal *j, at_journal_list_fn fn, void *data, at_error *err)
{
    return j->ops->list(j->state, fn, data, err);
}

void at_journal_entry_clear(at_journal_entry *e)
{
    g_free(e->package);
    g_free(e->kind);
    g_free(e->error);
    memset(e, 0, sizeof *e);
    e->confidence = -1;
}

void at_journal_claim_clear(at_journal_claim *c)
{
    g_free(c->source);
    memset(c, 0, sizeof *c);
}
