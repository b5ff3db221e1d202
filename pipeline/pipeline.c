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
    at_pipeline_event ev = { kind, source, status, message, 0, p->docs, p->docs_done, p->failed, p->pages_done,
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

char **at_pipeline_source_files(const char *source)
{
    return g_strsplit(source, "\n", -1);
}

int at_pipeline_content_sha256(const char *source, char hex[65], long long *size, at_error *err)
{
    char **files = at_pipeline_source_files(source);
    int rc = 0;
    if (!files[0] || !files[1]) {
        rc = at_file_sha256(source, hex, size, err);
    } else {
        GChecksum *all = g_checksum_new(G_CHECKSUM_SHA256);
        *size = 0;
        for (char **f = files; *f && rc == 0; f++) {
            long long one;
            rc = at_file_sha256(*f, hex, &one, err);
            *size += one;
            g_checksum_update(all, (const guchar *)hex, 64);
            g_checksum_update(all, (const guchar *)"\n", 1);
        }
        if (rc == 0)
            g_strlcpy(hex, g_checksum_get_string(all), 65);
        g_checksum_free(all);
    }
    g_strfreev(files);
    return rc;
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

static bool any_scan(char **files)
{
    for (char **f = files; *f; f++)
        if (at_pipeline_is_scan(*f))
            return true;
    return false;
}

/* Read a document's files: one file by its own name, the pages of several by their folder's. */
static int read_source(at_pipeline *p, char **files, at_doc **doc, at_error *err)
{
    size_t n = g_strv_length(files);
    int rc = any_scan(files) ? at_pipeline_set_up_ocr(p, err) : 0;
    char *name = n == 1 ? g_strdup(files[0]) : g_path_get_dirname(files[0]);
    if (rc == 0)
        rc = at_pipeline_read_files(name, (const char *const *)files, n, p->ocr, p->opts.lenient, page_done, p,
                                    doc, err);
    g_free(name);
    return rc;
}

/* The package is in place: keep its facts for the reports, then fill the journal's entry. */
static int record_done(at_pipeline *p, at_pipeline_doc *d, char *package, const at_doc *doc, const at_record *rec,
                       size_t changed, at_error *err)
{
    d->facts = at_pipeline_facts_new(doc, rec, changed);
    at_pipeline_facts_set_given(d->facts, d->meta);
    d->entry.package = package;
    d->entry.kind = g_strdup(at_record_kind(rec));
    d->entry.pages = (int)at_doc_n_pages(doc);
    d->entry.words = (long long)at_doc_n_words(doc);
    d->entry.words_changed = (long long)changed;
    d->entry.confidence = json_object_has_member(d->facts, "mean_confidence")
                              ? json_object_get_double_member(d->facts, "mean_confidence")
                              : -1;
    return at_pipeline_facts_save(p->opts.outdir, package, d->facts, err);
}

/* A source's path relative to the deepest box folder that holds it ("arende1/0001.tif"): the package names
 * where the file is in the box, not on this machine. Absolute when no box folder holds it. */
static char *box_path(const char *const *roots, const char *path)
{
    char *abs = g_canonicalize_filename(path, NULL);
    const char *best = NULL;
    size_t best_len = 0;
    for (const char *const *r = roots; r && *r; r++) {
        size_t len = strlen(*r);
        bool holds = strncmp(abs, *r, len) == 0 && (abs[len] == '/' || (len == 1 && **r == '/'));
        if (holds && len >= best_len)
            best = *r, best_len = len;
    }
    if (!best)
        return abs;
    char *rel = g_strdup(abs + best_len + (best_len > 1));
    g_free(abs);
    return rel;
}

/* Every source path the package names: the document's files and its duplicates', relative to the box, so that
 * the package is the same whether the box was named by a relative path or (a worker's) absolute one. */
static char **sources_of(const at_pipeline *p, const at_pipeline_doc *d)
{
    GStrvBuilder *b = g_strv_builder_new();
    for (guint i = 0; i <= (d->duplicates ? d->duplicates->len : 0); i++) {
        char **files = at_pipeline_source_files(i == 0 ? d->source : d->duplicates->pdata[i - 1]);
        for (char **f = files; *f; f++) {
            char *where = box_path(p->opts.box_roots, *f);
            g_strv_builder_add(b, where);
            g_free(where);
        }
        g_strfreev(files);
    }
    char **all = g_strv_builder_end(b);
    g_strv_builder_unref(b);
    return all;
}

/* What the manifest says of the document goes into its record ahead of what extraction found; a value the
 * record cannot take (a date that is no day) is a warning of the record. */
static void take_given(at_record *rec, const at_pipeline_document *m)
{
    const char *given[][2] = { { "title", m->title }, { "date", m->date }, { "diarienummer", m->reference },
                               { "series", m->series } };
    for (size_t i = 0; i < G_N_ELEMENTS(given); i++) {
        at_error err = AT_ERROR_INIT;
        char msg[512];
        if (given[i][1] && *given[i][1] && at_record_set_metadata(rec, given[i][0], given[i][1], &err) < 0) {
            char *warning = g_strdup_printf("manifest: %s", at_error_format(&err, msg, sizeof msg));
            at_record_add_warning(rec, warning);
            g_free(warning);
        }
    }
}

int at_pipeline_process(at_pipeline *p, at_pipeline_doc *d, at_error *err)
{
    at_doc *doc = NULL;
    at_record *rec = NULL;
    char *package = NULL;
    char **files = at_pipeline_source_files(d->source);
    int rc = read_source(p, files, &doc, err);
    at_normalize_stats stats = { 0 };
    if (rc == 0 && p->opts.normalizer)
        rc = at_normalize_doc(p->opts.normalizer, doc, &stats, err);
    if (rc == 0)
        warn_of(p, d->source, doc);
    char *name = NULL;
    if (rc == 0) { /* the record's source: where the document is in the box, as the package names it */
        const char *given = at_doc_name(doc);
        name = given && g_file_test(given, G_FILE_TEST_EXISTS) ? box_path(p->opts.box_roots, given) : g_strdup(given);
        at_extract_options xopts = AT_EXTRACT_OPTIONS_INIT;
        xopts.source = name;
        rc = at_extractor_run(p->extractor, doc, &xopts, &rec, err);
    }
    if (rc == 0 && d->meta)
        take_given(rec, d->meta);
    if (rc == 0) {
        char **sources = sources_of(p, d);
        at_package_content content = { (const char *const *)files, doc, rec, p->opts.dictionary, stats.changed,
                                       NULL, 0, NULL, d->meta ? d->meta->title : NULL, (const char *const *)sources };
        rc = at_package_write(&content, p->opts.package, p->opts.outdir, &package, err);
        g_strfreev(sources);
    }
    if (rc == 0) {
        rc = record_done(p, d, package, doc, rec, stats.changed, err);
        if (!any_scan(files)) {
            g_mutex_lock(&p->lock);
            p->pages_done += at_doc_n_pages(doc);
            g_mutex_unlock(&p->lock);
        }
    }
    g_strfreev(files);
    g_free(name);
    at_record_free(rec);
    at_doc_free(doc);
    return rc;
}

/* Is the journal's entry a finished package of the same content (and what the manifest gives it, in `facts`)?
 * Then there is nothing to redo. */
static bool done_before(const at_pipeline *p, const at_pipeline_doc *d, const at_journal_entry *old, JsonObject *facts)
{
    return !p->opts.force && old->state == AT_JOURNAL_DONE && strcmp(old->sha256, d->sha256) == 0 && old->package &&
           g_file_test(old->package, G_FILE_TEST_EXISTS) && at_pipeline_facts_as_given(facts, d->meta);
}

void at_pipeline_remove_renamed(const char *outdir, const char *old, const char *now)
{
    const char *old_id = old ? strstr(old, "uuid-") : NULL, *new_id = now ? strstr(now, "uuid-") : NULL;
    if (!old_id || !new_id || strcmp(old_id, new_id) != 0)
        return;
    char *name = g_path_get_basename(old), *now_name = g_path_get_basename(now);
    char *path = g_build_filename(outdir, name, NULL); /* `old` as -o was typed in the run that made it */
    if (strcmp(name, now_name) != 0) {
        at_remove_tree(path);
        at_pipeline_facts_remove(outdir, old);
    }
    g_free(path);
    g_free(now_name);
    g_free(name);
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
static void redo(at_pipeline *p, at_pipeline_doc *d, const char *key, int rc, at_error *err)
{
    g_strlcpy(d->entry.sha256, rc == 0 ? d->sha256 : "", sizeof d->entry.sha256);
    d->entry.confidence = -1;
    d->entry.state = AT_JOURNAL_RUNNING;
    if (rc == 0)
        rc = at_journal_put(p->journal, key, &d->entry, err);
    if (rc == 0)
        rc = at_pipeline_process(p, d, err);
    at_pipeline_outcome(d, rc, err);
    at_error jerr = AT_ERROR_INIT;
    if (at_journal_put(p->journal, key, &d->entry, &jerr) < 0)
        at_pipeline_warn(p, d->source, &jerr);
}

static bool stopped(const at_pipeline *p)
{
    return p->opts.stop && *p->opts.stop;
}

/* Tell the caller a document ended; call under p->lock. */
static void document_done(at_pipeline *p, const at_pipeline_doc *d)
{
    p->docs_done++;
    bool failed = d->entry.state != AT_JOURNAL_DONE;
    p->failed += failed;
    at_pipeline_status status = failed ? AT_PIPELINE_FAILED : d->same_as ? AT_PIPELINE_DUPLICATE
                                : d->skipped                 ? AT_PIPELINE_ALREADY_DONE
                                                             : AT_PIPELINE_OK;
    const char *message = failed ? (d->entry.error ? d->entry.error : d->source)
                          : d->same_as ? d->same_as->source
                                       : NULL;
    if (!p->opts.on_event)
        return;
    at_pipeline_event ev = { AT_PIPELINE_DOCUMENT_DONE, d->source, status, message,
                             at_pipeline_facts_n_warnings(d->facts), p->docs, p->docs_done, p->failed,
                             p->pages_done, (double)(g_get_monotonic_time() - p->start) / 1e6 };
    p->opts.on_event(&ev, p->opts.event_data);
}

static void run_document(gpointer item, gpointer data)
{
    at_pipeline_doc *d = item;
    at_pipeline *p = data;
    if (stopped(p)) {
        d->not_started = true;
        return;
    }
    gint64 t0 = g_get_monotonic_time();
    at_error err = AT_ERROR_INIT;
    long long size;
    /* Hashed before the run; an unreadable source is hashed again here for its error. */
    int rc = d->sha256[0] ? 0 : at_pipeline_content_sha256(d->source, d->sha256, &size, &err);
    at_journal_entry old;
    bool known = false;
    char *key = at_pipeline_absolute_files(d->source); /* the same whichever folder the run was started from */
    if (rc == 0)
        rc = at_journal_get(p->journal, key, &old, &known, &err);
    if (rc == 0 && !known) /* a journal of a release that keyed documents as typed */
        rc = at_journal_get(p->journal, d->source, &old, &known, &err);
    if (known && old.package) { /* the journal names it as the folder was typed by whoever made it */
        char *name = g_path_get_basename(old.package);
        g_free(old.package);
        old.package = g_build_filename(p->opts.outdir, name, NULL);
        g_free(name);
    }
    JsonObject *facts = known ? at_pipeline_facts_load(p->opts.outdir, old.package) : NULL;
    if (known && done_before(p, d, &old, facts)) {
        d->entry = old;
        d->skipped = true;
        d->facts = facts;
    } else {
        redo(p, d, key, rc, &err);
        if (known && d->entry.state == AT_JOURNAL_DONE)
            at_pipeline_remove_renamed(p->opts.outdir, old.package, d->entry.package);
        if (known)
            at_journal_entry_clear(&old);
        if (facts)
            json_object_unref(facts);
    }
    g_free(key);
    d->seconds = (double)(g_get_monotonic_time() - t0) / 1e6;
    g_mutex_lock(&p->lock);
    document_done(p, d);
    g_mutex_unlock(&p->lock);
}

/* Temporary reports and review folders (arkivtext/review.h) are left to the end of a batch: then another worker
 * may be writing its own. */
static bool left_over(const char *name, bool reports)
{
    bool batch_end = g_str_has_prefix(name, "report.json.tmp-") || g_str_has_prefix(name, "report.csv.tmp-") ||
                     g_str_has_prefix(name, ".review.tmp-") || g_str_has_prefix(name, "review.old-");
    bool temporary = (name[0] == '.' && strstr(name, ".tmp-")) || strstr(name, ".old-");
    return reports ? temporary || batch_end : temporary && !batch_end;
}

/* What a killed run left in `dir`: temporary packages (".NAME.tmp-…"), replaced ones, temporary files. */
static void add_left_over(const char *dir, bool temporaries, bool reports, GPtrArray *stale)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    for (const char *n; d && (n = g_dir_read_name(d));)
        if (temporaries ? strstr(n, ".tmp-") != NULL : left_over(n, reports))
            g_ptr_array_add(stale, g_build_filename(dir, n, NULL));
    if (d)
        g_dir_close(d);
}

void at_pipeline_clean_leftovers(const char *outdir, bool reports)
{
    GPtrArray *stale = g_ptr_array_new_with_free_func(g_free);
    add_left_over(outdir, false, reports, stale);
    char *state = at_pipeline_state_dir(outdir);
    add_left_over(state, true, reports, stale);
    g_free(state);
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

typedef struct {
    at_pipeline_doc *doc;
    long long size;
} sized_doc;

static gint larger_first(gconstpointer a, gconstpointer b)
{
    const sized_doc *x = a, *y = b;
    if (x->size != y->size)
        return x->size < y->size ? 1 : -1;
    return x->doc < y->doc ? -1 : x->doc > y->doc; /* the box's order among equals */
}

static int jobs_of(const at_pipeline *p)
{
    return p->opts.jobs > 0 ? p->opts.jobs : (int)g_get_num_processors();
}

static void hash_document(gpointer item, gpointer data)
{
    (void)data;
    sized_doc *s = item;
    at_error err = AT_ERROR_INIT;
    if (at_pipeline_content_sha256(s->doc->source, s->doc->sha256, &s->size, &err) < 0)
        s->doc->sha256[0] = '\0', s->size = 0;
}

/* Hash every document; the first of each content is packaged, the later ones become its duplicates. */
static GArray *hash_all(at_pipeline *p, at_pipeline_doc *docs, size_t n)
{
    GArray *sized = g_array_sized_new(FALSE, TRUE, sizeof(sized_doc), (guint)n);
    g_array_set_size(sized, (guint)n);
    GPtrArray *items = g_ptr_array_sized_new((guint)n);
    for (size_t i = 0; i < n; i++) {
        g_array_index(sized, sized_doc, i).doc = &docs[i];
        g_ptr_array_add(items, &g_array_index(sized, sized_doc, i));
    }
    at_parallel(items->pdata, items->len, jobs_of(p), hash_document, NULL);
    g_ptr_array_free(items, TRUE);
    GHashTable *first = g_hash_table_new(g_str_hash, g_str_equal); /* sha256 -> at_pipeline_doc */
    for (size_t i = 0; i < n; i++) {
        at_pipeline_doc *d = &docs[i], *f = d->sha256[0] ? g_hash_table_lookup(first, d->sha256) : NULL;
        if (!f) {
            if (d->sha256[0])
                g_hash_table_insert(first, d->sha256, d);
            continue;
        }
        d->same_as = f;
        if (!f->duplicates)
            f->duplicates = g_ptr_array_new();
        g_ptr_array_add(f->duplicates, (char *)d->source);
    }
    g_hash_table_destroy(first);
    return sized;
}

/* Run every document on the worker pool, largest first, so a long one does not start last while the others
 * idle; duplicates end with the document packaged for them. */
static void run_all(at_pipeline *p, at_pipeline_doc *docs, size_t n)
{
    GArray *sized = hash_all(p, docs, n);
    g_array_sort(sized, larger_first);
    GPtrArray *items = g_ptr_array_sized_new(sized->len);
    for (guint i = 0; i < sized->len; i++)
        if (!g_array_index(sized, sized_doc, i).doc->same_as)
            g_ptr_array_add(items, g_array_index(sized, sized_doc, i).doc);
    at_parallel(items->pdata, items->len, jobs_of(p), run_document, p);
    g_ptr_array_free(items, TRUE);
    g_array_free(sized, TRUE);
    g_mutex_lock(&p->lock);
    for (size_t i = 0; i < n; i++) {
        at_pipeline_doc *d = &docs[i];
        if (!d->same_as)
            continue;
        d->not_started = d->same_as->not_started;
        d->entry.state = d->same_as->entry.state;
        d->entry.package = g_strdup(d->same_as->entry.package);
        if (d->entry.state != AT_JOURNAL_DONE)
            d->entry.error = g_strdup_printf("%s: the same content as %s, which was not packaged", d->source,
                                             d->same_as->source);
        if (!d->not_started)
            document_done(p, d);
    }
    g_mutex_unlock(&p->lock);
}

const char *at_pipeline_status_name(const at_pipeline_doc *d)
{
    if (d->not_started)
        return "not started";
    if (d->entry.state != AT_JOURNAL_DONE)
        return "failed";
    if (d->same_as)
        return "duplicate";
    if (d->skipped)
        return "already done";
    return at_pipeline_facts_n_warnings(d->facts) ? "ok with warnings" : "ok";
}

void at_pipeline_summarise(const at_pipeline *p, const at_pipeline_doc *docs, size_t n, at_pipeline_summary *s)
{
    double confidence = 0;
    long long confident_pages = 0;
    *s = (at_pipeline_summary){ .documents = n, .mean_confidence = -1 };
    for (size_t i = 0; i < n; i++) {
        const at_pipeline_doc *d = &docs[i];
        const at_journal_entry *e = &d->entry;
        if (d->not_started) {
            s->not_started++;
            continue;
        }
        if (e->state != AT_JOURNAL_DONE) {
            s->failed++;
            continue;
        }
        if (d->same_as) {
            s->duplicates++;
            continue;
        }
        s->ok++;
        s->already_done += d->skipped;
        s->warned += at_pipeline_facts_n_warnings(d->facts) > 0;
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

/* OCR is set up only when some document holds a scan: loading tesseract costs time and needs its models. */
static int set_up_ocr(at_pipeline *p, const at_pipeline_box *box, at_error *err)
{
    for (size_t i = 0; i < at_pipeline_box_n_documents(box); i++)
        for (const char *const *f = at_pipeline_box_document(box, i)->files; *f; f++)
            if (at_pipeline_is_scan(*f))
                return at_pipeline_set_up_ocr(p, err);
    return 0;
}

#define OPTIONS_FILE "run-options.ini"

/* The options a folder's packages were made with: a change of any of them means every package would differ.
 * A flag is written "yes" or "no"; `option` is how the command line says it (a flag's "yes" side); a file's
 * content is written as its SHA-256 (the same path may hold another version). */
typedef enum { OPTION_VALUE, OPTION_FLAG, OPTION_CONTENT } option_kind;

static const struct {
    const char *key, *option;
    option_kind kind;
} run_options[] = {
    { "organisation", "--organisation", OPTION_VALUE },
    { "submission-agreement", "--submission-agreement", OPTION_VALUE },
    { "format", NULL, OPTION_VALUE },
    { "access-copy", "--no-pdf", OPTION_FLAG },
    { "lang", "--lang", OPTION_VALUE },
    { "dpi", "--dpi", OPTION_VALUE },
    { "tables", "--no-tables", OPTION_FLAG },
    { "force-ocr", "--force-ocr", OPTION_FLAG },
    { "preprocess", "preprocessing steps", OPTION_VALUE },
    { "normalize", "--no-normalize", OPTION_FLAG },
    { "dictionary", "--dict", OPTION_VALUE },
    { "rules", "--rules", OPTION_CONTENT },
    { "lexicons", "--lexicon", OPTION_CONTENT },
    { "tessdata", "--tessdata", OPTION_CONTENT },
    { "lenient", "--lenient", OPTION_FLAG },
};

static void set_flag(GKeyFile *kf, const char *key, bool on)
{
    g_key_file_set_string(kf, "run", key, on ? "yes" : "no");
}

/* "NAME:SHA-256" of a file, or "NAME:missing". */
static char *content_of(const char *name, const char *path)
{
    char hex[65];
    long long size;
    at_error err = AT_ERROR_INIT;
    return g_strdup_printf("%s:%s", name, path && at_file_sha256(path, hex, &size, &err) == 0 ? hex : "missing");
}

/* Where tesseract finds a model: the folder given, $TESSDATA_PREFIX (itself or its tessdata/), or the folders
 * Debian's packages install (tesseract-ocr-swe and the like). NULL when none holds it. */
static char *model_path(const char *tessdata, const char *lang)
{
    const char *prefix = g_getenv("TESSDATA_PREFIX");
    char *with_sub = prefix ? g_build_filename(prefix, "tessdata", NULL) : NULL;
    const char *dirs[] = { tessdata, tessdata ? NULL : prefix, tessdata ? NULL : with_sub,
                           tessdata || prefix ? NULL : "/usr/share/tesseract-ocr/5/tessdata",
                           tessdata || prefix ? NULL : "/usr/share/tesseract-ocr/4.00/tessdata" };
    char *file = g_strconcat(lang, ".traineddata", NULL), *found = NULL;
    for (size_t i = 0; i < G_N_ELEMENTS(dirs) && !found; i++) {
        char *path = dirs[i] ? g_build_filename(dirs[i], file, NULL) : NULL;
        if (path && g_file_test(path, G_FILE_TEST_IS_REGULAR))
            found = path;
        else
            g_free(path);
    }
    g_free(file);
    g_free(with_sub);
    return found;
}

/* The models OCR would use: each language's, and the orientation model when pages are turned upright. */
static char *models_of(const at_ocr_options *ocr)
{
    char *langs = g_strconcat(ocr->lang && *ocr->lang ? ocr->lang : "swe",
                              ocr->steps & AT_PRE_ORIENT ? "+osd" : "", NULL);
    char **names = g_strsplit(langs, "+", -1);
    GStrvBuilder *b = g_strv_builder_new();
    for (char **n = names; *n; n++) {
        char *path = model_path(ocr->tessdata, *n), *content = content_of(*n, path);
        g_strv_builder_add(b, content);
        g_free(content);
        g_free(path);
    }
    char **parts = g_strv_builder_end(b);
    char *joined = g_strjoinv(" ", parts);
    g_strfreev(parts);
    g_strv_builder_unref(b);
    g_strfreev(names);
    g_free(langs);
    return joined;
}

/* The rules and the lexicons the repair reads, by content. */
static void set_repair_files(GKeyFile *kf, const at_pipeline_options *p)
{
    char *rules = p->normalizer ? content_of("rules", p->rules ? p->rules : at_rules_default_path()) : g_strdup("");
    g_key_file_set_string(kf, "run", "rules", rules);
    GStrvBuilder *b = g_strv_builder_new();
    for (const char *const *l = p->normalizer ? p->lexicons : NULL; l && *l; l++) {
        char *base = g_path_get_basename(*l), *content = content_of(base, *l);
        g_strv_builder_add(b, content);
        g_free(content);
        g_free(base);
    }
    char **lexicons = g_strv_builder_end(b);
    char *joined = g_strjoinv(" ", lexicons);
    g_key_file_set_string(kf, "run", "lexicons", joined);
    g_free(joined);
    g_strfreev(lexicons);
    g_strv_builder_unref(b);
    g_free(rules);
}

static GKeyFile *options_of(const at_pipeline_options *p)
{
    const at_package_options *o = p->package;
    at_ocr_options defaults = AT_OCR_OPTIONS_INIT;
    const at_ocr_options *ocr = p->ocr ? p->ocr : &defaults;
    GKeyFile *kf = g_key_file_new();
    g_key_file_set_comment(kf, NULL, NULL, " arkivtext run: the options this folder's packages were made with", NULL);
    g_key_file_set_string(kf, "run", "organisation", o->organisation);
    g_key_file_set_string(kf, "run", "submission-agreement", o->submission_agreement ? o->submission_agreement : "");
    g_key_file_set_string(kf, "run", "format", o->tar ? "tar" : o->zip ? "zip" : "folder");
    set_flag(kf, "access-copy", !o->access_copy); /* "yes": --no-pdf given */
    g_key_file_set_string(kf, "run", "lang", ocr->lang && *ocr->lang ? ocr->lang : "swe");
    g_key_file_set_integer(kf, "run", "dpi", ocr->dpi > 0 ? ocr->dpi : 300);
    set_flag(kf, "tables", !ocr->tables);
    set_flag(kf, "force-ocr", ocr->force_ocr);
    g_key_file_set_uint64(kf, "run", "preprocess", ocr->steps);
    set_flag(kf, "normalize", !p->normalizer);
    g_key_file_set_string(kf, "run", "dictionary", p->normalizer && p->dictionary ? p->dictionary : "");
    set_repair_files(kf, p);
    char *models = models_of(ocr);
    g_key_file_set_string(kf, "run", "tessdata", models);
    g_free(models);
    set_flag(kf, "lenient", p->lenient);
    return kf;
}

/* How one option changed, as "--organisation 'A' (now 'B')", "with --no-pdf (now without)" or
 * "with --rules of other content (rules:1f2e… now rules:9a8b…)". */
static char *describe_change(size_t i, const char *before, const char *now)
{
    if (!run_options[i].option)
        return g_strdup_printf("as a %s (now as a %s)", before, now);
    if (run_options[i].kind == OPTION_FLAG)
        return g_strdup_printf("%s %s (now %s)", strcmp(before, "yes") == 0 ? "with" : "without", run_options[i].option,
                               strcmp(now, "yes") == 0 ? "with" : "without");
    if (run_options[i].kind == OPTION_CONTENT)
        return g_strdup_printf("with %s of other content (SHA-256 '%s', now '%s')", run_options[i].option, before,
                               now);
    return g_strdup_printf("%s '%s' (now '%s')", run_options[i].option, before, now);
}

/* The first option that differs between the folder's packages and this run; `*incomplete` when the folder's
 * file lacks an option (written by an earlier version, which did not record it). */
static char *changed_option(GKeyFile *before, GKeyFile *now, bool *incomplete)
{
    *incomplete = false;
    for (size_t i = 0; i < G_N_ELEMENTS(run_options); i++) {
        char *a = g_key_file_get_string(before, "run", run_options[i].key, NULL);
        char *b = g_key_file_get_string(now, "run", run_options[i].key, NULL);
        /* A file missing on either side made no package (OCR cannot start without its model): nothing to redo,
         * and a text-only box is not stopped on a machine without (or newly with) tesseract's models. */
        bool missing = run_options[i].kind == OPTION_CONTENT && a && (strstr(a, ":missing") || strstr(b, ":missing"));
        char *change = a && !missing && strcmp(a, b) != 0 ? describe_change(i, a, b) : NULL;
        *incomplete |= !a || (missing && strstr(a, ":missing"));
        g_free(a);
        g_free(b);
        if (change)
            return change;
    }
    return NULL;
}

static int save_options(const char *path, GKeyFile *kf, at_error *err)
{
    gsize len;
    char *text = g_key_file_to_data(kf, &len, NULL);
    int rc = at_atomic_write(path, text, len, AT_STAGE_PIPELINE, err);
    g_free(text);
    return rc;
}

/* Packages made with other options are not silently kept as "already done": only --force redoes them. */
int at_pipeline_check_options(const at_pipeline *p, at_error *err)
{
    char *dir = at_pipeline_state_dir(p->opts.outdir);
    char *path = g_build_filename(dir, OPTIONS_FILE, NULL);
    GKeyFile *now = options_of(&p->opts), *before = g_key_file_new();
    bool known = g_key_file_load_from_file(before, path, G_KEY_FILE_NONE, NULL), incomplete = false;
    char *change = known ? changed_option(before, now, &incomplete) : NULL;
    int rc = 0;
    if (change && !p->opts.force)
        rc = at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, p->opts.outdir,
                          "its packages were made %s; --force redoes them with the new options", change);
    else if (!known || change || incomplete)
        rc = g_mkdir_with_parents(dir, 0755) == 0
                 ? save_options(path, now, err)
                 : at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, dir, "cannot create folder: %s", g_strerror(errno));
    g_free(change);
    g_key_file_free(now);
    g_key_file_free(before);
    g_free(path);
    g_free(dir);
    return rc;
}

static void docs_clear(at_pipeline_doc *docs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        at_journal_entry_clear(&docs[i].entry);
        if (docs[i].duplicates)
            g_ptr_array_free(docs[i].duplicates, TRUE);
        if (docs[i].facts)
            json_object_unref(docs[i].facts);
    }
    g_free(docs);
}

int at_pipeline_run(at_pipeline *p, const at_pipeline_box *box, at_pipeline_summary *summary, at_error *err)
{
    if (!p || !box || !summary)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline, box or summary");
    *summary = (at_pipeline_summary){ .mean_confidence = -1 };
    at_pipeline_clean_leftovers(p->opts.outdir, true);
    int rc = at_pipeline_bind_batch(p, at_pipeline_batch_needed(p), NULL, err);
    if (rc == 0)
        rc = at_pipeline_check_options(p, err);
    if (rc == 0)
        rc = set_up_ocr(p, box, err);
    if (rc < 0)
        return rc;
    size_t n = at_pipeline_box_n_documents(box);
    p->start = g_get_monotonic_time();
    p->docs = n;
    p->docs_done = p->failed = p->pages_done = 0;
    at_pipeline_doc *docs = g_new0(at_pipeline_doc, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        docs[i].meta = at_pipeline_box_document(box, i);
        docs[i].source = docs[i].meta->id;
        docs[i].entry.confidence = -1;
    }
    run_all(p, docs, n);
    at_pipeline_summarise(p, docs, n, summary);
    summary->skipped = at_pipeline_box_n_skipped(box);
    rc = at_pipeline_write_reports(p, docs, n, box, &summary->stale, err);
    summary->reported = rc == 0;
    docs_clear(docs, n);
    return rc;
}
