/* The archive functions of package_private.h in libarkivtext, forwarded to the archive module, opened on
 * first use (package/archive_module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "package/archive_module.h"
#include "core/private.h"

static const at_module_spec archive_spec = { "archive", "ARKIVTEXT_ARCHIVE_MODULE", AT_ARCHIVE_MODULE_BUILD_PATH,
                                             AT_ARCHIVE_MODULE_ENTRY, AT_ARCHIVE_MODULE_ABI };

static const at_module_table *module(void)
{
    static GOnce once = G_ONCE_INIT;
    return at_module_load(&once, &archive_spec);
}

int at_archive_write(const char *parent, const char *name, const char *out, at_archive_format format, const char *when,
                     at_error *err)
{
    const at_archive_module_fns *fns = module()->table;
    return fns ? fns->write(parent, name, out, format, when, err)
               : at_error_set(err, AT_EDEPEND, AT_STAGE_PACKAGE, out, "%s", module()->error);
}

int at_archive_ready(const char *path, at_error *err)
{
    return module()->table ? 0 : at_error_set(err, AT_EDEPEND, AT_STAGE_PACKAGE, path, "%s", module()->error);
}

/* Without the module nothing can tell: the file is taken for an archive, and reading it says why not. */
bool at_archive_sniff(const char *path)
{
    const at_archive_module_fns *fns = module()->table;
    return !fns || fns->sniff(path);
}

int at_archive_extract(const char *path, const char *dest, const at_package_validate_options *opts, at_error *err)
{
    const at_archive_module_fns *fns = module()->table;
    return fns ? fns->extract(path, dest, opts, err)
               : at_error_set(err, AT_EDEPEND, AT_STAGE_PACKAGE, path, "%s", module()->error);
}
