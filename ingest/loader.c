/* The public OCR functions, forwarded to the OCR module opened on first use (see module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"
#include "ingest/module.h"

#include <gmodule.h>
#include <string.h>

const char *at_ocr_module_default_path(void)
{
    /* The environment first, then the installed copy, then this build's own (as for the dictionary). */
    const char *env = g_getenv("ARKIVTEXT_OCR_MODULE");
    if (env && *env)
        return env;
    return g_file_test(AT_OCR_MODULE_INSTALLED_PATH, G_FILE_TEST_EXISTS) ? AT_OCR_MODULE_INSTALLED_PATH
                                                                         : AT_OCR_MODULE_BUILD_PATH;
}

typedef struct {
    at_ocr_module_fns fns;
    char *error; /* why the module could not be opened, or NULL */
} loaded_module;

static gpointer open_module(gpointer unused)
{
    (void)unused;
    loaded_module *m = g_new0(loaded_module, 1);
    const char *path = at_ocr_module_default_path();
    /* Opened once for the life of the process and never closed: tesseract keeps threads and
     * caches that must outlive every at_ocr. */
    GModule *mod = g_module_open(path, G_MODULE_BIND_LOCAL);
    gpointer entry = NULL;
    if (!mod)
        m->error = g_strdup_printf("cannot open the OCR module %s: %s", path, g_module_error());
    else if (!g_module_symbol(mod, AT_OCR_MODULE_ENTRY, &entry) || !entry)
        m->error = g_strdup_printf("%s is not an arkivtext OCR module", path);
    else {
        at_ocr_module_entry fill; /* ISO C has no cast from an object to a function pointer; POSIX copies it */
        memcpy(&fill, &entry, sizeof fill);
        fill(&m->fns);
        if (m->fns.abi != AT_OCR_MODULE_ABI)
            m->error = g_strdup_printf("%s is an OCR module of another arkivtext version", path);
        else
            g_module_make_resident(mod);
    }
    return m;
}

/* The module's functions; the one lazily set value of the library, written once under g_once. */
static const loaded_module *module(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, open_module, NULL);
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
