/* The PDF/A module: the writer (libqpdf, and with it the C++ runtime) in a shared library of its own,
 * which libarkivtext opens the first time a PDF/A is written (pdfa/front.c), so that no other command
 * loads libqpdf.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PDFA_MODULE_H
#define ARKIVTEXT_PDFA_MODULE_H

#include "arkivtext/pdfa.h"

#define AT_PDFA_MODULE_ENTRY "at_pdfa_module_table"
#define AT_PDFA_MODULE_ABI 2

/** What the module gives the front: the functions of arkivtext/pdfa.h that need libqpdf. */
typedef struct at_pdfa_module_fns {
    const char *(*library_version)(void);
    /** at_pdfa_write() once the front has checked the options' version and the pages' images. */
    int (*write)(const at_doc *doc, const at_pdfa_options *opts, FILE *out, at_error *err);
} at_pdfa_module_fns;

/** The module's one exported symbol (AT_PDFA_MODULE_ENTRY): its table when built for `abi`, else NULL. */
AT_EXPORT const at_pdfa_module_fns *at_pdfa_module_table(int abi);

#endif
