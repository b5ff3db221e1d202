/* The run journal in PostgreSQL: one journal for many workers on many machines.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Tables arkivtext_schema (the schema version), arkivtext_batches (one row
 * per output folder) and arkivtext_documents (one row per document of a
 * batch: content hash, state, claim, figures). A worker claims a queued
 * document with SELECT … FOR UPDATE SKIP LOCKED, so claimers never wait on
 * each other, and holds a session-level advisory lock on the claim's key
 * while it works: when the worker dies its session ends, the lock goes with
 * it, and the next claimer that finds the lock free takes the document over
 * at once. A lease, renewed while the worker lives, frees the claims of a
 * worker that hangs with its session open. Every call keeps working across
 * a restart of the server: the session is re-established (for up to
 * RECONNECT_SECONDS) and the claims' locks taken again.
 */
#include "pipeline/journal.h"

#include <glib.h>
#include <libpq-fe.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The first key of every advisory lock arkivtext takes ("arkt"), so other users of the database never collide. */
#define LOCK_CLASS 1634888564
#define LOCK_CLASS_SQL "1634888564"
#define RECONNECT_SECONDS 120
/* Every finish is announced on this channel (the batch id as payload) to the workers waiting in pg_wait. */
#define FINISHED_CHANNEL "arkivtext_finished"

typedef struct {
    gint64 id, key;
} held_claim;

typedef struct {
    PGconn *conn;
    GHashTable *prepared; /* SQL text (a string constant, by address) -> its statement's name, this session */
    GMutex lock;
    char *conninfo;
    char *display; /* conninfo without a password, for messages */
    char *batch;
    char *me;      /* host:pid, written into our claims */
    GArray *held;  /* held_claim: what this session holds */
    bool listening; /* this session has LISTENed on FINISHED_CHANNEL */
} pg_journal;

static const char schema_sql[] =
    "CREATE TABLE arkivtext_batches(id text PRIMARY KEY, outdir text NOT NULL,"
    " created timestamptz NOT NULL DEFAULT now());"
    "CREATE TABLE arkivtext_documents("
    " id bigserial PRIMARY KEY, batch text NOT NULL REFERENCES arkivtext_batches ON DELETE CASCADE,"
    " source text NOT NULL, sha256 text NOT NULL, size bigint NOT NULL DEFAULT 0, seq bigint,"
    " state text NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),"
    " claim_key bigint, claimed_by text, lease_until timestamptz, attempts integer NOT NULL DEFAULT 0,"
    " started timestamptz, finished timestamptz,"
    " package text, kind text, pages integer, words bigint, words_changed bigint, confidence double precision,"
    " error text, UNIQUE (batch, source));"
    "CREATE INDEX arkivtext_documents_queue ON arkivtext_documents(batch, size DESC, seq, id)"
    " WHERE state = 'queued';"
    "CREATE INDEX arkivtext_documents_state ON arkivtext_documents(batch, state);"
    "CREATE SEQUENCE arkivtext_claim_keys AS integer CYCLE;";

#define ENTRY_COLUMNS "sha256, state, package, kind, pages, words, words_changed, confidence, error"

/* libpq's messages run over several lines (a message, then a hint); ours are one. */
static char *one_line(const char *message)
{
    char **parts = g_strsplit_set(message ? message : "", "\n\t", -1);
    GString *s = g_string_new(NULL);
    for (char **p = parts; *p; p++) {
        char *t = g_strstrip(*p);
        if (!*t)
            continue;
        if (s->len)
            g_string_append(s, strchr(".?!:", s->str[s->len - 1]) ? " " : "; ");
        g_string_append(s, t);
    }
    g_strfreev(parts);
    char *out = g_string_free(s, FALSE);
    for (char *d; (d = strstr(out, "  "));)
        memmove(d, d + 1, strlen(d));
    return out;
}

static int pg_fail(pg_journal *j, const char *what, at_error *err)
{
    char *msg = one_line(PQerrorMessage(j->conn));
    int rc = at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, j->display, "journal: %s: %s", what, msg);
    g_free(msg);
    return rc;
}

/* The name of `sql`'s prepared statement in this session, preparing it the first time: a claim is then
 * one round trip with no parsing or planning. NULL when preparing failed (the caller runs it unprepared). */
static const char *prepared(pg_journal *j, const char *sql, int n)
{
    const char *name = g_hash_table_lookup(j->prepared, sql);
    if (name)
        return name;
    char *made = g_strdup_printf("arkivtext_%u", g_hash_table_size(j->prepared));
    PGresult *r = PQprepare(j->conn, made, sql, n, NULL);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) {
        g_free(made);
        return NULL;
    }
    g_hash_table_insert(j->prepared, (gpointer)sql, made);
    return made;
}

/* Run `sql` (a string constant) with text parameters; NULL (err set) unless the result has status `want`.
 * Caller PQclear()s. */
static PGresult *query(pg_journal *j, const char *sql, int n, const char *const *params, ExecStatusType want,
                       const char *what, at_error *err)
{
    const char *name = PQtransactionStatus(j->conn) == PQTRANS_INERROR ? NULL : prepared(j, sql, n);
    PGresult *r = name ? PQexecPrepared(j->conn, name, n, params, NULL, NULL, 0)
                       : PQexecParams(j->conn, sql, n, NULL, params, NULL, NULL, 0);
    if (PQresultStatus(r) == want)
        return r;
    char *msg = one_line(r ? PQresultErrorMessage(r) : PQerrorMessage(j->conn));
    if (!*msg) {
        g_free(msg);
        msg = g_strdup_printf("unexpected result (%s)", PQresStatus(PQresultStatus(r)));
    }
    at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, j->display, "journal: %s: %s", what, msg);
    g_free(msg);
    PQclear(r);
    return NULL;
}

static int command(pg_journal *j, const char *sql, int n, const char *const *params, const char *what, at_error *err)
{
    PGresult *r = query(j, sql, n, params, PGRES_COMMAND_OK, what, err);
    PQclear(r);
    return r ? 0 : err->code;
}

/* Claims and renewals are committed asynchronously (the session's default, see connect_once()): one lost in a
 * server crash only makes its document claimable again, which a crash does anyway by ending every session.
 * What must survive a crash (a document done, the queue, the batch) is written in a transaction begun here. */
static int begin_durable(pg_journal *j, const char *what, at_error *err)
{
    PGresult *r = PQexec(j->conn, "BEGIN; SET LOCAL synchronous_commit = on");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok ? 0 : pg_fail(j, what, err);
}

static void rollback(pg_journal *j)
{
    if (PQstatus(j->conn) == CONNECTION_OK && PQtransactionStatus(j->conn) != PQTRANS_IDLE)
        PQclear(PQexec(j->conn, "ROLLBACK"));
}

/* ---- the location ---- */

static void append_param(GString *s, const char *key, const char *val)
{
    char *v = g_uri_escape_string(val, NULL, FALSE);
    g_string_append_printf(s, "%c%s=%s", strchr(s->str, '?') ? '&' : '?', key, v);
    g_free(v);
}

/* postgresql://user@host:port/dbname?… from any conninfo, with every setting but the password. */
static char *pg_describe(const char *location)
{
    PQconninfoOption *opts = PQconninfoParse(location, NULL);
    if (!opts)
        return g_strdup("postgresql://(unreadable connection string)");
    const char *user = NULL, *host = NULL, *port = NULL, *db = NULL;
    for (PQconninfoOption *o = opts; o->keyword; o++) {
        if (!o->val)
            continue;
        if (!strcmp(o->keyword, "user"))
            user = o->val;
        else if (!strcmp(o->keyword, "host"))
            host = o->val;
        else if (!strcmp(o->keyword, "port"))
            port = o->val;
        else if (!strcmp(o->keyword, "dbname"))
            db = o->val;
    }
    GString *s = g_string_new("postgresql://");
    char *u = user ? g_uri_escape_string(user, NULL, FALSE) : NULL;
    char *h = host ? g_uri_escape_string(host, ",", FALSE) : NULL;
    char *d = db ? g_uri_escape_string(db, NULL, FALSE) : NULL;
    g_string_append_printf(s, "%s%s%s%s%s/%s", u ? u : "", u ? "@" : "", h ? h : "", port ? ":" : "",
                           port ? port : "", d ? d : "");
    for (PQconninfoOption *o = opts; o->keyword; o++)
        if (o->val && strcmp(o->keyword, "password") && strcmp(o->keyword, "user") && strcmp(o->keyword, "host") &&
            strcmp(o->keyword, "port") && strcmp(o->keyword, "dbname"))
            append_param(s, o->keyword, o->val);
    g_free(u);
    g_free(h);
    g_free(d);
    PQconninfoFree(opts);
    return g_string_free(s, FALSE);
}

/* ---- the session ---- */

static void ignore_notice(void *arg, const char *message)
{
    (void)arg, (void)message; /* e.g. unlocking a lock a restarted server no longer knows */
}

static int connect_once(pg_journal *j, at_error *err)
{
    if (j->conn)
        PQfinish(j->conn);
    g_hash_table_remove_all(j->prepared);
    j->listening = false;
    j->conn = PQconnectdb(j->conninfo);
    if (PQstatus(j->conn) != CONNECTION_OK)
        return pg_fail(j, "cannot connect", err);
    PQsetNoticeProcessor(j->conn, ignore_notice, NULL);
    PGresult *r = PQexec(j->conn, "SET application_name = 'arkivtext'; SET synchronous_commit = off");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    return ok ? 0 : pg_fail(j, "cannot set up the session", err);
}

/* After a reconnect: take each claim's lock again, and drop the claims another worker took over meanwhile. */
static int relock(pg_journal *j, at_error *err)
{
    for (guint i = 0; i < j->held->len;) {
        held_claim *c = &g_array_index(j->held, held_claim, i);
        char id[32], key[32];
        g_snprintf(id, sizeof id, "%" G_GINT64_FORMAT, c->id);
        g_snprintf(key, sizeof key, "%" G_GINT64_FORMAT, c->key);
        const char *params[] = { id, key };
        PGresult *r = query(j,
                            "SELECT pg_try_advisory_lock(" LOCK_CLASS_SQL ", $2::integer) FROM arkivtext_documents"
                            " WHERE id = $1 AND claim_key = $2 AND state = 'running'",
                            2, params, PGRES_TUPLES_OK, "cannot keep the claims", err);
        if (!r)
            return err->code;
        bool ours = PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        if (ours)
            i++;
        else
            g_array_remove_index_fast(j->held, i);
    }
    return 0;
}

/* The session was lost (a server restart, a network cut): try again for RECONNECT_SECONDS. */
static int reconnect(pg_journal *j, at_error *err)
{
    gint64 deadline = g_get_monotonic_time() + (gint64)RECONNECT_SECONDS * G_USEC_PER_SEC;
    for (int wait_ms = 200;; wait_ms = MIN(wait_ms * 2, 2000)) {
        at_error e = AT_ERROR_INIT;
        if (connect_once(j, &e) == 0 && relock(j, &e) == 0)
            return 0;
        if (g_get_monotonic_time() > deadline) {
            *err = e;
            return e.code;
        }
        g_usleep((gulong)wait_ms * 1000);
    }
}

typedef int (*pg_step)(pg_journal *j, void *ctx, at_error *err);

/* Run `step` (its own transaction); if the session was lost meanwhile, reconnect and run it again. Call under lock. */
static int with_session(pg_journal *j, pg_step step, void *ctx, at_error *err)
{
    for (;;) {
        at_error e = AT_ERROR_INIT;
        int rc = PQstatus(j->conn) == CONNECTION_OK ? step(j, ctx, &e) : AT_EIO;
        if (rc == 0)
            return 0;
        if (PQstatus(j->conn) == CONNECTION_OK) {
            rollback(j);
            if (err && err->code == AT_OK)
                *err = e;
            return rc;
        }
        if (reconnect(j, err) < 0)
            return err->code;
    }
}

/* with_session() under the journal's lock: one statement at a time on the one session. */
static int in_session(void *state, pg_step step, void *ctx, at_error *err)
{
    pg_journal *j = state;
    g_mutex_lock(&j->lock);
    int rc = with_session(j, step, ctx, err);
    g_mutex_unlock(&j->lock);
    return rc;
}

static void pg_close(void *state)
{
    pg_journal *j = state;
    if (!j)
        return;
    PQfinish(j->conn);
    g_hash_table_destroy(j->prepared);
    g_mutex_clear(&j->lock);
    g_array_free(j->held, TRUE);
    g_free(j->conninfo);
    g_free(j->display);
    g_free(j->batch);
    g_free(j->me);
    g_free(j);
}

/* Create the schema or check its version, serialised by a transaction-level lock. */
static int set_up_schema(pg_journal *j, void *ctx, at_error *err)
{
    (void)ctx;
    if (begin_durable(j, "cannot set up", err) < 0)
        return err->code;
    PGresult *r = query(j,
                        "SELECT to_regclass('arkivtext_schema') IS NOT NULL"
                        " FROM pg_advisory_xact_lock(" LOCK_CLASS_SQL ", 0)",
                        0, NULL, PGRES_TUPLES_OK, "cannot set up", err);
    if (!r)
        return err->code;
    bool exists = PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    int version = 0;
    if (exists) {
        if (!(r = query(j, "SELECT coalesce(max(version), 0) FROM arkivtext_schema", 0, NULL, PGRES_TUPLES_OK,
                        "cannot read the schema version", err)))
            return err->code;
        version = atoi(PQgetvalue(r, 0, 0));
        PQclear(r);
    }
    if (version > AT_JOURNAL_SCHEMA_VERSION)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, j->display,
                            "journal schema version %d is newer than this arkivtext understands (%d): nothing done, "
                            "use a newer arkivtext",
                            version, AT_JOURNAL_SCHEMA_VERSION);
    if (version == 0) {
        char *sql = g_strdup_printf("CREATE TABLE IF NOT EXISTS arkivtext_schema(version integer NOT NULL);%s"
                                    "INSERT INTO arkivtext_schema VALUES (%d);",
                                    schema_sql, AT_JOURNAL_SCHEMA_VERSION);
        PGresult *c = PQexec(j->conn, sql);
        g_free(sql);
        bool ok = PQresultStatus(c) == PGRES_COMMAND_OK;
        PQclear(c);
        if (!ok)
            return pg_fail(j, "cannot create the tables", err);
    }
    return command(j, "COMMIT", 0, NULL, "cannot set up", err);
}

static int pg_open(const char *location, void **state, at_error *err)
{
    pg_journal *j = g_new0(pg_journal, 1);
    j->conninfo = g_strdup(location);
    j->display = pg_describe(location);
    j->me = g_strdup_printf("%s:%d", g_get_host_name(), (int)getpid());
    j->held = g_array_new(FALSE, FALSE, sizeof(held_claim));
    j->prepared = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
    g_mutex_init(&j->lock);
    int rc = connect_once(j, err);
    if (rc == 0)
        rc = set_up_schema(j, NULL, err);
    if (rc < 0) {
        rollback(j);
        pg_close(j);
        return rc;
    }
    *state = j;
    return 0;
}

typedef struct {
    const char *id, *outdir;
    bool create;
} batch_ctx;

static int use_batch_step(pg_journal *j, void *ctx, at_error *err)
{
    batch_ctx *b = ctx;
    const char *params[] = { b->id, b->outdir };
    if (b->create && (begin_durable(j, "cannot record the batch", err) < 0 ||
                      command(j, "INSERT INTO arkivtext_batches(id, outdir) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                              2, params, "cannot record the batch", err) < 0 ||
                      command(j, "COMMIT", 0, NULL, "cannot record the batch", err) < 0))
        return err->code;
    PGresult *r = query(j, "SELECT 1 FROM arkivtext_batches WHERE id = $1", 1, params, PGRES_TUPLES_OK,
                        "cannot read the batch", err);
    if (!r)
        return err->code;
    bool known = PQntuples(r) == 1;
    PQclear(r);
    if (!known)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, b->outdir,
                            "this folder's batch %s is not in the journal %s: another folder than the one enqueued, "
                            "or another database?",
                            b->id, j->display);
    g_free(j->batch);
    j->batch = g_strdup(b->id);
    return 0;
}

static int pg_use_batch(void *state, const char *id, const char *outdir, bool create, at_error *err)
{
    batch_ctx b = { id, outdir, create };
    return in_session(state, use_batch_step, &b, err);
}

/* The batch in use (the pipeline always names one for this backend). */
static const char *batch_of(pg_journal *j)
{
    return j->batch ? j->batch : "";
}

static char *value(const PGresult *r, int row, int col)
{
    return PQgetisnull(r, row, col) ? NULL : g_strdup(PQgetvalue(r, row, col));
}

/* Read the ENTRY_COLUMNS starting at column `c`. */
static void read_entry(const PGresult *r, int row, int c, at_journal_entry *out)
{
    g_strlcpy(out->sha256, PQgetvalue(r, row, c), sizeof out->sha256);
    out->state = at_journal_state_from_name(PQgetvalue(r, row, c + 1));
    out->package = value(r, row, c + 2);
    out->kind = value(r, row, c + 3);
    out->pages = atoi(PQgetvalue(r, row, c + 4));
    out->words = g_ascii_strtoll(PQgetvalue(r, row, c + 5), NULL, 10);
    out->words_changed = g_ascii_strtoll(PQgetvalue(r, row, c + 6), NULL, 10);
    out->confidence = PQgetisnull(r, row, c + 7) ? -1 : g_ascii_strtod(PQgetvalue(r, row, c + 7), NULL);
    out->error = value(r, row, c + 8);
}

typedef struct {
    const char *source;
    at_journal_entry *out;
    bool *found;
} get_ctx;

static int get_step(pg_journal *j, void *ctx, at_error *err)
{
    get_ctx *g = ctx;
    const char *params[] = { batch_of(j), g->source };
    PGresult *r = query(j, "SELECT " ENTRY_COLUMNS " FROM arkivtext_documents WHERE batch = $1 AND source = $2", 2,
                        params, PGRES_TUPLES_OK, "cannot look up a document", err);
    if (!r)
        return err->code;
    if ((*g->found = PQntuples(r) == 1))
        read_entry(r, 0, 0, g->out);
    PQclear(r);
    return 0;
}

static int pg_get(void *state, const char *source, at_journal_entry *out, bool *found, at_error *err)
{
    get_ctx g = { source, out, found };
    return in_session(state, get_step, &g, err);
}

/* An entry's columns as text parameters, in ENTRY_COLUMNS order; `buf` holds the numbers. */
typedef struct {
    char pages[16], words[32], changed[32], confidence[G_ASCII_DTOSTR_BUF_SIZE];
} entry_text;

static void entry_params(const at_journal_entry *e, entry_text *buf, const char **params)
{
    g_snprintf(buf->pages, sizeof buf->pages, "%d", e->pages);
    g_snprintf(buf->words, sizeof buf->words, "%lld", e->words);
    g_snprintf(buf->changed, sizeof buf->changed, "%lld", e->words_changed);
    g_ascii_dtostr(buf->confidence, sizeof buf->confidence, e->confidence);
    const char *p[] = { e->sha256, at_journal_state_name(e->state), e->package, e->kind, buf->pages, buf->words,
                        buf->changed, e->confidence >= 0 ? buf->confidence : NULL, e->error };
    memcpy(params, p, sizeof p);
}

typedef struct {
    const char *source;
    const at_journal_entry *e;
} put_ctx;

static int put_step(pg_journal *j, void *ctx, at_error *err)
{
    put_ctx *p = ctx;
    entry_text buf;
    const char *params[11] = { batch_of(j), p->source };
    entry_params(p->e, &buf, params + 2);
    if (begin_durable(j, "cannot record", err) < 0)
        return err->code;
    int rc = command(j,
                     "INSERT INTO arkivtext_documents(batch, source, " ENTRY_COLUMNS ", started)"
                     " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())"
                     " ON CONFLICT (batch, source) DO UPDATE SET sha256 = $3, state = $4, package = $5, kind = $6,"
                     " pages = $7, words = $8, words_changed = $9, confidence = $10, error = $11,"
                     " started = CASE WHEN $4 = 'running' THEN now() ELSE arkivtext_documents.started END,"
                     " finished = CASE WHEN $4 = 'running' THEN NULL ELSE now() END",
                     11, params, "cannot record", err);
    return rc < 0 ? rc : command(j, "COMMIT", 0, NULL, "cannot record", err);
}

static int pg_put(void *state, const char *source, const at_journal_entry *e, at_error *err)
{
    put_ctx p = { source, e };
    return in_session(state, put_step, &p, err);
}

/* A PostgreSQL array literal: every element quoted, quotes and backslashes escaped. */
static void array_add(GString *a, const char *s)
{
    g_string_append(a, a->len > 1 ? ",\"" : "\"");
    for (const char *c = s; *c; c++) {
        if (*c == '"' || *c == '\\')
            g_string_append_c(a, '\\');
        g_string_append_c(a, *c);
    }
    g_string_append_c(a, '"');
}

typedef struct {
    const at_journal_item *items;
    size_t n;
    size_t *queued;
} enqueue_ctx;

/* Up to this many documents in one statement (unnest of arrays). */
#define ENQUEUE_CHUNK 2000

static int enqueue_chunk(pg_journal *j, const at_journal_item *items, size_t n, const char *seq, size_t *queued,
                         at_error *err)
{
    GString *src = g_string_new("{"), *sha = g_string_new("{"), *size = g_string_new("{"), *redo = g_string_new("{");
    for (size_t i = 0; i < n; i++) {
        char num[32];
        array_add(src, items[i].source);
        array_add(sha, items[i].sha256);
        g_snprintf(num, sizeof num, "%lld", items[i].size);
        array_add(size, num);
        if (items[i].redo)
            array_add(redo, items[i].source);
    }
    char *arrays[4];
    GString *all[] = { src, sha, size, redo };
    for (size_t i = 0; i < G_N_ELEMENTS(all); i++)
        arrays[i] = g_string_free(g_string_append_c(all[i], '}'), FALSE);
    /* Done with the same content stays done (unless to be redone); claimed stays with its worker. */
    const char *params[] = { batch_of(j), arrays[0], arrays[1], arrays[2], seq, arrays[3] };
    PGresult *r = query(
        j,
        "INSERT INTO arkivtext_documents AS d(batch, source, sha256, size, seq, state)"
        " SELECT $1, s, h, z, $5::bigint + o - 1, 'queued'"
        " FROM unnest($2::text[], $3::text[], $4::bigint[]) WITH ORDINALITY AS u(s, h, z, o)"
        " ON CONFLICT (batch, source) DO UPDATE SET sha256 = EXCLUDED.sha256, state = 'queued', size = EXCLUDED.size,"
        " seq = EXCLUDED.seq, attempts = 0, package = NULL, error = NULL, started = NULL, finished = NULL"
        " WHERE d.state IN ('failed', 'queued') OR (d.state = 'running' AND d.claim_key IS NULL)"
        " OR (d.state = 'done' AND (d.sha256 <> EXCLUDED.sha256 OR d.source = ANY($6::text[])))",
        6, params, PGRES_COMMAND_OK, "cannot queue", err);
    if (r)
        *queued += (size_t)g_ascii_strtoull(PQcmdTuples(r), NULL, 10);
    PQclear(r);
    for (size_t i = 0; i < G_N_ELEMENTS(arrays); i++)
        g_free(arrays[i]);
    return r ? 0 : err->code;
}

static int enqueue_step(pg_journal *j, void *ctx, at_error *err)
{
    enqueue_ctx *q = ctx;
    *q->queued = 0;
    const char *params[] = { batch_of(j) };
    if (begin_durable(j, "cannot queue", err) < 0)
        return err->code;
    PGresult *r = query(j, "SELECT coalesce(max(seq) + 1, 0) FROM arkivtext_documents WHERE batch = $1", 1, params,
                        PGRES_TUPLES_OK, "cannot queue", err);
    if (!r)
        return err->code;
    long long seq = g_ascii_strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    for (size_t i = 0; i < q->n; i += ENQUEUE_CHUNK) {
        char s[32];
        g_snprintf(s, sizeof s, "%lld", seq + (long long)i);
        if (enqueue_chunk(j, q->items + i, MIN(ENQUEUE_CHUNK, q->n - i), s, q->queued, err) < 0)
            return err->code;
    }
    return command(j, "COMMIT", 0, NULL, "cannot queue", err);
}

static int pg_enqueue(void *state, const at_journal_item *items, size_t n, size_t *queued, at_error *err)
{
    enqueue_ctx q = { items, n, queued };
    return in_session(state, enqueue_step, &q, err);
}

typedef struct {
    int lease, max_attempts;
    at_journal_claim *out;
    bool *found;
    size_t *held;
} claim_ctx;

static void hold(pg_journal *j, at_journal_claim *out, const PGresult *r)
{
    out->id = g_ascii_strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    out->source = g_strdup(PQgetvalue(r, 0, 1));
    g_strlcpy(out->sha256, PQgetvalue(r, 0, 2), sizeof out->sha256);
    out->key = g_ascii_strtoll(PQgetvalue(r, 0, 3), NULL, 10);
    held_claim c = { out->id, out->key };
    g_array_append_val(j->held, c);
}

/* One statement: the largest queued document, claimed and locked (the lock is taken before the commit). */
static int claim_queued(pg_journal *j, claim_ctx *c, at_error *err)
{
    char lease[16];
    g_snprintf(lease, sizeof lease, "%d", c->lease);
    const char *params[] = { batch_of(j), j->me, lease };
    PGresult *r = query(j,
                        "WITH c AS (SELECT id FROM arkivtext_documents WHERE batch = $1 AND state = 'queued'"
                        "  ORDER BY size DESC, seq, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                        " UPDATE arkivtext_documents d SET state = 'running',"
                        "  claim_key = nextval('arkivtext_claim_keys'), claimed_by = $2,"
                        "  lease_until = now() + make_interval(secs => $3::integer), started = now()"
                        " FROM c WHERE d.id = c.id"
                        " RETURNING d.id, d.source, d.sha256, d.claim_key,"
                        "  pg_advisory_lock(" LOCK_CLASS_SQL ", d.claim_key::integer)",
                        3, params, PGRES_TUPLES_OK, "cannot claim", err);
    if (!r)
        return err->code;
    if ((*c->found = PQntuples(r) == 1))
        hold(j, c->out, r);
    PQclear(r);
    return 0;
}

static bool held_by_us(const pg_journal *j, gint64 key)
{
    for (guint i = 0; i < j->held->len; i++)
        if (g_array_index(j->held, held_claim, i).key == key)
            return true;
    return false;
}

/* Is the claim with `key` free: its session gone (we can take its lock)? The lock is given back at once. */
static int claim_free(pg_journal *j, const char *key, bool *free_, at_error *err)
{
    const char *params[] = { key };
    PGresult *r = query(j,
                        "SELECT CASE WHEN pg_try_advisory_lock(" LOCK_CLASS_SQL ", $1::integer)"
                        " THEN pg_advisory_unlock(" LOCK_CLASS_SQL ", $1::integer) ELSE false END",
                        1, params, PGRES_TUPLES_OK, "cannot claim", err);
    if (!r)
        return err->code;
    *free_ = PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    return 0;
}

/* Take over running row `id` (its worker is gone or hung), or give it up after too many attempts. */
static int take_over(pg_journal *j, claim_ctx *c, const char *id, int attempts, at_error *err)
{
    char lease[16], tries[16];
    g_snprintf(lease, sizeof lease, "%d", c->lease);
    g_snprintf(tries, sizeof tries, "%d", attempts);
    if (attempts >= c->max_attempts) {
        char *why = g_strdup_printf("its worker stopped %d times (killed, crashed or hung) while processing it",
                                    attempts);
        const char *params[] = { id, why, tries };
        int rc = command(j,
                         "UPDATE arkivtext_documents SET state = 'failed', error = $2, attempts = $3,"
                         " lease_until = NULL, finished = now() WHERE id = $1",
                         3, params, "cannot record a failure", err);
        g_free(why);
        return rc;
    }
    const char *params[] = { id, j->me, lease, tries };
    PGresult *r = query(j,
                        "UPDATE arkivtext_documents SET claim_key = nextval('arkivtext_claim_keys'), claimed_by = $2,"
                        " lease_until = now() + make_interval(secs => $3::integer), started = now(), attempts = $4"
                        " WHERE id = $1 RETURNING id, source, sha256, claim_key,"
                        " pg_advisory_lock(" LOCK_CLASS_SQL ", claim_key::integer)",
                        4, params, PGRES_TUPLES_OK, "cannot claim", err);
    if (!r)
        return err->code;
    if ((*c->found = PQntuples(r) == 1))
        hold(j, c->out, r);
    PQclear(r);
    return 0;
}

/* Walk the running rows (locked, skipping those another claimer looks at): take the first whose worker is gone
 * (its lock is free) or whose lease ran out; count the rest as held. */
static int claim_orphan(pg_journal *j, claim_ctx *c, at_error *err)
{
    const char *params[] = { batch_of(j) };
    PGresult *r = query(j,
                        "SELECT id, claim_key, lease_until < now(), attempts FROM arkivtext_documents"
                        " WHERE batch = $1 AND state = 'running' ORDER BY lease_until FOR UPDATE SKIP LOCKED",
                        1, params, PGRES_TUPLES_OK, "cannot claim", err);
    if (!r)
        return err->code;
    int rc = 0;
    for (int i = 0; rc == 0 && !*c->found && i < PQntuples(r); i++) {
        bool orphan = PQgetisnull(r, i, 1) || PQgetvalue(r, i, 2)[0] == 't';
        gint64 key = PQgetisnull(r, i, 1) ? -1 : g_ascii_strtoll(PQgetvalue(r, i, 1), NULL, 10);
        if (!orphan && !held_by_us(j, key))
            rc = claim_free(j, PQgetvalue(r, i, 1), &orphan, err);
        if (rc == 0 && orphan)
            rc = take_over(j, c, PQgetvalue(r, i, 0), atoi(PQgetvalue(r, i, 3)) + 1, err);
        else if (rc == 0)
            (*c->held)++;
    }
    PQclear(r);
    return rc;
}

static int claim_step(pg_journal *j, void *ctx, at_error *err)
{
    claim_ctx *c = ctx;
    *c->found = false;
    *c->held = 0;
    if (claim_queued(j, c, err) < 0 || *c->found)
        return err->code;
    if (command(j, "BEGIN", 0, NULL, "cannot claim", err) < 0 || claim_orphan(j, c, err) < 0)
        return err->code;
    if (command(j, "COMMIT", 0, NULL, "cannot claim", err) == 0)
        return 0;
    if (*c->found) { /* not committed: not ours */
        g_array_set_size(j->held, j->held->len - 1);
        at_journal_claim_clear(c->out);
        *c->found = false;
    }
    return err->code;
}

static int pg_claim(void *state, int lease, int max_attempts, at_journal_claim *out, bool *found, size_t *held,
                    at_error *err)
{
    claim_ctx c = { lease, max_attempts, out, found, held };
    return in_session(state, claim_step, &c, err);
}

/* {id,…} and {key,…} of the claims held, as array literals. */
static void held_arrays(const pg_journal *j, char **ids, char **keys)
{
    GString *a = g_string_new("{"), *b = g_string_new("{");
    for (guint i = 0; i < j->held->len; i++) {
        const held_claim *c = &g_array_index(j->held, held_claim, i);
        g_string_append_printf(a, "%s%" G_GINT64_FORMAT, i ? "," : "", c->id);
        g_string_append_printf(b, "%s%" G_GINT64_FORMAT, i ? "," : "", c->key);
    }
    g_string_append_c(a, '}');
    g_string_append_c(b, '}');
    *ids = g_string_free(a, FALSE);
    *keys = g_string_free(b, FALSE);
}

static int renew_step(pg_journal *j, void *ctx, at_error *err)
{
    if (j->held->len == 0)
        return 0;
    char lease[16], *ids, *keys;
    g_snprintf(lease, sizeof lease, "%d", *(int *)ctx);
    held_arrays(j, &ids, &keys);
    const char *params[] = { lease, ids, keys };
    int rc = command(j,
                     "UPDATE arkivtext_documents SET lease_until = now() + make_interval(secs => $1::integer)"
                     " WHERE id = ANY($2::bigint[]) AND claim_key = ANY($3::bigint[]) AND state = 'running'",
                     3, params, "cannot renew the claims", err);
    g_free(ids);
    g_free(keys);
    return rc;
}

static int pg_renew(void *state, int lease, at_error *err)
{
    return in_session(state, renew_step, &lease, err);
}

typedef struct {
    const at_journal_claim *c;
    const at_journal_entry *e;
    bool *kept;
} finish_ctx;

/* One statement that records the end (durably) and releases the lock. Idempotent (the key stays on the row), so running
 * it again after a lost session is safe. */
static int finish_step(pg_journal *j, void *ctx, at_error *err)
{
    finish_ctx *f = ctx;
    char id[32], key[32];
    g_snprintf(id, sizeof id, "%lld", f->c->id);
    g_snprintf(key, sizeof key, "%lld", f->c->key);
    entry_text buf;
    const char *params[11] = { id, key };
    entry_params(f->e, &buf, params + 2);
    if (begin_durable(j, "cannot record", err) < 0)
        return err->code;
    PGresult *r = query(j,
                        "UPDATE arkivtext_documents SET sha256 = $3, state = $4, package = $5, kind = $6, pages = $7,"
                        " words = $8, words_changed = $9, confidence = $10, error = $11, finished = now(),"
                        " lease_until = NULL WHERE id = $1 AND claim_key = $2"
                        " RETURNING pg_advisory_unlock(" LOCK_CLASS_SQL ", $2::integer),"
                        "  pg_notify('" FINISHED_CHANNEL "', batch)",
                        11, params, PGRES_TUPLES_OK, "cannot record", err);
    if (!r)
        return err->code;
    *f->kept = PQntuples(r) == 1;
    PQclear(r);
    if (command(j, "COMMIT", 0, NULL, "cannot record", err) < 0)
        return err->code;
    if (*f->kept || !held_by_us(j, f->c->key))
        return 0;
    /* taken over meanwhile: our lock on the old key is still ours to give back */
    const char *unlock[] = { key };
    PGresult *u = query(j, "SELECT pg_advisory_unlock(" LOCK_CLASS_SQL ", $1::integer)", 1, unlock, PGRES_TUPLES_OK,
                        "cannot release a claim", err);
    PQclear(u);
    return u ? 0 : err->code;
}

static void forget(pg_journal *j, gint64 key)
{
    for (guint i = 0; i < j->held->len; i++)
        if (g_array_index(j->held, held_claim, i).key == key) {
            g_array_remove_index_fast(j->held, i);
            return;
        }
}

static int pg_finish(void *state, const at_journal_claim *c, const at_journal_entry *e, bool *kept, at_error *err)
{
    pg_journal *j = state;
    finish_ctx f = { c, e, kept };
    g_mutex_lock(&j->lock);
    int rc = with_session(j, finish_step, &f, err);
    forget(j, c->key);
    g_mutex_unlock(&j->lock);
    return rc;
}

static int listen_step(pg_journal *j, void *ctx, at_error *err)
{
    (void)ctx;
    if (!j->listening && command(j, "LISTEN " FINISHED_CHANNEL, 0, NULL, "cannot wait for the other workers", err) < 0)
        return err->code;
    j->listening = true;
    return 0;
}

/* Drain the notifications the session has received; true if one was of our batch. Call under lock. */
static bool heard_finish(pg_journal *j)
{
    bool heard = false;
    PQconsumeInput(j->conn);
    for (PGnotify *n; (n = PQnotifies(j->conn)); PQfreemem(n))
        heard |= strcmp(n->extra, batch_of(j)) == 0;
    return heard;
}

/* Sleep on the session's socket until a finish is announced or `timeout_ms` pass. The lock is not held while
 * sleeping (other threads of this worker go on using the session); their traffic may wake us early, which
 * only costs a claim attempt, and a notification read by their calls waits for our next look. */
static int pg_wait(void *state, int timeout_ms, at_error *err)
{
    pg_journal *j = state;
    g_mutex_lock(&j->lock);
    int rc = with_session(j, listen_step, NULL, err);
    bool heard = rc == 0 && heard_finish(j);
    int fd = PQsocket(j->conn);
    g_mutex_unlock(&j->lock);
    if (rc < 0 || heard || fd < 0)
        return rc;
    struct pollfd p = { .fd = fd, .events = POLLIN };
    poll(&p, 1, timeout_ms);
    g_mutex_lock(&j->lock);
    heard_finish(j);
    g_mutex_unlock(&j->lock);
    return 0;
}

typedef struct {
    double window;
    at_journal_counts *out;
} counts_ctx;

static void add_count(at_journal_counts *out, const PGresult *r, int row)
{
    at_journal_state s = at_journal_state_from_name(PQgetvalue(r, row, 0));
    size_t n = (size_t)g_ascii_strtoull(PQgetvalue(r, row, 1), NULL, 10);
    *(s == AT_JOURNAL_QUEUED ? &out->queued : s == AT_JOURNAL_RUNNING ? &out->running
      : s == AT_JOURNAL_DONE ? &out->done : &out->failed) += n;
    if (s == AT_JOURNAL_DONE)
        out->pages += g_ascii_strtoll(PQgetvalue(r, row, 2), NULL, 10);
    out->orphaned += (size_t)g_ascii_strtoull(PQgetvalue(r, row, 5), NULL, 10);
}

/* Documents finished since `from` (seconds since the epoch), and pages of those done. */
static int count_recent(pg_journal *j, double from, at_journal_counts *out, at_error *err)
{
    char since[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_dtostr(since, sizeof since, from);
    const char *params[] = { batch_of(j), since };
    PGresult *r = query(j,
                        "SELECT count(*), coalesce(sum(pages) FILTER (WHERE state = 'done'), 0)"
                        " FROM arkivtext_documents WHERE batch = $1 AND state IN ('done', 'failed')"
                        " AND finished >= to_timestamp($2::float8)",
                        2, params, PGRES_TUPLES_OK, "cannot count", err);
    if (!r)
        return err->code;
    out->recent_done = (size_t)g_ascii_strtoull(PQgetvalue(r, 0, 0), NULL, 10);
    out->recent_pages = g_ascii_strtoll(PQgetvalue(r, 0, 1), NULL, 10);
    PQclear(r);
    return 0;
}

static double epoch(const PGresult *r, int row, int col, double otherwise)
{
    return PQgetisnull(r, row, col) ? otherwise : g_ascii_strtod(PQgetvalue(r, row, col), NULL);
}

static int counts_step(pg_journal *j, void *ctx, at_error *err)
{
    counts_ctx *c = ctx;
    const char *params[] = { batch_of(j) };
    /* A running claim is orphaned when its lease ran out or nobody holds its lock. Times by the server's clock. */
    PGresult *r = query(
        j,
        "SELECT state, count(*), coalesce(sum(pages), 0), extract(epoch FROM min(started)),"
        " extract(epoch FROM max(finished)),"
        " count(*) FILTER (WHERE state = 'running' AND (claim_key IS NULL OR lease_until < now() OR NOT EXISTS"
        "  (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = " LOCK_CLASS_SQL "::oid"
        "   AND l.objid = d.claim_key::oid AND l.objsubid = 2 AND l.granted))),"
        " extract(epoch FROM now())"
        " FROM arkivtext_documents d WHERE batch = $1 GROUP BY state",
        1, params, PGRES_TUPLES_OK, "cannot count", err);
    if (!r)
        return err->code;
    memset(c->out, 0, sizeof *c->out);
    double now = PQntuples(r) ? epoch(r, 0, 6, 0) : 0, first = now, last = 0;
    for (int i = 0; i < PQntuples(r); i++) {
        add_count(c->out, r, i);
        first = MIN(first, epoch(r, i, 3, now));
        last = MAX(last, epoch(r, i, 4, 0));
    }
    PQclear(r);
    double end = c->out->queued + c->out->running ? now : MAX(last, first);
    double from = MAX(first, end - c->window);
    c->out->recent_seconds = end - from;
    return count_recent(j, from, c->out, err);
}

static int pg_counts(void *state, double window, at_journal_counts *out, at_error *err)
{
    counts_ctx c = { window, out };
    return in_session(state, counts_step, &c, err);
}

typedef struct {
    at_journal_list_fn fn;
    void *data;
    size_t delivered; /* rows already handed out, skipped when the query runs again after a lost session */
} list_ctx;

/* Rows one at a time (single-row mode): a batch of a million documents is not held in memory. */
static int list_step(pg_journal *j, void *ctx, at_error *err)
{
    list_ctx *l = ctx;
    const char *params[] = { batch_of(j) };
    if (!PQsendQueryParams(j->conn,
                           "SELECT source, " ENTRY_COLUMNS
                           " FROM arkivtext_documents WHERE batch = $1 ORDER BY seq, id",
                           1, NULL, params, NULL, NULL, 0) ||
        !PQsetSingleRowMode(j->conn))
        return pg_fail(j, "cannot list the documents", err);
    bool more = true;
    int rc = 0;
    size_t row = 0;
    for (PGresult *r; (r = PQgetResult(j->conn));) {
        if (PQresultStatus(r) == PGRES_SINGLE_TUPLE && more && row++ >= l->delivered) {
            at_journal_entry e = { .confidence = -1 };
            read_entry(r, 0, 1, &e);
            more = l->fn(PQgetvalue(r, 0, 0), &e, l->data);
            l->delivered++;
            at_journal_entry_clear(&e);
        } else if (PQresultStatus(r) != PGRES_TUPLES_OK && PQresultStatus(r) != PGRES_SINGLE_TUPLE && rc == 0) {
            rc = pg_fail(j, "cannot list the documents", err);
        }
        PQclear(r);
    }
    return rc;
}

static int pg_list(void *state, at_journal_list_fn fn, void *data, at_error *err)
{
    list_ctx l = { fn, data, 0 };
    return in_session(state, list_step, &l, err);
}

static const at_journal_backend_ops pg_ops = {
    .name = "PostgreSQL",
    .default_file = NULL,
    .describe = pg_describe,
    .open = pg_open,
    .close = pg_close,
    .use_batch = pg_use_batch,
    .get = pg_get,
    .put = pg_put,
    .enqueue = pg_enqueue,
    .claim = pg_claim,
    .renew = pg_renew,
    .wait = pg_wait,
    .finish = pg_finish,
    .counts = pg_counts,
    .list = pg_list,
};

/* The module's entry point (journal.h): the front in libarkivtext calls it once. */
AT_EXPORT const at_journal_backend_ops *at_journal_pg_module(int abi)
{
    return abi == AT_JOURNAL_PG_ABI ? &pg_ops : NULL;
}
