/* The batch file: which journal batch an output folder holds, where its journal is, and its workers' options.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * OUTDIR/arkivtext-batch.ini is written when a batch is first enqueued (or a
 * single run uses a journal outside the folder). Its id is also in the
 * journal: a worker whose folder holds another id, or none, is looking at
 * another folder than the one enqueued and claims nothing.
 */
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <errno.h>
#include <string.h>

#define BATCH_FILE "arkivtext-batch.ini"
#define GROUP "batch"

at_journal_backend at_pipeline_journal_backend(const char *location)
{
    if (!location)
        return AT_JOURNAL_SQLITE;
    if (g_str_has_prefix(location, "postgresql://") || g_str_has_prefix(location, "postgres://"))
        return AT_JOURNAL_POSTGRESQL;
    /* libpq's key=value form: a path to a SQLite file has no "dbname=" or "host=" in it */
    return strstr(location, "dbname=") || strstr(location, "host=") || strstr(location, "service=")
               ? AT_JOURNAL_POSTGRESQL
               : AT_JOURNAL_SQLITE;
}

void at_pipeline_batch_clear(at_pipeline_batch *b)
{
    g_free(b->id);
    g_free(b->journal);
    g_strfreev(b->args);
    memset(b, 0, sizeof *b);
}

int at_pipeline_batch_read(const char *outdir, at_pipeline_batch *out, at_error *err)
{
    memset(out, 0, sizeof *out);
    char *path = g_build_filename(outdir, BATCH_FILE, NULL);
    GKeyFile *kf = g_key_file_new();
    GError *gerr = NULL;
    int rc = 0;
    if (!g_key_file_load_from_file(kf, path, G_KEY_FILE_NONE, &gerr)) {
        rc = gerr->domain == G_FILE_ERROR && gerr->code == G_FILE_ERROR_NOENT
                 ? at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, outdir,
                                "no batch here (no %s): enqueue first (arkivtext run --enqueue … -o DIR), or this "
                                "machine sees another folder than the one enqueued",
                                BATCH_FILE)
                 : at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, path, "unreadable batch file: %s", gerr->message);
        g_clear_error(&gerr);
    } else if (!(out->id = g_key_file_get_string(kf, GROUP, "id", NULL)) || !*out->id) {
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, path, "batch file without an id");
    } else {
        out->journal = g_key_file_get_string(kf, GROUP, "journal", NULL);
        out->args = g_key_file_get_string_list(kf, GROUP, "options", NULL, NULL);
        if (!out->args)
            out->args = g_new0(char *, 1);
    }
    if (rc < 0)
        at_pipeline_batch_clear(out);
    g_key_file_free(kf);
    g_free(path);
    return rc;
}

static int batch_write(const char *outdir, const at_pipeline_batch *b, at_error *err)
{
    GKeyFile *kf = g_key_file_new();
    g_key_file_set_comment(kf, NULL, NULL,
                           " arkivtext batch: the workers of this folder check this id against the journal", NULL);
    g_key_file_set_string(kf, GROUP, "id", b->id);
    if (b->journal)
        g_key_file_set_string(kf, GROUP, "journal", b->journal);
    g_key_file_set_string_list(kf, GROUP, "options", (const char *const *)b->args, g_strv_length(b->args));
    gsize len;
    char *text = g_key_file_to_data(kf, &len, NULL);
    char *path = g_build_filename(outdir, BATCH_FILE, NULL);
    int rc = at_atomic_write(path, text, len, AT_STAGE_PIPELINE, err);
    g_free(path);
    g_free(text);
    g_key_file_free(kf);
    return rc;
}

bool at_pipeline_batch_needed(const at_pipeline *p)
{
    return p->opts.journal != AT_JOURNAL_SQLITE || p->opts.journal_location;
}

static bool same_args(char **stored, const char *const *args)
{
    size_t n = args ? g_strv_length((char **)args) : 0;
    if (g_strv_length(stored) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (strcmp(stored[i], args[i]) != 0)
            return false;
    return true;
}

/* A new batch: in the journal first, then the file (a file without its journal row would mislead workers). */
static int batch_create(at_pipeline *p, const char *const *args, at_error *err)
{
    at_pipeline_batch b = { g_uuid_string_random(), NULL, g_strdupv((char **)args) };
    if (!b.args)
        b.args = g_new0(char *, 1);
    if (p->opts.journal_location)
        b.journal = at_journal_describe(p->opts.journal, p->opts.journal_location);
    int rc = at_journal_use_batch(p->journal, b.id, p->opts.outdir, true, err);
    if (rc == 0)
        rc = batch_write(p->opts.outdir, &b, err);
    at_pipeline_batch_clear(&b);
    return rc;
}

int at_pipeline_journal_scope(at_journal *j, const char *outdir, at_error *err)
{
    char *path = g_build_filename(outdir, BATCH_FILE, NULL);
    bool exists = g_file_test(path, G_FILE_TEST_EXISTS);
    g_free(path);
    at_pipeline_batch b;
    int rc = exists ? at_pipeline_batch_read(outdir, &b, err) : 0;
    if (exists && rc == 0) {
        rc = at_journal_use_batch(j, b.id, outdir, false, err);
        at_pipeline_batch_clear(&b);
    }
    return rc;
}

int at_pipeline_bind_batch(at_pipeline *p, bool create, const char *const *args, at_error *err)
{
    char *path = g_build_filename(p->opts.outdir, BATCH_FILE, NULL);
    bool exists = g_file_test(path, G_FILE_TEST_EXISTS);
    g_free(path);
    if (!exists)
        return create ? batch_create(p, args, err) : 0;
    at_pipeline_batch b;
    int rc = at_pipeline_batch_read(p->opts.outdir, &b, err);
    if (rc == 0)
        rc = at_journal_use_batch(p->journal, b.id, p->opts.outdir, false, err);
    if (rc == 0 && args && !same_args(b.args, args)) {
        if (!p->opts.force)
            rc = at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, p->opts.outdir,
                              "this batch was enqueued with other options; --force enqueues with the new ones "
                              "(workers started before keep the old)");
        else {
            g_strfreev(b.args);
            b.args = g_strdupv((char **)args);
            rc = batch_write(p->opts.outdir, &b, err);
        }
    }
    at_pipeline_batch_clear(&b);
    return rc;
}

static void progress_from(const at_journal_counts *c, at_pipeline_progress *out)
{
    *out = (at_pipeline_progress){ .queued = c->queued, .running = c->running, .done = c->done, .failed = c->failed,
                                   .orphaned = c->orphaned, .pages = c->pages, .eta_seconds = -1 };
    out->documents = c->queued + c->running + c->done + c->failed;
    if (c->recent_seconds > 0 && c->recent_done > 0) {
        out->pages_per_minute = (double)c->recent_pages * 60 / c->recent_seconds;
        out->documents_per_minute = (double)c->recent_done * 60 / c->recent_seconds;
        out->eta_seconds = (double)(c->queued + c->running) * 60 / out->documents_per_minute;
    } else if (c->queued + c->running == 0) {
        out->eta_seconds = 0;
    }
}

/* How far back "pages per minute" looks. */
#define RATE_WINDOW 600.0

int at_pipeline_progress_read(const char *outdir, const char *journal, at_pipeline_progress *out, at_error *err)
{
    memset(out, 0, sizeof *out);
    at_pipeline_batch b = { 0 };
    char *path = g_build_filename(outdir, BATCH_FILE, NULL);
    bool has_batch = g_file_test(path, G_FILE_TEST_EXISTS);
    g_free(path);
    int rc = has_batch ? at_pipeline_batch_read(outdir, &b, err) : 0;
    const char *location = journal ? journal : b.journal;
    char *sqlite_default = g_build_filename(outdir, "journal.sqlite", NULL);
    at_journal *j = NULL;
    if (rc == 0 && !location && !g_file_test(sqlite_default, G_FILE_TEST_EXISTS))
        rc = at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, outdir,
                          "no journal here: not an output folder of arkivtext run "
                          "(or name the journal with --journal)");
    if (rc == 0)
        rc = at_journal_open(at_pipeline_journal_backend(location), location, outdir, &j, err);
    if (rc == 0 && b.id)
        rc = at_journal_use_batch(j, b.id, outdir, false, err);
    at_journal_counts c;
    if (rc == 0)
        rc = at_journal_counts_get(j, RATE_WINDOW, &c, err);
    if (rc == 0)
        progress_from(&c, out);
    at_journal_close(j);
    g_free(sqlite_default);
    at_pipeline_batch_clear(&b);
    return rc;
}
