/* CSV (RFC 4180, comma or semicolon as Swedish spreadsheets write it): rows for the manifest, and a
 * CSV file turned into tab-separated rows, so it is read as the table it is. In core, so that a package's
 * CSV original is read again exactly as the pipeline read it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/doc.h"

#include <glib.h>
#include <string.h>

/* Every line holds the same number (at least one) of `sep` outside quotes, over at least two lines. Prose
 * never keeps its commas that even. */
static bool looks_csv(const char *text, size_t len, char sep)
{
    int columns = -1, lines = 0, count = 0;
    bool quoted = false;
    const char *end = text + len;
    for (const char *p = text; p < end; p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (*p == sep && !quoted)
            count++;
        else if ((*p == '\n' || p + 1 == end) && !quoted) {
            bool blank = count == 0 && (p == text || p[-1] == '\n' || (p[-1] == '\r' && (p - 1 == text || p[-2] == '\n')));
            if (!blank) {
                if (columns < 0)
                    columns = count;
                else if (count != columns)
                    return false;
                lines++;
            }
            count = 0;
        }
    }
    return columns >= 1 && lines >= 2;
}

static bool has_suffix_ci(const char *name, const char *suffix)
{
    size_t a = strlen(name), b = strlen(suffix);
    return a >= b && g_ascii_strcasecmp(name + a - b, suffix) == 0;
}

char at_csv_separator(const char *name, const char *text, size_t len)
{
    if (at_text_is_tabular(text, len))
        return '\0';
    char sep = looks_csv(text, len, ';') ? ';' : looks_csv(text, len, ',') ? ',' : '\0';
    bool csv_name = name && has_suffix_ci(name, ".csv"), txt_name = name && has_suffix_ci(name, ".txt");
    return (sep && csv_name) || (sep == ';' && !txt_name) ? sep : '\0';
}

char **at_csv_row(const char **pos, const char *end, char sep)
{
    const char *p = *pos;
    if (p >= end)
        return NULL;
    GPtrArray *fields = g_ptr_array_new();
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
    g_ptr_array_add(fields, NULL);
    *pos = p;
    return (char **)g_ptr_array_free(fields, FALSE);
}

char *at_csv_to_tsv(const char *text, size_t len, char sep, size_t *out_len)
{
    GString *out = g_string_sized_new(len + 1);
    const char *p = text, *end = text + len;
    for (char **fields; (fields = at_csv_row(&p, end, sep)); g_strfreev(fields)) {
        for (char **f = fields; *f; f++) {
            /* A TAB or line break inside a cell would split it: it becomes a space. */
            for (char *c = *f; *c; c++)
                if (*c == '\t' || *c == '\n' || *c == '\r')
                    *c = ' ';
            if (f != fields)
                g_string_append_c(out, '\t');
            g_string_append(out, *f);
        }
        g_string_append_c(out, '\n');
    }
    *out_len = out->len;
    return g_string_free(out, FALSE);
}
