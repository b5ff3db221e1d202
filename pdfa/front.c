/* The PDF/A writer's public functions in libarkivtext: the checks that need no libqpdf, and the
 * writing forwarded to the PDF/A module, opened on first use (pdfa/module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"
#include "pdfa/module.h"

static const at_module_spec pdfa_spec = { "PDF/A", "ARKIVTEXT_PDFA_MODULE", AT_PDFA_MODULE_BUILD_PATH,
                                          AT_PDFA_MODULE_ENTRY, AT_PDFA_MODULE_ABI };

static const at_module_table *module(void)
{
    static GOnce once = G_ONCE_INIT;
    return at_module_load(&once, &pdfa_spec);
}

const char *at_pdfa_library_version(void)
{
    const at_pdfa_module_fns *fns = module()->table;
    return fns ? fns->library_version() : "unknown (no PDF/A module)";
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
    const at_module_table *m = module();
    if (!m->table)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_PDFA, at_doc_name(doc), "%s", m->error);
    return ((const at_pdfa_module_fns *)m->table)->write(doc, opts, out, err);
}
