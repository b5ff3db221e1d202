/* Corrections: the decisions file, the package's log of corrections, applying them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_CORRECT_PRIVATE_H
#define ARKIVTEXT_CORRECT_PRIVATE_H

#include "arkivtext/package.h"
#include "arkivtext/review.h"
#include "core/private.h"

#include <glib.h>
#include <json-glib/json-glib.h>

/** One decision: word `word` (an ALTO String ID) from reading `from` to `to`. Strings belong to the parser. */
typedef struct at_decision {
    const char *word, *from, *to;
    bool reject; /* back to the original reading; else a typed correction */
} at_decision;

typedef struct at_decisions {
    JsonParser *parser;
    const char *package, *reviewer;
    at_decision *items;
    size_t n;
} at_decisions;

/** Read and check a decisions file; one line naming it when it is not one. Clear `out` either way. */
int at_decisions_read(const char *path, at_decisions *out, at_error *err);
void at_decisions_clear(at_decisions *d);

/** The package's corrections log, or a new empty one; NULL (err set) when it cannot be read. json_node_unref() it. */
JsonNode *at_corrections_read(const char *package, const char *objid, at_error *err);
/** Its sessions, oldest first. */
JsonArray *at_corrections_sessions(JsonNode *log);
/** The log as text. g_free() it. */
char *at_corrections_text(JsonNode *log);
/** Its sessions as PREMIS events (strings made are added to `strings`). g_free() the array. */
at_package_event *at_corrections_events(JsonNode *log, size_t *n, GPtrArray *strings);

/**
 * Write the review page of the package folder `package` again into the review folder of its batch (its
 * parent's review/), when there is one, and its row of the overview.
 */
int at_review_update_document(const char *package, at_error *err);
/** Move the finished folder `built` to `final`, replacing an older one. */
int at_review_move_into_place(const char *built, const char *final, at_error *err);

#endif
