/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void at_error_clear(at_error *err)
{
    if (!err)
        return;
    *err = (at_error)AT_ERROR_INIT;
}

int at_error_set(at_error *err, at_error_code code, at_stage stage, const char *file,
                 const char *fmt, ...)
{
    if (!err)
        return code;
    /* The first error found is the one the user sees; later ones are consequences. */
    if (err->code != AT_OK)
        return code;
    err->code = code;
    err->stage = stage;
    err->line = err->col = 0;
    err->offset = -1;
    g_strlcpy(err->file, file ? file : "", sizeof err->file);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}

const char *at_error_code_name(at_error_code code)
{
    switch (code) {
    case AT_OK: return "no error";
    case AT_EINVAL: return "invalid argument";
    case AT_ENOMEM: return "out of memory";
    case AT_EIO: return "input/output error";
    case AT_EFORMAT: return "bad input format";
    case AT_ESYNTAX: return "syntax error";
    case AT_ELIMIT: return "limit reached";
    case AT_EDEPEND: return "library failure";
    }
    return "unknown error";
}

const char *at_error_format(const at_error *err, char *buf, size_t size)
{
    if (!err || size == 0)
        return buf;
    const char *msg = err->message[0] ? err->message : at_error_code_name(err->code);
    if (err->file[0] && err->line)
        snprintf(buf, size, "%s:%u:%u: %s", err->file, err->line, err->col ? err->col : 1, msg);
    else if (err->file[0] && err->offset >= 0)
        snprintf(buf, size, "%s: %s at byte %lld", err->file, msg, err->offset);
    else if (err->file[0])
        snprintf(buf, size, "%s: %s", err->file, msg);
    else
        snprintf(buf, size, "%s", msg);
    return buf;
}
