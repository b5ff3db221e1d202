/* The manifest (--manifest FILE): a CSV table saying which file belongs to which document, in page
 * order, with the metadata the archivist knows (title, date, diarienummer, series).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <string.h>

enum { COL_PATH, COL_DOCUMENT, COL_TITLE, COL_DATE, COL_REFERENCE, COL_SERIES, N_COLS };

/* Column names, English and Swedish, any case. */
static const char *const column_names[N_COLS][4] = {
    [COL_PATH] = { "path", "file", "sökväg", "fil" },
    [COL_DOCUMENT] = { "document", "id", "dokument", "document id" },
    [COL_TITLE] = { "title", "titel", NULL, NULL },
    [COL_DATE] = { "date", "datum", NULL, NULL },
    [COL_REFERENCE] = { "diarienummer", "reference", "dnr", NULL },
    [COL_SERIES] = { "series", "serie", NULL, NULL },
};

static int column_of(const char *header)
{
    char *trimmed = g_strstrip(g_strdup(header));
    char *h = g_utf8_strdown(trimmed, -1);
    g_free(trimmed);
    int found = -1;
    for (int c = 0; c < N_COLS && found < 0; c++)
        for (int k = 0; k < 4 && column_names[c][k] && found < 0; k++)
            if (strcmp(h, column_names[c][k]) == 0)
                found = c;
    g_free(h);
    return found;
}

static void row_free(gpointer p)
{
    at_manifest_row *r = p;
    g_free(r->file);
    g_free(r->document);
    g_free(r->title);
    g_free(r->date);
    g_free(r->reference);
    g_free(r->series);
    g_free(r);
}

static char *field(char **fields, int index)
{
    if (index < 0 || (guint)index >= g_strv_length(fields))
        return NULL;
    char *v = g_strstrip(g_strdup(fields[index]));
    if (!*v)
        g_clear_pointer(&v, g_free);
    return v;
}

/* Read the header: where each column is. */
static int header(const char *path, char **fields, int cols[N_COLS], at_error *err)
{
    for (int c = 0; c < N_COLS; c++)
        cols[c] = -1;
    for (guint i = 0; fields[i]; i++) {
        int c = column_of(fields[i]);
        if (c >= 0 && cols[c] < 0)
            cols[c] = (int)i;
    }
    if (cols[COL_PATH] < 0 || cols[COL_DOCUMENT] < 0) {
        at_error_set(err, AT_ESYNTAX, AT_STAGE_PIPELINE, path,
                     "the first line must name the columns: path and document, and optionally title, date, "
                     "diarienummer, series");
        err->line = 1;
        return err->code;
    }
    return 0;
}

static int row_error(at_error *err, const char *path, unsigned line, const char *msg, const char *what)
{
    at_error_set(err, AT_ESYNTAX, AT_STAGE_PIPELINE, path, msg, what);
    err->line = line;
    return err->code;
}

/* One line: its file (relative to the manifest's folder) must exist, its document must be named. */
static int row(const char *path, const char *base, char **fields, const int cols[N_COLS], unsigned line,
               GHashTable *files, GPtrArray *rows, at_error *err)
{
    char *file = field(fields, cols[COL_PATH]), *document = field(fields, cols[COL_DOCUMENT]);
    int rc = 0;
    if (!file && !document) {
        /* a blank line */
    } else if (!file || !document) {
        rc = row_error(err, path, line, "%s is empty", !file ? "the path" : "the document id");
    } else {
        char *resolved = g_path_is_absolute(file) ? g_strdup(file) : g_build_filename(base, file, NULL);
        if (!g_file_test(resolved, G_FILE_TEST_IS_REGULAR))
            rc = row_error(err, path, line, "no such file: %s", file);
        else if (!g_hash_table_add(files, g_strdup(resolved)))
            rc = row_error(err, path, line, "%s is listed twice", file);
        if (rc == 0) {
            at_manifest_row *r = g_new0(at_manifest_row, 1);
            *r = (at_manifest_row){ resolved, document, field(fields, cols[COL_TITLE]), field(fields, cols[COL_DATE]),
                                    field(fields, cols[COL_REFERENCE]), field(fields, cols[COL_SERIES]), line };
            g_ptr_array_add(rows, r);
            resolved = document = NULL;
        }
        g_free(resolved);
    }
    g_free(file);
    g_free(document);
    return rc;
}

int at_manifest_read(const char *path, GPtrArray **out, at_error *err)
{
    char *text = NULL;
    size_t len = 0;
    int rc = at_read_file(path, &text, &len, AT_STAGE_PIPELINE, err);
    if (rc < 0)
        return rc;
    /* The header names plain words: the separator it uses is the file's. */
    size_t head = strcspn(text, "\n"), semicolons = 0, commas = 0;
    for (size_t i = 0; i < head; i++)
        semicolons += text[i] == ';', commas += text[i] == ',';
    char sep = semicolons > commas ? ';' : ',';
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) /* spreadsheets write a byte order mark */
        p += 3;
    char **fields = at_csv_row(&p, end, sep);
    GPtrArray *rows = g_ptr_array_new_with_free_func(row_free);
    GHashTable *files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    char *base = g_path_get_dirname(path);
    int cols[N_COLS];
    rc = fields ? header(path, fields, cols, err)
                : at_error_set(err, AT_ESYNTAX, AT_STAGE_PIPELINE, path, "empty manifest");
    for (unsigned line = 2; rc == 0 && (g_strfreev(fields), fields = at_csv_row(&p, end, sep)); line++)
        rc = row(path, base, fields, cols, line, files, rows, err);
    g_free(base);
    g_hash_table_destroy(files);
    g_strfreev(fields);
    g_free(text);
    if (rc < 0) {
        g_ptr_array_free(rows, TRUE);
        return rc;
    }
    *out = rows;
    return 0;
}
