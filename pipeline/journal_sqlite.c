/* The run journal in SQLite: one row per input document (content hash, state, package, figures, claim).
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * WAL mode with synchronous=FULL: a row marked done survives a crash of
 * the machine, and it is only marked done after its package was renamed
 * into place. A document left "running" by a killed run is simply redone.
 *
 * Workers of a shared batch may be several processes on this machine (SQLite
 * must not be shared over a network file system): a claim names its process
 * (host:pid), so a claim whose process is gone is free at once, and a lease
 * frees the claim of a process that hangs.
 */
#include "pipeline/journal.h"

#include <errno.h>
#include <glib.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    sqlite3 *db;
    GMutex lock;
    char *path;
    char *me;          /* host:pid, written into our claims */
    GArray *held;      /* claim keys (gint64) this process holds */
} sqlite_journal;

/* Version 1 was the documents table without its queue columns (user_version 0). */
static const char schema_v2[] =
    "CREATE TABLE IF NOT EXISTS documents("
    " source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, state TEXT NOT NULL,"
    " package TEXT, kind TEXT, pages INTEGER, words INTEGER, words_changed INTEGER,"
    " confidence REAL, error TEXT, size INTEGER NOT NULL DEFAULT 0, seq INTEGER, claim_key INTEGER,"
    " claimed_by TEXT, lease_until REAL, attempts INTEGER NOT NULL DEFAULT 0, started REAL, finished REAL);"
    "CREATE INDEX IF NOT EXISTS documents_state ON documents(state, size DESC, seq);"
    "CREATE TABLE IF NOT EXISTS batch(id TEXT NOT NULL, outdir TEXT NOT NULL);";
static const char upgrade_v1[] =
    "ALTER TABLE documents ADD COLUMN size INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE documents ADD COLUMN seq INTEGER;"
    "ALTER TABLE documents ADD COLUMN claim_key INTEGER;"
    "ALTER TABLE documents ADD COLUMN claimed_by TEXT;"
    "ALTER TABLE documents ADD COLUMN lease_until REAL;"
    "ALTER TABLE documents ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE documents ADD COLUMN started REAL;"
    "ALTER TABLE documents ADD COLUMN finished REAL;";

static double now_seconds(void)
{
    return (double)g_get_real_time() / 1e6;
}

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
    g_array_free(j->held, TRUE);
    g_free(j->me);
    g_free(j->path);
    g_free(j);
}

static int exec(sqlite_journal *j, const char *sql, const char *what, at_error *err)
{
    return sqlite3_exec(j->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : db_error(j, what, err);
}

static int table_exists(sqlite_journal *j, const char *name, bool *exists)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(j->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1, &st, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    int step = rc == SQLITE_OK ? sqlite3_step(st) : SQLITE_ERROR;
    *exists = step == SQLITE_ROW;
    sqlite3_finalize(st);
    return step == SQLITE_ROW || step == SQLITE_DONE ? 0 : -1;
}

/* Create, upgrade or accept the schema, in one write transaction (several processes may open at once). */
static int set_up_schema(sqlite_journal *j, at_error *err)
{
    if (exec(j, "BEGIN IMMEDIATE", "cannot set up (not a journal?)", err) < 0)
        return err->code;
    sqlite3_stmt *st = NULL;
    int version = -1;
    if (sqlite3_prepare_v2(j->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    bool old = false;
    int rc = 0;
    if (version < 0 || table_exists(j, "documents", &old) < 0)
        rc = db_error(j, "cannot set up (not a journal?)", err);
    else if (version > AT_JOURNAL_SCHEMA_VERSION)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, j->path,
                          "journal schema version %d is newer than this arkivtext understands (%d): nothing done, "
                          "use a newer arkivtext",
                          version, AT_JOURNAL_SCHEMA_VERSION);
    else if (version < AT_JOURNAL_SCHEMA_VERSION) {
        if (old && version == 0)
            rc = exec(j, upgrade_v1, "cannot upgrade the journal", err);
        char *set = g_strdup_printf("%sPRAGMA user_version = %d;", schema_v2, AT_JOURNAL_SCHEMA_VERSION);
        if (rc == 0)
            rc = exec(j, set, "cannot set up (not a journal?)", err);
        g_free(set);
    }
    if (rc == 0)
        return exec(j, "COMMIT", "cannot set up", err);
    sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

static char *sqlite_describe(const char *location)
{
    return g_canonicalize_filename(location, NULL);
}

static int sqlite_open(const char *path, void **state, at_error *err)
{
    sqlite_journal *j = g_new0(sqlite_journal, 1);
    j->path = g_strdup(path);
    j->me = g_strdup_printf("%s:%d", g_get_host_name(), (int)getpid());
    j->held = g_array_new(FALSE, FALSE, sizeof(gint64));
    g_mutex_init(&j->lock);
    int rc = 0;
    if (sqlite3_open_v2(path, &j->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL) !=
        SQLITE_OK)
        rc = db_error(j, "cannot open", err);
    else if (sqlite3_busy_timeout(j->db, 30000) != SQLITE_OK ||
             sqlite3_exec(j->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", NULL, NULL, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot set up (not a journal?)", err);
    else
        rc = set_up_schema(j, err);
    if (rc < 0) {
        sqlite_close(j);
        return rc;
    }
    *state = j;
    return 0;
}

static int sqlite_use_batch(void *state, const char *id, const char *outdir, bool create, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    char *known = NULL;
    int rc = exec(j, "BEGIN IMMEDIATE", "cannot read the batch", err);
    if (rc == 0 && sqlite3_prepare_v2(j->db, "SELECT id FROM batch", -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot read the batch", err);
    if (rc == 0 && sqlite3_step(st) == SQLITE_ROW)
        known = g_strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    st = NULL;
    if (rc == 0 && known && strcmp(known, id) != 0)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, outdir,
                          "this folder's batch %s is not the journal's (%s holds batch %s): another folder than the "
                          "one enqueued?",
                          id, j->path, known);
    else if (rc == 0 && !known && !create)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, outdir,
                          "this folder's batch %s is not in the journal %s: another folder than the one enqueued?", id,
                          j->path);
    else if (rc == 0 && !known) {
        if (sqlite3_prepare_v2(j->db, "INSERT INTO batch(id, outdir) VALUES(?1, ?2)", -1, &st, NULL) != SQLITE_OK ||
            sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
            sqlite3_bind_text(st, 2, outdir, -1, SQLITE_TRANSIENT) != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE)
            rc = db_error(j, "cannot record the batch", err);
        sqlite3_finalize(st);
    }
    rc = rc == 0 ? exec(j, "COMMIT", "cannot record the batch", err) : rc;
    if (rc < 0)
        sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
    g_free(known);
    g_mutex_unlock(&j->lock);
    return rc;
}

static char *column_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? g_strdup((const char *)t) : NULL;
}

/* How often a worker with nothing to claim looks again. */
#define SQLITE_WAIT_MS 200

#define ENTRY_COLUMNS "sha256, state, package, kind, pages, words, words_changed, confidence, error"

/* Read the ENTRY_COLUMNS starting at column `c`. */
static void read_entry(sqlite3_stmt *st, int c, at_journal_entry *out)
{
    const unsigned char *sha = sqlite3_column_text(st, c);
    g_strlcpy(out->sha256, sha ? (const char *)sha : "", sizeof out->sha256);
    out->state = at_journal_state_from_name((const char *)sqlite3_column_text(st, c + 1));
    out->package = column_text(st, c + 2);
    out->kind = column_text(st, c + 3);
    out->pages = sqlite3_column_int(st, c + 4);
    out->words = sqlite3_column_int64(st, c + 5);
    out->words_changed = sqlite3_column_int64(st, c + 6);
    out->confidence = sqlite3_column_type(st, c + 7) == SQLITE_NULL ? -1 : sqlite3_column_double(st, c + 7);
    out->error = column_text(st, c + 8);
}

static int sqlite_get(void *state, const char *source, at_journal_entry *out, bool *found, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db, "SELECT " ENTRY_COLUMNS " FROM documents WHERE source = ?1", -1, &st, NULL) !=
            SQLITE_OK ||
        sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT) != SQLITE_OK) {
        rc = db_error(j, "cannot look up a document", err);
    } else {
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW) {
            *found = true;
            read_entry(st, 0, out);
        } else if (step != SQLITE_DONE) {
            rc = db_error(j, "cannot look up a document", err);
        }
    }
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}

/* Bind an entry's columns to parameters `first` .. `first + 8` (ENTRY_COLUMNS order); false at the first failure. */
static bool bind_entry(sqlite3_stmt *st, int first, const at_journal_entry *e)
{
    int c = first;
    return sqlite3_bind_text(st, c, e->sha256, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_text(st, c + 1, at_journal_state_name(e->state), -1, SQLITE_STATIC) == SQLITE_OK &&
           sqlite3_bind_text(st, c + 2, e->package, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_text(st, c + 3, e->kind, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
           sqlite3_bind_int(st, c + 4, e->pages) == SQLITE_OK && sqlite3_bind_int64(st, c + 5, e->words) == SQLITE_OK &&
           sqlite3_bind_int64(st, c + 6, e->words_changed) == SQLITE_OK &&
           (e->confidence >= 0 ? sqlite3_bind_double(st, c + 7, e->confidence) : sqlite3_bind_null(st, c + 7)) ==
               SQLITE_OK &&
           sqlite3_bind_text(st, c + 8, e->error, -1, SQLITE_TRANSIENT) == SQLITE_OK;
}

static int sqlite_put(void *state, const char *source, const at_journal_entry *e, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "INSERT INTO documents(source, " ENTRY_COLUMNS ", started, finished)"
                           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, NULL)"
                           " ON CONFLICT(source) DO UPDATE SET sha256 = ?2, state = ?3, package = ?4, kind = ?5,"
                           " pages = ?6, words = ?7, words_changed = ?8, confidence = ?9, error = ?10,"
                           " started = CASE WHEN ?3 = 'running' THEN ?11 ELSE started END,"
                           " finished = CASE WHEN ?3 = 'running' THEN NULL ELSE ?11 END",
                           -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot prepare", err);
    else if (sqlite3_bind_text(st, 1, source, -1, SQLITE_TRANSIENT) != SQLITE_OK || !bind_entry(st, 2, e) ||
             sqlite3_bind_double(st, 11, now_seconds()) != SQLITE_OK)
        rc = db_error(j, "cannot bind a value", err);
    else if (sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(j, "cannot record", err);
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}

static int enqueue_one(sqlite_journal *j, sqlite3_stmt *st, const at_journal_item *it, long long seq, size_t *queued,
                       at_error *err)
{
    sqlite3_reset(st);
    if (sqlite3_bind_text(st, 1, it->source, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
        sqlite3_bind_text(st, 2, it->sha256, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
        sqlite3_bind_int64(st, 3, it->size) != SQLITE_OK || sqlite3_bind_int64(st, 4, seq) != SQLITE_OK ||
        sqlite3_bind_int(st, 5, it->redo) != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE)
        return db_error(j, "cannot queue a document", err);
    *queued += (size_t)sqlite3_changes(j->db);
    return 0;
}

/* The next free place in the order of enqueueing. */
static long long next_seq(sqlite_journal *j)
{
    sqlite3_stmt *st = NULL;
    long long seq = 0;
    if (sqlite3_prepare_v2(j->db, "SELECT coalesce(max(seq) + 1, 0) FROM documents", -1, &st, NULL) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return seq;
}

static int sqlite_enqueue(void *state, const at_journal_item *items, size_t n, size_t *queued, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    /* A document done with the same content stays done; a running one (claimed) is left to its worker. */
    int rc = exec(j, "BEGIN IMMEDIATE", "cannot queue", err);
    static const char sql[] =
        "INSERT INTO documents(source, sha256, state, size, seq) VALUES(?1, ?2, 'queued', ?3, ?4)"
        " ON CONFLICT(source) DO UPDATE SET sha256 = ?2, state = 'queued', size = ?3,"
        " seq = ?4, attempts = 0, package = NULL, error = NULL, started = NULL, finished = NULL"
        " WHERE state IN ('failed', 'queued') OR (state = 'done' AND (sha256 <> ?2 OR ?5))"
        " OR (state = 'running' AND claim_key IS NULL)";
    if (rc == 0 && sqlite3_prepare_v2(j->db, sql, -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot queue", err);
    long long seq = rc == 0 ? next_seq(j) : 0;
    for (size_t i = 0; rc == 0 && i < n; i++)
        rc = enqueue_one(j, st, &items[i], seq + (long long)i, queued, err);
    sqlite3_finalize(st);
    rc = rc == 0 ? exec(j, "COMMIT", "cannot queue", err) : rc;
    if (rc < 0)
        sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
    g_mutex_unlock(&j->lock);
    return rc;
}

/* Is the process named "host:pid" gone? Only a process on this host can be asked. */
static bool claimer_gone(const char *claimed_by)
{
    if (!claimed_by)
        return true; /* left running by a single run that was killed */
    const char *colon = strrchr(claimed_by, ':');
    if (!colon || strncmp(claimed_by, g_get_host_name(), (size_t)(colon - claimed_by)) != 0 ||
        g_get_host_name()[colon - claimed_by] != '\0')
        return false;
    long pid = strtol(colon + 1, NULL, 10);
    return pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH;
}

static gint64 new_key(void)
{
    return (((gint64)g_random_int() << 31) ^ g_random_int()) & G_MAXINT64;
}

/* Mark row `id` claimed by us with a new key; fill `out`. */
static int take(sqlite_journal *j, sqlite3_stmt *row, int lease, bool orphan, at_journal_claim *out, at_error *err)
{
    sqlite3_stmt *st = NULL;
    gint64 key = new_key();
    double now = now_seconds();
    out->id = sqlite3_column_int64(row, 0);
    out->source = column_text(row, 1);
    g_strlcpy(out->sha256, (const char *)sqlite3_column_text(row, 2), sizeof out->sha256);
    out->key = key;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "UPDATE documents SET state = 'running', claim_key = ?2, claimed_by = ?3, lease_until = ?4,"
                           " started = ?5, attempts = attempts + ?6 WHERE rowid = ?1",
                           -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_int64(st, 1, out->id) != SQLITE_OK || sqlite3_bind_int64(st, 2, key) != SQLITE_OK ||
        sqlite3_bind_text(st, 3, j->me, -1, SQLITE_STATIC) != SQLITE_OK ||
        sqlite3_bind_double(st, 4, now + lease) != SQLITE_OK || sqlite3_bind_double(st, 5, now) != SQLITE_OK ||
        sqlite3_bind_int(st, 6, orphan) != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(j, "cannot claim", err);
    sqlite3_finalize(st);
    if (rc == 0)
        g_array_append_val(j->held, key);
    return rc;
}

static int give_up(sqlite_journal *j, gint64 id, int attempts, at_error *err)
{
    sqlite3_stmt *st = NULL;
    char *why = g_strdup_printf("its worker stopped %d times (killed, crashed or hung) while processing it", attempts);
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "UPDATE documents SET state = 'failed', error = ?2, claim_key = NULL, lease_until = NULL,"
                           " finished = ?3, attempts = ?4 WHERE rowid = ?1",
                           -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_int64(st, 1, id) != SQLITE_OK ||
        sqlite3_bind_text(st, 2, why, -1, SQLITE_TRANSIENT) != SQLITE_OK ||
        sqlite3_bind_double(st, 3, now_seconds()) != SQLITE_OK || sqlite3_bind_int(st, 4, attempts) != SQLITE_OK ||
        sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(j, "cannot record a failure", err);
    sqlite3_finalize(st);
    g_free(why);
    return rc;
}

/* Among running rows: take the first whose claimer is gone or whose lease ran out; count the others. */
static int claim_orphan(sqlite_journal *j, int lease, int max_attempts, at_journal_claim *out, bool *found,
                        size_t *held, at_error *err)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(j->db,
                           "SELECT rowid, source, sha256, claimed_by, lease_until, attempts FROM documents"
                           " WHERE state = 'running' ORDER BY lease_until",
                           -1, &st, NULL) != SQLITE_OK)
        return db_error(j, "cannot claim", err);
    int rc = 0, step;
    double now = now_seconds();
    while (rc == 0 && !*found && (step = sqlite3_step(st)) == SQLITE_ROW) {
        bool expired = sqlite3_column_type(st, 4) != SQLITE_NULL && sqlite3_column_double(st, 4) < now;
        if (!expired && !claimer_gone((const char *)sqlite3_column_text(st, 3))) {
            (*held)++;
            continue;
        }
        int attempts = sqlite3_column_int(st, 5) + 1;
        if (attempts >= max_attempts)
            rc = give_up(j, sqlite3_column_int64(st, 0), attempts, err);
        else if ((rc = take(j, st, lease, true, out, err)) == 0)
            *found = true;
    }
    sqlite3_finalize(st);
    return rc;
}

static int sqlite_claim(void *state, int lease, int max_attempts, at_journal_claim *out, bool *found, size_t *held,
                        at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = exec(j, "BEGIN IMMEDIATE", "cannot claim", err);
    if (rc == 0 && sqlite3_prepare_v2(j->db,
                                      "SELECT rowid, source, sha256 FROM documents WHERE state = 'queued'"
                                      " ORDER BY size DESC, seq LIMIT 1",
                                      -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot claim", err);
    if (rc == 0) {
        int step = sqlite3_step(st);
        if (step == SQLITE_ROW && (rc = take(j, st, lease, false, out, err)) == 0)
            *found = true;
        else if (step != SQLITE_ROW && step != SQLITE_DONE)
            rc = db_error(j, "cannot claim", err);
    }
    sqlite3_finalize(st);
    if (rc == 0 && !*found)
        rc = claim_orphan(j, lease, max_attempts, out, found, held, err);
    rc = rc == 0 ? exec(j, "COMMIT", "cannot claim", err) : rc;
    if (rc < 0) {
        sqlite3_exec(j->db, "ROLLBACK", NULL, NULL, NULL);
        if (*found)
            g_array_set_size(j->held, j->held->len - 1);
        *found = false;
    }
    g_mutex_unlock(&j->lock);
    return rc;
}

/* SQLite tells no other process of a change: look again soon (a claim here is a local file's transaction). */
static int sqlite_wait(void *state, int timeout_ms, at_error *err)
{
    (void)state, (void)err;
    g_usleep((gulong)MIN(timeout_ms, SQLITE_WAIT_MS) * 1000);
    return 0;
}

static int sqlite_renew(void *state, int lease, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db, "UPDATE documents SET lease_until = ?1 WHERE claim_key = ?2 AND state = 'running'",
                           -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot renew the claims", err);
    for (guint i = 0; rc == 0 && i < j->held->len; i++) {
        sqlite3_reset(st);
        if (sqlite3_bind_double(st, 1, now_seconds() + lease) != SQLITE_OK ||
            sqlite3_bind_int64(st, 2, g_array_index(j->held, gint64, i)) != SQLITE_OK ||
            sqlite3_step(st) != SQLITE_DONE)
            rc = db_error(j, "cannot renew the claims", err);
    }
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}

static void forget(GArray *held, gint64 key)
{
    for (guint i = 0; i < held->len; i++)
        if (g_array_index(held, gint64, i) == key) {
            g_array_remove_index_fast(held, i);
            return;
        }
}

static int sqlite_finish(void *state, const at_journal_claim *c, const at_journal_entry *e, bool *kept, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "UPDATE documents SET sha256 = ?1, state = ?2, package = ?3, kind = ?4, pages = ?5,"
                           " words = ?6, words_changed = ?7, confidence = ?8, error = ?9, finished = ?10,"
                           " lease_until = NULL WHERE rowid = ?11 AND claim_key = ?12",
                           -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot prepare", err);
    else if (!bind_entry(st, 1, e) || sqlite3_bind_double(st, 10, now_seconds()) != SQLITE_OK ||
             sqlite3_bind_int64(st, 11, c->id) != SQLITE_OK || sqlite3_bind_int64(st, 12, c->key) != SQLITE_OK)
        rc = db_error(j, "cannot bind a value", err);
    else if (sqlite3_step(st) != SQLITE_DONE)
        rc = db_error(j, "cannot record", err);
    else
        *kept = sqlite3_changes(j->db) == 1;
    sqlite3_finalize(st);
    forget(j->held, c->key);
    g_mutex_unlock(&j->lock);
    return rc;
}

static void count_running(sqlite_journal *j, double now, at_journal_counts *out)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(j->db, "SELECT claimed_by, lease_until FROM documents WHERE state = 'running'", -1, &st,
                           NULL) != SQLITE_OK)
        return;
    while (sqlite3_step(st) == SQLITE_ROW)
        out->orphaned += (sqlite3_column_type(st, 1) != SQLITE_NULL && sqlite3_column_double(st, 1) < now) ||
                         claimer_gone((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

/* Documents finished since `from`, and pages of those done. */
static int count_recent(sqlite_journal *j, double from, at_journal_counts *out, at_error *err)
{
    sqlite3_stmt *st = NULL;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db,
                           "SELECT count(*), coalesce(sum(CASE WHEN state = 'done' THEN pages END), 0) FROM documents"
                           " WHERE finished >= ?1 AND state IN ('done', 'failed')",
                           -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_double(st, 1, from) != SQLITE_OK || sqlite3_step(st) != SQLITE_ROW)
        rc = db_error(j, "cannot count", err);
    else {
        out->recent_done = (size_t)sqlite3_column_int64(st, 0);
        out->recent_pages = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return rc;
}

static int sqlite_counts(void *state, double window, at_journal_counts *out, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    double now = now_seconds(), first = now, last = 0;
    int rc = 0;
    if (sqlite3_prepare_v2(j->db, "SELECT state, count(*), sum(pages), min(started), max(finished)"
                                  " FROM documents GROUP BY state", -1, &st, NULL) != SQLITE_OK)
        rc = db_error(j, "cannot count", err);
    for (int step; rc == 0 && (step = sqlite3_step(st)) != SQLITE_DONE;) {
        if (step != SQLITE_ROW) {
            rc = db_error(j, "cannot count", err);
            break;
        }
        at_journal_state s = at_journal_state_from_name((const char *)sqlite3_column_text(st, 0));
        size_t n = (size_t)sqlite3_column_int64(st, 1);
        *(s == AT_JOURNAL_QUEUED ? &out->queued : s == AT_JOURNAL_RUNNING ? &out->running
          : s == AT_JOURNAL_DONE ? &out->done : &out->failed) += n;
        if (s == AT_JOURNAL_DONE)
            out->pages += sqlite3_column_int64(st, 2);
        if (sqlite3_column_type(st, 3) != SQLITE_NULL)
            first = MIN(first, sqlite3_column_double(st, 3));
        if (sqlite3_column_type(st, 4) != SQLITE_NULL)
            last = MAX(last, sqlite3_column_double(st, 4));
    }
    sqlite3_finalize(st);
    double end = out->queued + out->running ? now : MAX(last, first);
    double from = MAX(first, end - window);
    out->recent_seconds = end - from;
    if (rc == 0)
        rc = count_recent(j, from, out, err);
    if (rc == 0)
        count_running(j, now, out);
    g_mutex_unlock(&j->lock);
    return rc;
}

static int sqlite_list(void *state, at_journal_list_fn fn, void *data, at_error *err)
{
    sqlite_journal *j = state;
    g_mutex_lock(&j->lock);
    sqlite3_stmt *st = NULL;
    int rc = 0, step = SQLITE_DONE;
    if (sqlite3_prepare_v2(j->db, "SELECT source, " ENTRY_COLUMNS " FROM documents ORDER BY seq, rowid", -1, &st,
                           NULL) != SQLITE_OK)
        rc = db_error(j, "cannot list the documents", err);
    bool more = true;
    while (rc == 0 && more && (step = sqlite3_step(st)) == SQLITE_ROW) {
        at_journal_entry e = { .confidence = -1 };
        read_entry(st, 1, &e);
        more = fn((const char *)sqlite3_column_text(st, 0), &e, data);
        at_journal_entry_clear(&e);
    }
    if (rc == 0 && more && step != SQLITE_DONE)
        rc = db_error(j, "cannot list the documents", err);
    sqlite3_finalize(st);
    g_mutex_unlock(&j->lock);
    return rc;
}

static const at_journal_backend_ops sqlite_ops = {
    .name = "SQLite",
    .default_file = "journal.sqlite",
    .describe = sqlite_describe,
    .open = sqlite_open,
    .close = sqlite_close,
    .use_batch = sqlite_use_batch,
    .get = sqlite_get,
    .put = sqlite_put,
    .enqueue = sqlite_enqueue,
    .claim = sqlite_claim,
    .renew = sqlite_renew,
    .wait = sqlite_wait,
    .finish = sqlite_finish,
    .counts = sqlite_counts,
    .list = sqlite_list,
};

/* The module's entry point (journal.h): the front in libarkivtext calls it once. */
AT_EXPORT const at_journal_backend_ops *at_journal_sqlite_module(int abi)
{
    return abi == AT_JOURNAL_SQLITE_ABI ? &sqlite_ops : NULL;
}
