/* The run journal's front: picks the backend and hands every call to it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"
#include "pipeline/journal.h"

#include <glib.h>
#include <string.h>

struct at_journal {
    const at_journal_backend_ops *ops;
    void *state;
};

static const at_module_spec sqlite_spec = { "SQLite", "ARKIVTEXT_SQLITE_MODULE", AT_SQLITE_MODULE_BUILD_PATH,
                                            AT_JOURNAL_SQLITE_ENTRY, AT_JOURNAL_SQLITE_ABI };
static const at_module_spec pg_spec = { "PostgreSQL", "ARKIVTEXT_PG_MODULE", AT_PG_MODULE_BUILD_PATH,
                                        AT_JOURNAL_PG_ENTRY, AT_JOURNAL_PG_ABI };

/* The backend's table into *ops, from its module, loaded the first time it is asked for. */
static int backend_ops(at_journal_backend backend, const at_journal_backend_ops **ops, at_error *err)
{
    static GOnce sqlite_once = G_ONCE_INIT, pg_once = G_ONCE_INIT;
    const at_module_table *m = NULL;
    switch (backend) {
    case AT_JOURNAL_SQLITE:
        m = at_module_load(&sqlite_once, &sqlite_spec);
        break;
    case AT_JOURNAL_POSTGRESQL:
        m = at_module_load(&pg_once, &pg_spec);
        break;
    }
    if (m) {
        *ops = m->table;
        return m->table ? 0 : at_error_set(err, AT_EDEPEND, AT_STAGE_PIPELINE, NULL, "%s", m->error);
    }
    return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "unknown journal backend %d", (int)backend);
}

int at_journal_open(at_journal_backend backend, const char *location, const char *outdir, at_journal **out,
                    at_error *err)
{
    const at_journal_backend_ops *ops = NULL;
    int rc = backend_ops(backend, &ops, err);
    if (rc < 0)
        return rc;
    if (!location && !ops->default_file)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "the %s journal needs a location", ops->name);
    char *path = location ? NULL : g_build_filename(outdir, ops->default_file, NULL);
    void *state = NULL;
    rc = ops->open(location ? location : path, &state, err);
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
    const at_journal_backend_ops *ops = NULL;
    backend_ops(backend, &ops, NULL);
    /* Called only for a journal already open, so with its module loaded. */
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
