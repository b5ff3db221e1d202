/* A batch shared by many workers: documents registered once, then claimed one at a time by any worker.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Enqueueing hashes every source and registers it (absolute path, SHA-256,
 * size) in the journal. A worker runs `jobs` threads, each claiming a
 * document, packaging it exactly as a single run would, and marking it done;
 * a heartbeat thread renews the process's claims. Claims of dead workers are
 * taken over at once, those of hung workers when their lease runs out (see
 * the journal backends). Package bytes depend only on the document and the
 * options, so a document processed twice (a worker taken over while slow)
 * gives the same package.
 */
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <errno.h>
#include <string.h>

#define DEFAULT_LEASE 300
/* A document whose worker stopped this many times is marked failed: it may be what kills them. */
#define MAX_ATTEMPTS 5

/* ---- enqueue ---- */

/* What the box showed at --enqueue besides the documents queued, for the batch's reports and packages:
 * duplicates (source -> the source packaged for it) and skipped files (path -> reason). */
#define DUPLICATES_FILE "batch-duplicates.json"
#define SKIPPED_FILE "batch-skipped.json"

static int save_box_part(const char *outdir, const char *name, JsonObject *o, at_error *err)
{
    JsonNode *root = json_node_init_object(json_node_alloc(), o);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_root(gen, root);
    gsize len;
    char *text = json_generator_to_data(gen, &len);
    char *dir = at_pipeline_state_dir(outdir), *path = g_build_filename(dir, name, NULL);
    int rc = g_mkdir_with_parents(dir, 0755) == 0
                 ? at_atomic_write(path, text, len, AT_STAGE_PIPELINE, err)
                 : at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, dir, "cannot create folder: %s", g_strerror(errno));
    g_free(path);
    g_free(dir);
    g_free(text);
    g_object_unref(gen);
    json_node_unref(root);
    return rc;
}

/* The part saved at --enqueue; an empty object when there is none (a batch enqueued by an earlier version). */
static JsonObject *load_box_part(const char *outdir, const char *name)
{
    char *dir = at_pipeline_state_dir(outdir), *path = g_build_filename(dir, name, NULL);
    JsonParser *parser = json_parser_new();
    JsonNode *root = json_parser_load_from_file(parser, path, NULL) ? json_parser_get_root(parser) : NULL;
    JsonObject *o = root && JSON_NODE_HOLDS_OBJECT(root) ? json_object_ref(json_node_get_object(root))
                                                          : json_object_new();
    g_object_unref(parser);
    g_free(path);
    g_free(dir);
    return o;
}

int at_pipeline_enqueue_skipped(at_pipeline *p, const at_pipeline_box *box, at_error *err)
{
    if (!p || !box)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline or box");
    JsonObject *skipped = json_object_new();
    for (size_t i = 0; i < at_pipeline_box_n_skipped(box); i++) {
        const char *reason;
        const char *path = at_pipeline_box_skipped(box, i, &reason);
        json_object_set_string_member(skipped, path, reason);
    }
    int rc = save_box_part(p->opts.outdir, SKIPPED_FILE, skipped, err);
    json_object_unref(skipped);
    return rc;
}

typedef struct {
    at_journal_item item;
    char *path;
    char sha[65];
} pending;

static void hash_one(gpointer item, gpointer data)
{
    (void)data;
    pending *q = item;
    at_error err = AT_ERROR_INIT;
    /* An unreadable source is queued without a hash: its worker reports why it cannot be read. */
    if (at_pipeline_content_sha256(q->path, q->sha, &q->item.size, &err) < 0)
        q->sha[0] = '\0';
}

static bool note_done(const char *source, const at_journal_entry *e, void *data)
{
    if (e->state == AT_JOURNAL_DONE)
        g_hash_table_insert(data, g_strdup(source), g_strdup(e->package ? e->package : ""));
    return true;
}

/* Documents done whose package is gone are done again. */
static int mark_redo(at_pipeline *p, pending *items, size_t n, at_error *err)
{
    GHashTable *done = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    int rc = at_journal_list(p->journal, note_done, done, err);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const char *package = g_hash_table_lookup(done, items[i].path);
        items[i].item.redo = p->opts.force || (package && !g_file_test(package, G_FILE_TEST_EXISTS));
    }
    g_hash_table_destroy(done);
    return rc;
}

/* Every file of a source made absolute, so that workers anywhere find them. */
static char *absolute_files(const char *source)
{
    char **files = at_pipeline_source_files(source);
    for (char **f = files; *f; f++) {
        char *abs = g_canonicalize_filename(*f, NULL);
        g_free(*f);
        *f = abs;
    }
    char *joined = g_strjoinv("\n", files);
    g_strfreev(files);
    return joined;
}

/* The items to queue: the first of each content only, so that no two workers ever write one package; the
 * others are told as duplicates (its package is theirs). Returns how many are in `list`. */
static size_t list_distinct(at_pipeline *p, pending *items, size_t n, at_journal_item *list, JsonObject *duplicates)
{
    GHashTable *first = g_hash_table_new(g_str_hash, g_str_equal); /* sha256 -> source */
    size_t listed = 0;
    for (size_t i = 0; i < n; i++) {
        const char *same = items[i].sha[0] ? g_hash_table_lookup(first, items[i].sha) : NULL;
        if (same) {
            json_object_set_string_member(duplicates, items[i].path, same);
            g_mutex_lock(&p->lock);
            at_pipeline_emit(p, AT_PIPELINE_DOCUMENT_DONE, items[i].path, AT_PIPELINE_DUPLICATE, same);
            g_mutex_unlock(&p->lock);
            continue;
        }
        if (items[i].sha[0])
            g_hash_table_insert(first, items[i].sha, items[i].path);
        list[listed] = items[i].item;
        list[listed].source = items[i].path;
        list[listed].sha256 = items[i].sha;
        listed++;
    }
    g_hash_table_destroy(first);
    return listed;
}

int at_pipeline_enqueue(at_pipeline *p, const char *const *sources, size_t n, const char *const *args,
                        size_t *queued, at_error *err)
{
    if (!p || (!sources && n) || !queued)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline, sources or count");
    *queued = 0;
    int rc = at_pipeline_bind_batch(p, true, args ? args : (const char *const[]){ NULL }, err);
    if (rc < 0)
        return rc;
    pending *items = g_new0(pending, n ? n : 1);
    int jobs = p->opts.jobs > 0 ? p->opts.jobs : (int)g_get_num_processors();
    GThreadPool *pool = g_thread_pool_new(hash_one, NULL, jobs, TRUE, NULL);
    for (size_t i = 0; i < n; i++) {
        items[i].path = absolute_files(sources[i]);
        g_thread_pool_push(pool, &items[i], NULL);
    }
    g_thread_pool_free(pool, FALSE, TRUE);
    at_journal_item *list = g_new0(at_journal_item, n ? n : 1);
    rc = mark_redo(p, items, n, err);
    JsonObject *duplicates = json_object_new();
    size_t listed = rc == 0 ? list_distinct(p, items, n, list, duplicates) : 0;
    if (rc == 0)
        rc = at_journal_enqueue(p->journal, list, listed, queued, err);
    if (rc == 0)
        rc = save_box_part(p->opts.outdir, DUPLICATES_FILE, duplicates, err);
    json_object_unref(duplicates);
    for (size_t i = 0; i < n; i++)
        g_free(items[i].path);
    g_free(items);
    g_free(list);
    return rc;
}

/* ---- work ---- */

typedef struct {
    at_pipeline *p;
    int lease;
    GMutex lock;          /* guards what follows */
    GCond stop_cond;
    bool stopping;        /* the heartbeat ends */
    at_error fatal;       /* the first error that stopped a thread (journal unreachable) */
    GArray *docs;         /* at_pipeline_doc: what this worker did */
    JsonObject *duplicates;   /* saved at --enqueue: source -> the source packaged for it */
    GHashTable *duplicates_of; /* source packaged -> GPtrArray of its duplicates' sources (in `duplicates`) */
} worker;

/* Renew the claims a few times per lease, until told to stop. */
static gpointer heartbeat(gpointer data)
{
    worker *w = data;
    gint64 every = CLAMP((gint64)w->lease * G_USEC_PER_SEC / 4, G_USEC_PER_SEC / 2, 30 * G_USEC_PER_SEC);
    g_mutex_lock(&w->lock);
    while (!w->stopping) {
        gint64 until = g_get_monotonic_time() + every;
        while (!w->stopping && g_cond_wait_until(&w->stop_cond, &w->lock, until))
            ;
        if (w->stopping)
            break;
        g_mutex_unlock(&w->lock);
        at_error err = AT_ERROR_INIT;
        if (at_journal_renew(w->p->journal, w->lease, &err) < 0)
            at_pipeline_warn(w->p, NULL, &err);
        g_mutex_lock(&w->lock);
    }
    g_mutex_unlock(&w->lock);
    return NULL;
}

/* Package one claimed document (as a single run would) and end the claim. */
static void work_on(worker *w, const at_journal_claim *c)
{
    at_pipeline *p = w->p;
    gint64 t0 = g_get_monotonic_time();
    at_pipeline_doc d = { .source = g_strdup(c->source), .entry = { .confidence = -1 } };
    d.duplicates = g_hash_table_lookup(w->duplicates_of, c->source); /* its package names them too */
    at_error err = AT_ERROR_INIT;
    char sha[65];
    long long size;
    int rc = at_pipeline_content_sha256(c->source, sha, &size, &err);
    if (rc == 0 && c->sha256[0] && strcmp(sha, c->sha256) != 0)
        rc = at_error_set(&err, AT_EIO, AT_STAGE_PIPELINE, c->source,
                          "changed since it was enqueued: enqueue it again to package the new content");
    g_strlcpy(d.entry.sha256, rc == 0 ? sha : c->sha256, sizeof d.entry.sha256);
    if (rc == 0)
        rc = at_pipeline_process(p, &d, &err);
    at_pipeline_outcome(&d, rc, &err);
    at_error jerr = AT_ERROR_INIT;
    bool kept = false;
    if (at_journal_finish(p->journal, c, &d.entry, &kept, &jerr) < 0)
        at_pipeline_warn(p, c->source, &jerr);
    else if (!kept)
        d.skipped = true; /* another worker took it over meanwhile; its package has the same bytes */
    d.seconds = (double)(g_get_monotonic_time() - t0) / 1e6;
    bool failed = d.entry.state != AT_JOURNAL_DONE;
    g_mutex_lock(&p->lock);
    p->docs_done++;
    p->failed += failed;
    at_pipeline_emit(p, AT_PIPELINE_DOCUMENT_DONE, c->source,
                     failed ? AT_PIPELINE_FAILED : kept ? AT_PIPELINE_OK : AT_PIPELINE_ALREADY_DONE,
                     failed ? d.entry.error : NULL);

    g_mutex_unlock(&p->lock);
    g_mutex_lock(&w->lock);
    g_array_append_val(w->docs, d);
    g_mutex_unlock(&w->lock);
}

static void stop_with(worker *w, const at_error *err)
{
    g_mutex_lock(&w->lock);
    if (w->fatal.code == AT_OK)
        w->fatal = *err;
    g_mutex_unlock(&w->lock);
}

static bool failed_already(worker *w)
{
    g_mutex_lock(&w->lock);
    bool failed = w->fatal.code != AT_OK;
    g_mutex_unlock(&w->lock);
    return failed;
}

/* Claim and work until nothing is left; while others still hold documents, wait to take over theirs. */
static gpointer work_thread(gpointer data)
{
    worker *w = data;
    /* A finish wakes the wait at once (PostgreSQL); a dead worker's claim is noticed within this. */
    int poll_ms = (int)CLAMP(w->lease * 250L, 200L, 2000L);
    while (!failed_already(w)) {
        at_journal_claim c;
        bool found;
        size_t held;
        at_error err = AT_ERROR_INIT;
        if (at_journal_claim_next(w->p->journal, w->lease, MAX_ATTEMPTS, &c, &found, &held, &err) < 0) {
            stop_with(w, &err);
            break;
        }
        if (found) {
            work_on(w, &c);
            at_journal_claim_clear(&c);
        } else if (held == 0) {
            break;
        } else if (at_journal_wait(w->p->journal, poll_ms, &err) < 0) {
            stop_with(w, &err);
            break;
        }
    }
    return NULL;
}

typedef struct {
    const at_pipeline *p;
    GArray *docs;
} collection;

static bool collect(const char *source, const at_journal_entry *e, void *data)
{
    collection *c = data;
    at_pipeline_doc d = { .source = g_strdup(source), .entry = *e };
    d.entry.package = g_strdup(e->package);
    d.entry.kind = g_strdup(e->kind);
    d.entry.error = g_strdup(e->error);
    g_strlcpy(d.sha256, e->sha256, sizeof d.sha256);
    d.facts = at_pipeline_facts_load(c->p->opts.outdir, e->package);
    g_array_append_val(c->docs, d);
    return true;
}

static void docs_free(GArray *docs)
{
    for (guint i = 0; i < docs->len; i++) {
        at_pipeline_doc *d = &g_array_index(docs, at_pipeline_doc, i);
        g_free((char *)d->source);
        at_journal_entry_clear(&d->entry);
        if (d->facts)
            json_object_unref(d->facts);
    }
    g_array_free(docs, TRUE);
}

/* The batch's documents and, after them, their duplicates (pointing to them), as a single run reports them. */
static GArray *with_duplicates(GArray *docs, JsonObject *duplicates)
{
    GList *names = json_object_get_members(duplicates);
    guint n = docs->len;
    GArray *all = g_array_sized_new(FALSE, TRUE, sizeof(at_pipeline_doc), n + g_list_length(names));
    g_array_append_vals(all, docs->data, n); /* reserved: same_as pointers into it stay valid */
    for (GList *l = names; l; l = l->next) {
        const char *same = json_object_get_string_member(duplicates, l->data);
        for (guint j = 0; j < n; j++) {
            at_pipeline_doc *f = &g_array_index(all, at_pipeline_doc, j);
            if (strcmp(f->source, same) != 0)
                continue;
            at_pipeline_doc d = { .source = g_strdup(l->data), .same_as = f, .not_started = f->not_started,
                                  .entry = { .state = f->entry.state, .package = g_strdup(f->entry.package),
                                             .confidence = -1 } };
            if (!f->duplicates)
                f->duplicates = g_ptr_array_new();
            g_ptr_array_add(f->duplicates, (char *)d.source);
            g_array_append_val(all, d);
            break;
        }
    }
    g_list_free(names);
    return all;
}

static void free_duplicate_lists(GArray *docs)
{
    for (guint i = 0; i < docs->len; i++)
        if (g_array_index(docs, at_pipeline_doc, i).duplicates)
            g_ptr_array_free(g_array_index(docs, at_pipeline_doc, i).duplicates, TRUE);
}

/* The worker that finds the batch complete reports on all of it and clears what dead workers left behind. */
static int finish_batch(at_pipeline *p, bool *reported, at_error *err)
{
    at_journal_counts c;
    int rc = at_journal_counts_get(p->journal, 0, &c, err);
    if (rc < 0 || c.queued || c.running)
        return rc;
    GArray *all = g_array_new(FALSE, TRUE, sizeof(at_pipeline_doc));
    collection coll = { p, all };
    rc = at_journal_list(p->journal, collect, &coll, err);
    JsonObject *duplicates = load_box_part(p->opts.outdir, DUPLICATES_FILE),
               *skipped = load_box_part(p->opts.outdir, SKIPPED_FILE);
    GArray *reported_docs = with_duplicates(all, duplicates);
    at_pipeline_box *box = at_pipeline_box_of_skipped(skipped);
    if (rc == 0)
        rc = at_pipeline_write_reports(p, (at_pipeline_doc *)(void *)reported_docs->data, reported_docs->len, box,
                                       err);
    at_pipeline_box_free(box);
    free_duplicate_lists(reported_docs);
    g_array_set_size(all, 0); /* its documents are reported_docs' first ones now */
    g_array_free(all, TRUE);
    docs_free(reported_docs);
    json_object_unref(duplicates);
    json_object_unref(skipped);
    if (rc == 0)
        at_pipeline_clean_leftovers(p->opts.outdir, false);
    *reported = rc == 0;
    return rc;
}

static void run_threads(worker *w, int jobs)
{
    GThread *beat = g_thread_new("heartbeat", heartbeat, w);
    GThread **threads = g_new(GThread *, jobs);
    for (int i = 0; i < jobs; i++)
        threads[i] = g_thread_new("worker", work_thread, w);
    for (int i = 0; i < jobs; i++)
        g_thread_join(threads[i]);
    g_free(threads);
    g_mutex_lock(&w->lock);
    w->stopping = true;
    g_cond_signal(&w->stop_cond);
    g_mutex_unlock(&w->lock);
    g_thread_join(beat);
}

int at_pipeline_work(at_pipeline *p, int lease, at_pipeline_summary *summary, at_error *err)
{
    if (!p || !summary)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline or summary");
    *summary = (at_pipeline_summary){ .mean_confidence = -1 };
    at_pipeline_batch b;
    int rc = at_pipeline_batch_read(p->opts.outdir, &b, err);
    at_pipeline_batch_clear(&b);
    at_journal_counts c;
    if (rc == 0)
        rc = at_pipeline_bind_batch(p, false, NULL, err);
    if (rc == 0)
        rc = at_journal_counts_get(p->journal, 0, &c, err);
    if (rc < 0)
        return rc;
    worker w = { .p = p, .lease = lease > 0 ? lease : DEFAULT_LEASE, .fatal = AT_ERROR_INIT };
    g_mutex_init(&w.lock);
    g_cond_init(&w.stop_cond);
    w.docs = g_array_new(FALSE, TRUE, sizeof(at_pipeline_doc));
    w.duplicates = load_box_part(p->opts.outdir, DUPLICATES_FILE);
    w.duplicates_of = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    GList *names = json_object_get_members(w.duplicates);
    for (GList *l = names; l; l = l->next) {
        const char *same = json_object_get_string_member(w.duplicates, l->data);
        GPtrArray *list = g_hash_table_lookup(w.duplicates_of, same);
        if (!list)
            g_hash_table_insert(w.duplicates_of, (char *)same, list = g_ptr_array_new());
        g_ptr_array_add(list, l->data);
    }
    g_list_free(names);
    p->start = g_get_monotonic_time();
    p->docs = c.queued + c.running;
    p->docs_done = p->failed = p->pages_done = 0;
    run_threads(&w, p->opts.jobs > 0 ? p->opts.jobs : (int)g_get_num_processors());
    at_pipeline_summarise(p, (at_pipeline_doc *)(void *)w.docs->data, w.docs->len, summary);
    if (w.fatal.code != AT_OK) {
        *err = w.fatal;
        rc = w.fatal.code;
    } else {
        rc = finish_batch(p, &summary->reported, err);
    }
    for (guint i = 0; i < w.docs->len; i++) /* borrowed from duplicates_of */
        g_array_index(w.docs, at_pipeline_doc, i).duplicates = NULL;
    docs_free(w.docs);
    g_hash_table_destroy(w.duplicates_of);
    json_object_unref(w.duplicates);
    g_cond_clear(&w.stop_cond);
    g_mutex_clear(&w.lock);
    return rc;
}
