/* The PDF/A writer's public functions in libarkivtext: the checks that need no libqpdf, and the
 * writing forwarded to the PDF/A module, opened on first use (pdfa/module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"
#include "pdfa/module.h"

#include <string.h>

typedef struct {
    at_pdfa_module_fns fns;
    char *error; /* why the module could not be opened, or NULL */
} loaded_module;

static gpointer open_module(gpointer unused)
{
    (void)unused;
    loaded_module *m = g_new0(loaded_module, 1);
    void *entry = at_module_entry("PDF/A", "ARKIVTEXT_PDFA_MODULE", AT_PDFA_MODULE_BUILD_PATH, AT_PDFA_MODULE_ENTRY,
                                  &m->error);
    if (entry) {
        at_pdfa_module_entry fill; /* ISO C has no cast from an object to a function pointer; POSIX copies it */
        memcpy(&fill, &entry, sizeof fill);
        fill(&m->fns);
        if (m->fns.abi != AT_PDFA_MODULE_ABI)
            m->error = g_strdup("the PDF/A module is of another arkivtext version");
    }
    return m;
}

static const loaded_module *module(void)
{
    static GOnce once = G_ONCE_INIT;
    return g_once(&once, open_module, NULL);
}

const char *at_pdfa_library_version(void)
{
    const loaded_module *m = module();
    return m->error ? "unknown (no PDF/A module)" : m->fns.library_version();
}

bool at_pdfa_can_write(const at_doc *doc)
{
    size_t n = at_doc_n_pages(doc);
    for (size_t p = 0; p < n; p++) {
        at_page_image img;
        if (!at_doc_page_image(doc, p, &img))
            return false;
    }
    return n > 0;
}

int at_pdfa_write(const at_doc *doc, const at_pdfa_options *opts, FILE *out, at_error *err)
{
    at_pdfa_options defaults = AT_PDFA_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (opts->version != AT_PDFA_OPTIONS_VERSION)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PDFA, NULL, "unsupported PDF/A options version %d", opts->version);
    if (!at_pdfa_can_write(doc))
        return at_error_set(err, AT_EINVAL, AT_STAGE_PDFA, at_doc_name(doc),
                            "no PDF/A: not every page has a scanned image (text or born-digital input)");
    const loaded_module *m = module();
    if (m->error)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_PDFA, at_doc_name(doc), "%s", m->error);
    return m->fns.write(doc, opts, out, err);
}
