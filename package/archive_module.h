/* The archive module: packages as zip and tar archives (package/archive.c, libarchive with its
 * compression and crypto libraries) in a shared library of its own, which libarkivtext opens the first
 * time an archive is written or read (package/archive_front.c), so that no other command loads libarchive.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_ARCHIVE_MODULE_H
#define ARKIVTEXT_ARCHIVE_MODULE_H

#include "package/package_private.h"

#define AT_ARCHIVE_MODULE_ENTRY "at_archive_module_table"
#define AT_ARCHIVE_MODULE_ABI 1

/** What the module gives the front: the archive functions of package_private.h. */
typedef struct at_archive_module_fns {
    int (*write)(const char *parent, const char *name, const char *out, at_archive_format format, const char *when,
                 at_error *err);
    bool (*sniff)(const char *path);
    int (*extract)(const char *path, const char *dest, const at_package_validate_options *opts, at_error *err);
} at_archive_module_fns;

/** The module's one exported symbol (AT_ARCHIVE_MODULE_ENTRY): its table when built for `abi`, else NULL. */
AT_EXPORT const at_archive_module_fns *at_archive_module_table(int abi);

#endif
