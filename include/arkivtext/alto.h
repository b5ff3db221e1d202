/* arkivtext — ALTO 4.4, the document model's file format for pages read by OCR: writer and reader.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the document model (core/): the OCR stage writes its pages as
 * ALTO, the package stage puts one ALTO per page into every package, and
 * any ALTO written here reads back into the same document.
 */
#ifndef ARKIVTEXT_ALTO_H
#define ARKIVTEXT_ALTO_H

#include "arkivtext/doc.h"
#include "arkivtext/error.h"

#include <stdbool.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Options for the ALTO writer. */
typedef struct at_alto_options {
    int version;               /**< AT_ALTO_OPTIONS_VERSION */
    const char *source_image;  /**< file name recorded as sourceImageInformation, or NULL */
    bool alternatives;         /**< keep each changed word's raw reading as <ALTERNATIVE> */
    int page;                  /**< (version 2) write only this page (0-based); -1 for all */
} at_alto_options;

#define AT_ALTO_OPTIONS_VERSION 2
#define AT_ALTO_OPTIONS_INIT { AT_ALTO_OPTIONS_VERSION, NULL, true, -1 }

/**
 * Write `doc` as ALTO 4.4 (valid against schemas/alto-4-4.xsd): pages,
 * text blocks, tables as ComposedBlock of cell TextBlocks, lines, words
 * with HPOS/VPOS/WIDTH/HEIGHT and WC, and Processing entries naming the
 * software, model and preprocessing. Written through libxml2.
 */
AT_EXPORT int at_doc_write_alto(const at_doc *doc, FILE *out, const at_alto_options *opts, at_error *err);

/**
 * Read ALTO 4 as written by at_doc_write_alto() (`data`, `len` bytes) into
 * a new document named `path`: pages with their size and how they were
 * read, text blocks, table cells (row, column and table from the cell IDs),
 * lines in the order written (the i-th line of page p is TextLine
 * p<p>_l<i>), words with raw and current reading, rule, box (-1 where
 * absent) and confidence. Safe on hostile input: no network, no DTD, no
 * entities. Anything else than well-formed ALTO in the v4 namespace fails
 * with AT_EFORMAT and a one-line message naming `path`. Caller frees
 * `*out` with at_doc_free().
 */
AT_EXPORT int at_doc_from_alto(at_doc **out, const char *path, const char *data, size_t len, at_error *err);

/**
 * The TextLine IDs at_doc_write_alto() gives a document's lines. Lines are
 * numbered per page in writing order, "p<page>_l<n>" (both 1-based); a line
 * with no word to write (its only word merged into the line before, say)
 * gets none and the next line takes its number. The one place that decides
 * IDs: the writer, the extractor's provenance and anyone pointing into an
 * ALTO file use it.
 */
typedef struct at_alto_ids at_alto_ids;

/** Work out the IDs of `doc` as it is now. Caller frees `*out` with at_alto_ids_free(). */
AT_EXPORT int at_alto_ids_new(const at_doc *doc, at_alto_ids **out, at_error *err);

/** Line `line`'s number on its page (the n of p<page>_l<n>), or 0 when the writer leaves the line out (or `ids` is NULL). */
AT_EXPORT unsigned at_alto_line_number(const at_alto_ids *ids, size_t line);

/** Write line `line`'s TextLine ID into `buf`; false (and `buf` untouched) when the writer leaves it out. */
AT_EXPORT bool at_alto_line_id(const at_alto_ids *ids, size_t line, char *buf, size_t size);

/** Free. NULL is a no-op. */
AT_EXPORT void at_alto_ids_free(at_alto_ids *ids);

#ifdef __cplusplus
}
#endif
#endif
