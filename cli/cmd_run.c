/* arkivtext run: a folder of scans and texts to one E-ARK SIP per document, resumably.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The work is the pipeline stage's (arkivtext/pipeline.h); this command
 * parses the options, shows progress and prints the summary.
 */
#include "cli/cli.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    bool tty;
    GPtrArray *warned; /* documents packaged with warnings (char*) */
    size_t duplicates; /* documents of the same content as an earlier one */
} run_view;

/* Set by SIGINT or SIGTERM: the pipeline starts no further document. The one global a signal needs. */
static volatile sig_atomic_t stop_requested;

static void request_stop(int sig)
{
    (void)sig;
    stop_requested = 1;
}

/* The first SIGINT or SIGTERM asks the run to stop; a second one ends it at once (SA_RESETHAND). */
static void catch_stop_signals(void)
{
    struct sigaction sa = { 0 };
    sa.sa_handler = request_stop;
    sa.sa_flags = (int)SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

/* The progress line on a terminal, and one line per failed document. */
static void on_event(const at_pipeline_event *ev, void *data)
{
    run_view *v = data;
    if (ev->kind == AT_PIPELINE_DOCUMENT_DONE && ev->warnings && ev->status != AT_PIPELINE_FAILED &&
        ev->status != AT_PIPELINE_DUPLICATE)
        g_ptr_array_add(v->warned, g_strdup(ev->source));
    if (ev->kind == AT_PIPELINE_WARNING) {
        if (v->tty)
            fputc('\n', stderr);
        fprintf(stderr, "arkivtext run: %s\n", ev->message);
        return;
    }
    if (ev->kind == AT_PIPELINE_DOCUMENT_DONE && ev->status == AT_PIPELINE_FAILED) {
        if (v->tty)
            fputc('\n', stderr);
        fprintf(stderr, "arkivtext run: %s\n", ev->message);
    }
    if (ev->kind == AT_PIPELINE_DOCUMENT_DONE && ev->status == AT_PIPELINE_DUPLICATE) {
        v->duplicates++;
        if (v->tty)
            fputc('\n', stderr);
        fprintf(stderr, "arkivtext run: %s: duplicate: the same content as %s, one package for both\n",
                ev->source, ev->message);
    }
    if (!v->tty)
        return;
    double minutes = ev->seconds / 60;
    double ppm = minutes > 0 ? (double)ev->pages_done / minutes : 0;
    double per_doc = ev->documents_done ? ev->seconds / (double)ev->documents_done : 0;
    fprintf(stderr, "\r%zu/%zu %s (%zu failed), %zu %s, %.1f pages/min, ETA %.0f s\033[K", ev->documents_done,
            ev->documents, at_cli_plural(ev->documents, "document", "documents"), ev->failed, ev->pages_done,
            at_cli_plural(ev->pages_done, "page", "pages"), ppm,
            per_doc * (double)(ev->documents - ev->documents_done));
}

static gint by_text(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A document's sources on one line: its first file, and how many pages follow. */
static void print_source(const char *source)
{
    const char *nl = strchr(source, '\n');
    if (!nl) {
        fprintf(stderr, "  %s\n", source);
        return;
    }
    size_t more = 0;
    for (const char *c = nl; c; c = strchr(c + 1, '\n'))
        more++;
    fprintf(stderr, "  %.*s and %zu more %s\n", (int)(nl - source), source, more, at_cli_plural(more, "page", "pages"));
}

static void print_summary(const at_pipeline_summary *s, const at_pipeline_box *box, const run_view *v)
{
    fprintf(stderr, "arkivtext run: %zu %s: %zu ok (%zu already done, %zu with warnings), %zu %s, %zu failed",
            s->documents, at_cli_plural(s->documents, "document", "documents"), s->ok, s->already_done, s->warned,
            s->duplicates, at_cli_plural(s->duplicates, "duplicate", "duplicates"), s->failed);
    if (s->not_started)
        fprintf(stderr, ", %zu not started", s->not_started);
    fprintf(stderr, "; %zu %s skipped; %lld %s; %lld %s changed", s->skipped, at_cli_plural(s->skipped, "file", "files"),
            s->pages, at_cli_plural((size_t)s->pages, "page", "pages"), s->words_changed,
            at_cli_plural((size_t)s->words_changed, "word", "words"));
    if (s->mean_confidence >= 0)
        fprintf(stderr, "; mean OCR confidence %.3f", s->mean_confidence);
    if (s->batch_failed || s->batch_skipped) /* a worker's report also lists those of other workers */
        fprintf(stderr, "; the whole batch: %zu failed, %zu %s skipped (report.json)", s->batch_failed,
                s->batch_skipped, at_cli_plural(s->batch_skipped, "file", "files"));
    fprintf(stderr, "; %.1f s (%.1f pages/min)\n", s->seconds,
            s->seconds > 0 ? (double)(s->pages_read * 60) / s->seconds : 0);
    if (s->skipped)
        fprintf(stderr, "arkivtext run: skipped (not archived):\n");
    for (size_t i = 0; box && i < at_pipeline_box_n_skipped(box); i++) {
        const char *reason;
        const char *path = at_pipeline_box_skipped(box, i, &reason);
        fprintf(stderr, "  %s: %s\n", path, reason);
    }
    if (s->stale)
        fprintf(stderr, "arkivtext run: %zu %s in the folder %s no longer in the box (kept; \"stale\" in report.csv): "
                "leave %s out of the submission or delete %s\n", s->stale, at_cli_plural(s->stale, "package", "packages"),
                s->stale == 1 ? "is" : "are", s->stale == 1 ? "it" : "them", s->stale == 1 ? "it" : "them");
    if (v->warned->len)
        fprintf(stderr, "arkivtext run: packaged with warnings (see report.json):\n");
    g_ptr_array_sort(v->warned, by_text);
    for (guint i = 0; i < v->warned->len; i++)
        print_source(v->warned->pdata[i]);
}

/* The options a worker may be given; the rest it takes from its batch, fixed at --enqueue. */
typedef struct {
    char *outdir, *organisation, *agreement, *lang, *tessdata, *rules_path, *dict_path, *journal, *manifest;
    char **lexicons, **inputs, **box_roots;
    gboolean tar, zip, no_pdf, no_normalize, no_review, lenient, force, enqueue, worker, pages_per_file, no_tables,
        force_ocr;
    int jobs, lease, dpi;
} run_args;

static bool only_worker_options(const run_args *a)
{
    return !a->organisation && !a->agreement && !a->lang && !a->rules_path && !a->dict_path && !a->lexicons &&
           !a->inputs && !a->tar && !a->zip && !a->no_pdf && !a->no_normalize && !a->no_review && !a->lenient &&
           !a->force && !a->enqueue && !a->manifest && !a->pages_per_file && !a->tessdata && !a->no_tables &&
           !a->force_ocr && !a->dpi;
}

static char *absolute(const char *path)
{
    return g_canonicalize_filename(path, NULL);
}

/* What every worker of the batch runs with: the options given to --enqueue, paths made absolute, and the box's
 * folders, which packages name their sources relative to. */
static char **batch_args(const run_args *a, const at_pipeline_box *box)
{
    GPtrArray *v = g_ptr_array_new();
    g_ptr_array_add(v, g_strdup("--organisation"));
    g_ptr_array_add(v, g_strdup(a->organisation));
    const char *valued[][2] = { { "--submission-agreement", a->agreement }, { "--lang", a->lang } };
    for (size_t i = 0; i < G_N_ELEMENTS(valued); i++)
        if (valued[i][1]) {
            g_ptr_array_add(v, g_strdup(valued[i][0]));
            g_ptr_array_add(v, g_strdup(valued[i][1]));
        }
    if (a->dpi) {
        g_ptr_array_add(v, g_strdup("--dpi"));
        g_ptr_array_add(v, g_strdup_printf("%d", a->dpi));
    }
    const char *paths[][2] = { { "--rules", a->rules_path }, { "--dict", a->dict_path }, { "--tessdata", a->tessdata } };
    for (size_t i = 0; i < G_N_ELEMENTS(paths); i++)
        if (paths[i][1]) {
            g_ptr_array_add(v, g_strdup(paths[i][0]));
            g_ptr_array_add(v, absolute(paths[i][1]));
        }
    for (char **l = a->lexicons; l && *l; l++) {
        g_ptr_array_add(v, g_strdup("--lexicon"));
        g_ptr_array_add(v, absolute(*l));
    }
    const struct { gboolean on; const char *name; } flags[] = {
        { a->tar, "--tar" }, { a->zip, "--zip" }, { a->no_pdf, "--no-pdf" }, { a->no_normalize, "--no-normalize" },
        { a->no_review, "--no-review" }, { a->lenient, "--lenient" }, { a->no_tables, "--no-tables" },
        { a->force_ocr, "--force-ocr" } };
    for (size_t i = 0; i < G_N_ELEMENTS(flags); i++)
        if (flags[i].on)
            g_ptr_array_add(v, g_strdup(flags[i].name));
    for (const char *const *r = at_pipeline_box_roots(box); r && *r; r++) {
        g_ptr_array_add(v, g_strdup("--box-root"));
        g_ptr_array_add(v, g_strdup(*r));
    }
    g_ptr_array_add(v, NULL);
    return (char **)g_ptr_array_free(v, FALSE);
}

/* A worker: -o, --journal, -j and --lease from its command line, everything else from the batch file. */
static int worker_args(GOptionEntry *entries, run_args *a)
{
    if (!only_worker_options(a)) {
        fprintf(stderr, "arkivtext run: --worker takes its options from the batch (fixed at --enqueue); "
                        "give it only -o, --journal, -j and --lease\n");
        return AT_EXIT_USAGE;
    }
    if (!a->outdir) {
        fprintf(stderr, "arkivtext run: an output folder is needed (-o DIR) (see arkivtext run --help)\n");
        return AT_EXIT_USAGE;
    }
    at_error err = AT_ERROR_INIT;
    at_pipeline_batch batch;
    if (at_pipeline_batch_read(a->outdir, &batch, &err) < 0) {
        at_cli_report("run", &err);
        return AT_EXIT_SETUP;
    }
    if (!a->journal)
        a->journal = g_strdup(batch.journal);
    GStrvBuilder *b = g_strv_builder_new();
    g_strv_builder_add(b, "run");
    g_strv_builder_addv(b, (const char **)batch.args);
    char **argv = g_strv_builder_end(b);
    int argc = (int)g_strv_length(argv);
    /* parsing drops the options from the array it is given, so it gets a copy of the pointers */
    char **parsed = g_memdup2(argv, sizeof *argv * (gsize)(argc + 1));
    GOptionContext *ctx = g_option_context_new(NULL);
    g_option_context_add_main_entries(ctx, entries, NULL);
    bool ok = at_cli_parse(ctx, &argc, &parsed, "run");
    g_option_context_free(ctx);
    g_strv_builder_unref(b);
    g_free(parsed);
    g_strfreev(argv);
    at_pipeline_batch_clear(&batch);
    return ok ? AT_EXIT_OK : AT_EXIT_SETUP;
}

static int enqueue(at_pipeline *pipeline, const run_args *a, const at_pipeline_box *box, const run_view *view)
{
    at_error err = AT_ERROR_INIT;
    char **args = batch_args(a, box);
    size_t queued = 0, n = at_pipeline_box_n_documents(box);
    int rc = at_pipeline_enqueue_box(pipeline, box, (const char *const *)args, &queued, &err);
    g_strfreev(args);
    if (rc < 0) {
        at_cli_report("run", &err);
        return AT_EXIT_SETUP;
    }
    fprintf(stderr, "arkivtext run: %zu %s queued (%zu already done) in %s; start workers with: "
                    "arkivtext run --worker -o %s%s%s\n",
            queued, at_cli_plural(queued, "document", "documents"), n - queued - view->duplicates, a->outdir, a->outdir, a->journal ? " --journal " : "",
            a->journal ? a->journal : "");
    for (size_t i = 0; i < at_pipeline_box_n_skipped(box); i++) {
        const char *reason;
        const char *path = at_pipeline_box_skipped(box, i, &reason);
        fprintf(stderr, "arkivtext run: %s: skipped: %s\n", path, reason);
    }
    return at_pipeline_box_n_skipped(box) ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
}

/* The documents of the inputs (or the manifest); a box of nothing but skipped files still runs, to report them. */
static int open_box(const run_args *a, at_pipeline_box **box)
{
    at_error err = AT_ERROR_INIT;
    at_pipeline_box_options bopts = AT_PIPELINE_BOX_OPTIONS_INIT;
    bopts.pages_per_file = a->pages_per_file;
    bopts.manifest = a->manifest;
    bopts.exclude = a->outdir;
    bopts.list = stdin;
    if (at_pipeline_box_open(box, (const char *const *)a->inputs, &bopts, &err) < 0) {
        at_cli_report("run", &err);
        return AT_EXIT_USAGE;
    }
    if (at_pipeline_box_n_documents(*box) == 0 && at_pipeline_box_n_skipped(*box) == 0) {
        fprintf(stderr, "arkivtext run: no files found in the inputs\n");
        return AT_EXIT_USAGE;
    }
    return AT_EXIT_OK;
}

static void report_review_failure(const char *package, const at_error *err, void *data)
{
    (void)package; /* the message names it */
    (void)data;
    at_cli_report("run", err);
}

/* The review pages of the whole batch, once it is complete (arkivtext review writes them again). */
static int write_review(const char *outdir, const at_dict *dict)
{
    at_review_options opts = AT_REVIEW_OPTIONS_INIT;
    opts.on_failure = report_review_failure;
    opts.dict = dict;
    at_review_summary s;
    at_error err = AT_ERROR_INIT;
    if (at_review_write(outdir, &opts, &s, &err) < 0) {
        at_cli_report("run", &err);
        return AT_EXIT_SOME_FAILED;
    }
    fprintf(stderr, "arkivtext run: review pages of %zu %s: %s/review/index.html (%zu %s marked)\n", s.documents,
            at_cli_plural(s.documents, "document", "documents"), outdir, s.marked,
            at_cli_plural(s.marked, "word", "words"));
    return s.failed ? AT_EXIT_SOME_FAILED : AT_EXIT_OK;
}

/* Run the pipeline as asked: alone over the inputs, enqueueing them, or as a worker of the folder's batch; then
 * the review pages (their marks use the repair's dictionary). */
static int run_pipeline(const run_args *a, at_pipeline_options *opts, const at_pipeline_box *box,
                        const run_view *view, const at_cli_repair *repair)
{
    at_error err = AT_ERROR_INIT;
    at_pipeline *pipeline = NULL;
    at_pipeline_summary summary = { 0 };
    int status = AT_EXIT_OK;
    if (at_pipeline_new(&pipeline, opts, &err) < 0) {
        at_cli_report("run", &err);
        return AT_EXIT_SETUP;
    }
    if (a->enqueue) {
        status = enqueue(pipeline, a, box, view);
        at_pipeline_free(pipeline);
        return status;
    }
    int rc = a->worker ? at_pipeline_work(pipeline, a->lease, &summary, &err)
                       : at_pipeline_run(pipeline, box, &summary, &err);
    if (rc < 0) {
        at_cli_report("run", &err);
        status = AT_EXIT_SETUP;
    }
    if (rc == 0 || summary.documents > 0) {
        if (view->tty)
            fputc('\n', stderr);
        print_summary(&summary, box, view);
    }
    if ((summary.failed || summary.skipped || summary.batch_failed || summary.batch_skipped) && status == AT_EXIT_OK)
        status = AT_EXIT_SOME_FAILED;
    /* packages as tar or zip files have no folder for the review pages to read */
    if (summary.reported && !stop_requested && !a->no_review && !a->tar && !a->zip &&
        write_review(a->outdir, repair->dict) != AT_EXIT_OK && status == AT_EXIT_OK)
        status = AT_EXIT_SOME_FAILED;
    if (stop_requested && a->worker) {
        fprintf(stderr, "arkivtext run: interrupted: the documents this worker held are finished, the rest stay "
                        "queued for the batch's workers; the same command again goes on\n");
        status = AT_EXIT_INTERRUPTED;
    } else if (stop_requested) {
        fprintf(stderr, "arkivtext run: interrupted: %zu %s not started, the packages made are kept and the "
                        "report so far is in %s/report.json; the same command again resumes\n",
                summary.not_started, at_cli_plural(summary.not_started, "document", "documents"), a->outdir);
        status = AT_EXIT_INTERRUPTED;
    }
    at_pipeline_free(pipeline);
    return status;
}

int at_cmd_run(int argc, char **argv)
{
    run_args a = { 0 };
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &a.outdir, "Output folder: one package per document, report.json",
          "DIR" },
        { "organisation", 0, 0, G_OPTION_ARG_STRING, &a.organisation,
          "The submitting organisation named in every package (required)", "NAME" },
        { "submission-agreement", 0, 0, G_OPTION_ARG_STRING, &a.agreement,
          "Reference of the submission agreement (leveransöverenskommelse)", "REF" },
        { "tar", 0, 0, G_OPTION_ARG_NONE, &a.tar, "Write each package as OBJID.tar instead of a folder", NULL },
        { "zip", 0, 0, G_OPTION_ARG_NONE, &a.zip, "Write each package as OBJID.zip instead of a folder", NULL },
        { "no-pdf", 0, 0, G_OPTION_ARG_NONE, &a.no_pdf,
          "No access copy: scans get no searchable PDF/A as representation rep2", NULL },
        { "jobs", 'j', 0, G_OPTION_ARG_INT, &a.jobs, "Worker threads (default: one per core)", "N" },
        { "lang", 'l', 0, G_OPTION_ARG_STRING, &a.lang, "Tesseract languages (default swe)", "LANG" },
        { "dpi", 0, 0, G_OPTION_ARG_INT, &a.dpi, "Resolution of images that state none (default 300)", "N" },
        { "tessdata", 0, 0, G_OPTION_ARG_FILENAME, &a.tessdata, "Folder of tesseract's .traineddata files", "DIR" },
        { "force-ocr", 0, 0, G_OPTION_ARG_NONE, &a.force_ocr, "OCR PDF pages even when they have a text layer", NULL },
        { "no-tables", 0, 0, G_OPTION_ARG_NONE, &a.no_tables, "Do not look for ruled tables", NULL },
        { "no-normalize", 0, 0, G_OPTION_ARG_NONE, &a.no_normalize, "Do not repair the text", NULL },
        { "no-review", 0, 0, G_OPTION_ARG_NONE, &a.no_review,
          "Do not write the review pages (DIR/review/; arkivtext review writes them later)", NULL },
        { "lenient", 0, 0, G_OPTION_ARG_NONE, &a.lenient, "Replace invalid UTF-8 in texts instead of failing", NULL },
        { "force", 0, 0, G_OPTION_ARG_NONE, &a.force, "Redo documents the journal says are done", NULL },
        { "rules", 0, 0, G_OPTION_ARG_FILENAME, &a.rules_path, "Normalizer rules file", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &a.dict_path, "Compiled dictionary", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &a.lexicons, "Add a user lexicon (repeatable)", "FILE" },
        { "journal", 0, 0, G_OPTION_ARG_STRING, &a.journal,
          "The journal: a SQLite file (default DIR/journal.sqlite) or a PostgreSQL database (postgresql://…)",
          "LOCATION" },
        { "enqueue", 0, 0, G_OPTION_ARG_NONE, &a.enqueue,
          "Register the inputs as DIR's batch for workers to share; process nothing", NULL },
        { "worker", 0, 0, G_OPTION_ARG_NONE, &a.worker,
          "Work on DIR's batch (see --enqueue) until nothing is left; any number of workers, on any machines", NULL },
        { "manifest", 0, 0, G_OPTION_ARG_FILENAME, &a.manifest,
          "CSV of path, document id and optional title, date, diarienummer, series: which file belongs to which "
          "document, in page order (files not in it are skipped)", "FILE" },
        { "pages-per-file", 0, 0, G_OPTION_ARG_NONE, &a.pages_per_file,
          "Every page image a document of its own (default: a folder's numbered page images are one document)",
          NULL },
        { "lease", 0, 0, G_OPTION_ARG_INT, &a.lease,
          "A worker's claim not renewed for SECONDS is taken over (a hung worker; default 300)", "SECONDS" },
        { "box-root", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME_ARRAY, &a.box_roots,
          "A folder of the batch's box, from --enqueue for its workers", "DIR" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &a.inputs, NULL, "INPUT..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- scans and texts to E-ARK / FGS archive packages");
    g_option_context_set_summary(ctx,
        "For each document (image, PDF, text, tab- or comma-separated table, or ALTO): OCR or read it,\n"
        "repair the Swedish, extract its record and write one E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0)\n"
        "package into DIR; a scan also gets its searchable PDF/A access copy (representation rep2).\n"
        "Folders are walked recursively; a folder's numbered page images (0001.tif, sida2.png …) are\n"
        "one document in natural page order. Every file is archived or listed as skipped with its\n"
        "reason (a Word document, an empty file …); identical files make one package naming them all.\n"
        "A journal in DIR makes runs resumable: documents already packaged with the same content are\n"
        "skipped; other options than the folder's packages were made with stop the run (--force\n"
        "redoes them). DIR/report.json and DIR/report.csv list every document and skipped file;\n"
        "DIR/review/index.html shows what was done to each, for correction (not with --tar/--zip).\n"
        "Exit 0 when all was archived, 1 when a file was skipped or failed, 130 when interrupted\n"
        "(Ctrl-C: the documents running are finished; run the same command again to resume).\n\n"
        "One batch over many processes or machines: run --enqueue INPUT... -o DIR --organisation NAME\n"
        "[--journal postgresql://…] once, then any number of run --worker -o DIR [--journal …].");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_cli_repair repair = { NULL, NULL, NULL };
    at_pipeline_box *box = NULL;
    run_view view = { isatty(STDERR_FILENO), g_ptr_array_new_with_free_func(g_free), 0 };
    if (!at_cli_parse(ctx, &argc, &argv, "run")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (a.worker && (status = worker_args(entries, &a)) != AT_EXIT_OK)
        goto out;
    if (!a.outdir || (!a.inputs && !a.worker)) {
        fprintf(stderr, "arkivtext run: %s (see arkivtext run --help)\n",
                !a.outdir ? "an output folder is needed (-o DIR)" : "no input");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (a.tar && a.zip) {
        fprintf(stderr, "arkivtext run: --tar and --zip exclude each other\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (a.dpi < 0 || a.dpi > 4800) {
        fprintf(stderr, "arkivtext run: --dpi %d: give a resolution from 1 to 4800\n", a.dpi);
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (strcmp(a.outdir, "-") == 0) {
        fprintf(stderr, "arkivtext run: -o names a folder: it holds the packages, the journal and the report\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!a.organisation || !*a.organisation) {
        fprintf(stderr, "arkivtext run: --organisation is needed: every package names its submitting organisation\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!a.worker && (status = open_box(&a, &box)) != AT_EXIT_OK)
        goto out;
    char dict_desc[256] = "";
    if (!a.no_normalize) { /* also at --enqueue: the folder keeps the repair's dictionary and rules */
        if (!at_cli_repair_open(&repair, "run", a.dict_path, a.rules_path, a.lexicons, NULL)) {
            status = AT_EXIT_SETUP;
            goto out;
        }
        at_dict_describe(repair.dict, dict_desc, sizeof dict_desc);
    }
    at_ocr_options oopts = AT_OCR_OPTIONS_INIT;
    oopts.lang = a.lang ? a.lang : "swe";
    oopts.page_images = !a.no_pdf;
    oopts.tessdata = a.tessdata;
    oopts.dpi = a.dpi;
    oopts.tables = !a.no_tables;
    oopts.force_ocr = a.force_ocr;
    at_package_options popts = AT_PACKAGE_OPTIONS_INIT;
    popts.organisation = a.organisation;
    popts.submission_agreement = a.agreement;
    popts.tar = a.tar;
    popts.zip = a.zip;
    popts.access_copy = !a.no_pdf;
    at_pipeline_options opts = AT_PIPELINE_OPTIONS_INIT;
    opts.outdir = a.outdir;
    opts.package = &popts;
    opts.normalizer = repair.normalizer;
    opts.dictionary = a.no_normalize ? NULL : dict_desc;
    opts.ocr = &oopts;
    opts.lenient = a.lenient;
    opts.force = a.force;
    opts.jobs = a.jobs;
    opts.journal = at_pipeline_journal_backend(a.journal);
    opts.journal_location = a.journal;
    opts.on_event = on_event;
    opts.event_data = &view;
    opts.stop = &stop_requested;
    opts.box_roots = box ? at_pipeline_box_roots(box) : (const char *const *)a.box_roots;
    opts.rules = a.rules_path;
    opts.lexicons = (const char *const *)a.lexicons;
    catch_stop_signals();
    status = run_pipeline(&a, &opts, box, &view, &repair);
out:
    at_cli_repair_close(&repair);
    at_pipeline_box_free(box);
    g_ptr_array_free(view.warned, TRUE);
    g_free(a.manifest);
    g_option_context_free(ctx);
    g_free(a.outdir);
    g_free(a.organisation);
    g_free(a.agreement);
    g_free(a.lang);
    g_free(a.tessdata);
    g_free(a.rules_path);
    g_free(a.dict_path);
    g_free(a.journal);
    g_strfreev(a.lexicons);
    g_strfreev(a.inputs);
    g_strfreev(a.box_roots);
    return status;
}
