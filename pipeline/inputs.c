/* Inputs: which files a folder holds, and reading any input into a document.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/alto.h"
#include "arkivtext/io.h"
#include "arkivtext/pipeline.h"
#include "pipeline/pipeline_private.h"

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

/* A text, a tab-separated table or a CSV table (read as the table it is). */
static int read_text(const char *path, at_input_kind kind, bool lenient, at_doc **doc, at_error *err)
{
    char *text = NULL;
    size_t len = 0;
    bool in = strcmp(path, "-") == 0;
    int rc = at_read_file(in ? "/dev/stdin" : path, &text, &len, AT_STAGE_PIPELINE, err);
    const char *name = in ? "<stdin>" : path;
    char sep = kind == AT_INPUT_CSV && rc == 0 ? at_csv_separator(path, text, len) : '\0';
    if (sep) {
        size_t tsv_len;
        char *tsv = at_csv_to_tsv(text, len, sep, &tsv_len);
        g_free(text);
        text = tsv;
        len = tsv_len;
    }
    if (rc == 0 && kind == AT_INPUT_ALTO) {
        rc = at_doc_from_alto(doc, name, text, len, err);
    } else if (rc == 0) {
        at_text_options topts = AT_TEXT_OPTIONS_INIT;
        topts.lenient = lenient;
        topts.tables = sep || kind == AT_INPUT_TABLE || has_suffix(path, table_suffixes) || at_text_is_tabular(text, len);
        rc = at_doc_from_text(doc, name, text, len, &topts, err);
    }
    g_free(text);
    return rc;
}

/* What the file holds, checked against what its name claims: "brev.pdf: a text file, not a PDF". */
static int input_kind(const char *path, at_input_kind *kind, at_error *err)
{
    const char *what = NULL;
    if (strcmp(path, "-") == 0) {
        *kind = AT_INPUT_TEXT;
        return 0;
    }
    int rc = at_pipeline_sniff(path, kind, &what, err);
    if (rc < 0)
        return rc;
    const char *claimed = at_pipeline_wrong_name(path, *kind, what);
    if (claimed)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, path, "%s, not %s", what, claimed);
    if (*kind == AT_INPUT_UNSUPPORTED)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PIPELINE, path, "%s: not supported", what);
    if (*kind == AT_INPUT_EMPTY) /* what an empty file gives depends on what it was meant to be */
        *kind = at_pipeline_is_scan(path) ? AT_INPUT_IMAGE : AT_INPUT_TEXT;
    return 0;
}

int at_pipeline_read_document(const char *path, at_ocr *ocr, bool lenient, at_ocr_progress_fn progress, void *data,
                              at_doc **doc, at_error *err)
{
    const char *paths[] = { path, NULL };
    return at_pipeline_read_files(path, paths, 1, ocr, lenient, progress, data, doc, err);
}

static bool scan(at_input_kind kind)
{
    return kind == AT_INPUT_IMAGE || kind == AT_INPUT_PDF;
}

int at_pipeline_read_files(const char *name, const char *const *paths, size_t n, at_ocr *ocr, bool lenient,
                           at_ocr_progress_fn progress, void *data, at_doc **doc, at_error *err)
{
    *doc = NULL;
    at_input_kind *kinds = g_new0(at_input_kind, n ? n : 1);
    bool all_scans = n > 0;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        rc = input_kind(paths[i], &kinds[i], err);
        all_scans &= scan(kinds[i]);
    }
    if (rc == 0 && !ocr && (all_scans || n == 0 || scan(kinds[0])))
        rc = at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, paths[0], "a scan, but OCR is not set up");
    if (rc == 0 && all_scans) {
        /* All pages at once on the OCR pool. */
        rc = at_ocr_files(ocr, name, paths, n, doc, progress, data, err);
    } else if (rc == 0 && n == 1) {
        rc = read_text(paths[0], kinds[0], lenient, doc, err);
    } else {
        /* A manifest may join texts and scans: each file read as it is, one after another. */
        for (size_t i = 0; i < n && rc == 0; i++) {
            at_doc *part = NULL;
            rc = scan(kinds[i]) ? at_ocr_document(ocr, paths[i], &part, progress, data, err)
                                : read_text(paths[i], kinds[i], lenient, &part, err);
            if (rc == 0 && !*doc)
                *doc = at_doc_new(name);
            if (rc == 0)
                at_doc_append(*doc, part);
            at_doc_free(part);
        }
    }
    if (rc < 0)
        g_clear_pointer(doc, at_doc_free);
    g_free(kinds);
    return rc;
}
