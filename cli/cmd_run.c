/* arkivtext run: a folder of scans and texts to one E-ARK SIP per document, resumably.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The work is the pipeline stage's (arkivtext/pipeline.h); this command
 * parses the options, shows progress and prints the summary.
 */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    bool tty;
} run_view;

/* The progress line on a terminal, and one line per failed document. */
static void on_event(const at_pipeline_event *ev, void *data)
{
    const run_view *v = data;
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
    if (!v->tty)
        return;
    double minutes = ev->seconds / 60;
    double ppm = minutes > 0 ? (double)ev->pages_done / minutes : 0;
    double per_doc = ev->documents_done ? ev->seconds / (double)ev->documents_done : 0;
    fprintf(stderr, "\r%zu/%zu documents (%zu failed), %zu pages, %.1f pages/min, ETA %.0f s\033[K",
            ev->documents_done, ev->documents, ev->failed, ev->pages_done, ppm,
            per_doc * (double)(ev->documents - ev->documents_done));
}

static void print_summary(const at_pipeline_summary *s)
{
    fprintf(stderr, "arkivtext run: %zu documents: %zu ok (%zu already done), %zu failed; %lld pages; %lld words changed",
            s->documents, s->ok, s->already_done, s->failed, s->pages, s->words_changed);
    if (s->mean_confidence >= 0)
        fprintf(stderr, "; mean OCR confidence %.3f", s->mean_confidence);
    fprintf(stderr, "; %.1f s (%.1f pages/min)\n", s->seconds,
            s->seconds > 0 ? (double)(s->pages_read * 60) / s->seconds : 0);
}

/* The options a worker may be given; the rest it takes from its batch, fixed at --enqueue. */
typedef struct {
    char *outdir, *organisation, *agreement, *lang, *rules_path, *dict_path, *journal;
    char **lexicons, **inputs;
    gboolean tar, zip, no_pdf, no_normalize, lenient, force, enqueue, worker;
    int jobs, lease;
} run_args;

static bool only_worker_options(const run_args *a)
{
    return !a->organisation && !a->agreement && !a->lang && !a->rules_path && !a->dict_path && !a->lexicons &&
           !a->inputs && !a->tar && !a->zip && !a->no_pdf && !a->no_normalize && !a->lenient && !a->force &&
           !a->enqueue;
}

static char *absolute(const char *path)
{
    return g_canonicalize_filename(path, NULL);
}

/* What every worker of the batch runs with: the options given to --enqueue, paths made absolute. */
static char **batch_args(const run_args *a)
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
    const char *paths[][2] = { { "--rules", a->rules_path }, { "--dict", a->dict_path } };
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
        { a->lenient, "--lenient" } };
    for (size_t i = 0; i < G_N_ELEMENTS(flags); i++)
        if (flags[i].on)
            g_ptr_array_add(v, g_strdup(flags[i].name));
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

static int enqueue(at_pipeline *pipeline, const run_args *a, char **files, size_t n)
{
    at_error err = AT_ERROR_INIT;
    char **args = batch_args(a);
    size_t queued = 0;
    int rc = at_pipeline_enqueue(pipeline, (const char *const *)files, n, (const char *const *)args, &queued, &err);
    g_strfreev(args);
    if (rc < 0) {
        at_cli_report("run", &err);
        return AT_EXIT_SETUP;
    }
    fprintf(stderr, "arkivtext run: %zu document%s queued (%zu already done) in %s; start workers with: "
                    "arkivtext run --worker -o %s%s%s\n",
            queued, queued == 1 ? "" : "s", n - queued, a->outdir, a->outdir, a->journal ? " --journal " : "",
            a->journal ? a->journal : "");
    return AT_EXIT_OK;
}

/* Run the pipeline as asked: alone over the inputs, enqueueing them, or as a worker of the folder's batch. */
static int run_pipeline(const run_args *a, at_pipeline_options *opts, char **files, size_t n_files,
                        const run_view *view)
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
        status = enqueue(pipeline, a, files, n_files);
        at_pipeline_free(pipeline);
        return status;
    }
    int rc = a->worker ? at_pipeline_work(pipeline, a->lease, &summary, &err)
                       : at_pipeline_run(pipeline, (const char *const *)files, n_files, &summary, &err);
    if (rc < 0) {
        at_cli_report("run", &err);
        status = AT_EXIT_SETUP;
    }
    if (rc == 0 || summary.documents > 0) {
        if (view->tty)
            fputc('\n', stderr);
        print_summary(&summary);
    }
    if (summary.failed && status == AT_EXIT_OK)
        status = AT_EXIT_SOME_FAILED;
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
        { "no-normalize", 0, 0, G_OPTION_ARG_NONE, &a.no_normalize, "Do not repair the text", NULL },
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
        { "lease", 0, 0, G_OPTION_ARG_INT, &a.lease,
          "A worker's claim not renewed for SECONDS is taken over (a hung worker; default 300)", "SECONDS" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &a.inputs, NULL, "INPUT..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- scans and texts to E-ARK / FGS archive packages");
    g_option_context_set_summary(ctx,
        "For each document (image, PDF, text, tab-separated table, or ALTO; folders are read whole):\n"
        "OCR or read it, repair the Swedish, extract its record and write one E-ARK SIP 2.1.0\n"
        "(FGS Paketstruktur 2.0) package into DIR; a scan also gets its searchable PDF/A access copy\n"
        "(representation rep2). A journal in DIR makes runs resumable: documents already packaged\n"
        "with the same content are skipped. DIR/report.json sums up the run.\n\n"
        "One batch over many processes or machines: run --enqueue INPUT... -o DIR --organisation NAME\n"
        "[--journal postgresql://…] once, then any number of run --worker -o DIR [--journal …].");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_error err = AT_ERROR_INIT;
    at_cli_repair repair = { NULL, NULL, NULL };
    char **files = NULL;
    size_t n_files = 0;
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
    if (!a.worker &&
        (at_pipeline_expand_inputs((const char *const *)a.inputs, true, stdin, &files, &n_files, &err) < 0 ||
         n_files == 0)) {
        fprintf(stderr, "arkivtext run: no documents found in the inputs\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    char dict_desc[256] = "";
    if (!a.no_normalize && !a.enqueue) {
        if (!at_cli_repair_open(&repair, "run", a.dict_path, a.rules_path, a.lexicons, NULL)) {
            status = AT_EXIT_SETUP;
            goto out;
        }
        at_dict_describe(repair.dict, dict_desc, sizeof dict_desc);
    }
    at_ocr_options oopts = AT_OCR_OPTIONS_INIT;
    oopts.lang = a.lang ? a.lang : "swe";
    oopts.page_images = !a.no_pdf;
    at_package_options popts = AT_PACKAGE_OPTIONS_INIT;
    popts.organisation = a.organisation;
    popts.submission_agreement = a.agreement;
    popts.tar = a.tar;
    popts.zip = a.zip;
    popts.access_copy = !a.no_pdf;
    run_view view = { isatty(STDERR_FILENO) };
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
    status = run_pipeline(&a, &opts, files, n_files, &view);
out:
    at_cli_repair_close(&repair);
    at_pipeline_inputs_free(files);
    g_option_context_free(ctx);
    g_free(a.outdir);
    g_free(a.organisation);
    g_free(a.agreement);
    g_free(a.lang);
    g_free(a.rules_path);
    g_free(a.dict_path);
    g_free(a.journal);
    g_strfreev(a.lexicons);
    g_strfreev(a.inputs);
    return status;
}
