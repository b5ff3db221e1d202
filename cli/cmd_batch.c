/* arkivtext status and arkivtext slurm: watch a shared batch, and start its workers on a Slurm cluster.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <errno.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

static void print_duration(double seconds)
{
    long s = (long)(seconds + 0.5);
    if (s >= 3600)
        printf("%ld h %02ld min", s / 3600, s % 3600 / 60);
    else if (s >= 60)
        printf("%ld min %02ld s", s / 60, s % 60);
    else
        printf("%ld s", s);
}

static void print_progress(const char *outdir, const at_pipeline_progress *g)
{
    printf("%s: %zu document%s: %zu done, %zu running, %zu queued, %zu failed\n", outdir, g->documents,
           g->documents == 1 ? "" : "s", g->done, g->running, g->queued, g->failed);
    if (g->orphaned)
        printf("%zu running document%s free to be taken over (worker gone or lease run out): start or resubmit "
               "workers if none are left\n",
               g->orphaned, g->orphaned == 1 ? " is" : "s are");
    printf("%lld %s done", g->pages, g->pages == 1 ? "page" : "pages");
    if (g->documents_per_minute > 0)
        printf("; %.1f pages/min (%.1f documents/min) over the last %s", g->pages_per_minute, g->documents_per_minute,
               "10 min");
    if (g->eta_seconds > 0) {
        printf("; ETA ");
        print_duration(g->eta_seconds);
    } else if (g->eta_seconds == 0) {
        printf("; nothing left to do");
    }
    printf("\n");
}

static void add_count(JsonBuilder *b, const char *name, gint64 value)
{
    json_builder_set_member_name(b, name);
    json_builder_add_int_value(b, value);
}

static void add_rate(JsonBuilder *b, const char *name, double value)
{
    json_builder_set_member_name(b, name);
    if (value < 0)
        json_builder_add_null_value(b);
    else
        json_builder_add_double_value(b, value);
}

static void print_progress_json(const char *outdir, const at_pipeline_progress *g)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    at_cli_json_string(b, "folder", outdir);
    const struct { const char *name; gint64 value; } counts[] = {
        { "documents", (gint64)g->documents }, { "done", (gint64)g->done },   { "running", (gint64)g->running },
        { "queued", (gint64)g->queued },       { "failed", (gint64)g->failed }, { "orphaned", (gint64)g->orphaned },
        { "pages", g->pages },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(counts); i++)
        add_count(b, counts[i].name, counts[i].value);
    add_rate(b, "pages_per_minute", g->pages_per_minute);
    add_rate(b, "documents_per_minute", g->documents_per_minute);
    add_rate(b, "eta_seconds", g->eta_seconds); /* null: unknown */
    json_builder_end_object(b);
    char *text = at_cli_json_text(b, false);
    fputs(text, stdout);
    g_free(text);
    g_object_unref(b);
}

int at_cmd_status(int argc, char **argv)
{
    char *journal = NULL;
    char **dirs = NULL;
    gboolean json = FALSE;
    GOptionEntry entries[] = {
        { "journal", 0, 0, G_OPTION_ARG_STRING, &journal,
          "The journal (default: the one DIR's batch names, or DIR/journal.sqlite)", "LOCATION" },
        { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print one JSON object per folder", NULL },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &dirs, NULL, "DIR..." },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- how far a run or a shared batch is");
    g_option_context_set_summary(ctx,
        "Reads the journal of each output folder of arkivtext run: documents done, running, queued\n"
        "and failed, pages done, pages per minute over the last ten minutes and the time left at that rate.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    if (!at_cli_parse(ctx, &argc, &argv, "status")) {
        status = AT_EXIT_USAGE;
    } else if (!dirs) {
        fprintf(stderr, "arkivtext status: no folder (see arkivtext status --help)\n");
        status = AT_EXIT_USAGE;
    }
    for (char **d = dirs; status != AT_EXIT_USAGE && d && *d; d++) {
        at_error err = AT_ERROR_INIT;
        at_pipeline_progress g;
        if (at_pipeline_progress_read(*d, journal, &g, &err) < 0) {
            at_cli_report("status", &err);
            status = AT_EXIT_SETUP;
        } else if (json) {
            print_progress_json(*d, &g);
        } else {
            print_progress(*d, &g);
        }
    }
    g_option_context_free(ctx);
    g_free(journal);
    g_strfreev(dirs);
    return status;
}

/* ---- slurm ---- */

typedef struct {
    char *outdir, *journal, *time, *mem, *partition, *account, *log_dir, *sbatch;
    int workers, cpus, lease;
    gboolean submit;
} slurm_args;

/* This program's own path, so that the nodes run the same arkivtext (the cluster's folders are shared). */
static char *self_path(void)
{
    char *p = g_file_read_link("/proc/self/exe", NULL);
    return p ? p : g_strdup("arkivtext");
}

static void directive(GString *s, const char *name, const char *value)
{
    if (value)
        g_string_append_printf(s, "#SBATCH --%s=%s\n", name, value);
}

static char *job_script(const slurm_args *a, const char *outdir, const char *log_dir)
{
    GString *s = g_string_new("#!/bin/bash\n");
    g_string_append_printf(s, "# arkivtext workers for the batch in %s, made by arkivtext slurm.\n"
                              "# Submit again to resume: workers take what is queued and what dead workers held.\n",
                           outdir);
    char *array = g_strdup_printf("1-%d", a->workers), *cpus = g_strdup_printf("%d", a->cpus);
    char *log = g_build_filename(log_dir, "arkivtext-%A_%a.log", NULL);
    directive(s, "job-name", "arkivtext");
    directive(s, "array", array);
    directive(s, "ntasks", "1");
    directive(s, "cpus-per-task", cpus);
    directive(s, "time", a->time);
    directive(s, "mem", a->mem);
    directive(s, "partition", a->partition);
    directive(s, "account", a->account);
    directive(s, "output", log);
    g_string_append(s, "set -eu\nexport OMP_THREAD_LIMIT=1\n");
    char *self = self_path();
    char *q_self = g_shell_quote(self), *q_out = g_shell_quote(outdir);
    g_string_append_printf(s, "exec %s run --worker -o %s -j \"${SLURM_CPUS_PER_TASK:-%d}\"", q_self, q_out, a->cpus);
    if (a->lease > 0)
        g_string_append_printf(s, " --lease %d", a->lease);
    if (a->journal) {
        char *q = g_shell_quote(a->journal);
        g_string_append_printf(s, " --journal %s", q);
        g_free(q);
    }
    g_string_append_c(s, '\n');
    g_free(q_self), g_free(q_out), g_free(self), g_free(log), g_free(array), g_free(cpus);
    return g_string_free(s, FALSE);
}

/* The batch must exist, and its journal must be one that many machines may share. */
static bool check_batch(const slurm_args *a, const char *outdir)
{
    at_error err = AT_ERROR_INIT;
    at_pipeline_batch b;
    if (at_pipeline_batch_read(outdir, &b, &err) < 0) {
        at_cli_report("slurm", &err);
        return false;
    }
    const char *journal = a->journal ? a->journal : b.journal;
    bool shared = at_pipeline_journal_backend(journal) == AT_JOURNAL_POSTGRESQL;
    if (!shared)
        fprintf(stderr, "arkivtext slurm: %s: the batch's journal is a SQLite file, which must not be shared "
                        "between machines: enqueue with --journal postgresql://…\n", outdir);
    at_pipeline_batch_clear(&b);
    return shared;
}

/* Hand the script to sbatch on its standard input; sbatch prints the job id. */
static int submit(const char *sbatch, const char *script)
{
    const char *argv[] = { sbatch, "--parsable", NULL };
    GError *gerr = NULL;
    GSubprocess *p = g_subprocess_newv(argv, G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &gerr);
    char *out = NULL;
    if (!p || !g_subprocess_communicate_utf8(p, script, NULL, &out, NULL, &gerr)) {
        fprintf(stderr, "arkivtext slurm: cannot run %s: %s\n", sbatch, gerr->message);
        g_clear_error(&gerr);
        g_clear_object(&p);
        return AT_EXIT_SETUP;
    }
    int status = g_subprocess_get_if_exited(p) && g_subprocess_get_exit_status(p) == 0 ? AT_EXIT_OK : AT_EXIT_SETUP;
    if (status == AT_EXIT_OK)
        printf("%s", out ? out : "");
    else
        fprintf(stderr, "arkivtext slurm: %s refused the job (see its message above)\n", sbatch);
    g_free(out);
    g_object_unref(p);
    return status;
}

int at_cmd_slurm(int argc, char **argv)
{
    slurm_args a = { .workers = 4, .cpus = 2 };
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &a.outdir,
          "The batch's output folder (enqueued; shared by the nodes)", "DIR" },
        { "workers", 'n', 0, G_OPTION_ARG_INT, &a.workers, "Array tasks, one worker each (default 4)", "N" },
        { "cpus-per-worker", 'c', 0, G_OPTION_ARG_INT, &a.cpus, "Cores per worker, its threads (default 2)", "C" },
        { "time", 't', 0, G_OPTION_ARG_STRING, &a.time, "Time limit of each task (sbatch --time)", "TIME" },
        { "mem", 0, 0, G_OPTION_ARG_STRING, &a.mem, "Memory per task (sbatch --mem, e.g. 4G)", "SIZE" },
        { "partition", 'p', 0, G_OPTION_ARG_STRING, &a.partition, "Slurm partition", "NAME" },
        { "account", 'A', 0, G_OPTION_ARG_STRING, &a.account, "Slurm account", "NAME" },
        { "log-dir", 0, 0, G_OPTION_ARG_FILENAME, &a.log_dir, "Where the tasks' logs go (default DIR/logs)", "DIR" },
        { "journal", 0, 0, G_OPTION_ARG_STRING, &a.journal,
          "The journal, if not the one the batch names (put no password here: use ~/.pgpass)", "LOCATION" },
        { "lease", 0, 0, G_OPTION_ARG_INT, &a.lease, "The workers' lease in seconds (see run --lease)", "SECONDS" },
        { "submit", 0, 0, G_OPTION_ARG_NONE, &a.submit, "Submit the job with sbatch instead of printing it", NULL },
        { "sbatch", 0, 0, G_OPTION_ARG_FILENAME, &a.sbatch, "The sbatch program (default sbatch)", "PROGRAM" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("-o DIR - a Slurm array job whose tasks work on DIR's batch");
    g_option_context_set_summary(ctx,
        "Prints (or with --submit, submits) an sbatch script, and creates its log folder: an array\n"
        "of N tasks, each running arkivtext run --worker -o DIR on C cores. Enqueue first (arkivtext\n"
        "run --enqueue … -o DIR --journal postgresql://…); DIR, the inputs and arkivtext must be at the\n"
        "same paths on every node.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    char *outdir = NULL, *log_dir = NULL;
    if (!at_cli_parse(ctx, &argc, &argv, "slurm")) {
        status = AT_EXIT_USAGE;
    } else if (!a.outdir || a.workers < 1 || a.cpus < 1 || argc > 1) {
        fprintf(stderr, "arkivtext slurm: %s (see arkivtext slurm --help)\n",
                !a.outdir  ? "the batch's folder is needed (-o DIR)"
                : argc > 1 ? "unexpected argument"
                           : "--workers and --cpus-per-worker are at least 1");
        status = AT_EXIT_USAGE;
    } else {
        outdir = g_canonicalize_filename(a.outdir, NULL);
        log_dir = a.log_dir ? g_canonicalize_filename(a.log_dir, NULL) : g_build_filename(outdir, "logs", NULL);
        if (!check_batch(&a, outdir))
            status = AT_EXIT_SETUP;
    }
    if (status == AT_EXIT_OK) {
        char *script = job_script(&a, outdir, log_dir);
        /* Slurm does not create the folder of --output: a task without it fails before it starts. */
        if (g_mkdir_with_parents(log_dir, 0755) != 0) {
            fprintf(stderr, "arkivtext slurm: %s: cannot create folder: %s\n", log_dir, g_strerror(errno));
            status = AT_EXIT_SETUP;
        } else if (!a.submit) {
            fputs(script, stdout);
        } else {
            status = submit(a.sbatch ? a.sbatch : "sbatch", script);
        }
        g_free(script);
    }
    g_option_context_free(ctx);
    g_free(outdir), g_free(log_dir);
    g_free(a.outdir), g_free(a.journal), g_free(a.time), g_free(a.mem), g_free(a.partition), g_free(a.account);
    g_free(a.log_dir), g_free(a.sbatch);
    return status;
}
