/* arkivtext — review pages: what the tool did to a batch, for an archivist to look at and correct.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * at_review_write() reads the packages of a folder and writes DIR/review/:
 * index.html (one row per document, riskiest first, sortable) and one page
 * per document (OBJID.html) showing each page image (OBJID/pN.jpg, drawn
 * again from the original at about 150 dpi: raster pages through the image
 * module, which maps neither tesseract nor poppler; a PDF's through the OCR
 * module) with the
 * words' ALTO boxes shaded by confidence, the words the OCR engine was least
 * sure of and every change the normalizer made marked (its original reading
 * and rule on the word), the record beside the pages with each element
 * linked to its lines, and a text view for inputs without images. Plain
 * HTML, CSS and JavaScript, no network: they work from file://. On a page
 * the archivist rejects changes or types corrections and exports them as a
 * decisions file, which at_correct_apply() applies to the package.
 */
#ifndef ARKIVTEXT_REVIEW_H
#define ARKIVTEXT_REVIEW_H

#include "arkivtext/common.h"
#include "arkivtext/dict.h"
#include "arkivtext/error.h"
#include "arkivtext/pipeline.h"
#include "arkivtext/search.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Called for a package that could not be reviewed; the others still are. */
typedef void (*at_review_failure_fn)(const char *package, const at_error *err, void *data);

typedef struct at_review_options {
    int version;             /**< AT_REVIEW_OPTIONS_VERSION */
    int dpi;                 /**< resolution of the page images; 0 for 150 */
    int quality;             /**< their JPEG quality, 1..100; 0 for 60 */
    double low_confidence;   /**< words the OCR engine gave less than this are marked; 0 for 0.8 */
    at_review_failure_fn on_failure; /**< may be NULL */
    void *data;              /**< passed to on_failure */
    const at_dict *dict;     /**< (version 2) OCR'd words the normalizer left alone that this dictionary does not
                                  know, alone or as a compound, are marked too; NULL: confidence only */
} at_review_options;

#define AT_REVIEW_OPTIONS_VERSION 2
#define AT_REVIEW_OPTIONS_INIT { AT_REVIEW_OPTIONS_VERSION, 0, 0, 0, NULL, NULL, NULL }

/** What at_review_write() wrote. */
typedef struct at_review_summary {
    size_t documents;  /**< documents with a page */
    size_t failed;     /**< packages that could not be read (each reported through on_failure) */
    size_t pages;      /**< pages shown */
    size_t images;     /**< page images drawn */
    size_t marked;     /**< words marked: changed by the normalizer or of low confidence */
} at_review_summary;

/**
 * Write the review pages of the packages in `dir` (its folders holding a
 * METS.xml) into `dir/review/`, built beside it under a temporary name and
 * renamed into place when complete (an older review folder is replaced;
 * a symbolic link or a file there is refused). A package that cannot be
 * read is reported through `opts->on_failure` and left out. Fails when
 * `dir` cannot be read or the folder cannot be written. `opts` and
 * `summary` may be NULL.
 */
AT_EXPORT int at_review_write(const char *dir, const at_review_options *opts, at_review_summary *summary,
                              at_error *err);

/* ---- corrections: the decisions made on a review page, applied to the package ---- */

typedef struct at_correct_options {
    int version;        /**< AT_CORRECT_OPTIONS_VERSION */
    const char *person; /**< who decided (the PREMIS agent); NULL: the decisions file's reviewer */
    const char *reason; /**< why, recorded with the changes; NULL: "corrected after review" */
    const char *date;   /**< xs:dateTime of the correction; NULL: now, or $SOURCE_DATE_EPOCH */
    at_index *index;    /**< the search index to update with the corrected package, or NULL */
    const char *journal; /**< (version 2) the batch's journal to update: a SQLite file or postgresql://…; NULL:
                              the one the folder's batch file names, else the folder's journal.sqlite if any */
} at_correct_options;

#define AT_CORRECT_OPTIONS_VERSION 2
#define AT_CORRECT_OPTIONS_INIT { AT_CORRECT_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL }

/** What a correction did. */
typedef struct at_correct_result {
    char package[128]; /**< the package's ID */
    size_t applied;    /**< words changed now */
    size_t already;    /**< decisions the package already held (nothing to do) */
} at_correct_result;

/**
 * Apply the decisions file `decisions` (exported from a review page: the
 * package ID and, per word, its ALTO String ID, the reading the reviewer
 * saw and the one wanted) to the package of that ID in `dir`. Each word
 * is set as asked (a rejected change goes back to the original reading;
 * the original stays in the ALTO as ALTERNATIVE), the record is extracted
 * again, every change is logged with its reading before and after, who and
 * why (AT_PACKAGE_CORRECTIONS_FILE) and as a PREMIS event, and the package
 * is written again beside the old one, validated and renamed into place
 * (METS LASTMODDATE the correction's date, its sources the paths the run
 * recorded); then `opts->index`, the journal and the package's facts (see
 * at_pipeline_package_updated()) and the document's review page, when the
 * folder has review pages, are updated. Decisions the package already holds are
 * skipped, so applying a file twice changes nothing. Refused with one line
 * naming the file, and nothing changed: malformed JSON, a package not in
 * `dir`, an unknown word ID, a reading that is neither the one the reviewer
 * saw nor the one wanted (the package changed since), no person.
 */
AT_EXPORT int at_correct_apply(const char *dir, const char *decisions, const at_correct_options *opts,
                               at_correct_result *result, at_error *err);

/**
 * Undo the latest correction of the package folder `package` not undone
 * yet: its words get back the readings they had before, recorded as a
 * correction of its own (the log only grows). `result->applied` is 0 when
 * there is nothing to undo.
 */
AT_EXPORT int at_correct_undo(const char *package, const at_correct_options *opts, at_correct_result *result,
                              at_error *err);

#ifdef __cplusplus
}
#endif
#endif
