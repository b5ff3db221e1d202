/* The OCR module: tesseract, leptonica and poppler live in their own shared
 * library, which libarkivtext opens only when a command reads images, so
 * commands that read text start without loading them (and OpenMP inside
 * tesseract reads its thread limit when the module is opened, not before main).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_INGEST_MODULE_H
#define ARKIVTEXT_INGEST_MODULE_H

#include "arkivtext/ingest.h"

#define AT_OCR_MODULE_ENTRY "at_ocr_module_functions"
#define AT_OCR_MODULE_ABI 3

/** What the module gives the loader: the public OCR functions of arkivtext/ingest.h. */
typedef struct at_ocr_module_fns {
    int abi; /**< AT_OCR_MODULE_ABI of the module */
    int (*ocr_new)(at_ocr **out, const at_ocr_options *opts, at_error *err);
    void (*ocr_free)(at_ocr *ocr);
    int (*ocr_document)(at_ocr *ocr, const char *path, at_doc **out, at_ocr_progress_fn progress, void *data,
                        at_error *err);
    int (*ocr_files)(at_ocr *ocr, const char *name, const char *const *paths, size_t n, at_doc **out,
                     at_ocr_progress_fn progress, void *data, at_error *err);
    int (*page_render)(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                       size_t *len, int *width, int *height, at_error *err);
} at_ocr_module_fns;

/** The module's one exported symbol (AT_OCR_MODULE_ENTRY). */
typedef void (*at_ocr_module_entry)(at_ocr_module_fns *out);

#endif
