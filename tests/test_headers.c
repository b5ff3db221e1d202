/* The public API links, and its option initialisers name their versions. Each public header is also
 * compiled alone (header_alone.c.in, one translation unit per header) under -Wall -Wextra -pedantic -Werror.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <arkivtext/arkivtext.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    at_error err = AT_ERROR_INIT;
    at_normalize_options opts = AT_NORMALIZE_OPTIONS_INIT;
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    at_alto_options aopts = AT_ALTO_OPTIONS_INIT;
    at_pipeline_options popts = AT_PIPELINE_OPTIONS_INIT;
    char buf[64];
    at_error_set(&err, AT_EINVAL, AT_STAGE_CORE, "f", "x");
    at_error_format(&err, buf, sizeof buf);
    if (strcmp(buf, "f: x") != 0 || opts.version != AT_NORMALIZE_OPTIONS_VERSION ||
        topts.version != AT_TEXT_OPTIONS_VERSION || aopts.version != AT_ALTO_OPTIONS_VERSION ||
        popts.version != AT_PIPELINE_OPTIONS_VERSION || popts.journal != AT_JOURNAL_SQLITE || strlen(at_version()) == 0) {
        puts("public API misbehaves");
        return 1;
    }
    return 0;
}
