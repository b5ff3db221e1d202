/* arkivtext — errors shared by every stage.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every library function that can fail returns an int (0 on success, a
 * negative AT_E* code on failure) and fills an at_error the caller owns.
 * There is no global error state: the library runs on many threads at once.
 */
#ifndef ARKIVTEXT_ERROR_H
#define ARKIVTEXT_ERROR_H

#include "arkivtext/common.h"

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Error codes: negative, so that `if (rc < 0)` catches them all. */
typedef enum {
    AT_OK = 0,
    AT_EINVAL = -1,    /**< programming error: bad argument */
    AT_ENOMEM = -2,    /**< allocation failed */
    AT_EIO = -3,       /**< a file could not be read or written */
    AT_EFORMAT = -4,   /**< input is not what it claims to be (not text, bad UTF-8, bad dictionary) */
    AT_ESYNTAX = -5,   /**< a user-editable file (rules, lexicon) has a syntax error */
    AT_ELIMIT = -6,    /**< a size or match limit was reached */
    AT_EDEPEND = -7,   /**< a third-party library reported a failure */
} at_error_code;

/** Where a stage reports its errors from. */
typedef enum {
    AT_STAGE_CORE = 0,
    AT_STAGE_DICT,
    AT_STAGE_NORMALIZE,
    AT_STAGE_EVAL,
    AT_STAGE_CLI,
    AT_STAGE_EXTRACT,
    AT_STAGE_PACKAGE,
    AT_STAGE_PIPELINE,
    AT_STAGE_SEARCH,
    AT_STAGE_REVIEW,
    AT_STAGE_PDFA,
} at_stage;

/**
 * One error, set once where it is found and never re-wrapped.
 * `file`, `line`, `col` locate it in a user file when known (line/col are
 * 1-based, 0 when unknown); `offset` is a byte offset into the input when
 * known (or -1).
 */
typedef struct at_error {
    at_error_code code;
    at_stage stage;
    char message[512];
    char file[256];
    unsigned line;
    unsigned col;
    long long offset;
} at_error;

#define AT_ERROR_INIT { AT_OK, AT_STAGE_CORE, "", "", 0, 0, -1 }

/**
 * Set `err` (if it holds no error yet: the first error found is the one
 * reported) and return `code`, so callers can `return at_error_set(...)`.
 * `file` names the input or user file concerned, or is NULL.
 */
AT_EXPORT int at_error_set(at_error *err, at_error_code code, at_stage stage, const char *file, const char *fmt, ...)
              __attribute__((format(printf, 5, 6)));

/** Clear `err` back to AT_ERROR_INIT. `err` may be NULL. */
AT_EXPORT void at_error_clear(at_error *err);

/**
 * Format `err` as one line for a human: `file:line:col: message` or
 * `file: message at byte N`. Writes at most `size` bytes to `buf` and
 * returns `buf`.
 */
AT_EXPORT const char *at_error_format(const at_error *err, char *buf, size_t size);

/** Name of an error code, e.g. "syntax error". Never NULL. */
AT_EXPORT const char *at_error_code_name(at_error_code code);

#ifdef __cplusplus
}
#endif
#endif
