/* arkivtext extract: structured records (metadata, goals, activities, agreements, budgets) as XML or JSON.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "cli/cli.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    at_normalizer *normalizer; /* NULL with --no-normalize */
    at_ocr *ocr;               /* made on first use: scans are optional */
    at_ocr_options ocr_options;
    at_extractor *extractor;   /* patterns compiled once for every input */
    bool lenient;
    at_record_format format;
} extract_job;

/* The document behind `path`; OCR is set up on the first scan. */
static int read_document(extract_job *j, const char *path, at_doc **doc, at_error *err)
{
    if (at_pipeline_is_scan(path) && !j->ocr) {
        int rc = at_ocr_new(&j->ocr, &j->ocr_options, err);
        if (rc < 0)
            return rc;
    }
    return at_pipeline_read_document(path, j->ocr, j->lenient, NULL, NULL, doc, err);
}

static char *output_path(const char *outdir, const char *input, at_record_format format)
{
    char *base = g_path_get_basename(input);
    char *dot = strrchr(base, '.');
    if (dot && dot != base)
        *dot = '\0';
    if (g_str_has_suffix(base, ".alto"))
        base[strlen(base) - 5] = '\0';
    char *file = g_strconcat(base, format == AT_RECORD_JSON ? ".record.json" : ".record.xml", NULL);
    char *path = g_build_filename(outdir, file, NULL);
    g_free(file);
    g_free(base);
    return path;
}

/* "plan.txt: plan (0.95): 3 goals, 1 activity, 0 clauses, 0 budget lines, 1 warning -> out/plan.record.xml" */
static void print_summary(const char *input, const at_record *rec, const char *path)
{
    size_t goals = at_record_count(rec, "theme") + at_record_count(rec, "mainGoal") + at_record_count(rec, "subGoal"),
           activities = at_record_count(rec, "activity"), clauses = at_record_count(rec, "clause"),
           lines = at_record_count(rec, "line"), warnings = at_record_count(rec, "warning");
    char confidence[G_ASCII_DTOSTR_BUF_SIZE];
    fprintf(stderr, "%s: %s (%s): %zu %s, %zu %s, %zu %s, %zu %s, %zu %s -> %s\n", input, at_record_kind(rec),
            g_ascii_formatd(confidence, sizeof confidence, "%.2f", at_record_kind_confidence(rec)), goals,
            at_cli_plural(goals, "goal", "goals"), activities, at_cli_plural(activities, "activity", "activities"),
            clauses, at_cli_plural(clauses, "clause", "clauses"), lines, at_cli_plural(lines, "budget line", "budget lines"),
            warnings, at_cli_plural(warnings, "warning", "warnings"), path);
}

static int extract_one(extract_job *j, const char *input, const char *path, at_error *err)
{
    at_doc *doc = NULL;
    at_record *rec = NULL;
    int rc = read_document(j, input, &doc, err);
    if (rc == 0 && j->normalizer)
        rc = at_normalize_doc(j->normalizer, doc, NULL, err);
    /* What reading or repairing went on without (a PDF page's unusable text layer, rule matches given up). */
    for (const char *const *w = rc == 0 ? at_doc_warnings(doc) : NULL; w && *w; w++)
        fprintf(stderr, "arkivtext extract: warning: %s\n", *w);
    if (rc == 0)
        rc = at_extractor_run(j->extractor, doc, NULL, &rec, err);
    if (rc == 0 && path) {
        at_atomic_file *af = at_atomic_open(path, err);
        rc = af ? at_record_write(rec, at_atomic_stream(af), j->format, err) : err->code;
        if (af && rc == 0)
            rc = at_atomic_commit(af, err);
        else if (af)
            at_atomic_abort(af);
        if (rc == 0)
            print_summary(input, rec, path);
    } else if (rc == 0) {
        rc = at_record_write(rec, stdout, j->format, err);
    }
    if (rc < 0 && !err->file[0])
        g_strlcpy(err->file, input, sizeof err->file);
    at_record_free(rec);
    at_doc_free(doc);
    return rc;
}

int at_cmd_extract(int argc, char **argv)
{
    char *outdir = NULL, *format = NULL, *rules_path = NULL, *dict_path = NULL, *lang = NULL, *tessdata = NULL;
    int dpi = 0;
    char **lexicons = NULL, **files = NULL, **out_paths = NULL;
    gboolean no_normalize = FALSE, lenient = FALSE;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir,
          "Write DIR/<name>.record.xml (or .json) per input, atomically; needed for several inputs", "DIR" },
        { "format", 'f', 0, G_OPTION_ARG_STRING, &format, "xml (default) or json", "FORMAT" },
        { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, "Scans: tesseract languages (default swe; e.g. swe+eng)", "LANG" },
        { "dpi", 0, 0, G_OPTION_ARG_INT, &dpi, "Scans: resolution of images that state none (default 300)", "N" },
        { "tessdata", 0, 0, G_OPTION_ARG_FILENAME, &tessdata, "Scans: folder of the .traineddata files", "DIR" },
        { "no-normalize", 0, 0, G_OPTION_ARG_NONE, &no_normalize,
          "Extract from the text as it is, without repairing diacritics first", NULL },
        { "lenient", 0, 0, G_OPTION_ARG_NONE, &lenient, "Replace invalid UTF-8 with U+FFFD instead of failing", NULL },
        { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_path, "Normalizer rules file", "FILE" },
        { "dict", 0, 0, G_OPTION_ARG_FILENAME, &dict_path, "Compiled dictionary", "FILE" },
        { "lexicon", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &lexicons, "Add a user lexicon (repeatable)", "FILE" },
        { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE... [-o DIR]" },
        { NULL, 0, 0, 0, NULL, NULL, NULL },
    };
    GOptionContext *ctx = g_option_context_new("- structured records of plans, agreements and memos");
    g_option_context_set_summary(ctx,
        "Reads text (.txt), tab-separated tables (.tsv), ALTO from 'arkivtext ocr' (.xml) or scans\n"
        "(images, PDF; read with OCR first), repairs the Swedish, and writes a record of the document:\n"
        "metadata, goals, activities, agreements with their § clauses, budgets, events and attachments,\n"
        "valid against schemas/arkivtext-record-1.xsd (namespace " AT_RECORD_NS ").\n"
        "With one input and no -o the record goes to standard output; '-' reads standard input.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_cli_repair repair = { NULL, NULL, NULL };
    extract_job j = { 0 };
    at_error err = AT_ERROR_INIT;
    if (!at_cli_parse(ctx, &argc, &argv, "extract")) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    guint n_files = files ? g_strv_length(files) : 0;
    if (outdir && strcmp(outdir, "-") == 0)
        g_clear_pointer(&outdir, g_free); /* standard output, as without -o */
    if (n_files == 0) {
        fprintf(stderr, "arkivtext extract: no input; see 'arkivtext extract --help'\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (n_files > 1 && !outdir) {
        fprintf(stderr, "arkivtext extract: %u inputs need an output folder (-o DIR)\n", n_files);
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (format && strcmp(format, "xml") != 0 && strcmp(format, "json") != 0) {
        fprintf(stderr, "arkivtext extract: --format must be xml or json\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    j.format = format && strcmp(format, "json") == 0 ? AT_RECORD_JSON : AT_RECORD_XML;
    j.lenient = lenient;
    j.ocr_options = (at_ocr_options)AT_OCR_OPTIONS_INIT;
    j.ocr_options.lang = lang ? lang : "swe";
    j.ocr_options.dpi = dpi;
    j.ocr_options.tessdata = tessdata;
    if (!no_normalize) {
        if (!at_cli_repair_open(&repair, "extract", dict_path, rules_path, lexicons, NULL)) {
            status = AT_EXIT_SETUP;
            goto out;
        }
        j.normalizer = repair.normalizer;
    }
    if (at_extractor_new(&j.extractor, &err) < 0) {
        at_cli_report("extract", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    out_paths = g_new0(char *, n_files + 1);
    for (guint i = 0; outdir && i < n_files; i++)
        out_paths[i] = output_path(outdir, files[i], j.format);
    if (outdir && !at_cli_distinct_outputs("extract", files, out_paths, n_files)) {
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (outdir && g_mkdir_with_parents(outdir, 0755) != 0) {
        fprintf(stderr, "arkivtext extract: %s: cannot create folder: %s\n", outdir, g_strerror(errno));
        status = AT_EXIT_SETUP;
        goto out;
    }
    for (guint i = 0; i < n_files; i++) {
        at_error_clear(&err);
        if (extract_one(&j, files[i], out_paths[i], &err) < 0) {
            at_cli_report("extract", &err);
            status = MAX(status, at_cli_failure_status(&err, files[i]));
        }
    }
out:
    at_ocr_free(j.ocr);
    at_extractor_free(j.extractor);
    at_cli_repair_close(&repair);
    g_option_context_free(ctx);
    g_free(outdir);
    g_free(format);
    g_free(lang);
    g_free(tessdata);
    g_free(rules_path);
    g_free(dict_path);
    g_strfreev(lexicons);
    g_strfreev(files);
    g_strfreev(out_paths);
    return status;
}
