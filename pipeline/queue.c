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
/* Every document of the box in its order, duplicates too: its absolute source, the source as the archivist gave
 * it and what the manifest says of it, so that workers package and report it as a single run does. */
#define DOCUMENTS_FILE "batch-documents.json"

static int save_box_node(const char *outdir, const char *name, JsonNode *root, at_error *err)
{
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
    return rc;
}

static int save_box_part(const char *outdir, const char *name, JsonObject *o, at_error *err)
{
    JsonNode *root = json_node_init_object(json_node_alloc(), o);
    int rc = save_box_node(outdir, name, root, err);
    json_node_unref(root);
    return rc;
}

/* The documents saved at --enqueue; an empty array when there are none (a batch enqueued by an earlier version). */
static JsonArray *load_documents(const char *outdir)
{
    char *dir = at_pipeline_state_dir(outdir), *path = g_build_filename(dir, DOCUMENTS_FILE, NULL);
    JsonParser *parser = json_parser_new();
    JsonNode *root = json_parser_load_from_file(parser, path, NULL) ? json_parser_get_root(parser) : NULL;
    JsonArray *a = root && JSON_NODE_HOLDS_ARRAY(root) ? json_array_ref(json_node_get_array(root)) : json_array_new();
    g_object_unref(parser);
    g_free(path);
    g_free(dir);
    return a;
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

static int save_skipped(at_pipeline *p, const at_pipeline_box *box, at_error *err)
{
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
    char *path;                       /* absolute */
    const char *given;                /* as the archivist gave it */
    const at_pipeline_document *meta; /* what the box knows of it, or NULL */
    char *replaces;                   /* the package of it made before, when it is made again */
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

/* Is the package of a document done made with what the manifest gives it now? */
static bool as_given(const at_pipeline *p, const char *package, const at_pipeline_document *meta)
{
    JsonObject *facts = at_pipeline_facts_load(p->opts.outdir, package);
    bool same = at_pipeline_facts_as_given(facts, meta);
    if (facts)
        json_object_unref(facts);
    return same;
}

/* Documents done whose package is gone, or whose manifest entry was edited, are done again. */
static int mark_redo(at_pipeline *p, pending *items, size_t n, at_error *err)
{
    GHashTable *done = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    int rc = at_journal_list(p->journal, note_done, done, err);
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const char *made = g_hash_table_lookup(done, items[i].path);
        char *name = made && *made ? g_path_get_basename(made) : NULL; /* made as -o was typed in its run */
        char *package = name ? g_build_filename(p->opts.outdir, name, NULL) : made ? g_strdup(made) : NULL;
        bool exists = package && g_file_test(package, G_FILE_TEST_EXISTS);
        items[i].item.redo = p->opts.force || (package && (!exists || !as_given(p, package, items[i].meta)));
        if (items[i].item.redo && exists)
            items[i].replaces = g_strdup(package);
        g_free(package);
        g_free(name);
    }
    g_hash_table_destroy(done);
    return rc;
}

char *at_pipeline_absolute_files(const char *source)
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
    GHashTable *first = g_hash_table_new(g_str_hash, g_str_equal); /* sha256 -> pending */
    size_t listed = 0;
    for (size_t i = 0; i < n; i++) {
        bool same = items[i].sha[0] && g_hash_table_contains(first, items[i].sha);
        if (same) {
            const pending *f = g_hash_table_lookup(first, items[i].sha);
            json_object_set_string_member(duplicates, items[i].path, f->path);
            g_mutex_lock(&p->lock);
            at_pipeline_emit(p, AT_PIPELINE_DOCUMENT_DONE, items[i].given, AT_PIPELINE_DUPLICATE, f->given);
            g_mutex_unlock(&p->lock);
            continue;
        }
        if (items[i].sha[0])
            g_hash_table_insert(first, items[i].sha, &items[i]);
        list[listed] = items[i].item;
        list[listed].source = items[i].path;
        list[listed].sha256 = items[i].sha;
        listed++;
    }
    g_hash_table_destroy(first);
    return listed;
}

static JsonObject *document_entry(const pending *q)
{
    JsonObject *o = json_object_new();
    json_object_set_string_member(o, "source", q->path);
    json_object_set_string_member(o, "given", q->given);
    if (q->replaces)
        json_object_set_string_member(o, "replaces", q->replaces);
    const at_pipeline_document *m = q->meta;
    const char *given[][2] = { { "title", m ? m->title : NULL }, { "date", m ? m->date : NULL },
                               { "diarienummer", m ? m->reference : NULL }, { "series", m ? m->series : NULL } };
    for (size_t i = 0; i < G_N_ELEMENTS(given); i++)
        if (given[i][1])
            json_object_set_string_member(o, given[i][0], given[i][1]);
    return o;
}

/* The batch's documents: those of earlier enqueues not in this one, then this one's in the box's order (enqueueing
 * the whole box again gives the single run's order). */
static int save_documents(const at_pipeline *p, const pending *items, size_t n, at_error *err)
{
    GHashTable *now = g_hash_table_new(g_str_hash, g_str_equal);
    for (size_t i = 0; i < n; i++)
        g_hash_table_add(now, items[i].path);
    JsonArray *before = load_documents(p->opts.outdir), *all = json_array_new();
    for (guint i = 0; i < json_array_get_length(before); i++) {
        JsonObject *o = json_array_get_object_element(before, i);
        const char *source = o ? json_object_get_string_member_with_default(o, "source", NULL) : NULL;
        if (source && !g_hash_table_contains(now, source))
            json_array_add_object_element(all, json_object_ref(o));
    }
    for (size_t i = 0; i < n; i++)
        json_array_add_object_element(all, document_entry(&items[i]));
    JsonNode *root = json_node_init_array(json_node_alloc(), all);
    int rc = save_box_node(p->opts.outdir, DOCUMENTS_FILE, root, err);
    json_node_unref(root);
    json_array_unref(all);
    json_array_unref(before);
    g_hash_table_destroy(now);
    return rc;
}

/* Enqueue `n` documents: the box's (`box` not NULL) or `sources`. */
static int enqueue(at_pipeline *p, const at_pipeline_box *box, const char *const *sources, size_t n,
                   const char *const *args, size_t *queued, at_error *err)
{
    *queued = 0;
    int rc = at_pipeline_bind_batch(p, true, args ? args : (const char *const[]){ NULL }, err);
    if (rc == 0)
        rc = at_pipeline_check_options(p, err);
    if (rc < 0)
        return rc;
    pending *items = g_new0(pending, n ? n : 1);
    int jobs = p->opts.jobs > 0 ? p->opts.jobs : (int)g_get_num_processors();
    void **each = g_new(void *, n ? n : 1);
    for (size_t i = 0; i < n; i++) {
        items[i].meta = box ? at_pipeline_box_document(box, i) : NULL;
        items[i].given = box ? items[i].meta->id : sources[i];
        items[i].path = at_pipeline_absolute_files(items[i].given);
        each[i] = &items[i];
    }
    at_parallel(each, (guint)n, jobs, hash_one, NULL);
    g_free(each);
    at_journal_item *list = g_new0(at_journal_item, n ? n : 1);
    rc = mark_redo(p, items, n, err);
    JsonObject *duplicates = json_object_new();
    size_t listed = rc == 0 ? list_distinct(p, items, n, list, duplicates) : 0;
    /* what workers read of the box is in place before they can claim */
    if (rc == 0)
        rc = save_documents(p, items, n, err);
    if (rc == 0)
        rc = save_box_part(p->opts.outdir, DUPLICATES_FILE, duplicates, err);
    if (rc == 0 && box)
        rc = save_skipped(p, box, err);
    if (rc == 0)
        rc = at_journal_enqueue(p->journal, list, listed, queued, err);
    json_object_unref(duplicates);
    for (size_t i = 0; i < n; i++) {
        g_free(items[i].path);
        g_free(items[i].replaces);
    }
    g_free(items);
    g_free(list);
    return rc;
}

int at_pipeline_enqueue(at_pipeline *p, const char *const *sources, size_t n, const char *const *args,
                        size_t *queued, at_error *err)
{
    if (!p || (!sources && n) || !queued)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline, sources or count");
    return enqueue(p, NULL, sources, n, args, queued, err);
}

int at_pipeline_enqueue_box(at_pipeline *p, const at_pipeline_box *box, const char *const *args, size_t *queued,
                            at_error *err)
{
    if (!p || !box || !queued)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no pipeline, box or count");
    return enqueue(p, box, NULL, at_pipeline_box_n_documents(box), args, queued, err);
}

/* ---- work ---- */

/* What --enqueue saved of the box, for workers: each document's details by its absolute source, and duplicates. */
typedef struct {
    JsonArray *documents;       /* as saved: every document of the box in its order */
    at_pipeline_document *meta; /* one per document, its strings owned by `documents` */
    GHashTable *by_source;      /* absolute source -> at_pipeline_document* */
    GHashTable *replaces;       /* absolute source -> the package made of it before, to be replaced */
    JsonObject *duplicates;     /* source -> the source packaged for it */
    GHashTable *duplicates_of;  /* source packaged -> GPtrArray of its duplicates' sources (in `duplicates`) */
} saved_box;

static const char *member(JsonObject *o, const char *name)
{
    return json_object_get_string_member_with_default(o, name, NULL);
}

static void saved_box_load(saved_box *b, const char *outdir)
{
    b->documents = load_documents(outdir);
    guint n = json_array_get_length(b->documents);
    b->meta = g_new0(at_pipeline_document, n ? n : 1);
    b->by_source = g_hash_table_new(g_str_hash, g_str_equal);
    b->replaces = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < n; i++) {
        JsonObject *o = json_array_get_object_element(b->documents, i);
        const char *source = o ? member(o, "source") : NULL;
        if (!source || !member(o, "given"))
            continue;
        b->meta[i] = (at_pipeline_document){ .id = member(o, "given"), .title = member(o, "title"),
                                             .date = member(o, "date"), .reference = member(o, "diarienummer"),
                                             .series = member(o, "series") };
        g_hash_table_insert(b->by_source, (char *)source, &b->meta[i]);
        if (member(o, "replaces"))
            g_hash_table_insert(b->replaces, (char *)source, (char *)member(o, "replaces"));
    }
    b->duplicates = load_box_part(outdir, DUPLICATES_FILE);
    b->duplicates_of = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
    GList *names = json_object_get_members(b->duplicates);
    for (GList *l = names; l; l = l->next) {
        const char *same = json_object_get_string_member(b->duplicates, l->data);
        GPtrArray *list = g_hash_table_lookup(b->duplicates_of, same);
        if (!list)
            g_hash_table_insert(b->duplicates_of, (char *)same, list = g_ptr_array_new());
        g_ptr_array_add(list, l->data);
    }
    g_list_free(names);
}

static void saved_box_clear(saved_box *b)
{
    g_hash_table_destroy(b->duplicates_of);
    json_object_unref(b->duplicates);
    g_hash_table_destroy(b->by_source);
    g_hash_table_destroy(b->replaces);
    g_free(b->meta);
    json_array_unref(b->documents);
}

/* A document as the archivist gave it: the reports and messages name it so, as a single run does. */
static const char *given_name(const at_pipeline_doc *d)
{
    return d->meta && d->meta->id ? d->meta->id : d->source;
}

typedef struct {
    at_pipeline *p;
    int lease;
    GMutex lock;          /* guards what follows */
    GCond stop_cond;
    bool stopping;        /* the heartbeat ends */
    at_error fatal;       /* the first error that stopped a thread (journal unreachable) */
    GArray *docs;         /* at_pipeline_doc: what this worker did */
    saved_box box;
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

/* An error naming one of the document's files names it as the archivist gave it, as a single run's does. */
static void name_as_given(at_error *err, const at_pipeline_doc *d)
{
    if (!d->meta || !d->meta->id || !err->file[0])
        return;
    char **absolute = at_pipeline_source_files(d->source), **given = at_pipeline_source_files(d->meta->id);
    for (size_t i = 0; absolute[i] && given[i]; i++)
        if (strcmp(err->file, absolute[i]) == 0) {
            g_strlcpy(err->file, given[i], sizeof err->file);
            break;
        }
    g_strfreev(absolute);
    g_strfreev(given);
}

/* Package one claimed document (as a single run would) and end the claim. */
static void work_on(worker *w, const at_journal_claim *c)
{
    at_pipeline *p = w->p;
    gint64 t0 = g_get_monotonic_time();
    at_pipeline_doc d = { .source = g_strdup(c->source), .entry = { .confidence = -1 } };
    d.meta = g_hash_table_lookup(w->box.by_source, c->source);        /* the manifest's title, date … */
    d.duplicates = g_hash_table_lookup(w->box.duplicates_of, c->source); /* its package names them too */
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
    if (rc < 0)
        name_as_given(&err, &d);
    at_pipeline_outcome(&d, rc, &err);
    at_error jerr = AT_ERROR_INIT;
    bool kept = false;
    if (d.entry.state == AT_JOURNAL_DONE)
        at_pipeline_remove_renamed(p->opts.outdir, g_hash_table_lookup(w->box.replaces, c->source), d.entry.package);
    if (at_journal_finish(p->journal, c, &d.entry, &kept, &jerr) < 0)
        at_pipeline_warn(p, c->source, &jerr);
    else if (!kept)
        d.skipped = true; /* another worker took it over meanwhile; its package has the same bytes */
    d.seconds = (double)(g_get_monotonic_time() - t0) / 1e6;
    bool failed = d.entry.state != AT_JOURNAL_DONE;
    g_mutex_lock(&p->lock);
    p->docs_done++;
    p->failed += failed;
    at_pipeline_emit(p, AT_PIPELINE_DOCUMENT_DONE, given_name(&d),
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

/* SIGINT or SIGTERM (options.stop): claim nothing more; the documents held are finished. */
static bool asked_to_stop(const at_pipeline *p)
{
    return p->opts.stop && *p->opts.stop;
}

/* Claim and work until nothing is left (or asked to stop); while others still hold documents, wait to take
 * over theirs. */
static gpointer work_thread(gpointer data)
{
    worker *w = data;
    /* A finish wakes the wait at once (PostgreSQL); a dead worker's claim is noticed within this. */
    int poll_ms = (int)CLAMP(w->lease * 250L, 200L, 2000L);
    while (!failed_already(w) && !asked_to_stop(w->p)) {
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

static void docs_free(at_pipeline_doc *docs, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        g_free((char *)docs[i].source);
        at_journal_entry_clear(&docs[i].entry);
        if (docs[i].facts)
            json_object_unref(docs[i].facts);
    }
}

/* One document of the report: one the journal lists, or a duplicate of one (its absolute source). */
typedef struct {
    at_pipeline_doc *listed;
    const char *duplicate;
} slot;

/* A duplicate's slot, when the document packaged for it is in the journal (else nothing reports it). */
static void add_duplicate(GArray *slots, const saved_box *b, GHashTable *journal, const char *source)
{
    if (g_hash_table_contains(journal, json_object_get_string_member(b->duplicates, source)))
        g_array_append_val(slots, ((slot){ NULL, source }));
}

/* The slots of the report in the box's order, each duplicate in its place; what the saved box does not name
 * (enqueued by an earlier version) after them. `index` maps a listed document's source to its slot. */
static GArray *report_slots(GArray *listed, const saved_box *b, GHashTable *index)
{
    GHashTable *journal = g_hash_table_new(g_str_hash, g_str_equal);
    GHashTable *placed = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < listed->len; i++)
        g_hash_table_insert(journal, (char *)g_array_index(listed, at_pipeline_doc, i).source,
                            &g_array_index(listed, at_pipeline_doc, i));
    GArray *slots = g_array_new(FALSE, TRUE, sizeof(slot));
    for (guint i = 0; i < json_array_get_length(b->documents); i++) {
        JsonObject *o = json_array_get_object_element(b->documents, i);
        const char *source = o ? member(o, "source") : NULL;
        if (!source || g_hash_table_contains(placed, source))
            continue;
        g_hash_table_add(placed, (char *)source);
        if (json_object_has_member(b->duplicates, source)) {
            add_duplicate(slots, b, journal, source);
        } else if (g_hash_table_contains(journal, source)) {
            g_hash_table_insert(index, (char *)source, GUINT_TO_POINTER(slots->len));
            g_array_append_val(slots, ((slot){ g_hash_table_lookup(journal, source), NULL }));
        }
    }
    for (guint i = 0; i < listed->len; i++) {
        at_pipeline_doc *d = &g_array_index(listed, at_pipeline_doc, i);
        if (!g_hash_table_contains(index, d->source) && !g_hash_table_contains(placed, d->source)) {
            g_hash_table_insert(index, (char *)d->source, GUINT_TO_POINTER(slots->len));
            g_array_append_val(slots, ((slot){ d, NULL }));
        }
    }
    GList *duplicates = json_object_get_members(b->duplicates);
    for (GList *l = duplicates; l; l = l->next)
        if (!g_hash_table_contains(placed, l->data))
            add_duplicate(slots, b, journal, l->data);
    g_list_free(duplicates);
    g_hash_table_destroy(placed);
    g_hash_table_destroy(journal);
    return slots;
}

/* The documents the journal lists (moved out of `listed`, which keeps those not reported) and their duplicates,
 * as a single run reports them: in the box's order, named as the archivist gave them, with the manifest's
 * details. `*n` counts them. */
static at_pipeline_doc *in_box_order(GArray *listed, const saved_box *b, size_t *n)
{
    GHashTable *index = g_hash_table_new(g_str_hash, g_str_equal);
    GArray *slots = report_slots(listed, b, index);
    at_pipeline_doc *docs = g_new0(at_pipeline_doc, slots->len ? slots->len : 1);
    *n = slots->len;
    for (guint i = 0; i < slots->len; i++) {
        const slot *s = &g_array_index(slots, slot, i);
        at_pipeline_doc *d = &docs[i];
        if (s->listed) {
            *d = *s->listed;
            *s->listed = (at_pipeline_doc){ 0 }; /* moved */
            d->meta = g_hash_table_lookup(b->by_source, d->source);
            continue;
        }
        const char *first = json_object_get_string_member(b->duplicates, s->duplicate);
        at_pipeline_doc *f = &docs[GPOINTER_TO_UINT(g_hash_table_lookup(index, first))];
        *d = (at_pipeline_doc){ .source = g_strdup(s->duplicate), .same_as = f,
                                .meta = g_hash_table_lookup(b->by_source, s->duplicate),
                                .entry = { .confidence = -1 } };
    }
    /* Duplicates point to documents placed anywhere in the order: their state is copied once all are in. */
    for (size_t i = 0; i < *n; i++) {
        at_pipeline_doc *d = &docs[i], *f = (at_pipeline_doc *)d->same_as;
        if (!f)
            continue;
        d->not_started = f->not_started;
        d->entry.state = f->entry.state;
        d->entry.package = g_strdup(f->entry.package);
        g_strlcpy(d->sha256, f->sha256, sizeof d->sha256); /* the same content */
        if (!f->duplicates)
            f->duplicates = g_ptr_array_new();
        g_ptr_array_add(f->duplicates, (char *)given_name(d));
    }
    g_array_free(slots, TRUE);
    g_hash_table_destroy(index);
    return docs;
}

/* The worker that finds the batch complete reports on all of it and clears what dead workers left behind. */
static int finish_batch(at_pipeline *p, const saved_box *b, at_pipeline_summary *summary, at_error *err)
{
    at_journal_counts c;
    int rc = at_journal_counts_get(p->journal, 0, &c, err);
    if (rc < 0 || c.queued || c.running)
        return rc;
    GArray *listed = g_array_new(FALSE, TRUE, sizeof(at_pipeline_doc));
    collection coll = { p, listed };
    rc = at_journal_list(p->journal, collect, &coll, err);
    size_t n = 0;
    at_pipeline_doc *docs = rc == 0 ? in_box_order(listed, b, &n) : NULL;
    JsonObject *skipped = load_box_part(p->opts.outdir, SKIPPED_FILE);
    at_pipeline_box *box = at_pipeline_box_of_skipped(skipped);
    if (rc == 0)
        rc = at_pipeline_write_reports(p, docs, n, box, &summary->stale, err);
    if (rc == 0) { /* the worker exits as a single run of the whole batch would */
        at_pipeline_summary whole;
        at_pipeline_summarise(p, docs, n, &whole);
        summary->batch_failed = whole.failed;
        summary->batch_skipped = at_pipeline_box_n_skipped(box);
    }
    at_pipeline_box_free(box);
    for (size_t i = 0; i < n; i++)
        if (docs[i].duplicates)
            g_ptr_array_free(docs[i].duplicates, TRUE);
    docs_free(docs, n);
    g_free(docs);
    docs_free((at_pipeline_doc *)(void *)listed->data, listed->len);
    g_array_free(listed, TRUE);
    json_object_unref(skipped);
    if (rc == 0)
        at_pipeline_clean_leftovers(p->opts.outdir, false);
    summary->reported = rc == 0;
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
    saved_box_load(&w.box, p->opts.outdir);
    p->start = g_get_monotonic_time();
    p->docs = c.queued + c.running;
    p->docs_done = p->failed = p->pages_done = 0;
    run_threads(&w, p->opts.jobs > 0 ? p->opts.jobs : (int)g_get_num_processors());
    at_pipeline_summarise(p, (at_pipeline_doc *)(void *)w.docs->data, w.docs->len, summary);
    if (w.fatal.code != AT_OK) {
        *err = w.fatal;
        rc = w.fatal.code;
    } else {
        rc = finish_batch(p, &w.box, summary, err);
    }
    docs_free((at_pipeline_doc *)(void *)w.docs->data, w.docs->len); /* their duplicates are w.box's */
    g_array_free(w.docs, TRUE);
    saved_box_clear(&w.box);
    g_cond_clear(&w.stop_cond);
    g_mutex_clear(&w.lock);
    return rc;
}
