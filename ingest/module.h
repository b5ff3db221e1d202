/* The OCR and image modules. The OCR module: tesseract, leptonica and poppler live in their own shared
 * library, which libarkivtext opens only when a command reads images, so
 * commands that read text start without loading them (and OpenMP inside
 * tesseract reads its thread limit when the module is opened, not before main).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_INGEST_MODULE_H
#define ARKIVTEXT_INGEST_MODULE_H

#include "arkivtext/ingest.h"

#define AT_OCR_MODULE_ENTRY "at_ocr_module_table"
#define AT_OCR_MODULE_ABI 4

/** What the module gives the loader: the public OCR functions of arkivtext/ingest.h. */
typedef struct at_ocr_module_fns {
    int (*ocr_new)(at_ocr **out, const at_ocr_options *opts, at_error *err);
    void (*ocr_free)(at_ocr *ocr);
    int (*ocr_document)(at_ocr *ocr, const char *path, at_doc **out, at_ocr_progress_fn progress, void *data,
                        at_error *err);
    int (*ocr_files)(at_ocr *ocr, const char *name, const char *const *paths, size_t n, at_doc **out,
                     at_ocr_progress_fn progress, void *data, at_error *err);
    int (*page_render)(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                       size_t *len, int *width, int *height, at_error *err);
} at_ocr_module_fns;

/** The module's one exported symbol (AT_OCR_MODULE_ENTRY): its table when built for `abi`, else NULL. */
AT_EXPORT const at_ocr_module_fns *at_ocr_module_table(int abi);

/*
 * The image module: drawing raster pages again (at_page_render for review
 * pages and corrected access copies) with leptonica, libtiff and libpng
 * alone, so that `review` and `correct` map neither tesseract nor poppler.
 * A PDF page is drawn by the OCR module (poppler), which holds the same
 * raster code (ingest/raster.c, render.c) for its own pages.
 */
#define AT_IMAGE_MODULE_ENTRY "at_image_module_table"
#define AT_IMAGE_MODULE_ABI 2

typedef struct at_image_module_fns {
    bool (*is_pdf)(const char *path);
    /** at_page_render() of a page that is not a PDF's. */
    int (*page_render)(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                       size_t *len, int *width, int *height, at_error *err);
} at_image_module_fns;

/** The image module's one exported symbol (AT_IMAGE_MODULE_ENTRY). */
AT_EXPORT const at_image_module_fns *at_image_module_table(int abi);

#endif
