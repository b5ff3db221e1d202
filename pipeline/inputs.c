/* Inputs: which files a folder holds, and reading any input into a document.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/alto.h"
#include "arkivtext/io.h"
#include "arkivtext/pipeline.h"

#include <glib.h>
#include <string.h>

static const char *const scan_suffixes[] = { ".tif", ".tiff", ".png", ".jpg", ".jpeg", ".pnm", ".pgm", ".ppm",
                                             ".pbm", ".webp", ".pdf", NULL };
static const char *const text_suffixes[] = { ".txt", ".tsv", ".tab", ".xml", NULL };
static const char *const table_suffixes[] = { ".tsv", ".tab", NULL };

static bool has_suffix(const char *path, const char *const *suffixes)
{
    char *lower = g_ascii_strdown(path, -1);
    bool hit = false;
    for (const char *const *s = suffixes; *s && !hit; s++)
        hit = g_str_has_suffix(lower, *s);
    g_free(lower);
    return hit;
}

/* g_ptr_array_sort passes pointers to the elements. */
static gint by_name(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool at_pipeline_is_scan(const char *path)
{
    return has_suffix(path, scan_suffixes);
}

static void add_listed(FILE *list, GPtrArray *out)
{
    char line[4096];
    while (list && fgets(line, sizeof line, list)) {
        g_strchomp(line);
        if (*line)
            g_ptr_array_add(out, g_strdup(line));
    }
}

static void add_folder(const char *folder, bool texts_too, GPtrArray *out)
{
    GDir *dir = g_dir_open(folder, 0, NULL);
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; dir && (n = g_dir_read_name(dir));)
        if (n[0] != '.' && (at_pipeline_is_scan(n) || (texts_too && has_suffix(n, text_suffixes))))
            g_ptr_array_add(names, g_build_filename(folder, n, NULL));
    if (dir)
        g_dir_close(dir);
    g_ptr_array_sort(names, by_name);
    for (guint i = 0; i < names->len; i++)
        g_ptr_array_add(out, g_strdup(names->pdata[i]));
    g_ptr_array_free(names, TRUE);
}

int at_pipeline_expand_inputs(const char *const *args, bool texts_too, FILE *list, char ***out, size_t *n,
                              at_error *err)
{
    if (!out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no output for the inputs");
    GPtrArray *files = g_ptr_array_new();
    for (const char *const *a = args; a && *a; a++) {
        if (strcmp(*a, "-") == 0)
            add_listed(list, files);
        else if (g_file_test(*a, G_FILE_TEST_IS_DIR))
            add_folder(*a, texts_too, files);
        else
            g_ptr_array_add(files, g_strdup(*a));
    }
    if (n)
        *n = files->len;
    g_ptr_array_add(files, NULL);
    *out = (char **)g_ptr_array_free(files, FALSE);
    return 0;
}

void at_pipeline_inputs_free(char **inputs)
{
    g_strfreev(inputs);
}

int at_pipeline_read_document(const char *path, at_ocr *ocr, bool lenient, at_ocr_progress_fn progress, void *data,
                              at_doc **doc, at_error *err)
{
    if (at_pipeline_is_scan(path)) {
        if (!ocr)
            return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, path, "a scan, but OCR is not set up");
        return at_ocr_document(ocr, path, doc, progress, data, err);
    }
    char *text = NULL;
    size_t len = 0;
    bool in = strcmp(path, "-") == 0;
    int rc = at_read_file(in ? "/dev/stdin" : path, &text, &len, AT_STAGE_PIPELINE, err);
    const char *name = in ? "<stdin>" : path;
    if (rc == 0 && has_suffix(path, (const char *const[]){ ".xml", NULL })) {
        rc = at_doc_from_alto(doc, name, text, len, err);
    } else if (rc == 0) {
        at_text_options topts = AT_TEXT_OPTIONS_INIT;
        topts.lenient = lenient;
        topts.tables = has_suffix(path, table_suffixes) || at_text_is_tabular(text, len);
        rc = at_doc_from_text(doc, name, text, len, &topts, err);
    }
    g_free(text);
    return rc;
}
