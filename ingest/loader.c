/* The public OCR functions, forwarded to the OCR module or the image module, each opened on first use
 * (see module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"
#include "ingest/module.h"

static const at_module_spec ocr_spec = { "OCR", "ARKIVTEXT_OCR_MODULE", AT_OCR_MODULE_BUILD_PATH,
                                         AT_OCR_MODULE_ENTRY, AT_OCR_MODULE_ABI };
static const at_module_spec image_spec = { "image", "ARKIVTEXT_IMAGE_MODULE", AT_IMAGE_MODULE_BUILD_PATH,
                                           AT_IMAGE_MODULE_ENTRY, AT_IMAGE_MODULE_ABI };

static const at_module_table *ocr_module(void)
{
    static GOnce once = G_ONCE_INIT;
    return at_module_load(&once, &ocr_spec);
}

static const at_module_table *image_module(void)
{
    static GOnce once = G_ONCE_INIT;
    return at_module_load(&once, &image_spec);
}

/* The OCR module's functions into *fns, or an error saying why it cannot be opened. */
static int ocr_fns(const at_ocr_module_fns **fns, at_error *err)
{
    const at_module_table *m = ocr_module();
    *fns = m->table;
    return m->table ? 0 : at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "%s", m->error);
}

/* The OCR module of an existing at_ocr: one exists only if the module was opened. */
static const at_ocr_module_fns *opened_ocr_fns(void)
{
    return ocr_module()->table;
}

int at_ocr_new(at_ocr **out, const at_ocr_options *opts, at_error *err)
{
    *out = NULL;
    const at_ocr_module_fns *fns;
    int rc = ocr_fns(&fns, err);
    return rc ? rc : fns->ocr_new(out, opts, err);
}

void at_ocr_free(at_ocr *ocr)
{
    if (ocr)
        opened_ocr_fns()->ocr_free(ocr);
}

int at_page_render(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                   size_t *len, int *width, int *height, at_error *err)
{
    *jpeg = NULL;
    *len = 0;
    /* Raster pages need only the image module; a PDF's pages need poppler, in the OCR module. */
    const at_module_table *image = image_module();
    if (!image->table)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "%s", image->error);
    const at_image_module_fns *raster = image->table;
    if (!raster->is_pdf(path))
        return raster->page_render(path, view, dpi, quality, jpeg, len, width, height, err);
    const at_ocr_module_fns *fns;
    int rc = ocr_fns(&fns, err);
    return rc ? rc : fns->page_render(path, view, dpi, quality, jpeg, len, width, height, err);
}

int at_ocr_document(at_ocr *ocr, const char *path, at_doc **out, at_ocr_progress_fn progress, void *data,
                    at_error *err)
{
    return opened_ocr_fns()->ocr_document(ocr, path, out, progress, data, err);
}

int at_ocr_files(at_ocr *ocr, const char *name, const char *const *paths, size_t n, at_doc **out,
                 at_ocr_progress_fn progress, void *data, at_error *err)
{
    return opened_ocr_fns()->ocr_files(ocr, name, paths, n, out, progress, data, err);
}
