/* The batch: a list of documents to one E-ARK SIP each, resumably, on a pool of worker threads.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per document: read (OCR, or the text as it is) -> normalize -> extract ->
 * package. Documents run in parallel, and OCR reads the pages of each in
 * parallel on the shared worker pool. The journal records each document's
 * content hash and state: a re-run skips documents done with the same
 * content and redoes the rest. Packages appear only when complete (renamed
 * into place), so `kill -9` at any moment loses nothing finished and leaves
 * nothing half-written visible.
 */
#include "arkivtext/extract.h"
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

void at_pipeline_emit(at_pipeline *p, at_pipeline_event_kind kind, const char *source, at_pipeline_status status,
                      const char *message)
{
    if (!p->opts.on_event)
        return;
    at_pipeline_event ev = { kind, source, status, message, p->docs, p->docs_done, p->failed, p->pages_done,
                             (double)(g_get_monotonic_time() - p->start) / 1e6 };
    p->opts.on_event(&ev, p->opts.event_data);
}

static void page_done(size_t done, size_t total, void *data)
{
    (void)done, (void)total;
    at_pipeline *p = data;
    g_mutex_lock(&p->lock);
    p->pages_done++;
    at_pipeline_emit(p, AT_PIPELINE_PAGE_DONE, NULL, AT_PIPELINE_OK, NULL);
    g_mutex_unlock(&p->lock);
}

static double mean_page_confidence(const at_doc *doc)
{
    double sum = 0;
    int n = 0;
    for (size_t i = 0; i < at_doc_n_pages(doc); i++) {
        at_page_view pv;
        at_doc_page(doc, i, &pv);
        if (pv.confidence >= 0)
            sum += pv.confidence, n++;
    }
    return n ? sum / n : -1;
}

/* What reading or repairing could not do but went on without, for the caller to show. */
static void warn_of(at_pipeline *p, const char *source, const at_doc *doc)
{
    g_mutex_lock(&p->lock);
    for (const char *const *w = at_doc_warnings(doc); *w; w++) {
        char *msg = g_strconcat("warning: ", *w, NULL);
        at_pipeline_emit(p, AT_PIPELINE_WARNING, source, AT_PIPELINE_OK, msg);
        g_free(msg);
    }
    g_mutex_unlock(&p->lock);
}

int at_pipeline_process(at_pipeline *p, at_pipeline_doc *d, at_error *err)
{
    at_doc *doc = NULL;
    at_record *rec = NULL;
    char *package = NULL;
    int rc = at_pipeline_read_document(d->source, p->ocr, p->opts.lenient, page_done, p, &doc, err);
    at_normalize_stats stats = { 0 };
    if (rc == 0 && p->opts.normalizer)
        rc = at_normalize_doc(p->opts.normalizer, doc, &stats, err);
    if (rc == 0)
        warn_of(p, d->source, doc);
    if (rc == 0)
        rc = at_extractor_run(p->extractor, doc, NULL, &rec, err);
    if (rc == 0) {
        const char *originals[] = { d->source, NULL };
        at_package_content content = { originals, doc, rec, p->opts.dictionary, stats.changed, NULL, 0, NULL };
        rc = at_package_write(&content, p->opts.package, p->opts.outdir, &package, err);
    }
    if (rc == 0) {
        d->entry.package = package;
        d->entry.kind = g_strdup(at_record_kind(rec));
        d->entry.pages = (int)at_doc_n_pages(doc);
        d->entry.words = (long long)at_doc_n_words(doc);
        d->entry.words_changed = (long long)stats.changed;
        d->entry.confidence = mean_page_confidence(doc);
        if (!at_pipeline_is_scan(d->source)) {
            g_mutex_lock(&p->lock);
            p->pages_done += at_doc_n_pages(doc);
            g_mutex_unlock(&p->lock);
        }
    }
    at_record_free(rec);
    at_doc_free(doc);
    return rc;
}

/* Is the journal's entry a finished package of the same content? Then there is nothing to redo. */
static bool done_before(const at_pipeline *p, const at_journal_entry *old, const char *sha)
{
    return !p->opts.force && old->state == AT_JOURNAL_DONE && strcmp(old->sha256, sha) == 0 && old->package &&
           g_file_test(old->package, G_FILE_TEST_EXISTS);
}

void at_pipeline_outcome(at_pipeline_doc *d, int rc, const at_error *err)
{
    if (rc < 0) {
        at_error e = *err;
        if (!e.file[0])
            g_strlcpy(e.file, d->source, sizeof e.file);
        char msg[1024];
        d->entry.error = g_strdup(at_error_format(&e, msg, sizeof msg));
    }
    d->entry.state = rc == 0 ? AT_JOURNAL_DONE : AT_JOURNAL_FAILED;
}

void at_pipeline_warn(at_pipeline *p, const char *source, const at_error *err)
{
    char msg[1024];
    g_mutex_lock(&p->lock);
    at_pipeline_emit(p, AT_PIPELINE_WARNING, source, AT_PIPELINE_OK, at_error_format(err, msg, sizeof msg));
    g_mutex_unlock(&p->lock);
}

/* Process `d` between two journal entries: running before, done or failed after. */
static void redo(at_pipeline *p, at_pipeline_doc *d, int rc, const char *sha, at_error *err)
{
    g_strlcpy(d->entry.sha256, rc == 0 ? sha : "", sizeof d->entry.sha256);
    d->entry.confidence = -1;
    d->entry.state = AT_JOURNAL_RUNNING;
    if (rc == 0)
        rc = at_journal_put(p->journal, d->source, &d->entry, err);
    if (rc == 0)
        rc = at_pipeline_process(p, d, err);
    at_pipeline_outcome(d, rc, err);
    at_error jerr = AT_ERROR_INIT;
    if (at_journal_put(p->journal, d->source, &d->entry, &jerr) < 0)
        at_pipeline_warn(p, d->source, &jerr);
}

static void run_document(gpointer item, gpointer data)
{
    at_pipeline_doc *d = item;
    at_pipeline *p = data;
    gint64 t0 = g_get_monotonic_time();
    at_error err = AT_ERROR_INIT;
    long long size;
    char sha[65];
    int rc = at_file_sha256(d->source, sha, &size, &err);
    at_journal_entry old;
    bool known = false;
    if (rc == 0)
        rc = at_journal_get(p->journal, d->source, &old, &known, &err);
    if (known && done_before(p, &old, sha)) {
        d->entry = old;
        d->skipped = true;
    } else {
        if (known)
            at_journal_entry_clear(&old);
        redo(p, d, rc, sha, &err);
    }
    d->seconds = (double)(g_get_monotonic_time() - t0) / 1e6;
    g_mutex_lock(&p->lock);
    p->docs_done++;
    bool failed = d->entry.state != AT_JOURNAL_DONE;
    p->failed += failed;
    at_pipeline_emit(p, AT_PIPELINE_DOCUMENT_DONE, d->source,
         failed ? AT_PIPELINE_FAILED : d->skipped ? AT_PIPELINE_ALREADY_DONE : AT_PIPELINE_OK,
         failed ? (d->entry.error ? d->entry.error : d->source) : NULL);
    g_mutex_unlock(&p->lock);
}

void at_pipeline_clean_leftovers(const char *outdir)
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

int at_pipeline_new(at_pipeline **out, const at_pipeline_options *opts, at_error *err)
{
    if (!out || !opts || !opts->outdir || !opts->package)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no output folder or no package options");
    if (opts->version != AT_PIPELINE_OPTIONS_VERSION)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "unsupported pipeline options version %d",
                            opts->version);
    if (g_mkdir_with_parents(opts->outdir, 0755) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, opts->outdir, "cannot create folder: %s",
                            g_strerror(errno));
    at_journal *journal = NULL;
    at_extractor *extractor = NULL;
    int rc = at_extractor_new(&extractor, err);
    if (rc == 0)
        rc = at_journal_open(opts->journal, opts->journal_location, opts->outdir, &journal, err);
    if (rc < 0) {
        at_extractor_free(extractor);
        return rc;
    }
    at_pipeline *p = g_new0(at_pipeline, 1);
    p->extractor = extractor;
    p->opts = *opts;
    at_ocr_options ocr_defaults = AT_OCR_OPTIONS_INIT;
    p->ocr_opts = opts->ocr ? *opts->ocr : ocr_defaults;
    p->journal = journal;
    g_mutex_init(&p->lock);
    g_mutex_init(&p->ocr_lock);
    *out = p;
    return 0;
}

void at_pipeline_free(at_pipeline *p)
{
    if (!p)
        return;
    at_journal_close(p->journal);
    at_ocr_free(p->ocr);
    at_extractor_free(p->extractor);
    g_mutex_clear(&p->lock);
    g_mutex_clear(&p->ocr_lock);
    g_free(p);
}

static gint larger_first(gconstpointer a, gconstpointer b)
{
    const at_pipeline_doc *x = *(at_pipeline_doc *const *)a, *y = *(at_pipeline_doc *const *)b;
    GStatBuf sa, sb;
    long long la = g_stat(x->source, &sa) == 0 ? (long long)sa.st_size : 0;
    long long lb = g_stat(y->source, &sb) == 0 ? (long long)sb.st_size : 0;
    return la < lb ? 1 : la > lb ? -1 : 0;
}

/* Run every document on the worker pool, largest first, so a long one does not start last while the others idle. */
static void run_all(at_pipeline *p, at_pipeline_doc *docs, size_t n)
{
    GPtrArray *order = g_ptr_array_new();
    for (size_t i = 0; i < n; i++)
        g_ptr_array_add(order, &docs[i]);
    g_ptr_array_sort(order, larger_first);
    int jobs = p->opts.jobs > 0 ? p->opts.jobs : (int)g_get_num_processors();
    GThreadPool *pool = g_thread_pool_new(run_document, p, jobs, TRUE, NULL);
    for (guint i = 0; i < order->len; i++)
        g_thread_pool_push(pool, g_ptr_array_index(order, i), NULL);
    g_thread_pool_free(pool, FALSE, TRUE);
    g_ptr_array_free(order, TRUE);
}

void at_pipeline_summarise(const at_pipeline *p, const at_pipeline_doc *docs, size_t n, at_pipeline_summary *s)
{
    double confidence = 0;
    long long confident_pages = 0;
    *s = (at_pipeline_summary){ .documents = n, .mean_confidence = -1 };
    for (size_t i = 0; i < n; i++) {
        const at_journal_entry *e = &docs[i].entry;
        if (e->state != AT_JOURNAL_DONE) {
            s->failed++;
            continue;
        }
        s->ok++;
        s->already_done += docs[i].skipped;
        s->pages += e->pages;
        s->words_changed += e->words_changed;
        if (e->confidence >= 0) {
            confidence += e->confidence * e->pages;
            confident_pages += e->pages;
        }
    }
    if (confident_pages)
        s->mean_confidence = confidence / (double)confident_pages;
    s->pages_read = p->pages_done;
    s->seconds = (double)(g_get_monotonic_time() - p->start) / 1e6;
}

int at_pipeline_set_up_ocr(at_pipeline *p, at_error *err)
{
    g_mutex_lock(&p->ocr_lock);
    p->ocr_opts.jobs = p->opts.jobs;
    int rc = p->ocr ? 0 : at_ocr_new(&p->ocr, &p->ocr_opts, err);
    g_mutex_unlock(&p->ocr_lock);
    return rc;
}

/* OCR is set up only when some source is a scan: loading tesseract costs time and needs its models. */
static int set_up_ocr(at_pipeline *p, const char *const *sources, size_t n, at_error *err)
{
    bool scans = false;
    for (size_t i = 0; i < n && !scans; i++)
        scans = at_pipeline_is_scan(sources[i]);
    return scans ? at_pipeline_set_up_ocr(p, err) : 0;
}

int at_pipeline_run(at_pipeline *p, const char *const *sources, size_t n, at_pipeline_summary *summary,
                    at_error *err)
{
    if (!p || (!sources && n) || !summary)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline, sources or summary");
    *summary = (at_pipeline_summary){ .mean_confidence = -1 };
    at_pipeline_clean_leftovers(p->opts.outdir);
    int rc = at_pipeline_bind_batch(p, at_pipeline_batch_needed(p), NULL, err);
    if (rc == 0)
        rc = set_up_ocr(p, sources, n, err);
    if (rc < 0)
        return rc;
    p->start = g_get_monotonic_time();
    p->docs = n;
    p->docs_done = p->failed = p->pages_done = 0;
    at_pipeline_doc *docs = g_new0(at_pipeline_doc, n ? n : 1);
    for (size_t i = 0; i < n; i++)
        docs[i].source = sources[i];
    run_all(p, docs, n);
    at_pipeline_summarise(p, docs, n, summary);
    rc = at_pipeline_write_report(p->opts.outdir, docs, n, err);
    for (size_t i = 0; i < n; i++)
        at_journal_entry_clear(&docs[i].entry);
    g_free(docs);
    return rc;
}
