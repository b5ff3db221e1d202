/* The run journal in SQLite: one row per input document (content hash, state, package, figures).
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WAL mode with synchronous=FULL: a row marked done survives a crash of
 * the machine, and it is only marked done after its package was renamed
 * into place. A document left "running" by a killed run is simply redone.
 */
#include "pipeline/journal.h"

#include <glib.h>
#include <sqlite3.h>
#include <string.h>

typedef struct {
    sqlite3 *db;
    GMutex lock;
    char *path;
} sqlite_journal;

static int db_error(sqlite_journal *j, const char *what, at_error *err)
{
    return at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, j->path, "journal: %s: %s", what, sqlite3_errmsg(j->db));
}

static void sqlite_close(void *state)
{
    sqlite_journal *j = state;
    if (!j)
        return;
    sqlite3_close(j->db);
    g_mutex_clear(&j->lock);
    g_free(j->path);
    g_free(j);
}

static int sqlite_open(const char *path, void **state, at_error *err)
{
    sqlite_journal *j = g_new0(sqlite_journal, 1);
    j->path = g_strdup(path);
    g_mutex_init(&j->lock);
    static const char schema[] = "PRAGMA journal_mode=WAL;"
                                 "PRAGMA synchronous=FULL;"
                                 "CREATE TABLE IF NOT EXISTS documents("
                                 " source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, state TEXT NOT NULL,"
                                 " package TEXT, kind TEXT, pages INTEGER, words INTEGER, words_changed INTEGER,"
                                 " confidence REAL, error TEXT);";
    int rc = 0;
    if (sqlite3_open_v2(path, &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL) !=
        SQLITE_OK)
        rc = db_error(j, "cannot open", err);
    else if (sqlite3_busy_timeout(j->db, 10000) != SQLITE_OK || sqlite3_exec(j->db, schema, NULL, NULL, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot set up (not a journal?)", err);
    if (rc < 0) {
        sqlite_close(j);
        return rc;
    }
    *state = j;
    return 0;
}

static char *column_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? g_strdup((const char *)t) : NULL;
}

static void read_row(sqlite3_stmt *st, at_journal_entry *out)
{
    const unsigned char *sha = sqlite3_column_text(st, 0);
    g_strlcpy(out->sha256, sha ? (const char *)sha : "", sizeof out->sha256);
    const unsigned char *state = sqlite3_column_text(st, 1);
    out->state = g_strcmp0((const char *)state, "done") == 0     ? AT_JOURNAL_DONE
                 : g_strcmp0((const char *)state, "failed") == 0 ? AT_JOURNAL_FAILED
                                                                   : AT_JOURNAL_RUNNING;
    out->package = column_text(st, 2);
    out->kind = column_text(st, 3);
    out->pages = sqlite3_column_int(st, 4);
    out->words = sqlite3_column_int64(st, 5);
    out->words_changed = sqlite3_column_int64(st, 6);
    out->confidence = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 7);
    out->error = column_text(st, 8);
}

static int sqlite_get(void *state, const char *source, at_journal_entry *out, bool *found, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "SELECT sha256, state, package, kind, pages, words, words_changed, confidence, error"
                           " FROM documents WHERE source = ?1",
                           -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT) != SQLITE_OK) {
        rc = db_error(j, "cannot look up a document", err);
    } else {
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW) {
            *found = true;
            read_row(st, out);
        } else if (step != SQLITE_DONE) {
            rc = db_error(j, "cannot look up a document", err);
        }
    }
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}

/* Bind every column of an entry; false at the first bind that fails. */
static bool bind_entry(sqlite3_stmt *st, const char *source, const at_journal_entry *e)
{
    static const char *const states[] = { [AT_JOURNAL_RUNNING] = "running", [AT_JOURNAL_DONE] = "done",
                                          [AT_JOURNAL_FAILED] = "failed" };
    return sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_text(st, 2, e->sha256, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_text(st, 3, states[e->state], -1, SQLITE_STATIC) == SQLITE_OK &&
           sqlite3_bind_text(st, 4, e->package, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_text(st, 5, e->kind, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_int(st, 6, e->pages) == SQLITE_OK && sqlite3_bind_int64(st, 7, e->words) == SQLITE_OK &&
           sqlite3_bind_int64(st, 8, e->words_changed) == SQLITE_OK &&
           (e->confidence >= 0 ? sqlite3_bind_double(st, 9, e->confidence) : sqlite3_bind_null(st, 9)) == SQLITE_OK &&
           sqlite3_bind_text(st, 10, e->error, -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

static int sqlite_put(void *state, const char *source, const at_journal_entry *e, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "INSERT OR REPLACE INTO documents(source, sha256, state, package, kind, pages, words,"
                           " words_changed, confidence, error) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                           -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot prepare", err);
    else if (!bind_entry(st, source, e))
        rc = db_error(j, "cannot bind a value", err);
    else if (sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(j, "cannot record", err);
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}

const at_journal_backend_ops at_journal_sqlite_ops = {
    .name = "SQLite",
    .default_file = "journal.sqlite",
    .open = sqlite_open,
    .close = sqlite_close,
    .get = sqlite_get,
    .put = sqlite_put,
};
