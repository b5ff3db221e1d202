/* The OCR stage's internals.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_INGEST_PRIVATE_H
#define ARKIVTEXT_INGEST_PRIVATE_H

#include <leptonica/allheaders.h>

#include "arkivtext/ingest.h"
#include "arkivtext/doc.h"
#include "core/private.h"

/* Pages beyond these sizes are refused rather than read: a 40 000 x 40 000
 * px scan would need gigabytes at every preprocessing step. */
#define AT_MAX_SIDE 30000
#define AT_MAX_PIXELS (120 * 1000 * 1000)

typedef enum {
    AT_SOURCE_IMAGE, /* a raster file leptonica reads (page `index` of a multi-page TIFF) */
    AT_SOURCE_PDF,   /* a PDF page rendered by poppler */
} at_source_kind;

/** One page of a document: where it comes from and, once read, its image or its text layer. */
typedef struct at_page_job {
    const char *path;  /* the file it is a page of */
    int source_page;   /* 1-based */
    int dpi;           /* from the file, 0 if it states none */
    PIX *pix;          /* the page image to OCR, or NULL when `layer` holds its text */
    at_doc *layer;     /* a PDF text layer already read: one page */
    at_doc *result;    /* one page, filled by a worker */
    at_error err;
} at_page_job;

/**
 * How many pages `path` has, and what it is. Checks the format and the
 * size limits from the header alone (no decoding).
 */
int at_source_open(const char *path, at_source_kind *kind, int *n_pages, void **handle, at_error *err);

/** Read page `job->source_page` of the source into `job` (image or text layer). Not thread-safe for PDFs. */
int at_source_read_page(const char *path, at_source_kind kind, void *handle, const at_ocr_options *opts,
                        at_page_job *job, at_error *err);

void at_source_close(at_source_kind kind, void *handle);

/** What preprocessing did to a page. */
typedef struct at_prep_report {
    int dpi;
    float scale;       /* factor the page was scaled by (1: not scaled) */
    double skew;       /* degrees measured */
    double deskewed;   /* degrees the page was turned to remove the skew (0: not turned) */
    int rotation;      /* degrees turned upright (tesseract's orientation: 0, 90, 180, 270) */
    double specks;     /* share of the page's pixels removed as specks */
    GString *steps;    /* comma-separated steps applied */
} at_prep_report;

/**
 * Preprocess a page for OCR. `osd` is a tesseract engine loaded with "osd"
 * (NULL skips orientation). Returns the 1 bpp page (and, in `*gray`, the
 * deskewed 8 bpp page) or NULL.
 */
PIX *at_preprocess(PIX *page, int dpi, unsigned steps, void *osd, PIX **gray, at_prep_report *report,
                   at_error *err);

/** `pix` (any depth) turned upright and deskewed as `r` says preprocessing did to its page; not scaled. */
PIX *at_page_geometry(PIX *pix, const at_prep_report *r);

/**
 * The image a page's access copy shows, encoded: `source` (the page as read
 * from the file) with the geometry `report` says preprocessing applied, so
 * it is pixel for pixel the page the word boxes refer to. `gray` is the
 * preprocessed 8 bpp page. Bitonal scans become CCITT G4; colour scans
 * colour JPEG; everything else gray JPEG at `quality`. Sets it as the
 * image of page `page` of `doc`, or returns an error.
 */
int at_page_image_make(PIX *source, PIX *gray, const at_prep_report *report, int quality, at_doc *doc,
                       size_t page, at_error *err);

/** at_page_render() in the module (render.c). */
int at_page_render_impl(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                        size_t *len, int *width, int *height, at_error *err);

#endif
