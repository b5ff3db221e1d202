/* arkivtext review: the review pages of a folder of packages.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <stdio.h>

static void report_failure(const char *package, const at_error *err, void *data)
{
    (void)package; /* the message names it */
    (void)data;
    at_cli_report("review", err);
}

int at_cmd_review(int argc, char **argv)
{
    char **dirs = NULL, *dict_path = NULL;
    int dpi = 0;
    double low = 0;
    GOptionEntry entries[] = {
        { "dpi", 0, 0, G_OPTION_ARG_INT, &dpi, "Resolution of the page images (default 150)", "N" },
        { "low-confidence", 0, 0, G_OPTION_ARG_DOUBLE, &low,
          "Mark words the OCR engine gave less confidence than this (default 0.8)", "X" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path,
          "Compiled dictionary: OCR'd words it does not know are marked too (run marks with its own)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, NULL, "DIR" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("DIR - write the review pages of a folder of packages");
    g_option_context_set_summary(ctx,
        "Writes DIR/review/index.html (every document, riskiest first) and a page per document:\n"
        "its page images with the words' boxes, the changes the normalizer made and the words OCR\n"
        "was unsure of or the dictionary does not know marked, the record beside them. Open index.html in a browser (no server\n"
        "needed); export your decisions there and apply them with arkivtext correct.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_dict *dict = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "review")) {
        status = AT_EXIT_USAGE;
    } else if (!dirs || !dirs[0] || dirs[1] || dpi < 0 || dpi > 600 || low < 0 || low > 1) {
        fprintf(stderr, "arkivtext review: give one folder of packages; --dpi 1..600, --low-confidence 0..1\n");
        status = AT_EXIT_USAGE;
    } else if (dict_path && !(dict = at_cli_open_dict("review", dict_path, NULL))) {
        status = AT_EXIT_SETUP;
    } else {
        at_review_options opts = AT_REVIEW_OPTIONS_INIT;
        opts.dict = dict;
        opts.dpi = dpi;
        opts.low_confidence = low;
        opts.on_failure = report_failure;
        at_review_summary s;
        at_error err = AT_ERROR_INIT;
        if (at_review_write(dirs[0], &opts, &s, &err) < 0) {
            at_cli_report("review", &err);
            status = AT_EXIT_SETUP;
        } else {
            printf("arkivtext review: %zu %s, %zu %s (%zu %s), %zu %s marked; %zu failed: %s/review/index.html\n",
                   s.documents, at_cli_plural(s.documents, "document", "documents"), s.pages,
                   at_cli_plural(s.pages, "page", "pages"), s.images, at_cli_plural(s.images, "image", "images"),
                   s.marked, at_cli_plural(s.marked, "word", "words"), s.failed, dirs[0]);
            status = s.failed ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
        }
    }
    at_dict_free(dict);
    g_free(dict_path);
    g_strfreev(dirs);
    g_option_context_free(ctx);
    return status;
}
