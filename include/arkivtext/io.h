/* arkivtext — file input and atomic output, shared by every stage and the CLI.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_IO_H
#define ARKIVTEXT_IO_H

#include "arkivtext/error.h"

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * A file written under a temporary name beside its target and renamed into
 * place by at_atomic_commit(), so that readers never see a partial file.
 */
typedef struct at_atomic_file at_atomic_file;

/** Open `path` for atomic writing. Returns NULL and fills `err` on failure. */
at_atomic_file *at_atomic_open(const char *path, at_error *err);
/** The stdio stream to write to. */
FILE *at_atomic_stream(at_atomic_file *f);
/** Flush, sync and rename into place; frees `f`. Returns 0 or a negative code. */
int at_atomic_commit(at_atomic_file *f, at_error *err);
/** The temporary file's path, for writers that open files by name (libqpdf). */
const char *at_atomic_temp_path(const at_atomic_file *f);
/** Drop the temporary file; frees `f`. NULL is a no-op. */
void at_atomic_abort(at_atomic_file *f);

/** Read a whole file into memory (NUL-terminated). Caller frees `*data` with g_free. */
int at_read_file(const char *path, char **data, size_t *len, at_stage stage, at_error *err);

/** Remove a file, or a folder and everything in it; symbolic links are removed, not followed. */
void at_remove_tree(const char *path);

/** SHA-256 (lower-case hex) and size of a file, read in pieces. */
int at_file_sha256(const char *path, char hex[65], long long *size, at_error *err);

/**
 * Validate the XML file at `path` against the XSD at `schema_path` with
 * libxml2, offline. On failure err names the file, line and the first problem.
 */
int at_xml_validate(const char *path, const char *schema_path, at_error *err);

/**
 * The path of schema file `name` (e.g. AT_RECORD_SCHEMA): in $ARKIVTEXT_SCHEMAS
 * when set, else the installed copy, else the source tree's. Caller free()s it.
 */
char *at_schema_path(const char *name);

#ifdef __cplusplus
}
#endif
#endif
