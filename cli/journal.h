/* The run journal (SQLite): content hash, state and figures per input document.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_CLI_JOURNAL_H
#define ARKIVTEXT_CLI_JOURNAL_H

#include "arkivtext/error.h"

#include <glib.h>
#include <stdbool.h>

typedef struct at_journal at_journal;

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

/** Open (creating if needed) the journal at `path`. Thread-safe. */
int at_journal_open(const char *path, at_journal **out, at_error *err);
void at_journal_close(at_journal *j);
/** The entry of `source`, if any; clear it with at_journal_entry_clear(). */
bool at_journal_get(at_journal *j, const char *source, at_journal_entry *out);
/** Record `source`'s entry (durably, before returning). */
int at_journal_put(at_journal *j, const char *source, const at_journal_entry *e, at_error *err);
void at_journal_entry_clear(at_journal_entry *e);

#endif
