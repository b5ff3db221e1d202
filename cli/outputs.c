/* Outputs of a batch: two inputs may never be written to the same file.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <glib/gstdio.h>
#include <stdio.h>
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
