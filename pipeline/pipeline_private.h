/* The pipeline stage's internals, shared by the batch runner and the report.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PIPELINE_PRIVATE_H
#define ARKIVTEXT_PIPELINE_PRIVATE_H

#include "arkivtext/pipeline.h"
#include "pipeline/journal.h"

#include <glib.h>

/** One document of a run and how it ended. */
typedef struct {
    const char *source;
    at_journal_entry entry;
    bool skipped;            /* done by an earlier run, same content */
    double seconds;
} at_pipeline_doc;

/* ---- content sniffing (sniff.c) ---- */

/** at_pipeline_sniff() on bytes already read (the head of the file named `name`). */
at_input_kind at_pipeline_sniff_buffer(const char *name, const char *buf, size_t len, const char **what);
/** What `path`'s name claims ("a PDF") when the content (`kind`, `what`) is something else; else NULL. */
const char *at_pipeline_wrong_name(const char *path, at_input_kind kind, const char *what);
/** ';' or ',' when the text is rows of that many separated columns, else '\0'. */
char at_pipeline_csv_separator(const char *buf, size_t len);

/* ---- CSV (csv.c) ---- */

/** Parse one RFC 4180 row at *pos (quotes, "" for a quote, line breaks inside quotes) into `fields`
 * (g_free'd strings); advances *pos. False at the end of the text. */
bool at_csv_row(const char **pos, const char *end, char sep, GPtrArray *fields);
/** CSV to TAB-separated rows; a TAB or line break inside a cell becomes a space. Caller g_free()s. */
char *at_csv_to_tsv(const char *text, size_t len, char sep, size_t *out_len);

/* ---- the box (box.c, manifest.c) ---- */

/** A page number at the end of a file's stem: "sida_12.png" -> prefix "sida", 12. Caller g_free()s the prefix. */
bool at_pipeline_page_key(const char *name, char **prefix, long *number);

/** One row of a manifest, its file resolved against the manifest's folder. */
typedef struct {
    char *file, *document, *title, *date, *reference, *series;
    unsigned line;
} at_manifest_row;

/** Read a manifest: rows (at_manifest_row*) in order; errors name the manifest and the line. */
int at_manifest_read(const char *path, GPtrArray **rows, at_error *err);

/** Write OUTDIR/report.json: per document in the given order, and in total, without times (re-runs compare equal). */
int at_pipeline_write_report(const char *outdir, const at_pipeline_doc *docs, size_t n, at_error *err);

#endif
