/* The pipeline stage's internals, shared by the batch runner, the shared batch's workers and the report.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PIPELINE_PRIVATE_H
#define ARKIVTEXT_PIPELINE_PRIVATE_H

#include "arkivtext/extract.h"
#include "arkivtext/pipeline.h"
#include "pipeline/journal.h"

#include <glib.h>
#include <json-glib/json-glib.h>

struct at_pipeline {
    at_pipeline_options opts;
    at_ocr_options ocr_opts;
    at_journal *journal;
    at_ocr *ocr;            /* set up once, when the first scan comes (under ocr_lock) */
    GMutex ocr_lock;
    at_extractor *extractor; /* patterns compiled once for the whole run */
    /* progress of the current run, under lock */
    GMutex lock;
    gint64 start;
    size_t docs, docs_done, failed, pages_done;
};

/** One document of a run and how it ended. */
typedef struct at_pipeline_doc at_pipeline_doc;
struct at_pipeline_doc {
    const char *source;      /* its file, or its files (in page order) joined by line breaks */
    const at_pipeline_document *meta; /* what the box knows of it (name, manifest metadata), or NULL */
    at_journal_entry entry;
    char sha256[65];         /* of its content (see at_pipeline_content_sha256), "" when unreadable */
    bool skipped;            /* done by an earlier run, same content */
    bool not_started;        /* the run was stopped before it began */
    const at_pipeline_doc *same_as; /* a duplicate: the first document of the same content, packaged for both */
    GPtrArray *duplicates;   /* of the first: the sources of its duplicates (char*), or NULL */
    JsonObject *facts;       /* what its package says of it (see facts.c), or NULL */
    double seconds;
};

/** A box of nothing but the skipped files of `skipped` (path -> reason), for a batch's reports. */
at_pipeline_box *at_pipeline_box_of_skipped(JsonObject *skipped);

/** Tell the caller; call under p->lock (events never overlap). */
void at_pipeline_emit(at_pipeline *p, at_pipeline_event_kind kind, const char *source, at_pipeline_status status,
                      const char *message);
/** Tell the caller of a problem that does not stop the run (takes p->lock). */
void at_pipeline_warn(at_pipeline *p, const char *source, const at_error *err);
/** Read, repair, extract and package one document; fills `d->entry`'s package and figures. */
int at_pipeline_process(at_pipeline *p, at_pipeline_doc *d, at_error *err);
/**
 * A document made again under another name (an edited title) keeps its package ID: the package `now` replaces
 * `old`, which is removed, so that the folder never holds the document twice. Nothing is done unless both name
 * the same ID.
 */
void at_pipeline_remove_renamed(const char *outdir, const char *old, const char *now);
/** Set `d->entry`'s state from `rc`, and its error (one line naming the source) when it failed. */
void at_pipeline_outcome(at_pipeline_doc *d, int rc, const at_error *err);
/** Set up OCR if it is not yet (thread-safe). */
int at_pipeline_set_up_ocr(at_pipeline *p, at_error *err);
/** Sum up `docs` into `s`, with the pages read and the time of the current run. */
void at_pipeline_summarise(const at_pipeline *p, const at_pipeline_doc *docs, size_t n, at_pipeline_summary *s);
/** Remove what a killed run left in `outdir`: hidden temporary packages, replaced ones, temporary reports. */
void at_pipeline_clean_leftovers(const char *outdir, bool reports);

/**
 * Check the options against those the folder's packages were made with (OUTDIR/.arkivtext/run-options.ini):
 * another value fails unless opts.force; the file is written when new, changed or incomplete.
 */
int at_pipeline_check_options(const at_pipeline *p, at_error *err);
/** Does a single run need a batch file? Yes unless its journal is the default SQLite file in the folder. */
bool at_pipeline_batch_needed(const at_pipeline *p);
/** Scope `j` to the batch of `outdir` when it has one (a single run's SQLite journal has none). */
int at_pipeline_journal_scope(at_journal *j, const char *outdir, at_error *err);
/**
 * Scope the journal to the folder's batch: the one its batch file names
 * (which the journal must know), or, when there is none and `create`, a new
 * one, with `args` written into the new batch file. Without a batch file
 * and without `create`, nothing is done.
 */
int at_pipeline_bind_batch(at_pipeline *p, bool create, const char *const *args, at_error *err);

/* ---- content sniffing (sniff.c) ---- */

/** at_pipeline_sniff() on bytes already read (the head of the file named `name`). */
at_input_kind at_pipeline_sniff_buffer(const char *name, const char *buf, size_t len, const char **what);
/** What `path`'s name claims ("a PDF") when the content (`kind`, `what`) is something else; else NULL. */
const char *at_pipeline_wrong_name(const char *path, at_input_kind kind, const char *what);

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

/* ---- a document's sources (pipeline.c) ---- */

/** The files of a document's source: the lines of `source`. Free with g_strfreev(). */
char **at_pipeline_source_files(const char *source);
/* Every file of a source made absolute: the journal's key of a document, so that workers anywhere find its
 * files and a run started from any folder finds what was done. Caller frees. */
char *at_pipeline_absolute_files(const char *source);
/**
 * The SHA-256 of a source's content: of its one file, or (several files) of
 * their hashes, one a line in page order; `*size` is their total size.
 */
int at_pipeline_content_sha256(const char *source, char hex[65], long long *size, at_error *err);

/* ---- what the report says of a document (facts.c) ---- */

/**
 * The facts of a packaged document, for the report: title, kind,
 * organisation, dates, diarienummer, pages, words, words changed, mean and
 * lowest page confidence, warnings. Caller unrefs.
 */
JsonObject *at_pipeline_facts_new(const at_doc *doc, const at_record *rec, size_t words_changed);
/** Keep the facts of `package` beside the packages (OUTDIR/.arkivtext/), for later runs' reports. */
int at_pipeline_facts_save(const char *outdir, const char *package, JsonObject *facts, at_error *err);
/* Remove the facts of a package that is gone. */
void at_pipeline_facts_remove(const char *outdir, const char *package);
/** The facts kept for `package`, or NULL when there are none. Caller unrefs. */
JsonObject *at_pipeline_facts_load(const char *outdir, const char *package);
/** Keep in `facts` what the manifest gave the document (`meta` may be NULL), to tell when it is edited. */
void at_pipeline_facts_set_given(JsonObject *facts, const at_pipeline_document *meta);
/** Was the package of `facts` (NULL: none kept) made with what the manifest gives the document now? */
bool at_pipeline_facts_as_given(JsonObject *facts, const at_pipeline_document *meta);
/** How many warnings the facts hold. */
size_t at_pipeline_facts_n_warnings(JsonObject *facts);
/** The folder of the kept facts and the run's options. Caller g_free()s. */
char *at_pipeline_state_dir(const char *outdir);

/** Write both reports: report.json and report.csv (one row per document, then per skipped file of `box`,
 * which may be NULL, then per stale package of the folder, counted in `*stale`), without times (re-runs
 * compare equal). */
int at_pipeline_write_reports(const at_pipeline *p, const at_pipeline_doc *docs, size_t n, const at_pipeline_box *box,
                              size_t *stale, at_error *err);
/** The status a document ended with, as the reports name it ("ok", "ok with warnings", "duplicate" …). */
const char *at_pipeline_status_name(const at_pipeline_doc *d);

#endif
