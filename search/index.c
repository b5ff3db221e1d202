/* The index front: one lock, the analyzer, queries parsed and hits finished here; storage in a backend.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "search/search_private.h"

#include <string.h>

struct at_index {
    GMutex lock;
    at_analyzer *analyzer;
    const at_index_backend *backend;
    void *self;
};

struct at_search_results {
    GArray *found;  /* at_backend_hit */
    GArray *hits;   /* at_search_hit, pointing into found */
    GPtrArray *owned;
};

void at_backend_hit_clear(at_backend_hit *h)
{
    g_free(h->package);
    g_free(h->document);
    g_free(h->title);
    g_free(h->location);
    at_stored_text_clear(&h->text);
    memset(h, 0, sizeof *h);
}

static const at_module_spec pg_spec = { "PostgreSQL", "ARKIVTEXT_PG_MODULE", AT_PG_MODULE_BUILD_PATH,
                                        AT_INDEX_PG_ENTRY, AT_INDEX_PG_ABI };

static const at_module_spec sqlite_spec = { "SQLite", "ARKIVTEXT_SQLITE_MODULE", AT_SQLITE_MODULE_BUILD_PATH,
                                            AT_INDEX_SQLITE_ENTRY, AT_INDEX_SQLITE_ABI };

/* A backend into *out, from its module (loaded on first use). */
static int module_backend(GOnce *once, const at_module_spec *spec, const at_index_backend **out, at_error *err)
{
    const at_module_table *m = at_module_load(once, spec);
    *out = m->table;
    return m->table ? 0 : at_error_set(err, AT_EDEPEND, AT_STAGE_SEARCH, NULL, "%s", m->error);
}

/* "scheme://..." names a backend; anything else is a file for SQLite. */
static int backend_for(const char *location, const at_index_backend **out, at_error *err)
{
    const char *scheme = strstr(location, "://");
    static GOnce sqlite_once = G_ONCE_INIT, pg_once = G_ONCE_INIT;
    *out = NULL;
    if (!scheme)
        return module_backend(&sqlite_once, &sqlite_spec, out, err);
    if (g_str_has_prefix(location, "postgresql://") || g_str_has_prefix(location, "postgres://"))
        return module_backend(&pg_once, &pg_spec, out, err);
    return at_error_set(err, AT_EINVAL, AT_STAGE_SEARCH, location,
                        "no index backend for '%.*s' in this arkivtext (SQLite files and postgresql://)",
                        (int)(scheme - location), location);
}

int at_index_open(at_index **out, const char *location, const at_index_options *opts, at_error *err)
{
    *out = NULL;
    at_index_options defaults = AT_INDEX_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    const at_index_backend *backend = NULL;
    int found = backend_for(location, &backend, err);
    if (found < 0)
        return found;
    at_index *ix = g_new0(at_index, 1);
    g_mutex_init(&ix->lock);
    ix->backend = backend;
    ix->analyzer = at_analyzer_new(opts->dict);
    int rc = ix->analyzer ? backend->open(&ix->self, location, ix->analyzer, opts->create, err)
                          : at_error_set(err, AT_EDEPEND, AT_STAGE_SEARCH, NULL, "no Swedish Snowball stemmer");
    if (rc < 0) {
        at_index_close(ix);
        return rc;
    }
    *out = ix;
    return 0;
}

void at_index_close(at_index *ix)
{
    if (!ix)
        return;
    if (ix->self)
        ix->backend->close(ix->self);
    at_analyzer_free(ix->analyzer);
    g_mutex_clear(&ix->lock);
    g_free(ix);
}

int at_index_begin(at_index *ix, at_error *err)
{
    g_mutex_lock(&ix->lock);
    int rc = ix->backend->begin(ix->self, err);
    g_mutex_unlock(&ix->lock);
    return rc;
}

int at_index_commit(at_index *ix, at_error *err)
{
    g_mutex_lock(&ix->lock);
    int rc = ix->backend->commit(ix->self, err);
    g_mutex_unlock(&ix->lock);
    return rc;
}

int at_index_put(at_index *ix, const at_index_doc *doc, at_error *err)
{
    g_mutex_lock(&ix->lock);
    int rc = ix->backend->put(ix->self, doc, err);
    g_mutex_unlock(&ix->lock);
    return rc;
}

int at_index_put_package(at_index *ix, const char *path, at_error *err)
{
    at_package *p = NULL;
    at_index_doc *d = NULL;
    int rc = at_package_open(path, &p, err);
    if (rc == 0)
        rc = at_index_doc_from_package(p, &d, err);
    if (rc == 0)
        rc = at_index_put(ix, d, err);
    at_index_doc_free(d);
    at_package_close(p);
    return rc;
}

int at_index_remove(at_index *ix, const char *package, at_error *err)
{
    g_mutex_lock(&ix->lock);
    int rc = ix->backend->remove(ix->self, package, err);
    g_mutex_unlock(&ix->lock);
    return rc;
}

int at_index_count(at_index *ix, size_t *documents, size_t *pages, at_error *err)
{
    g_mutex_lock(&ix->lock);
    int rc = ix->backend->count(ix->self, documents, pages, err);
    g_mutex_unlock(&ix->lock);
    return rc;
}

/* ---- finishing hits ---- */

static gint by_number(gconstpointer a, gconstpointer b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static void finish(const at_query *q, at_search_results *r)
{
    for (guint i = 0; i < r->found->len; i++) {
        const at_backend_hit *h = &g_array_index(r->found, at_backend_hit, i);
        GArray *lines = g_array_new(FALSE, FALSE, sizeof(uint32_t));
        GString *snippet = g_string_new(NULL);
        int page = 1;
        at_snippet_make(q, &h->text, h->field_page, h->field_first, h->field_last, &page, lines, snippet);
        g_array_sort(lines, by_number);
        for (guint k = 1; k < lines->len;) /* ascending, each once */
            if (g_array_index(lines, uint32_t, k) == g_array_index(lines, uint32_t, k - 1))
                g_array_remove_index(lines, k);
            else
                k++;
        at_search_hit hit = { h->package, h->document, h->title, h->location, page, NULL, lines->len, h->score,
                              snippet->str };
        hit.lines = (const uint32_t *)(void *)lines->data;
        g_ptr_array_add(r->owned, g_array_free(lines, FALSE));
        g_ptr_array_add(r->owned, g_string_free(snippet, FALSE));
        g_array_append_val(r->hits, hit);
    }
}

/* The best `limit` documents for `q`, best first, as at_backend_hit in `hits`. */
static int search_backend(at_index *ix, at_query *q, size_t limit, GArray *hits, at_error *err)
{
    const at_index_backend *b = ix->backend;
    if (q->words->len > AT_MAX_QUERY_WORDS)
        return at_error_set(err, AT_ESYNTAX, AT_STAGE_SEARCH, NULL, "too many words in the query (at most %d)",
                            AT_MAX_QUERY_WORDS);
    int rc = b->expand(ix->self, q, err);
    bool every_word = true, every_own = true, compound = false;
    for (guint i = 0; i < q->words->len; i++) {
        const at_query_word *w = &g_array_index(q->words, at_query_word, i);
        every_word &= w->terms->len > 0 || w->pieces->len > 0;
        every_own &= w->terms->len > 0;
        compound |= w->pieces->len > 0;
    }
    GArray *found = g_array_new(FALSE, FALSE, sizeof(at_candidate));
    if (rc == 0 && q->words->len) {
        /* Documents with every word first; when they are too few, those with most of them. Those with every word
         * in a form of its own go before those with a compound query word only in its pieces, and are scored
         * first by themselves: common parts ("sam", "plan") match nearly every document. */
        if (every_own)
            rc = b->match(ix->self, q, true, true, limit, found, err);
        if (rc == 0 && found->len < limit && every_word && compound)
            rc = b->match(ix->self, q, true, false, limit, found, err);
        if (rc == 0 && found->len < limit && q->words->len > 1)
            rc = b->match(ix->self, q, false, false, limit, found, err);
    } else if (rc == 0) {
        rc = b->fields(ix->self, q, limit, found, err);
    }
    for (guint i = 0; rc == 0 && i < found->len; i++) {
        at_backend_hit h = { 0 };
        rc = b->fetch(ix->self, &g_array_index(found, at_candidate, i), &h, err);
        if (rc == 0)
            g_array_append_val(hits, h);
        else
            at_backend_hit_clear(&h);
    }
    g_array_free(found, TRUE);
    return rc;
}

int at_index_search(at_index *ix, const char *query, const at_search_options *opts, at_search_results **out,
                    at_error *err)
{
    *out = NULL;
    at_search_options defaults = AT_SEARCH_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    g_mutex_lock(&ix->lock);
    at_query *q = NULL;
    int rc = at_query_parse(ix->analyzer, query, &q, err);
    at_search_results *r = g_new0(at_search_results, 1);
    r->found = g_array_new(FALSE, TRUE, sizeof(at_backend_hit));
    r->hits = g_array_new(FALSE, TRUE, sizeof(at_search_hit));
    r->owned = g_ptr_array_new_with_free_func(g_free);
    if (rc == 0)
        rc = search_backend(ix, q, opts->limit ? opts->limit : 10, r->found, err);
    if (rc == 0)
        finish(q, r);
    g_mutex_unlock(&ix->lock);
    at_query_free(q);
    if (rc < 0) {
        at_search_results_free(r);
        return rc;
    }
    *out = r;
    return 0;
}

size_t at_search_results_count(const at_search_results *r)
{
    return r->hits->len;
}

const at_search_hit *at_search_results_hit(const at_search_results *r, size_t index)
{
    return index < r->hits->len ? &g_array_index(r->hits, at_search_hit, index) : NULL;
}

void at_search_results_free(at_search_results *r)
{
    if (!r)
        return;
    for (guint i = 0; i < r->found->len; i++)
        at_backend_hit_clear(&g_array_index(r->found, at_backend_hit, i));
    g_array_free(r->found, TRUE);
    g_array_free(r->hits, TRUE);
    g_ptr_array_free(r->owned, TRUE);
    g_free(r);
}
