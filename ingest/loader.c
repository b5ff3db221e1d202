/* The public OCR functions, forwarded to the OCR module or the image module, each opened on first use
 * (see module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"
#include "ingest/module.h"

#include <string.h>

typedef struct {
    at_ocr_module_fns fns;
    char *error; /* why the module could not be opened, or NULL */
} loaded_module;

static gpointer open_module(gpointer unused)
{
    (void)unused;
    loaded_module *m = g_new0(loaded_module, 1);
    void *entry = at_module_entry("OCR", "ARKIVTEXT_OCR_MODULE", AT_OCR_MODULE_BUILD_PATH, AT_OCR_MODULE_ENTRY,
                                  &m->error);
    if (entry) {
        at_ocr_module_entry fill; /* ISO C has no cast from an object to a function pointer; POSIX copies it */
        memcpy(&fill, &entry, sizeof fill);
        fill(&m->fns);
        if (m->fns.abi != AT_OCR_MODULE_ABI)
            m->error = g_strdup("the OCR module is of another arkivtext version");
    }
    return m;
}

/* The module's functions; the one lazily set value of the library, written once under g_once. */
static const loaded_module *module(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, open_module, NULL);
}

typedef struct {
    at_image_module_fns fns;
    char *error;
} loaded_image_module;

static gpointer open_image_module(gpointer unused)
{
    (void)unused;
    loaded_image_module *m = g_new0(loaded_image_module, 1);
    void *entry = at_module_entry("image", "ARKIVTEXT_IMAGE_MODULE", AT_IMAGE_MODULE_BUILD_PATH,
                                  AT_IMAGE_MODULE_ENTRY, &m->error);
    if (entry) {
        at_image_module_entry fill;
        memcpy(&fill, &entry, sizeof fill);
        fill(&m->fns);
        if (m->fns.abi != AT_IMAGE_MODULE_ABI)
            m->error = g_strdup("the image module is of another arkivtext version");
    }
    return m;
}

static const loaded_image_module *image_module(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, open_image_module, NULL);
}

int at_ocr_new(at_ocr **out, const at_ocr_options *opts, at_error *err)
{
    *out = NULL;
    const loaded_module *m = module();
    if (m->error)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "%s", m->error);
    return m->fns.ocr_new(out, opts, err);
}

void at_ocr_free(at_ocr *ocr)
{
    if (ocr) /* an at_ocr exists only if the module was opened */
        module()->fns.ocr_free(ocr);
}

int at_page_render(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                   size_t *len, int *width, int *height, at_error *err)
{
    *jpeg = NULL;
    *len = 0;
    /* Raster pages need only the image module; a PDF's pages need poppler, in the OCR module. */
    const loaded_image_module *im = image_module();
    if (im->error)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "%s", im->error);
    if (!im->fns.is_pdf(path))
        return im->fns.page_render(path, view, dpi, quality, jpeg, len, width, height, err);
    const loaded_module *m = module();
    if (m->error)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "%s", m->error);
    return m->fns.page_render(path, view, dpi, quality, jpeg, len, width, height, err);
}

int at_ocr_document(at_ocr *ocr, const char *path, at_doc **out, at_ocr_progress_fn progress, void *data,
                    at_error *err)
{
    return module()->fns.ocr_document(ocr, path, out, progress, data, err);
}

int at_ocr_files(at_ocr *ocr, const char *name, const char *const *paths, size_t n, at_doc **out,
                 at_ocr_progress_fn progress, void *data, at_error *err)
{
    return module()->fns.ocr_files(ocr, name, paths, n, out, progress, data, err);
}
