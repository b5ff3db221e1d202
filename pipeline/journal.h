/* The run journal: content hash, state and figures per input document, behind a small backend interface.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline talks to the journal only through at_journal_* below; each
 * backend (journal_sqlite.c, journal_pg.c) fills an at_journal_backend_ops
 * table. A backend must be safe to call from many threads at once and must
 * make every write durable before it returns: a document marked done must
 * stay done after a crash.
 *
 * Two ways to use it. A single run asks for a document's entry (get) and
 * records it (put). A shared batch registers its documents once (enqueue)
 * and any number of workers, in any number of processes, claim them one at
 * a time (claim), keep their claims alive (renew) and end them (finish). A
 * claim is tied to the worker's journal session, so a worker that dies frees
 * its claims at once; a lease frees those of a worker that hangs.
 */
#ifndef ARKIVTEXT_PIPELINE_JOURNAL_H
#define ARKIVTEXT_PIPELINE_JOURNAL_H

#include "arkivtext/error.h"
#include "arkivtext/pipeline.h"

#include <stdbool.h>

/** The schema both backends write; a journal of a newer schema is refused, nothing claimed. */
#define AT_JOURNAL_SCHEMA_VERSION 2

/* QUEUED is last so that the values of the first three stay as they were. */
typedef enum { AT_JOURNAL_RUNNING = 0, AT_JOURNAL_DONE, AT_JOURNAL_FAILED, AT_JOURNAL_QUEUED } at_journal_state;

/** A state's name in the journal's tables ("queued", "running", "done", "failed"). */
const char *at_journal_state_name(at_journal_state state);
/** The state of a name from the tables; unknown names read as running (to be redone). */
at_journal_state at_journal_state_from_name(const char *name);

typedef struct {
    at_journal_state state;
    char sha256[65];
    char *package;           /* the package's path, when done */
    char *kind;              /* the record's kind */
    int pages;
    long long words, words_changed;
    double confidence;       /* mean OCR word confidence, or -1 */
    char *error;             /* why it failed */
} at_journal_entry;

/** A document to register in a shared batch. */
typedef struct {
    const char *source; /* an absolute path every worker can read */
    const char *sha256;
    long long size;
    bool redo;          /* queue it even if done with the same content (--force, or its package is gone) */
} at_journal_item;

/** A document a worker claimed. `key` ties the claim to the claiming session. */
typedef struct {
    long long id;
    long long key;
    char *source;
    char sha256[65];
} at_journal_claim;

/** How far a batch is. */
typedef struct {
    size_t queued, running, done, failed;
    size_t orphaned;         /* of `running`: claims whose worker is gone or whose lease ran out */
    long long pages;         /* pages of the done documents */
    /* The recent pace: documents finished (done or failed), and pages of those done, in the last `window`
     * seconds before now (or, when nothing is left, before the last finished), or since the first started. */
    long long recent_pages;
    size_t recent_done;
    double recent_seconds;   /* the span those were counted over */
} at_journal_counts;

/** Hears one document of a batch (in the order enqueued); returns false to stop. */
typedef bool (*at_journal_list_fn)(const char *source, const at_journal_entry *e, void *data);

/** What a backend provides. `state` is the backend's own handle. */
typedef struct at_journal_backend_ops {
    const char *name;
    /** The file in the output folder used when no location is given, or NULL: a location is required. */
    const char *default_file;
    /** `location` as it may be shown and written down: without a password. Caller g_free()s it. */
    char *(*describe)(const char *location);
    /** Open (creating or upgrading the schema if needed) the journal at `location`. */
    int (*open)(const char *location, void **state, at_error *err);
    void (*close)(void *state);
    /** Scope every later call to batch `id` of `outdir`: create it if `create`, else it must exist. */
    int (*use_batch)(void *state, const char *id, const char *outdir, bool create, at_error *err);
    /** Fill `out` (zeroed by the caller) with `source`'s entry and set `*found`. */
    int (*get)(void *state, const char *source, at_journal_entry *out, bool *found, at_error *err);
    /** Record `source`'s entry, durably. */
    int (*put)(void *state, const char *source, const at_journal_entry *e, at_error *err);
    /** Queue `items`, except those done with the same content (unless `redo`) or claimed; `*queued` counts them. */
    int (*enqueue)(void *state, const at_journal_item *items, size_t n, size_t *queued, at_error *err);
    /**
     * Claim a document for `lease` seconds: a queued one, or else a running one whose worker is gone or
     * whose lease ran out (after `max_attempts` such claims it is marked failed instead). `*found` says
     * whether one was claimed; if not, `*held` counts documents live workers still hold.
     */
    int (*claim)(void *state, int lease, int max_attempts, at_journal_claim *out, bool *found, size_t *held,
                 at_error *err);
    /** Extend the lease of every claim this session holds. */
    int (*renew)(void *state, int lease, at_error *err);
    /** End a claim with `e` (done or failed) if it is still this session's (`*kept`), and release it. */
    int (*finish)(void *state, const at_journal_claim *c, const at_journal_entry *e, bool *kept, at_error *err);
    /** Wait until a worker of the batch may have finished a claim, at most `timeout_ms`; may return sooner. */
    int (*wait)(void *state, int timeout_ms, at_error *err);
    /** Count the batch's documents; `window` is how far back "recent" reaches, in seconds (see at_journal_counts). */
    int (*counts)(void *state, double window, at_journal_counts *out, at_error *err);
    /** Every document of the batch, in the order enqueued. */
    int (*list)(void *state, at_journal_list_fn fn, void *data, at_error *err);
} at_journal_backend_ops;

/*
 * The SQLite backend (journal_sqlite.c) is built into the SQLite module,
 * libarkivtext-sqlite.so, with the search index's: the front opens it the first
 * time an SQLite journal is used, so that commands without one never load
 * libsqlite3. Its entry gives the table when built for AT_JOURNAL_SQLITE_ABI.
 */
#define AT_JOURNAL_SQLITE_ENTRY "at_journal_sqlite_module"
#define AT_JOURNAL_SQLITE_ABI 1
AT_EXPORT const at_journal_backend_ops *at_journal_sqlite_module(int abi);

/*
 * The PostgreSQL backend (journal_pg.c, libpq) is built into the PostgreSQL
 * module, libarkivtext-pg.so, which the front opens the first time a
 * PostgreSQL journal is used, so that other commands never load libpq. The
 * module's entry gives its table when built for the caller's AT_JOURNAL_PG_ABI.
 */
#define AT_JOURNAL_PG_ENTRY "at_journal_pg_module"
#define AT_JOURNAL_PG_ABI 1
AT_EXPORT const at_journal_backend_ops *at_journal_pg_module(int abi);

typedef struct at_journal at_journal;

/** Open the journal of `backend` at `location`, or (NULL) at the backend's default file in `outdir`. */
int at_journal_open(at_journal_backend backend, const char *location, const char *outdir, at_journal **out,
                    at_error *err);
void at_journal_close(at_journal *j);
/** `location` of `backend` without a password, for messages and the batch file. Caller g_free()s it. */
char *at_journal_describe(at_journal_backend backend, const char *location);
/** The backend's name, for messages ("SQLite", "PostgreSQL"). */
const char *at_journal_name(const at_journal *j);
int at_journal_use_batch(at_journal *j, const char *id, const char *outdir, bool create, at_error *err);
/** The entry of `source`: `*found` says whether there is one; clear `out` with at_journal_entry_clear(). */
int at_journal_get(at_journal *j, const char *source, at_journal_entry *out, bool *found, at_error *err);
/** Record `source`'s entry (durably, before returning). */
int at_journal_put(at_journal *j, const char *source, const at_journal_entry *e, at_error *err);
int at_journal_enqueue(at_journal *j, const at_journal_item *items, size_t n, size_t *queued, at_error *err);
/** See at_journal_backend_ops.claim; on success with `*found`, clear `out` with at_journal_claim_clear(). */
int at_journal_claim_next(at_journal *j, int lease, int max_attempts, at_journal_claim *out, bool *found, size_t *held,
                          at_error *err);
int at_journal_renew(at_journal *j, int lease, at_error *err);
int at_journal_finish(at_journal *j, const at_journal_claim *c, const at_journal_entry *e, bool *kept, at_error *err);
/** See at_journal_backend_ops.wait: how a worker with nothing to claim waits for the others. */
int at_journal_wait(at_journal *j, int timeout_ms, at_error *err);
int at_journal_counts_get(at_journal *j, double window, at_journal_counts *out, at_error *err);
int at_journal_list(at_journal *j, at_journal_list_fn fn, void *data, at_error *err);
void at_journal_entry_clear(at_journal_entry *e);
void at_journal_claim_clear(at_journal_claim *c);

#endif
