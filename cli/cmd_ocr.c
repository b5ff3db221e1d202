/* arkivtext ocr: scanned pages to ALTO 4.4, plain text and tab-separated tables.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Shared by the document threads: pages and documents done, for the progress line. */
typedef struct {
    GMutex lock;
    bool tty;
    gint64 start;
    size_t pages_done;
    size_t docs_done, docs, failed;
} progress_state;

/* Called once per finished page: pages done, pages per minute, documents left and an ETA — on a terminal only. */
static void show_progress(size_t done, size_t total, void *data)
{
    (void)done, (void)total;
    progress_state *p = data;
    g_mutex_lock(&p->lock);
    p->pages_done++;
    if (p->tty) {
        double minutes = (double)(g_get_monotonic_time() - p->start) / 6e7;
        double ppm = minutes > 0 ? p->pages_done / minutes : 0;
        double per_doc = p->docs_done ? minutes * 60 / p->docs_done : 0;
        fprintf(stderr, "\r%zu/%zu %s, %zu %s, %.1f pages/min, ETA %.0f s\033[K", p->docs_done, p->docs,
                at_cli_plural(p->docs, "document", "documents"), p->pages_done,
                at_cli_plural(p->pages_done, "page", "pages"), ppm, per_doc * (double)(p->docs - p->docs_done));
    }
    g_mutex_unlock(&p->lock);
}

/* One output of a document and how it is written. */
typedef int (*write_fn)(const at_doc *doc, FILE *f, const void *arg, at_error *err);

typedef struct {
    char *path;
    write_fn fn;
    const void *arg;
    at_atomic_file *file;
} output;

static int write_alto(const at_doc *doc, FILE *f, const void *arg, at_error *err)
{
    return at_doc_write_alto(doc, f, arg, err);
}

static int write_text(const at_doc *doc, FILE *f, const void *arg, at_error *err)
{
    (void)arg;
    return at_doc_write_text(doc, f, NULL, NULL, err);
}

static int write_table(const at_doc *doc, FILE *f, const void *arg, at_error *err)
{
    return at_doc_write_table(doc, *(const size_t *)arg, f, err);
}

static int write_pdf(const at_doc *doc, FILE *f, const void *arg, at_error *err)
{
    (void)arg;
    return at_pdfa_write(doc, NULL, f, err);
}

/* The stem of an input's outputs: DIR/NAME without the extension. */
static char *output_stem(const char *outdir, const char *input)
{
    char *base = g_path_get_basename(input);
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    char *stem = g_build_filename(outdir, base, NULL);
    g_free(base);
    return stem;
}

/* All outputs of a document, or none: every target is opened (and checked) before any is written,
 * and all are committed only when all were written. */
static int write_outputs(const at_doc *doc, output *outs, size_t n, at_error *err)
{
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++)
        if (!(outs[i].file = at_atomic_open(outs[i].path, err)))
            rc = err->code;
    for (size_t i = 0; i < n && rc == 0; i++)
        rc = outs[i].fn(doc, at_atomic_stream(outs[i].file), outs[i].arg, err);
    for (size_t i = 0; i < n; i++) {
        if (rc == 0)
            rc = at_atomic_commit(outs[i].file, err);
        else
            at_atomic_abort(outs[i].file);
    }
    return rc;
}

/* What OCR or the normalizer could not do but went on without (cells left unread, rule matches given up). */
static void print_warnings(const at_doc *doc, progress_state *progress)
{
    g_mutex_lock(&progress->lock);
    for (const char *const *w = at_doc_warnings(doc); *w; w++) {
        if (progress->tty)
            fputc('\n', stderr);
        fprintf(stderr, "arkivtext ocr: warning: %s\n", *w);
    }
    g_mutex_unlock(&progress->lock);
}

static int ocr_one(at_ocr *ocr, const at_normalizer *normalizer, const char *input, const char *outdir, bool pdf,
                   progress_state *progress, at_error *err)
{
    at_doc *doc = NULL;
    int rc = at_cli_check_input(input, AT_CLI_READS_SCANS, err);
    if (rc == 0)
        rc = at_ocr_document(ocr, input, &doc, show_progress, progress, err);
    if (rc == 0 && normalizer)
        rc = at_normalize_doc(normalizer, doc, NULL, err);
    if (rc < 0) {
        at_doc_free(doc);
        return rc;
    }
    print_warnings(doc, progress);
    char *stem = output_stem(outdir, input);
    char *image_name = g_path_get_basename(input);
    at_alto_options alto = AT_ALTO_OPTIONS_INIT;
    alto.source_image = image_name;
    size_t n_tables = at_doc_n_tables(doc), n = 2 + n_tables;
    size_t *table_index = g_new(size_t, n_tables + 1);
    output *outs = g_new0(output, n + 1);
    outs[0] = (output){ g_strconcat(stem, ".alto.xml", NULL), write_alto, &alto, NULL };
    outs[1] = (output){ g_strconcat(stem, ".txt", NULL), write_text, NULL, NULL };
    for (size_t t = 0; t < n_tables; t++) {
        table_index[t] = t;
        outs[2 + t] = (output){ g_strdup_printf("%s.table%zu.tsv", stem, t + 1), write_table, &table_index[t], NULL };
    }
    /* The searchable PDF/A of a scan; a born-digital PDF is kept as it is and gets a note. */
    if (pdf && at_pdfa_can_write(doc))
        outs[n++] = (output){ g_strconcat(stem, ".pdf", NULL), write_pdf, NULL, NULL };
    else if (pdf)
        fprintf(stderr, "arkivtext ocr: %s: no PDF/A: its pages have their own text (kept as they are)\n", input);
    rc = write_outputs(doc, outs, n, err);
    for (size_t i = 0; i < n; i++)
        g_free(outs[i].path);
    g_free(outs);
    g_free(table_index);
    g_free(image_name);
    g_free(stem);
    at_doc_free(doc);
    return rc;
}

typedef struct {
    at_ocr *ocr;
    const at_normalizer *normalizer;
    const char *outdir;
    bool pdf;
    progress_state *progress;
} doc_task;

static void run_document(gpointer path, gpointer data)
{
    doc_task *t = data;
    at_error err = AT_ERROR_INIT;
    int rc = ocr_one(t->ocr, t->normalizer, path, t->outdir, t->pdf, t->progress, &err);
    g_mutex_lock(&t->progress->lock);
    t->progress->docs_done++;
    if (rc < 0) {
        if (t->progress->tty)
            fputc('\n', stderr);
        if (!err.file[0])
            g_strlcpy(err.file, path, sizeof err.file);
        at_cli_report("ocr", &err);
        t->progress->failed++;
    }
    g_mutex_unlock(&t->progress->lock);
}

static gint larger_first(gconstpointer a, gconstpointer b)
{
    GStatBuf sa, sb;
    goffset x = g_stat(*(char *const *)a, &sa) == 0 ? sa.st_size : 0;
    goffset y = g_stat(*(char *const *)b, &sb) == 0 ? sb.st_size : 0;
    return x > y ? -1 : x < y;
}

int at_cmd_ocr(int argc, char **argv)
{
    char *outdir = NULL, *lang = NULL, *tessdata = NULL, *skip = NULL, *rules_path = NULL, *dict_path = NULL;
    char **inputs = NULL, **lexicons = NULL;
    int dpi = 0, jobs = 0, jpeg_quality = 0;
    gboolean force_ocr = FALSE, no_tables = FALSE, normalize = FALSE, pdf = FALSE;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir, "Folder for NAME.alto.xml, NAME.txt, NAME.tableN.tsv, NAME.pdf (required)", "DIR" },
        { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, "Tesseract languages (default swe; e.g. swe+eng)", "LANG" },
        { "tessdata", 0, 0, G_OPTION_ARG_FILENAME, &tessdata, "Folder of the .traineddata files", "DIR" },
        { "dpi", 0, 0, G_OPTION_ARG_INT, &dpi, "Resolution of images that state none (default 300)", "N" },
        { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Worker threads (default: one per core)", "N" },
        { "force-ocr", 0, 0, G_OPTION_ARG_NONE, &force_ocr, "OCR PDF pages even when they have a text layer", NULL },
        { "no-tables", 0, 0, G_OPTION_ARG_NONE, &no_tables, "Do not look for ruled tables", NULL },
        { "skip", 0, 0, G_OPTION_ARG_STRING, &skip,
          "Preprocessing steps to skip, comma-separated: gray,upsample,orient,deskew,binarize,clean", "STEPS" },
        { "normalize", 0, 0, G_OPTION_ARG_NONE, &normalize,
          "Repair the recognised words; ALTO keeps the raw OCR reading as <ALTERNATIVE>", NULL },
        { "pdf", 0, 0, G_OPTION_ARG_NONE, &pdf,
          "Also write NAME.pdf: PDF/A-1b of the page images with the (repaired) words as invisible text", NULL },
        { "jpeg-quality", 0, 0, G_OPTION_ARG_INT, &jpeg_quality, "JPEG quality of gray and colour pages in the PDF "
          "(1-100, default 50)", "Q" },
        { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_path, "Rules file for --normalize", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Dictionary for --normalize", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "User lexicon for --normalize (repeatable)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT... -o DIR" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- OCR scanned pages into ALTO, text and tables");
    g_option_context_set_summary(ctx,
        "Reads TIFF (also multi-page), PNG, JPEG, PNM, WebP and PDF files, folders of them, or '-'\n"
        "(paths on standard input). Pages are preprocessed with leptonica, ruled tables are read\n"
        "cell by cell, and tesseract reads the text. A failed input does not stop the others.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_ocr *ocr = NULL;
    at_cli_repair repair = { NULL, NULL, NULL };
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    at_error err = AT_ERROR_INIT;
    if (!at_cli_parse(ctx, &argc, &argv, "ocr")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!outdir || !inputs) {
        fprintf(stderr, "arkivtext ocr: need INPUT... and -o DIR (see arkivtext ocr --help)\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (strcmp(outdir, "-") == 0) {
        fprintf(stderr, "arkivtext ocr: -o names a folder: each document gives several files (ALTO, text, tables)\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_ocr_options opts = AT_OCR_OPTIONS_INIT;
    opts.lang = lang ? lang : "swe";
    opts.tessdata = tessdata;
    opts.dpi = dpi;
    opts.jobs = jobs;
    opts.force_ocr = force_ocr;
    opts.tables = !no_tables;
    opts.page_images = pdf;
    opts.jpeg_quality = jpeg_quality;
    if (jpeg_quality < 0 || jpeg_quality > 100) {
        fprintf(stderr, "arkivtext ocr: --jpeg-quality: %d is not within 1-100\n", jpeg_quality);
        status = AT_EXIT_USAGE;
        goto out;
    }
    static const struct {
        const char *name;
        unsigned bit;
    } steps[] = { { "gray", AT_PRE_GRAY }, { "upsample", AT_PRE_UPSAMPLE }, { "orient", AT_PRE_ORIENT },
                  { "deskew", AT_PRE_DESKEW }, { "binarize", AT_PRE_BINARIZE }, { "clean", AT_PRE_CLEAN } };
    char **skipped = skip ? g_strsplit(skip, ",", -1) : NULL;
    for (char **s = skipped; s && *s; s++) {
        bool known = false;
        for (size_t i = 0; i < G_N_ELEMENTS(steps); i++)
            if (strcmp(*s, steps[i].name) == 0) {
                opts.steps &= ~steps[i].bit;
                known = true;
            }
        if (!known) {
            fprintf(stderr, "arkivtext ocr: --skip: unknown step '%s'\n", *s);
            status = AT_EXIT_USAGE;
        }
    }
    g_strfreev(skipped);
    if (status)
        goto out;
    char **expanded = NULL;
    if (at_pipeline_expand_inputs((const char *const *)inputs, false, stdin, &expanded, NULL, &err) < 0) {
        at_cli_report("ocr", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    for (char **e = expanded; *e; e++)
        g_ptr_array_add(files, g_strdup(*e));
    at_pipeline_inputs_free(expanded);
    GPtrArray *stems = g_ptr_array_new_with_free_func(g_free);
    for (guint i = 0; i < files->len; i++)
        g_ptr_array_add(stems, output_stem(outdir, files->pdata[i]));
    bool distinct = at_cli_distinct_outputs("ocr", (char **)files->pdata, (char **)stems->pdata, files->len);
    g_ptr_array_free(stems, TRUE);
    if (!distinct) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (g_mkdir_with_parents(outdir, 0755) != 0) {
        fprintf(stderr, "arkivtext ocr: %s: cannot create folder: %s\n", outdir, g_strerror(errno));
        status = AT_EXIT_SETUP;
        goto out;
    }
    if (normalize) {
        if (!at_cli_repair_open(&repair, "ocr", dict_path, rules_path, lexicons, NULL)) {
            status = AT_EXIT_SETUP;
            goto out;
        }
    }
    if (at_ocr_new(&ocr, &opts, &err) < 0) {
        at_cli_report("ocr", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    progress_state progress = { .tty = isatty(STDERR_FILENO), .start = g_get_monotonic_time(), .docs = files->len };
    g_mutex_init(&progress.lock);
    /* Documents in parallel as well as their pages: a box of one-page scans keeps every worker busy. */
    doc_task shared = { ocr, repair.normalizer, outdir, pdf, &progress };
    /* Largest files first, so no long document starts last while the other workers sit idle. */
    GPtrArray *by_size = g_ptr_array_copy(files, NULL, NULL);
    g_ptr_array_set_free_func(by_size, NULL); /* the paths stay owned by `files` */
    g_ptr_array_sort(by_size, larger_first);
    at_parallel(by_size->pdata, by_size->len, opts.jobs > 0 ? opts.jobs : (int)g_get_num_processors(), run_document,
                &shared);
    g_ptr_array_free(by_size, TRUE);
    if (progress.tty)
        fputc('\n', stderr);
    double minutes = (double)(g_get_monotonic_time() - progress.start) / 6e7;
    fprintf(stderr, "arkivtext ocr: %zu of %u %s read, %zu %s, %.1f pages/min\n", files->len - progress.failed,
            files->len, at_cli_plural(files->len, "document", "documents"), progress.pages_done,
            at_cli_plural(progress.pages_done, "page", "pages"), minutes > 0 ? progress.pages_done / minutes : 0.0);
    g_mutex_clear(&progress.lock);
    guint failed = (guint)progress.failed;
    if (failed)
        status = AT_EXIT_SOME_FAILED;
out:
    at_ocr_free(ocr);
    at_cli_repair_close(&repair);
    g_ptr_array_free(files, TRUE);
    g_option_context_free(ctx);
    g_free(outdir);
    g_free(lang);
    g_free(tessdata);
    g_free(skip);
    g_free(rules_path);
    g_free(dict_path);
    g_strfreev(inputs);
    g_strfreev(lexicons);
    return status;
}
