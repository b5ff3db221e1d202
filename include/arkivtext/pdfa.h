/* arkivtext — searchable PDF/A-1b access copies of scanned documents.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * at_pdfa_write() turns a document read by OCR with page images kept
 * (at_ocr_options.page_images) into one PDF/A-1b file: every page is its
 * page image (the upright, deskewed page OCR read; CCITT G4 or JPEG, passed
 * through unchanged), and over it, invisible (text render mode 3), each
 * word's current reading — the repaired one after normalization — at its
 * box, in a glyph-less embedded font with a ToUnicode map, so that search,
 * copy and text extraction give the repaired words. XMP metadata carries
 * the title, organisation and dates; an sRGB output intent, a document ID.
 * The writer only reads the document.
 */
#ifndef ARKIVTEXT_PDFA_H
#define ARKIVTEXT_PDFA_H

#include "arkivtext/common.h"
#include "arkivtext/doc.h"
#include "arkivtext/error.h"

#include <stdbool.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct at_pdfa_options {
    int version;              /**< AT_PDFA_OPTIONS_VERSION */
    const char *title;        /**< dc:title; NULL: the document's file name without folder and extension */
    const char *organisation; /**< dc:creator, the organisation the document comes from; NULL: none */
    const char *date;         /**< the document's own date (ISO 8601, from its record) as dc:date; NULL: none */
    const char *created;      /**< xs:dateTime of the PDF (xmp:CreateDate); NULL: now, or $SOURCE_DATE_EPOCH */
    const char *language;     /**< dc:language and the catalog's /Lang; NULL: "sv" */
} at_pdfa_options;

#define AT_PDFA_OPTIONS_VERSION 1
#define AT_PDFA_OPTIONS_INIT { AT_PDFA_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL }

/** The PDF library that writes the files, with its version, e.g. "11.3.0" (libqpdf's). Never NULL. */
AT_EXPORT const char *at_pdfa_library_version(void);

/**
 * Can `doc` become a PDF/A here: does every page have a page image? False
 * for text, ALTO and born-digital PDF pages (kept as they are).
 */
AT_EXPORT bool at_pdfa_can_write(const at_doc *doc);

/**
 * Write `doc` as PDF/A-1b to `out` (open it with at_atomic_open() so that a
 * failure leaves nothing behind). The file is built in memory and written
 * at the end — into an empty regular file directly, through its descriptor,
 * else (a pipe, a memory stream) as one buffer; either way the same
 * document and options give the same bytes. What was written is read back
 * (every page and its content) before the call returns 0, so that a file
 * that does not read back is never committed. Fails with AT_EINVAL when a
 * page has no image, AT_ELIMIT beyond PDF/A-1's limits (more than 8 191
 * pages or 65 535 distinct characters), writing nothing; AT_EIO when `out`
 * cannot be written or does not read back (abort the atomic file); errors
 * name the document.
 */
AT_EXPORT int at_pdfa_write(const at_doc *doc, const at_pdfa_options *opts, FILE *out, at_error *err);

#ifdef __cplusplus
}
#endif
#endif
