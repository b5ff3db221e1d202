/* arkivtext — review pages: what the tool did to a batch, for an archivist to look at and correct.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * at_review_write() reads the packages of a folder and writes DIR/review/:
 * index.html (one row per document, riskiest first, sortable) and one page
 * per document (OBJID.html) showing each page image (OBJID/pN.jpg, drawn
 * again from the original at about 150 dpi through the OCR module) with the
 * words' ALTO boxes shaded by confidence, the words the OCR engine was least
 * sure of and every change the normalizer made marked (its original reading
 * and rule on the word), the record beside the pages with each element
 * linked to its lines, and a text view for inputs without images. Plain
 * HTML, CSS and JavaScript, no network: they work from file://. On a page
 * the archivist rejects changes or types corrections and exports them as a
 * decisions file for `arkivtext correct` (arkivtext/correct.h).
 */
#ifndef ARKIVTEXT_REVIEW_H
#define ARKIVTEXT_REVIEW_H

#include "arkivtext/common.h"
#include "arkivtext/error.h"

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
} at_review_options;

#define AT_REVIEW_OPTIONS_VERSION 1
#define AT_REVIEW_OPTIONS_INIT { AT_REVIEW_OPTIONS_VERSION, 0, 0, 0, NULL, NULL }

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

#ifdef __cplusplus
}
#endif
#endif
