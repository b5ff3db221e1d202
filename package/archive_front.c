/* The archive functions of package_private.h in libarkivtext, forwarded to the archive module, opened on
 * first use (package/archive_module.h).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "package/archive_module.h"
#include "core/private.h"

#include <stdio.h>
#include <string.h>

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

/* Without the module, the magic bytes of the formats it reads: zip, gzip, POSIX tar ("ustar" at 257).
 * Such a file is listed as a package, and reading it says the module is missing. */
static bool magic_sniff(const char *path)
{
    unsigned char head[262] = { 0 };
    FILE *f = fopen(path, "rb");
    size_t n = f ? fread(head, 1, sizeof head, f) : 0;
    if (f)
        fclose(f);
    bool zip = n >= 4 && memcmp(head, "PK", 2) == 0 && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    bool gzip = n >= 2 && head[0] == 0x1f && head[1] == 0x8b;
    return zip || gzip || (n >= 262 && memcmp(head + 257, "ustar", 5) == 0);
}

bool at_archive_sniff(const char *path)
{
    const at_archive_module_fns *fns = module()->table;
    return fns ? fns->sniff(path) : magic_sniff(path);
}

int at_archive_extract(const char *path, const char *dest, const at_package_validate_options *opts, at_error *err)
{
    const at_archive_module_fns *fns = module()->table;
    return fns ? fns->extract(path, dest, opts, err)
               : at_error_set(err, AT_EDEPEND, AT_STAGE_PACKAGE, path, "%s", module()->error);
}
