/* arkivtext run: a folder of scans and texts to one E-ARK SIP per document, resumably.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The work is the pipeline stage's (arkivtext/pipeline.h); this command
 * parses the options, shows progress and prints the summary.
 */
#include "cli/cli.h"

#include <stdio.h>
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

int at_cmd_run(int argc, char **argv)
{
    char *outdir = NULL, *organisation = NULL, *agreement = NULL, *lang = NULL, *rules_path = NULL, *dict_path = NULL;
    char **lexicons = NULL, **inputs = NULL;
    gboolean tar = FALSE, no_normalize = FALSE, lenient = FALSE, force = FALSE, no_pdf = FALSE;
    int jobs = 0;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir, "Output folder: one package per document, report.json",
          "DIR" },
        { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation,
          "The submitting organisation named in every package (required)", "NAME" },
        { "submission-agreement", 0, 0, G_OPTION_ARG_STRING, &agreement,
          "Reference of the submission agreement (leveransöverenskommelse)", "REF" },
        { "tar", 0, 0, G_OPTION_ARG_NONE, &tar, "Write each package as OBJID.tar instead of a folder", NULL },
        { "no-pdf", 0, 0, G_OPTION_ARG_NONE, &no_pdf,
          "No access copy: scans get no searchable PDF/A as representation rep2", NULL },
        { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Worker threads (default: one per core)", "N" },
        { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, "Tesseract languages (default swe)", "LANG" },
        { "no-normalize", 0, 0, G_OPTION_ARG_NONE, &no_normalize, "Do not repair the text", NULL },
        { "lenient", 0, 0, G_OPTION_ARG_NONE, &lenient, "Replace invalid UTF-8 in texts instead of failing", NULL },
        { "force", 0, 0, G_OPTION_ARG_NONE, &force, "Redo documents the journal says are done", NULL },
        { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_path, "Normalizer rules file", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "Add a user lexicon (repeatable)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, "INPUT..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- scans and texts to E-ARK / FGS archive packages");
    g_option_context_set_summary(ctx,
        "For each document (image, PDF, text, tab-separated table, or ALTO; folders are read whole):\n"
        "OCR or read it, repair the Swedish, extract its record and write one E-ARK SIP 2.1.0\n"
        "(FGS Paketstruktur 2.0) package into DIR; a scan also gets its searchable PDF/A access copy\n"
        "(representation rep2). A journal in DIR makes runs resumable: documents already packaged\n"
        "with the same content are skipped. DIR/report.json sums up the run.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_error err = AT_ERROR_INIT;
    at_cli_repair repair = { NULL, NULL, NULL };
    at_pipeline *pipeline = NULL;
    char **files = NULL;
    size_t n_files = 0;
    if (!at_cli_parse(ctx, &argc, &argv, "run")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!outdir || !inputs) {
        fprintf(stderr, "arkivtext run: %s (see arkivtext run --help)\n",
                !outdir ? "an output folder is needed (-o DIR)" : "no input");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (strcmp(outdir, "-") == 0) {
        fprintf(stderr, "arkivtext run: -o names a folder: it holds the packages, the journal and the report\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!organisation || !*organisation) {
        fprintf(stderr, "arkivtext run: --organisation is needed: every package names its submitting organisation\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (at_pipeline_expand_inputs((const char *const *)inputs, true, stdin, &files, &n_files, &err) < 0 ||
        n_files == 0) {
        fprintf(stderr, "arkivtext run: no documents found in the inputs\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    char dict_desc[256] = "";
    if (!no_normalize) {
        if (!at_cli_repair_open(&repair, "run", dict_path, rules_path, lexicons, NULL)) {
            status = AT_EXIT_SETUP;
            goto out;
        }
        at_dict_describe(repair.dict, dict_desc, sizeof dict_desc);
    }
    at_ocr_options oopts = AT_OCR_OPTIONS_INIT;
    oopts.lang = lang ? lang : "swe";
    oopts.page_images = !no_pdf;
    at_package_options popts = AT_PACKAGE_OPTIONS_INIT;
    popts.organisation = organisation;
    popts.submission_agreement = agreement;
    popts.tar = tar;
    popts.access_copy = !no_pdf;
    run_view view = { isatty(STDERR_FILENO) };
    at_pipeline_options opts = AT_PIPELINE_OPTIONS_INIT;
    opts.outdir = outdir;
    opts.package = &popts;
    opts.normalizer = repair.normalizer;
    opts.dictionary = no_normalize ? NULL : dict_desc;
    opts.ocr = &oopts;
    opts.lenient = lenient;
    opts.force = force;
    opts.jobs = jobs;
    opts.on_event = on_event;
    opts.event_data = &view;
    at_pipeline_summary summary = { 0 };
    if (at_pipeline_new(&pipeline, &opts, &err) < 0 ||
        at_pipeline_run(pipeline, (const char *const *)files, n_files, &summary, &err) < 0) {
        at_cli_report("run", &err);
        status = AT_EXIT_SETUP;
        if (!pipeline || summary.documents == 0)
            goto out;
    }
    if (view.tty)
        fputc('\n', stderr);
    print_summary(&summary);
    if (summary.failed && status == AT_EXIT_OK)
        status = AT_EXIT_SOME_FAILED;
out:
    at_pipeline_free(pipeline);
    at_cli_repair_close(&repair);
    at_pipeline_inputs_free(files);
    g_option_context_free(ctx);
    g_free(outdir);
    g_free(organisation);
    g_free(agreement);
    g_free(lang);
    g_free(rules_path);
    g_free(dict_path);
    g_strfreev(lexicons);
    g_strfreev(inputs);
    return status;
}
