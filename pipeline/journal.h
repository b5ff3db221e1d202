/* The run journal: content hash, state and figures per input document, behind a small backend interface.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pipeline talks to the journal only through at_journal_* below; each
 * backend (journal_sqlite.c; a server database can follow) fills an
 * at_journal_backend_ops table. A backend must be safe to call from many
 * threads at once and must make a put durable before it returns: a
 * document marked done must stay done after a crash.
 */
#ifndef ARKIVTEXT_PIPELINE_JOURNAL_H
#define ARKIVTEXT_PIPELINE_JOURNAL_H

#include "arkivtext/error.h"
#include "arkivtext/pipeline.h"

#include <stdbool.h>

typedef enum { AT_JOURNAL_RUNNING = 0, AT_JOURNAL_DONE, AT_JOURNAL_FAILED } at_journal_state;

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

/** What a backend provides. `state` is the backend's own handle. */
typedef struct at_journal_backend_ops {
    const char *name;
    /** The file in the output folder used when no location is given, or NULL: a location is required. */
    const char *default_file;
    /** Open (creating if needed) the journal at `location`. */
    int (*open)(const char *location, void **state, at_error *err);
    void (*close)(void *state);
    /** Fill `out` (zeroed by the caller) with `source`'s entry and set `*found`. */
    int (*get)(void *state, const char *source, at_journal_entry *out, bool *found, at_error *err);
    /** Record `source`'s entry, durably. */
    int (*put)(void *state, const char *source, const at_journal_entry *e, at_error *err);
} at_journal_backend_ops;

extern const at_journal_backend_ops at_journal_sqlite_ops;

typedef struct at_journal at_journal;

/** Open the journal of `backend` at `location`, or (NULL) at the backend's default file in `outdir`. */
int at_journal_open(at_journal_backend backend, const char *location, const char *outdir, at_journal **out,
                    at_error *err);
void at_journal_close(at_journal *j);
/** The entry of `source`: `*found` says whether there is one; clear `out` with at_journal_entry_clear(). */
int at_journal_get(at_journal *j, const char *source, at_journal_entry *out, bool *found, at_error *err);
/** Record `source`'s entry (durably, before returning). */
int at_journal_put(at_journal *j, const char *source, const at_journal_entry *e, at_error *err);
void at_journal_entry_clear(at_journal_entry *e);

#endif
