/* The package stage's internals, shared by the writer and the validator.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_PACKAGE_PRIVATE_H
#define ARKIVTEXT_PACKAGE_PRIVATE_H

#include "arkivtext/package.h"

#include <glib.h>
#include <libxml/tree.h>

/** CITS ERMS 3.0 (DILCISBoard/CITS-ERMS), copied unchanged into schemas/. */
#define AT_ERMS_SCHEMA "ERMS_v3.xsd"
/** Its Schematron rules, evaluated by the validator (validate_xml.c). */
#define AT_ERMS_SCHEMATRON "erms_v3.sch"

/** The schema files every package carries in schemas/. */
const char *const *at_package_schema_names(size_t *n);

/** The IANA media type we record for a file name. */
const char *at_package_mimetype(const char *name);

typedef enum { AT_ARCHIVE_TAR, AT_ARCHIVE_ZIP } at_archive_format;

/**
 * Write the folder `parent/name` as a tar (POSIX pax, ustar where it can) or
 * zip (deflate) archive at `out`, atomically, with one root folder `name`:
 * entries sorted by name, every mtime `when` (xs:dateTime), owners 0, modes
 * 0644/0755, so equal packages give equal archives.
 */
int at_archive_write(const char *parent, const char *name, const char *out, at_archive_format format, const char *when,
                     at_error *err);

/** 0 when archives can be read and written; else (no archive module) fills `err` about `path`. */
int at_archive_ready(const char *path, at_error *err);

/** Does `path` look like an archive we read (zip, tar, gzip-compressed tar)? */
bool at_archive_sniff(const char *path);

/**
 * Unpack the archive at `path` into the (private, empty) folder `dest`.
 * Refuses, with one line in `err`, entries that leave `dest`, links,
 * devices, duplicates, encrypted entries, truncated or corrupt data, and
 * archives past the limits in `opts`. On failure `dest` may hold a part
 * of the archive: the caller removes it.
 */
int at_archive_extract(const char *path, const char *dest, const at_package_validate_options *opts, at_error *err);

/** What the ERMS document says about the package beside the record. */
typedef struct {
    const char *objid;        /* the package (and record) identifier */
    const char *created;      /* xs:dateTime of the packaging */
    const char *organisation; /* the submitting organisation: the maintenance agency */
    const char *software;     /* "arkivtext VERSION" */
} at_erms_info;

/**
 * The CITS ERMS 3.0 document of `rec` (package/erms.c). What the document did not give is left out and
 * named in `warnings` (newly allocated strings appended). Caller frees with xmlFreeDoc().
 */
xmlDocPtr at_erms_build(const at_record *rec, const at_erms_info *info, GPtrArray *warnings);

#endif
