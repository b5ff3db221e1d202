/* arkivtext — file input and atomic output, and work spread over threads, shared by every stage and the CLI.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_IO_H
#define ARKIVTEXT_IO_H

#include "arkivtext/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * An output written safely, whatever its path names. Every writer of the
 * library and the tool goes through it:
 *
 * - `-` (and /dev/stdout, /dev/fd/1) is standard output, flushed, never closed;
 *   /dev/stderr and /dev/fd/N write to that inherited descriptor;
 * - a new or existing regular file is written under a temporary name beside
 *   it, synced and renamed into place by at_atomic_commit(), so readers never
 *   see a partial file (the replaced file's permissions are kept);
 * - a symbolic link is followed: to a regular file, that file is replaced
 *   atomically and the link stays; to a pipe or device, it is written through;
 *   to a folder or to nothing, it is refused;
 * - a named pipe (FIFO) or character device (/dev/null) is opened and written
 *   through, never replaced;
 * - a folder, block device or socket is refused with one line.
 */
typedef struct at_atomic_file at_atomic_file;

/** Open `path` for writing as above. Returns NULL and fills `err` (naming `path`) when refused or failed. */
AT_EXPORT at_atomic_file *at_atomic_open(const char *path, at_error *err);
/** The stdio stream to write to. */
AT_EXPORT FILE *at_atomic_stream(at_atomic_file *f);
/** Flush, sync and rename into place (or flush and close); frees `f`. Returns 0 or a negative code. */
AT_EXPORT int at_atomic_commit(at_atomic_file *f, at_error *err);
/** Drop the temporary file (what was written through stays written); frees `f`. NULL is a no-op. */
AT_EXPORT void at_atomic_abort(at_atomic_file *f);

/** Write `len` bytes of `data` to `path` through at_atomic_open(): all of them, or nothing replaced. */
AT_EXPORT int at_atomic_write(const char *path, const void *data, size_t len, at_stage stage, at_error *err);

/** Read a whole file into memory (NUL-terminated). Caller frees `*data` with g_free. */
AT_EXPORT int at_read_file(const char *path, char **data, size_t *len, at_stage stage, at_error *err);

/** Remove a file, or a folder and everything in it; symbolic links are removed, not followed. */
AT_EXPORT void at_remove_tree(const char *path);

/** Call `each(item, data)` for every one of `n` items on up to `jobs` threads (items taken in order);
 * returns when all are done and every thread it started has ended: none outlives the call. */
AT_EXPORT void at_parallel(void *const *items, unsigned n, int jobs, void (*each)(void *item, void *data), void *data);

/** SHA-256 (lower-case hex) and size of a file, read in pieces. */
AT_EXPORT int at_file_sha256(const char *path, char hex[65], long long *size, at_error *err);

/**
 * Validate the XML file at `path` against the XSD at `schema_path` with
 * libxml2, offline. On failure err names the file, line and the first problem.
 */
AT_EXPORT int at_xml_validate(const char *path, const char *schema_path, at_error *err);

/**
 * The path of schema file `name` (e.g. AT_RECORD_SCHEMA): in $ARKIVTEXT_SCHEMAS
 * when set, else the installed copy, else the source tree's. Caller free()s it.
 */
AT_EXPORT char *at_schema_path(const char *name);

#ifdef __cplusplus
}
#endif
#endif
