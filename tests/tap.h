/* The TAP output the C tests share: one "ok N - ..." or "not ok N - ..." line a check, the plan at the end.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_TESTS_TAP_H
#define ARKIVTEXT_TESTS_TAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int n_tests, n_failed;

static bool ok(bool cond, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool ok(bool cond, const char *fmt, ...)
{
    va_list ap;
    n_tests++;
    if (!cond)
        n_failed++;
    printf("%s %d - ", cond ? "ok" : "not ok", n_tests);
    va_start(ap, fmt);
    char line[1024];
    int len = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (len >= (int)sizeof line) /* cut: say so */
        memcpy(line + sizeof line - 4, "...", 4);
    /* a newline inside a description would end the TAP line and make the rest an unknown line */
    for (const char *c = line; *c; c++)
        if (*c == '\n')
            fputs("\\n", stdout);
        else
            putchar(*c);
    putchar('\n');
    return cond;
}

/** Print the plan; the exit status for main(). */
static int tap_done(void)
{
    printf("1..%d\n", n_tests);
    return n_failed ? 1 : 0;
}

#endif
