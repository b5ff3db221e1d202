/* mkpackage: write the E-ARK SIP package of a text file, for the package tests.
 * SPDX-License-Identifier: GPL-3.0-or-later
 * Usage: mkpackage TEXT OUTDIR [--tar|--zip]; prints the package's path. Every CREATED
 * is $SOURCE_DATE_EPOCH when set (at_package_write honours it), so runs compare equal. */
#include "arkivtext/arkivtext.h"

#include <glib.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc < 3 || (argc == 4 && strcmp(argv[3], "--tar") != 0 && strcmp(argv[3], "--zip") != 0) || argc > 4) {
        fprintf(stderr, "usage: mkpackage TEXT OUTDIR [--tar|--zip]\n");
        return 2;
    }
    at_error err = AT_ERROR_INIT;
    char *text = NULL, *path = NULL, msg[700];
    size_t len = 0;
    at_doc *doc = NULL;
    at_record *rec = NULL;
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    int rc = at_read_file(argv[1], &text, &len, AT_STAGE_CLI, &err);
    if (rc == 0)
        rc = at_doc_from_text(&doc, argv[1], text, len, &topts, &err);
    if (rc == 0)
        rc = at_extract(doc, NULL, &rec, &err);
    if (rc == 0) {
        const char *originals[] = { argv[1], NULL };
        at_package_content content = { originals, doc, rec, "test dictionary", 0, NULL, 0, NULL };
        at_package_options opts = AT_PACKAGE_OPTIONS_INIT;
        opts.organisation = "Testkommunen";
        opts.submission_agreement = "KS-2024/1";
        opts.tar = argc == 4 && strcmp(argv[3], "--tar") == 0;
        opts.zip = argc == 4 && strcmp(argv[3], "--zip") == 0;
        rc = at_package_write(&content, &opts, argv[2], &path, &err);
    }
    if (rc == 0)
        printf("%s\n", path);
    else
        fprintf(stderr, "mkpackage: %s\n", at_error_format(&err, msg, sizeof msg));
    free(path); /* at_package_write documents free() */
    at_record_free(rec);
    at_doc_free(doc);
    g_free(text);
    return rc == 0 ? 0 : 1;
}
