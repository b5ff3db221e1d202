/* arkivtext — the pipeline: any input read into a document, and a batch of documents to archive packages.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per document: read (OCR of a scan, ALTO, a tab-separated table or text)
 * -> normalize -> extract -> package. A batch runs its documents on a pool
 * of worker threads; OCR reads each document's pages on the same pool. A
 * journal beside the packages records every document's content hash and
 * state, so a re-run skips documents done with the same content and redoes
 * the rest (also those a crash left half-done). A package is marked done
 * only after it was renamed into place. At the end OUTDIR/report.json sums
 * up the run. The pipeline prints nothing: progress and problems reach the
 * caller through an event callback.
 */
#ifndef ARKIVTEXT_PIPELINE_H
#define ARKIVTEXT_PIPELINE_H

#include "arkivtext/doc.h"
#include "arkivtext/error.h"
#include "arkivtext/ingest.h"
#include "arkivtext/normalize.h"
#include "arkivtext/package.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- reading any input ---- */

/** Is `path` a scan (an image or a PDF, by its name) to read with OCR? */
AT_EXPORT bool at_pipeline_is_scan(const char *path);

/**
 * Expand command-line inputs into the files to read, in order: a file as
 * given; a folder as its scans, sorted by name (and, with `texts_too`, its
 * texts, tables and ALTO files; hidden files are left out); "-" as the
 * paths listed in `list`, one a line. On success `*out` is a NULL-terminated
 * array the caller frees with at_pipeline_inputs_free(), and `*n` (if not
 * NULL) its length.
 */
AT_EXPORT int at_pipeline_expand_inputs(const char *const *args, bool texts_too, FILE *list, char ***out, size_t *n,
                                        at_error *err);

/** Free what at_pipeline_expand_inputs() made. NULL is a no-op. */
AT_EXPORT void at_pipeline_inputs_free(char **inputs);

/**
 * Read any input as a document: a scan through `ocr` (NULL fails for scans),
 * ALTO (.xml), a table (.tsv, .tab or text of mostly TAB-separated rows) or
 * text; "-" is standard input, read as text. `lenient` replaces invalid
 * UTF-8 in texts instead of failing. `progress` (may be NULL) hears of each
 * page OCR completes. Caller frees `*doc` with at_doc_free().
 */
AT_EXPORT int at_pipeline_read_document(const char *path, at_ocr *ocr, bool lenient, at_ocr_progress_fn progress,
                                        void *data, at_doc **doc, at_error *err);

/* ---- a batch of documents to packages ---- */

/** Where the journal is kept. */
typedef enum at_journal_backend {
    AT_JOURNAL_SQLITE = 0, /**< a SQLite file (WAL, synchronous=FULL); default OUTDIR/journal.sqlite */
} at_journal_backend;

/** How a document ended. */
typedef enum at_pipeline_status {
    AT_PIPELINE_OK = 0,       /**< packaged in this run */
    AT_PIPELINE_ALREADY_DONE, /**< packaged by an earlier run, same content: skipped */
    AT_PIPELINE_FAILED,       /**< not packaged; see the event's `message` */
} at_pipeline_status;

typedef enum at_pipeline_event_kind {
    AT_PIPELINE_PAGE_DONE,     /**< OCR finished a page */
    AT_PIPELINE_DOCUMENT_DONE, /**< a document ended (see `status`) */
    AT_PIPELINE_WARNING,       /**< something the caller should show (`message`); the run goes on */
} at_pipeline_event_kind;

/** What happened, and the run's progress so far. */
typedef struct at_pipeline_event {
    at_pipeline_event_kind kind;
    const char *source;        /**< the document concerned, or NULL */
    at_pipeline_status status; /**< for AT_PIPELINE_DOCUMENT_DONE */
    const char *message;       /**< one line: why a document failed, or the warning; else NULL */
    size_t documents;          /**< documents in the run */
    size_t documents_done;     /**< ended so far (ok, already done or failed) */
    size_t failed;             /**< failed so far */
    size_t pages_done;         /**< pages read so far in this run */
    double seconds;            /**< since the run started */
} at_pipeline_event;

/**
 * Hears the run's events. Called from worker threads, one event at a time
 * (never concurrently); it must not call back into the pipeline.
 */
typedef void (*at_pipeline_event_fn)(const at_pipeline_event *event, void *data);

typedef struct at_pipeline_options {
    int version;                        /**< AT_PIPELINE_OPTIONS_VERSION */
    const char *outdir;                 /**< output folder, created if needed (required) */
    const at_package_options *package;  /**< how packages are written (required: organisation) */
    const at_normalizer *normalizer;    /**< repairs the text; NULL leaves it as read */
    const char *dictionary;             /**< the normalizer's dictionary (at_dict_describe), for PREMIS; or NULL */
    const at_ocr_options *ocr;          /**< how scans are read; NULL for AT_OCR_OPTIONS_INIT */
    bool lenient;                       /**< replace invalid UTF-8 in texts instead of failing */
    bool force;                         /**< redo documents the journal says are done */
    int jobs;                           /**< worker threads, 0 for one per core */
    at_journal_backend journal;         /**< where the journal is kept */
    const char *journal_location;       /**< the backend's location; NULL for its default */
    at_pipeline_event_fn on_event;      /**< hears progress and problems; may be NULL */
    void *event_data;                   /**< passed to on_event */
} at_pipeline_options;

#define AT_PIPELINE_OPTIONS_VERSION 1
#define AT_PIPELINE_OPTIONS_INIT                                                                                    \
    { AT_PIPELINE_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, false, false, 0, AT_JOURNAL_SQLITE, NULL, NULL, NULL }

/** What a run did, in total. */
typedef struct at_pipeline_summary {
    size_t documents;        /**< documents in the run; 0 when it could not start */
    size_t ok;               /**< packaged, in this run or an earlier one */
    size_t already_done;     /**< of `ok`, packaged by an earlier run */
    size_t failed;
    long long pages;         /**< pages of the packaged documents */
    long long words_changed; /**< words the normalizer changed in them */
    double mean_confidence;  /**< mean OCR word confidence over their OCR'd pages, or -1 */
    size_t pages_read;       /**< pages read in this run */
    double seconds;
} at_pipeline_summary;

/** A batch setup: options, the output folder and its journal. */
typedef struct at_pipeline at_pipeline;

/**
 * Check the options, create the output folder, remove what a killed run
 * left behind (hidden temporary packages, temporary reports) and open the
 * journal. The options' pointers must stay valid until at_pipeline_free().
 * Caller frees `*out` with at_pipeline_free().
 */
AT_EXPORT int at_pipeline_new(at_pipeline **out, const at_pipeline_options *opts, at_error *err);

/**
 * Turn `sources` (files, as at_pipeline_expand_inputs() gives them) into
 * one package each in the output folder, larger files first, then write
 * OUTDIR/report.json (per document in the given order, and in total).
 * A document that fails does not stop the others: it is counted in
 * `summary` and named in an AT_PIPELINE_DOCUMENT_DONE event. Returns 0
 * when the run completed, or a negative code when it could not start
 * (OCR setup; summary->documents is 0) or the report could not be
 * written (the summary is filled).
 */
AT_EXPORT int at_pipeline_run(at_pipeline *p, const char *const *sources, size_t n, at_pipeline_summary *summary,
                              at_error *err);

/** Close the journal and free. NULL is a no-op. */
AT_EXPORT void at_pipeline_free(at_pipeline *p);

#ifdef __cplusplus
}
#endif
#endif
