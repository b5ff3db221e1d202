/* arkivtext — reading scanned pages: OCR with leptonica preprocessing and tesseract.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Images (TIFF, also multi-page, PNG, JPEG, PNM, WebP) are read with
 * leptonica, PDFs with poppler (a page with a text layer keeps that text
 * unless forced to OCR). Each page is preprocessed (gray, resolution,
 * orientation, deskew, binarisation, border and speckle removal), ruled
 * tables are cut into cells, and tesseract reads the page or cell by cell.
 * The result is an at_doc with boxes and confidences; at_doc_write_alto()
 * (arkivtext/alto.h) writes it as ALTO 4.4.
 */
#ifndef ARKIVTEXT_INGEST_H
#define ARKIVTEXT_INGEST_H

#include "arkivtext/doc.h"
#include "arkivtext/error.h"

#include <stdbool.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Preprocessing steps; each can be switched off. */
typedef enum {
    AT_PRE_GRAY = 1 << 0,     /**< convert to 8-bit gray */
    AT_PRE_UPSAMPLE = 1 << 1, /**< scale pages under 250 dpi up to 300 dpi */
    AT_PRE_ORIENT = 1 << 2,   /**< turn pages upright (tesseract OSD: 90, 180, 270) */
    AT_PRE_DESKEW = 1 << 3,   /**< measure and remove skew */
    AT_PRE_BINARIZE = 1 << 4, /**< adaptive (Sauvola) binarisation */
    AT_PRE_CLEAN = 1 << 5,    /**< remove dark borders and speckles */
    AT_PRE_ALL = (1 << 6) - 1,
} at_preprocess_step;

typedef struct at_ocr_options {
    int version;          /**< AT_OCR_OPTIONS_VERSION */
    const char *lang;     /**< tesseract languages, e.g. "swe" or "swe+eng" */
    const char *tessdata; /**< folder of the .traineddata files; NULL for tesseract's default */
    int dpi;              /**< resolution to assume when the file states none (0: 300) */
    unsigned steps;       /**< at_preprocess_step bits */
    bool force_ocr;       /**< OCR PDF pages even when they have a text layer */
    bool tables;          /**< find ruled tables and read them cell by cell */
    int jobs;             /**< worker threads, 0 for one per core */
    bool page_images;     /**< (version 2) keep each page's image in the document (at_doc_page_image): the
                               upright, deskewed page, CCITT G4 when the scan is bitonal, else JPEG (gray,
                               or colour when the scan has colour) */
    int jpeg_quality;     /**< (version 2) JPEG quality of kept page images, 1..100; 0 for the default */
} at_ocr_options;

#define AT_OCR_OPTIONS_VERSION 2
#define AT_OCR_OPTIONS_INIT { AT_OCR_OPTIONS_VERSION, "swe", NULL, 0, AT_PRE_ALL, false, true, 0, false, 0 }

/** An OCR setup: options and a pool of worker threads, one tesseract engine each. */
typedef struct at_ocr at_ocr;

/**
 * Check the options and make an OCR setup. Caller frees with at_ocr_free().
 * The tesseract models are loaded on the first page that needs OCR: a missing
 * or damaged .traineddata file (of any language in a "+" list) fails that
 * page's document (AT_EDEPEND, naming the model and the folder), and a
 * born-digital PDF whose pages have text needs none. A tessdata folder that
 * does not exist fails here (AT_EDEPEND).
 */
AT_EXPORT int at_ocr_new(at_ocr **out, const at_ocr_options *opts, at_error *err);

/** Free. NULL is a no-op. */
AT_EXPORT void at_ocr_free(at_ocr *ocr);

/** Called from the calling thread as pages complete. */
typedef void (*at_ocr_progress_fn)(size_t pages_done, size_t pages_total, void *data);

/**
 * Read one document (an image file or a PDF; all its pages, in parallel).
 * On success `*out` is a new document the caller frees with at_doc_free().
 * A corrupt, truncated, encrypted, empty or oversized file fails with
 * AT_EFORMAT or AT_ELIMIT and a one-line message naming the file.
 */
AT_EXPORT int at_ocr_document(at_ocr *ocr, const char *path, at_doc **out, at_ocr_progress_fn progress, void *data,
                              at_error *err);

/**
 * Read one document made of several files (the page images of one
 * document, in page order): every page of every file, in parallel, as
 * at_ocr_document() does for one; `name` names the document. Each page
 * keeps its page number in its own file (at_page_view.source_page), so a
 * new file starts where it is 1 again. A file that fails fails the whole
 * document, its name and page in the message.
 */
AT_EXPORT int at_ocr_files(at_ocr *ocr, const char *name, const char *const *paths, size_t n, at_doc **out,
                           at_ocr_progress_fn progress, void *data, at_error *err);

/**
 * Draw a page OCR read again from its source file, for people to look at
 * (review pages): page `view->source_page` of `path` (an image or PDF),
 * turned upright and deskewed as `view` records (its rotation, and the
 * "deskew:ANGLE" of its steps), in gray, scaled to `dpi` (the word boxes
 * are at `view->dpi`, so they scale by dpi / view->dpi) and encoded as
 * JPEG at `quality` (1..100, 0 for 75). On success `*jpeg` holds `*len`
 * bytes the caller frees with g_free(), and `*width` x `*height` is the
 * image's size. A page without an image (text; width 0) is AT_EINVAL.
 * Loads the image module (leptonica, libtiff, libpng) the first time, and
 * the OCR module only for a PDF's pages.
 */
AT_EXPORT int at_page_render(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                             size_t *len, int *width, int *height, at_error *err);

#ifdef __cplusplus
}
#endif
#endif
