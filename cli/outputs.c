/* Inputs and outputs of a batch: an input is what the command reads; two inputs may never be written to one file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

bool at_cli_distinct_outputs(const char *cmd, char *const *inputs, char *const *outputs, size_t n)
{
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal); /* output -> input */
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        const char *first = g_hash_table_lookup(seen, outputs[i]);
        if (first) {
            fprintf(stderr, "arkivtext %s: %s and %s would both be written to %s; nothing written "
                            "(rename one, or run them into different folders)\n",
                    cmd, first, inputs[i], outputs[i]);
            ok = false;
        }
        g_hash_table_insert(seen, outputs[i], inputs[i]);
    }
    g_hash_table_destroy(seen);
    return ok;
}

bool at_cli_same_file(const char *a, const char *b)
{
    GStatBuf sa, sb;
    if (g_stat(a, &sa) == 0 && g_stat(b, &sb) == 0) /* links and other spellings of one file */
        return S_ISREG(sa.st_mode) && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    char *ca = g_canonicalize_filename(a, NULL), *cb = g_canonicalize_filename(b, NULL);
    bool same = strcmp(ca, cb) == 0;
    g_free(ca);
    g_free(cb);
    return same;
}

static bool reads(at_cli_reads reads, at_input_kind kind)
{
    if (reads == AT_CLI_READS_SCANS)
        return kind == AT_INPUT_IMAGE || kind == AT_INPUT_PDF;
    return kind == AT_INPUT_EMPTY || kind == AT_INPUT_TEXT || kind == AT_INPUT_TABLE || kind == AT_INPUT_CSV ||
           kind == AT_INPUT_ALTO;
}

int at_cli_check_input(const char *path, at_cli_reads wanted, at_error *err)
{
    GStatBuf st;
    if (strcmp(path, "-") == 0)
        return 0;
    if (g_stat(path, &st) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_CLI, path, "cannot open: %s", g_strerror(errno));
    if (S_ISDIR(st.st_mode))
        return at_error_set(err, AT_EIO, AT_STAGE_CLI, path, "is a folder, not a file");
    if (!S_ISREG(st.st_mode))
        return 0; /* looking would consume what a pipe holds */
    at_input_kind kind;
    const char *what = NULL;
    if (at_pipeline_sniff(path, &kind, &what, err) < 0)
        return err->code;
    if (reads(wanted, kind))
        return 0;
    if (strstr(what, " not ") || g_str_has_prefix(what, "UTF-16")) /* it says what is wrong already */
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CLI, path, "%s", what);
    const char *dot = strrchr(path, '.');
    bool named_pdf = dot && g_ascii_strcasecmp(dot, ".pdf") == 0;
    return at_error_set(err, AT_EFORMAT, AT_STAGE_CLI, path, "%s, not %s", what,
                        wanted == AT_CLI_READS_TEXT ? "a text file" : named_pdf ? "a PDF" : "an image or PDF");
}

int at_cli_failure_status(const at_error *err, const char *input)
{
    bool names_input = strcmp(err->file, input) == 0 || (strcmp(input, "-") == 0 && strcmp(err->file, "<stdin>") == 0);
    return names_input ? AT_EXIT_SOME_FAILED : AT_EXIT_SETUP;
}
