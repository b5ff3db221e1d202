/* The run journal's front: picks the backend and hands every call to it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pipeline/journal.h"

#include <glib.h>
#include <string.h>

struct at_journal {
    const at_journal_backend_ops *ops;
    void *state;
};

static const at_journal_backend_ops *backend_ops(at_journal_backend backend)
{
    switch (backend) {
    case AT_JOURNAL_SQLITE:
        return &at_journal_sqlite_ops;
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

void at_journal_entry_clear(at_journal_entry *e)
{
    g_free(e->package);
    g_free(e->kind);
    g_free(e->error);
    memset(e, 0, sizeof *e);
    e->confidence = -1;
}
