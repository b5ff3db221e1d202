/* The public headers compile alone under -Wall -Wextra -pedantic -Werror and link.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <arkivtext/arkivtext.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    at_error err = AT_ERROR_INIT;
    at_normalize_options opts = AT_NORMALIZE_OPTIONS_INIT;
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    char buf[64];
    at_error_set(&err, AT_EINVAL, AT_STAGE_CORE, "f", "x");
    at_error_format(&err, buf, sizeof buf);
    if (strcmp(buf, "f: x") != 0 || opts.version != AT_NORMALIZE_OPTIONS_VERSION ||
        topts.version != AT_TEXT_OPTIONS_VERSION || strlen(at_version()) == 0) {
        puts("public API misbehaves");
        return 1;
    }
    return 0;
}
