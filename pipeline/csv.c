/* CSV (RFC 4180, comma or semicolon as Swedish spreadsheets write it): rows for the manifest, and a
 * CSV file turned into tab-separated rows, so it is read as the table it is.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "pipeline/pipeline_private.h"

#include <string.h>

bool at_csv_row(const char **pos, const char *end, char sep, GPtrArray *fields)
{
    const char *p = *pos;
    if (p >= end)
        return false;
    GString *field = g_string_new(NULL);
    bool quoted = false;
    for (; p < end; p++) {
        char c = *p;
        if (quoted) {
            if (c == '"' && p + 1 < end && p[1] == '"')
                g_string_append_c(field, '"'), p++;
            else if (c == '"')
                quoted = false;
            else
                g_string_append_c(field, c);
        } else if (c == '"') {
            quoted = true;
        } else if (c == sep) {
            g_ptr_array_add(fields, g_string_free(field, FALSE));
            field = g_string_new(NULL);
        } else if (c == '\n') {
            p++;
            break;
        } else if (c != '\r') {
            g_string_append_c(field, c);
        }
    }
    g_ptr_array_add(fields, g_string_free(field, FALSE));
    *pos = p;
    return true;
}

char *at_csv_to_tsv(const char *text, size_t len, char sep, size_t *out_len)
{
    GString *out = g_string_sized_new(len + 1);
    const char *p = text, *end = text + len;
    GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
    while (at_csv_row(&p, end, sep, fields)) {
        for (guint i = 0; i < fields->len; i++) {
            /* A TAB or line break inside a cell would split it: it becomes a space. */
            for (char *c = fields->pdata[i]; *c; c++)
                if (*c == '\t' || *c == '\n' || *c == '\r')
                    *c = ' ';
            if (i)
                g_string_append_c(out, '\t');
            g_string_append(out, fields->pdata[i]);
        }
        g_string_append_c(out, '\n');
        g_ptr_array_set_size(fields, 0);
    }
    g_ptr_array_free(fields, TRUE);
    *out_len = out->len;
    return g_string_free(out, FALSE);
}
