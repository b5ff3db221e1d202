/* The package stage's internals, shared by the writer and the validator.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PACKAGE_PRIVATE_H
#define ARKIVTEXT_PACKAGE_PRIVATE_H

#include "arkivtext/package.h"

#include <glib.h>

/** The schema files every package carries in schemas/. */
const char *const *at_package_schema_names(size_t *n);

/** The IANA media type we record for a file name. */
const char *at_package_mimetype(const char *name);

/**
 * Write the folder `parent/name` as a POSIX ustar archive at `tar_path` with
 * one root folder `name`, entries sorted, every mtime set to `when`
 * (xs:dateTime), so equal packages give equal archives.
 */
int at_tar_write(const char *parent, const char *name, const char *tar_path, const char *when, at_error *err);

/** Unpack a tar written by at_tar_write (or any plain ustar) into `dest`; refuses paths leaving it. */
int at_tar_extract(const char *tar_path, const char *dest, at_error *err);

#endif
