/* arkivtext run: a folder of scans and texts to one E-ARK SIP per document, resumably.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per document: read (OCR, or the text as it is) -> normalize -> extract ->
 * package. Documents run in parallel, and OCR reads the pages of each in
 * parallel on the shared worker pool. The journal (OUTDIR/journal.sqlite)
 * records each document's content hash and state: a re-run skips documents
 * done with the same content and redoes the rest. Packages appear only when
 * complete (renamed into place), so `kill -9` at any moment loses nothing
 * finished and leaves nothing half-written visible.
 */
#include "cli/cli.h"
#include "cli/journal.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

typedef struct {
    const char *source;
    at_journal_entry entry;
    bool skipped;
    double seconds;
} doc_result;

typedef struct {
    at_ocr *ocr;
    const at_normalizer *normalizer;
    const char *dictionary;
    at_journal *journal;
    const at_package_options *package;
    const char *outdir;
    bool lenient, force;
    /* progress, under lock */
    GMutex lock;
    bool tty;
    gint64 start;
    size_t docs, docs_done, failed, pages_done;
} run_state;

static void show(run_state *r)
{
    if (!r->tty)
        return;
    double minutes = (double)(g_get_monotonic_time() - r->start) / 6e7;
    double ppm = minutes > 0 ? (double)r->pages_done / minutes : 0;
    double per_doc = r->docs_done ? minutes * 60 / (double)r->docs_done : 0;
    fprintf(stderr, "\r%zu/%zu documents (%zu failed), %zu pages, %.1f pages/min, ETA %.0f s\033[K", r->docs_done,
            r->docs, r->failed, r->pages_done, ppm, per_doc * (double)(r->docs - r->docs_done));
}

static void page_done(size_t done, size_t total, void *data)
{
    (void)done, (void)total;
    run_state *r = data;
    g_mutex_lock(&r->lock);
    r->pages_done++;
    show(r);
    g_mutex_unlock(&r->lock);
}

/* Read, repair, extract and package one document; fills `d->entry`. */
static int process(run_state *r, doc_result *d, at_error *err)
{
    at_doc *doc = NULL;
    at_record *rec = NULL;
    char *package = NULL;
    int rc = at_cli_read_document(d->source, r->ocr, r->lenient, page_done, r, &doc, err);
    at_normalize_stats stats = { 0 };
    if (rc == 0 && r->normalizer)
        rc = at_normalize_doc(r->normalizer, doc, &stats, err);
    if (rc == 0)
        rc = at_extract(doc, NULL, &rec, err);
    if (rc == 0) {
        const char *originals[] = { d->source, NULL };
        at_package_content content = { originals, doc, rec, r->dictionary, stats.changed };
        rc = at_package_write(&content, r->package, r->outdir, &package, err);
    }
    if (rc == 0) {
        d->entry.package = package;
        d->entry.kind = g_strdup(at_record_kind(rec));
        d->entry.pages = (int)at_doc_n_pages(doc);
        d->entry.words = (long long)at_doc_n_words(doc);
        d->entry.words_changed = (long long)stats.changed;
        double sum = 0;
        int n = 0;
        for (size_t p = 0; p < at_doc_n_pages(doc); p++) {
            at_page_view pv;
            at_doc_page(doc, p, &pv);
            if (pv.confidence >= 0)
                sum += pv.confidence, n++;
        }
        d->entry.confidence = n ? sum / n : -1;
        if (!at_cli_is_scan(d->source)) {
            g_mutex_lock(&r->lock);
            r->pages_done += at_doc_n_pages(doc);
            g_mutex_unlock(&r->lock);
        }
    }
    at_record_free(rec);
    at_doc_free(doc);
    return rc;
}

static void run_document(gpointer item, gpointer data)
{
    doc_result *d = item;
    run_state *r = data;
    gint64 t0 = g_get_monotonic_time();
    at_error err = AT_ERROR_INIT;
    long long size;
    char sha[65];
    int rc = at_file_sha256(d->source, sha, &size, &err);
    at_journal_entry old;
    bool known = rc == 0 && at_journal_get(r->journal, d->source, &old);
    if (known && !r->force && old.state == AT_JOURNAL_DONE && strcmp(old.sha256, sha) == 0 && old.package &&
        g_file_test(old.package, G_FILE_TEST_EXISTS)) {
        d->entry = old; /* done before, same content: nothing to redo */
        d->skipped = true;
    } else {
        if (known)
            at_journal_entry_clear(&old);
        g_strlcpy(d->entry.sha256, rc == 0 ? sha : "", sizeof d->entry.sha256);
        d->entry.confidence = -1;
        d->entry.state = AT_JOURNAL_RUNNING;
        if (rc == 0)
            rc = at_journal_put(r->journal, d->source, &d->entry, &err);
        if (rc == 0)
            rc = process(r, d, &err);
        if (rc < 0) {
            if (!err.file[0])
                g_strlcpy(err.file, d->source, sizeof err.file);
            char msg[1024];
            d->entry.error = g_strdup(at_error_format(&err, msg, sizeof msg));
        }
        d->entry.state = rc == 0 ? AT_JOURNAL_DONE : AT_JOURNAL_FAILED;
        at_error jerr = AT_ERROR_INIT;
        if (at_journal_put(r->journal, d->source, &d->entry, &jerr) < 0)
            at_cli_report("run", &jerr);
    }
    d->seconds = (double)(g_get_monotonic_time() - t0) / 1e6;
    g_mutex_lock(&r->lock);
    r->docs_done++;
    if (d->entry.state != AT_JOURNAL_DONE) {
        r->failed++;
        if (r->tty)
            fputc('\n', stderr);
        fprintf(stderr, "arkivtext run: %s\n", d->entry.error ? d->entry.error : d->source);
    }
    show(r);
    g_mutex_unlock(&r->lock);
}

/* Leftovers of a killed run: hidden temporary packages and replaced ones being dropped. */
static void clean_leftovers(const char *outdir)
{
    GDir *dir = g_dir_open(outdir, 0, NULL);
    if (!dir)
        return;
    GPtrArray *stale = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; (n = g_dir_read_name(dir));)
        if ((n[0] == '.' && g_str_has_prefix(n, ".uuid-") && strstr(n, ".tmp-")) || strstr(n, ".old-") ||
            (g_str_has_prefix(n, "report.json.") && n[strlen("report.json.")]))
            g_ptr_array_add(stale, g_build_filename(outdir, n, NULL));
    g_dir_close(dir);
    for (guint i = 0; i < stale->len; i++)
        at_remove_tree(g_ptr_array_index(stale, i));
    g_ptr_array_free(stale, TRUE);
}

/* OUTDIR/report.json: per document and in total, in input order, without times (re-runs compare equal). */
static int write_report(const char *outdir, doc_result *docs, size_t n, at_error *err)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "generator");
    json_builder_add_string_value(b, "arkivtext");
    json_builder_set_member_name(b, "version");
    json_builder_add_string_value(b, at_version());
    json_builder_set_member_name(b, "documents");
    json_builder_begin_array(b);
    long long pages = 0, changed = 0, ok = 0, failed = 0;
    double confidence = 0;
    int with_confidence = 0;
    for (size_t i = 0; i < n; i++) {
        const at_journal_entry *e = &docs[i].entry;
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "source");
        json_builder_add_string_value(b, docs[i].source);
        json_builder_set_member_name(b, "sha256");
        json_builder_add_string_value(b, e->sha256);
        json_builder_set_member_name(b, "status");
        json_builder_add_string_value(b, e->state == AT_JOURNAL_DONE ? "ok" : "failed");
        if (e->state == AT_JOURNAL_DONE) {
            char *base = g_path_get_basename(e->package);
            json_builder_set_member_name(b, "package");
            json_builder_add_string_value(b, base);
            g_free(base);
            json_builder_set_member_name(b, "kind");
            json_builder_add_string_value(b, e->kind ? e->kind : "");
            json_builder_set_member_name(b, "pages");
            json_builder_add_int_value(b, e->pages);
            json_builder_set_member_name(b, "words");
            json_builder_add_int_value(b, e->words);
            json_builder_set_member_name(b, "words_changed");
            json_builder_add_int_value(b, e->words_changed);
            if (e->confidence >= 0) {
                json_builder_set_member_name(b, "ocr_confidence");
                json_builder_add_double_value(b, e->confidence);
                confidence += e->confidence * e->pages;
                with_confidence += e->pages;
            }
            pages += e->pages;
            changed += e->words_changed;
            ok++;
        } else {
            json_builder_set_member_name(b, "error");
            json_builder_add_string_value(b, e->error ? e->error : "");
            failed++;
        }
        json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_set_member_name(b, "totals");
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "documents");
    json_builder_add_int_value(b, (long long)n);
    json_builder_set_member_name(b, "ok");
    json_builder_add_int_value(b, ok);
    json_builder_set_member_name(b, "failed");
    json_builder_add_int_value(b, failed);
    json_builder_set_member_name(b, "pages");
    json_builder_add_int_value(b, pages);
    json_builder_set_member_name(b, "words_changed");
    json_builder_add_int_value(b, changed);
    if (with_confidence) {
        json_builder_set_member_name(b, "mean_ocr_confidence");
        json_builder_add_double_value(b, confidence / with_confidence);
    }
    json_builder_end_object(b);
    json_builder_end_object(b);
    JsonNode *root = json_builder_get_root(b);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_pretty(gen, TRUE);
    json_generator_set_root(gen, root);
    gsize len;
    char *text = json_generator_to_data(gen, &len);
    char *path = g_build_filename(outdir, "report.json", NULL);
    at_atomic_file *af = at_atomic_open(path, err);
    int rc = af ? 0 : err->code;
    if (af && (fwrite(text, 1, len, at_atomic_stream(af)) != len || fputc('\n', at_atomic_stream(af)) == EOF)) {
        at_atomic_abort(af);
        rc = at_error_set(err, AT_EIO, AT_STAGE_CLI, path, "write failed");
    } else if (af) {
        rc = at_atomic_commit(af, err);
    }
    g_free(path);
    g_free(text);
    json_node_unref(root);
    g_object_unref(gen);
    g_object_unref(b);
    return rc;
}

static gint larger_first(gconstpointer a, gconstpointer b)
{
    const doc_result *x = *(doc_result *const *)a, *y = *(doc_result *const *)b;
    GStatBuf sa, sb;
    long long la = g_stat(x->source, &sa) == 0 ? (long long)sa.st_size : 0;
    long long lb = g_stat(y->source, &sb) == 0 ? (long long)sb.st_size : 0;
    return la < lb ? 1 : la > lb ? -1 : 0;
}

int at_cmd_run(int argc, char **argv)
{
    char *outdir = NULL, *organisation = NULL, *agreement = NULL, *lang = NULL, *rules_path = NULL, *dict_path = NULL;
    char **lexicons = NULL, **inputs = NULL;
    gboolean tar = FALSE, zip = FALSE, no_normalize = FALSE, lenient = FALSE, force = FALSE;
    int jobs = 0;
    GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &outdir, "Output folder: one package per document, report.json",
          "DIR" },
        { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation,
          "The submitting organisation named in every package (required)", "NAME" },
        { "submission-agreement", 0, 0, G_OPTION_ARG_STRING, &agreement,
          "Reference of the submission agreement (leveransöverenskommelse)", "REF" },
        { "tar", 0, 0, G_OPTION_ARG_NONE, &tar, "Write each package as OBJID.tar instead of a folder", NULL },
        { "zip", 0, 0, G_OPTION_ARG_NONE, &zip, "Write each package as OBJID.zip instead of a folder", NULL },
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
        "(FGS Paketstruktur 2.0) package into DIR. A journal in DIR makes runs resumable: documents\n"
        "already packaged with the same content are skipped. DIR/report.json sums up the run.");
    g_option_context_add_main_entries(ctx, entries, NULL);
    int status = AT_EXIT_OK;
    at_error err = AT_ERROR_INIT;
    at_cli_repair repair = { NULL, NULL, NULL };
    at_journal *journal = NULL;
    GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
    doc_result *docs = NULL;
    run_state r = { 0 };
    g_mutex_init(&r.lock);
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
    if (tar && zip) {
        fprintf(stderr, "arkivtext run: --tar and --zip exclude each other\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (!organisation || !*organisation) {
        fprintf(stderr, "arkivtext run: --organisation is needed: every package names its submitting organisation\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    at_cli_expand_inputs(inputs, true, files);
    if (files->len == 0) {
        fprintf(stderr, "arkivtext run: no documents found in the inputs\n");
        status = AT_EXIT_USAGE;
        goto out;
    }
    if (g_mkdir_with_parents(outdir, 0755) != 0) {
        fprintf(stderr, "arkivtext run: %s: cannot create folder: %s\n", outdir, g_strerror(errno));
        status = AT_EXIT_SETUP;
        goto out;
    }
    clean_leftovers(outdir);
    char *journal_path = g_build_filename(outdir, "journal.sqlite", NULL);
    int jrc = at_journal_open(journal_path, &journal, &err);
    g_free(journal_path);
    if (jrc < 0) {
        at_cli_report("run", &err);
        status = AT_EXIT_SETUP;
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
    bool scans = false;
    for (guint i = 0; i < files->len; i++)
        scans |= at_cli_is_scan(g_ptr_array_index(files, i));
    at_ocr_options oopts = AT_OCR_OPTIONS_INIT;
    oopts.lang = lang ? lang : "swe";
    oopts.jobs = jobs;
    if (scans && at_ocr_new(&r.ocr, &oopts, &err) < 0) {
        at_cli_report("run", &err);
        status = AT_EXIT_SETUP;
        goto out;
    }
    at_package_options popts = AT_PACKAGE_OPTIONS_INIT;
    popts.organisation = organisation;
    popts.submission_agreement = agreement;
    popts.tar = tar;
    popts.zip = zip;
    r.normalizer = repair.normalizer;
    r.dictionary = no_normalize ? NULL : dict_desc;
    r.journal = journal;
    r.package = &popts;
    r.outdir = outdir;
    r.lenient = lenient;
    r.force = force;
    r.tty = isatty(STDERR_FILENO);
    r.start = g_get_monotonic_time();
    r.docs = files->len;

    docs = g_new0(doc_result, files->len);
    GPtrArray *order = g_ptr_array_new();
    for (guint i = 0; i < files->len; i++) {
        docs[i].source = g_ptr_array_index(files, i);
        g_ptr_array_add(order, &docs[i]);
    }
    /* Largest first, so a long document does not start last while the other workers idle. */
    g_ptr_array_sort(order, larger_first);
    GThreadPool *pool = g_thread_pool_new(run_document, &r, jobs > 0 ? jobs : (int)g_get_num_processors(), TRUE, NULL);
    for (guint i = 0; i < order->len; i++)
        g_thread_pool_push(pool, g_ptr_array_index(order, i), NULL);
    g_thread_pool_free(pool, FALSE, TRUE);
    g_ptr_array_free(order, TRUE);
    if (r.tty)
        fputc('\n', stderr);

    size_t skipped = 0;
    long long pages = 0, changed = 0;
    double confidence = 0;
    long long confident_pages = 0;
    for (guint i = 0; i < files->len; i++) {
        skipped += docs[i].skipped;
        if (docs[i].entry.state == AT_JOURNAL_DONE) {
            pages += docs[i].entry.pages;
            changed += docs[i].entry.words_changed;
            if (docs[i].entry.confidence >= 0) {
                confidence += docs[i].entry.confidence * docs[i].entry.pages;
                confident_pages += docs[i].entry.pages;
            }
        }
    }
    if (write_report(outdir, docs, files->len, &err) < 0) {
        at_cli_report("run", &err);
        status = AT_EXIT_SETUP;
    }
    double seconds = (double)(g_get_monotonic_time() - r.start) / 1e6;
    fprintf(stderr, "arkivtext run: %zu documents: %zu ok (%zu already done), %zu failed; %lld pages; %lld words changed",
            r.docs, r.docs - r.failed, skipped, r.failed, pages, changed);
    if (confident_pages)
        fprintf(stderr, "; mean OCR confidence %.3f", confidence / (double)confident_pages);
    fprintf(stderr, "; %.1f s (%.1f pages/min)\n", seconds, seconds > 0 ? (double)(r.pages_done * 60) / seconds : 0);
    if (r.failed && status == AT_EXIT_OK)
        status = AT_EXIT_SOME_FAILED;
out:
    if (docs)
        for (guint i = 0; i < files->len; i++)
            at_journal_entry_clear(&docs[i].entry);
    g_free(docs);
    at_journal_close(journal);
    at_ocr_free(r.ocr);
    at_cli_repair_close(&repair);
    g_mutex_clear(&r.lock);
    g_ptr_array_free(files, TRUE);
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
