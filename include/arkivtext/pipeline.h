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
#include <signal.h>
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
 * Read any input as a document, by what it holds (not its name): a scan
 * (image or PDF) through `ocr` (NULL fails for scans), ALTO, a
 * tab-separated or CSV table, or text; "-" is standard input, read as text.
 * A name that claims another kind fails ("brev.pdf: a text file, not a
 * PDF"), and so does a kind arkivtext does not read. `lenient` replaces
 * invalid UTF-8 in texts instead of failing. `progress` (may be NULL) hears
 * of each page OCR completes. Caller frees `*doc` with at_doc_free().
 */
AT_EXPORT int at_pipeline_read_document(const char *path, at_ocr *ocr, bool lenient, at_ocr_progress_fn progress,
                                        void *data, at_doc **doc, at_error *err);

/**
 * Read the files of one document (in page order) as one document named
 * `name`: page images all at once on the OCR pool, other files one after
 * another, each as at_pipeline_read_document() reads it.
 */
AT_EXPORT int at_pipeline_read_files(const char *name, const char *const *paths, size_t n, at_ocr *ocr, bool lenient,
                                     at_ocr_progress_fn progress, void *data, at_doc **doc, at_error *err);

/** What a file holds, judged by its content (not its name). */
typedef enum at_input_kind {
    AT_INPUT_UNSUPPORTED = 0, /**< something arkivtext does not read: a Word document, a GIF, binary data … */
    AT_INPUT_EMPTY,           /**< no bytes at all */
    AT_INPUT_TEXT,            /**< text */
    AT_INPUT_TABLE,           /**< text of TAB-separated rows */
    AT_INPUT_CSV,             /**< text of comma- or semicolon-separated rows */
    AT_INPUT_ALTO,            /**< ALTO XML */
    AT_INPUT_IMAGE,           /**< a TIFF, PNG, JPEG, PNM or WebP image */
    AT_INPUT_PDF,             /**< a PDF */
} at_input_kind;

/**
 * Look at the first bytes of `path`: `*kind` is what it holds and `*what`
 * says so in words ("a PDF", "a Word document (.docx)", "an empty file"),
 * a static string. Fails only when the file cannot be read.
 */
AT_EXPORT int at_pipeline_sniff(const char *path, at_input_kind *kind, const char **what, at_error *err);

/** Compare file names in natural order: "sida2" before "sida10", case ignored. Returns <0, 0 or >0. */
AT_EXPORT int at_pipeline_natural_compare(const char *a, const char *b);

/* ---- a box of inputs as documents ---- */

/** One document of a box: one file, or the page images (or manifest files) of one document in page order. */
typedef struct at_pipeline_document {
    const char *id;                 /**< the file's path, or its files' paths joined by line breaks */
    const char *const *files;       /**< the files, in page order, NULL-terminated */
    size_t n_files;
    const char *name;               /**< a name when no title is found: file name without extension, folder or manifest id */
    const char *title;              /**< from the manifest, or NULL */
    const char *date;               /**< from the manifest, or NULL */
    const char *reference;          /**< the diarienummer, from the manifest, or NULL */
    const char *series;             /**< from the manifest, or NULL */
} at_pipeline_document;

typedef struct at_pipeline_box_options {
    int version;              /**< AT_PIPELINE_BOX_OPTIONS_VERSION */
    bool pages_per_file;      /**< every page image a document of its own, instead of grouping a folder's pages */
    const char *manifest;     /**< CSV of path, document and optional title, date, diarienummer, series; or NULL */
    const char *exclude;      /**< a folder never read (the output folder), or NULL */
    FILE *list;               /**< where an input "-" reads paths from, one a line; or NULL */
} at_pipeline_box_options;

#define AT_PIPELINE_BOX_OPTIONS_VERSION 1
#define AT_PIPELINE_BOX_OPTIONS_INIT { AT_PIPELINE_BOX_OPTIONS_VERSION, false, NULL, NULL, NULL }

/** The documents and the skipped files of a box. */
typedef struct at_pipeline_box at_pipeline_box;

/**
 * Find the documents in `inputs` (files and folders; "-" for paths listed in
 * opts->list). Folders are walked recursively in natural order. Every file
 * found becomes part of a document or is listed as skipped with its reason
 * (hidden, empty, or of a kind arkivtext does not read, judged by content).
 * In each folder, page images whose names number their pages ("0001.tif",
 * "sida2.png") form one document per series of two or more, in natural order;
 * other files are documents of their own. With a manifest, its rows make the
 * documents and files not in it are skipped. Fails (nothing found) only on a
 * bad manifest (err names it and the line). Caller frees with
 * at_pipeline_box_free().
 */
AT_EXPORT int at_pipeline_box_open(at_pipeline_box **out, const char *const *inputs, const at_pipeline_box_options *opts,
                                   at_error *err);
AT_EXPORT void at_pipeline_box_free(at_pipeline_box *box);
AT_EXPORT size_t at_pipeline_box_n_documents(const at_pipeline_box *box);
/** The `index`th document, in the order found. Owned by the box. */
AT_EXPORT const at_pipeline_document *at_pipeline_box_document(const at_pipeline_box *box, size_t index);
AT_EXPORT size_t at_pipeline_box_n_skipped(const at_pipeline_box *box);
/**
 * The box's folders, absolute: each input folder and the folder of each input file (the current one for "-"),
 * or with a manifest its folder. Give them to at_pipeline_options.box_roots. NULL-terminated, owned by the box.
 */
AT_EXPORT const char *const *at_pipeline_box_roots(const at_pipeline_box *box);
/** The `index`th skipped file's path, and (if `reason` is not NULL) why it was skipped. Owned by the box. */
AT_EXPORT const char *at_pipeline_box_skipped(const at_pipeline_box *box, size_t index, const char **reason);

/* ---- a batch of documents to packages ---- */

/** Where the journal is kept. */
typedef enum at_journal_backend {
    AT_JOURNAL_SQLITE = 0, /**< a SQLite file (WAL, synchronous=FULL); default OUTDIR/journal.sqlite */
    AT_JOURNAL_POSTGRESQL, /**< a PostgreSQL database, shared by workers on many machines; the location is its
                                connection string (postgresql://… or key=value pairs; libpq's environment applies) */
} at_journal_backend;

/**
 * The backend a journal location names: a `postgresql://` or `postgres://`
 * URI, or libpq key=value pairs (`host=… dbname=…`), is PostgreSQL; anything
 * else is the path of a SQLite file.
 */
AT_EXPORT at_journal_backend at_pipeline_journal_backend(const char *location);

/** How a document ended. */
typedef enum at_pipeline_status {
    AT_PIPELINE_OK = 0,       /**< packaged in this run */
    AT_PIPELINE_ALREADY_DONE, /**< packaged by an earlier run, same content: skipped */
    AT_PIPELINE_FAILED,       /**< not packaged; see the event's `message` */
    AT_PIPELINE_DUPLICATE,    /**< the same content as an earlier document of the run: in its package */
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
    const char *message;       /**< one line: why a document failed, the warning, or (a duplicate) the
                                    document whose package holds it; else NULL */
    size_t warnings;           /**< for AT_PIPELINE_DOCUMENT_DONE: the document's warnings */
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
    const volatile sig_atomic_t *stop;  /**< (version 2) when it becomes non-zero (a signal handler may set it),
                                             no further document is started; those running are finished */
    const char *const *box_roots;       /**< (version 3) absolute folders (at_pipeline_box_roots): a package records
                                             its sources relative to the deepest that holds them, not as paths of
                                             this machine; NULL-terminated, or NULL for absolute paths */
    const char *rules;                  /**< (version 4) the normalizer's rules file, NULL for at_rules_default_path():
                                             its content is recorded with the folder's options */
    const char *const *lexicons;        /**< (version 4) the user lexicons added to the dictionary, NULL-terminated or
                                             NULL: their content is recorded with the folder's options */
} at_pipeline_options;

#define AT_PIPELINE_OPTIONS_VERSION 4
#define AT_PIPELINE_OPTIONS_INIT                                                                                    \
    { AT_PIPELINE_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, false, false, 0, AT_JOURNAL_SQLITE, NULL, NULL, NULL, \
      NULL, NULL, NULL, NULL }

/** What a run did, in total. */
typedef struct at_pipeline_summary {
    size_t documents;        /**< documents in the run (duplicates too); 0 when it could not start */
    size_t ok;               /**< packaged, in this run or an earlier one */
    size_t already_done;     /**< of `ok`, packaged by an earlier run */
    size_t warned;           /**< of `ok`, packaged with warnings */
    size_t duplicates;       /**< the same content as another document of the run, in its package */
    size_t failed;
    size_t skipped;          /**< files of the box not read (see at_pipeline_box_skipped) */
    size_t not_started;      /**< documents the run was stopped before (options.stop) */
    long long pages;         /**< pages of the packaged documents */
    long long words_changed; /**< words the normalizer changed in them */
    double mean_confidence;  /**< mean OCR word confidence over their OCR'd pages, or -1 */
    size_t pages_read;       /**< pages read in this run */
    double seconds;
    bool reported;           /**< this call wrote OUTDIR/report.json for the whole batch (for a worker: the
                                  batch is complete), so what follows a batch (review pages) may be made */
    size_t batch_failed;     /**< when `reported`: documents failed in the whole batch (by any worker) */
    size_t batch_skipped;    /**< when `reported`: files of the whole batch's box skipped */
    size_t stale;            /**< when `reported`: earlier runs' packages in the folder that are no document's
                                  now (gone from the box, grouped otherwise); kept, listed as stale */
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
 * Turn the documents of `box` into one package each in the output folder,
 * larger ones first, then write OUTDIR/report.json and OUTDIR/report.csv:
 * every document (in the box's order) and every skipped file, and the
 * totals. Documents of the same content (SHA-256) make one package, by the
 * first of them, that names every source; the others are reported as its
 * duplicates. A document that fails does not stop the others: it is counted
 * in `summary` and named in an AT_PIPELINE_DOCUMENT_DONE event. The folder
 * remembers the options its packages were made with (organisation,
 * agreement, folder/tar/zip, OCR, repair; the SHA-256 of the rules file,
 * the lexicons and the tesseract models used): other options fail
 * (AT_EINVAL) unless `force`; so do at_pipeline_enqueue() and
 * at_pipeline_enqueue_box(). When `stop` is set the run ends after the
 * documents running, and the reports list the rest as not started. Returns 0 when the run
 * completed (or was stopped), or a negative code when it could not start
 * (OCR setup, changed options; summary->documents is 0) or the reports
 * could not be written (the summary is filled).
 */
AT_EXPORT int at_pipeline_run(at_pipeline *p, const at_pipeline_box *box, at_pipeline_summary *summary,
                              at_error *err);

/** Close the journal and free. NULL is a no-op. */
AT_EXPORT void at_pipeline_free(at_pipeline *p);

/**
 * A package of `opts->outdir` was written again (a correction, see arkivtext/review.h): update what the
 * folder keeps of it, its facts for the reports and its journal entry (kind, pages, words, words changed;
 * `doc` and `rec` as the package now holds them), so that a later run reports it as it is and, its sources
 * unchanged, keeps it as done. Only `outdir`, `journal` and `journal_location` of `opts` are read. A
 * package the journal does not name is left alone (no error).
 */
AT_EXPORT int at_pipeline_package_updated(const at_pipeline_options *opts, const char *package, const at_doc *doc,
                                          const at_record *rec, size_t words_changed, at_error *err);

/* ---- a batch shared by many workers ---- */

/**
 * What at_pipeline_enqueue() writes into the output folder
 * (OUTDIR/arkivtext-batch.ini) for the batch's workers. A worker checks the
 * id against the journal, so a worker that sees another folder than the one
 * enqueued claims nothing.
 */
typedef struct at_pipeline_batch {
    char *id;      /**< the batch's id, also in the journal */
    char *journal; /**< the journal's location without a password, or NULL for the default SQLite file */
    char **args;   /**< the options every worker of the batch runs with; NULL-terminated, never NULL */
} at_pipeline_batch;

/**
 * Read the batch file of `outdir`. Fails (AT_EIO, naming the folder) when
 * there is none: nothing was enqueued there, or this machine sees another
 * folder than the one enqueued. Clear `out` with at_pipeline_batch_clear().
 */
AT_EXPORT int at_pipeline_batch_read(const char *outdir, at_pipeline_batch *out, at_error *err);

/** Free what at_pipeline_batch_read() filled; safe on a zeroed struct. */
AT_EXPORT void at_pipeline_batch_clear(at_pipeline_batch *b);

/**
 * Register `sources` (documents: a file, or the files of one document in
 * page order joined by line breaks, as at_pipeline_document.id) with their
 * content hash and absolute paths in the journal as the
 * output folder's batch, for workers (at_pipeline_work()) in any number of
 * processes, on any machines that see the sources and the folder at the
 * same paths, to share. Documents done with the same content stay done
 * (unless `force`, or their package is gone); failed ones are queued again.
 * `args` (may be NULL) are stored in the batch file for the workers.
 * `*queued` counts the documents queued. Nothing is processed here.
 */
AT_EXPORT int at_pipeline_enqueue(at_pipeline *p, const char *const *sources, size_t n, const char *const *args,
                                  size_t *queued, at_error *err);

/**
 * Enqueue the documents of `box` as at_pipeline_enqueue() does, and keep with the batch what workers need to
 * package and report them as a single run does: each document's sources as given (not made absolute), the
 * manifest's title, date, diarienummer and series, the box's order (duplicates in their place) and its skipped
 * files.
 */
AT_EXPORT int at_pipeline_enqueue_box(at_pipeline *p, const at_pipeline_box *box, const char *const *args,
                                      size_t *queued, at_error *err);

/**
 * Work on the output folder's batch until nothing is left: claim a document,
 * package it, mark it done, on `jobs` threads. A claim is held by this
 * process's journal session (a killed worker's claims are free at once) and
 * renewed while it lives; a claim not renewed for `lease` seconds (0: 300)
 * is taken over by another worker. While other workers still hold documents
 * this one waits, so that it can take over theirs if they die. When
 * options.stop is set it claims nothing more, finishes what it holds and
 * returns (the rest stay queued for other workers, or this one run again).
 * The worker that sees the batch complete writes OUTDIR/report.json for all
 * of it.
 * `summary` counts what this worker did. Returns 0 when the batch has
 * nothing left, or a negative code (the folder is not the journal's batch,
 * the journal is unreachable).
 */
AT_EXPORT int at_pipeline_work(at_pipeline *p, int lease, at_pipeline_summary *summary, at_error *err);

/** How far a batch is, from its journal. */
typedef struct at_pipeline_progress {
    size_t documents;          /**< in the batch */
    size_t queued, running, done, failed;
    size_t orphaned;           /**< of `running`: claims whose worker is gone or whose lease ran out */
    long long pages;           /**< pages of the documents done */
    double pages_per_minute;   /**< over the last ten minutes (less when the batch is younger); 0 when none */
    double documents_per_minute;
    double eta_seconds;        /**< for the queued and running documents at that rate; -1 when unknown */
} at_pipeline_progress;

/**
 * Read the progress of the batch in `outdir` from its journal: at `journal`
 * (see at_pipeline_journal_backend()), or (NULL) the one its batch file
 * names, or the default SQLite file in `outdir`.
 */
AT_EXPORT int at_pipeline_progress_read(const char *outdir, const char *journal, at_pipeline_progress *out,
                                        at_error *err);

#ifdef __cplusplus
}
#endif
#endif
