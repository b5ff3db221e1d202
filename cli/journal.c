/* The run journal: one row per input document (content hash, state, package, figures) in SQLite,
 * so that a re-run skips finished documents and redoes half-finished ones.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WAL mode with synchronous=FULL: a row marked done survives a crash of
 * the machine, and it is only marked done after its package was renamed
 * into place. A document left "running" by a killed run is simply redone.
 */
#include "cli/journal.h"

#include <sqlite3.h>
#include <string.h>

struct at_journal {
    sqlite3 *db;
    GMutex lock;
    char *path;
};

static int db_error(at_journal *j, const char *what, at_error *err)
{
    return at_error_set(err, AT_EIO, AT_STAGE_CLI, j->path, "journal: %s: %s", what, sqlite3_errmsg(j->db));
}

int at_journal_open(const char *path, at_journal **out, at_error *err)
{
    at_journal *j = g_new0(at_journal, 1);
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
        at_journal_close(j);
        return rc;
    }
    *out = j;
    return 0;
}

void at_journal_close(at_journal *j)
{
    if (!j)
        return;
    sqlite3_close(j->db);
    g_mutex_clear(&j->lock);
    g_free(j->path);
    g_free(j);
}

static char *column_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? g_strdup((const char *)t) : NULL;
}

bool at_journal_get(at_journal *j, const char *source, at_journal_entry *out)
{
    memset(out, 0, sizeof *out);
    out->confidence = -1;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    bool found = false;
    if (sqlite3_prepare_v2(j->db,
                           "SELECT sha256, state, package, kind, pages, words, words_changed, confidence, error"
                           " FROM documents WHERE source = ?1",
                           -1, &st, NULL) == SQLITE_OK &&
        sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
        found = true;
        const unsigned char *sha = sqlite3_column_text(st, 0);
        g_strlcpy(out->sha256, sha ? (const char *)sha : "", sizeof out->sha256);
        char *state = column_text(st, 1);
        out->state = g_strcmp0(state, "done") == 0 ? AT_JOURNAL_DONE
                     : g_strcmp0(state, "failed") == 0 ? AT_JOURNAL_FAILED
                                                        : AT_JOURNAL_RUNNING;
        g_free(state);
        out->package = column_text(st, 2);
        out->kind = column_text(st, 3);
        out->pages = sqlite3_column_int(st, 4);
        out->words = sqlite3_column_int64(st, 5);
        out->words_changed = sqlite3_column_int64(st, 6);
        out->confidence = sqlite3_column_type(st, 7) == SQLITE_NULL ? -1 : sqlite3_column_double(st, 7);
        out->error = column_text(st, 8);
    }
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return found;
}

void at_journal_entry_clear(at_journal_entry *e)
{
    g_free(e->package);
    g_free(e->kind);
    g_free(e->error);
    memset(e, 0, sizeof *e);
}

int at_journal_put(at_journal *j, const char *source, const at_journal_entry *e, at_error *err)
{
    static const char *const states[] = { [AT_JOURNAL_RUNNING] = "running", [AT_JOURNAL_DONE] = "done",
                                          [AT_JOURNAL_FAILED] = "failed" };
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "INSERT OR REPLACE INTO documents(source, sha256, state, package, kind, pages, words,"
                           " words_changed, confidence, error) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                           -1, &st, NULL) != SQLITE_OK) {
        rc = db_error(j, "cannot prepare", err);
    } else {
        sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, e->sha256, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 3, states[e->state], -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, e->package, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 5, e->kind, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 6, e->pages);
        sqlite3_bind_int64(st, 7, e->words);
        sqlite3_bind_int64(st, 8, e->words_changed);
        if (e->confidence >= 0)
            sqlite3_bind_double(st, 9, e->confidence);
        else
            sqlite3_bind_null(st, 9);
        sqlite3_bind_text(st, 10, e->error, -1, SQLITE_TRANSIENT);
        if (sqlite3_step(st) != SQLITE_DONE)
            rc = db_error(j, "cannot record", err);
    }
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}
