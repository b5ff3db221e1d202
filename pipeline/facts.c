/* What the report says of a packaged document, kept beside the packages so that a later run (a resumed one
 * too) reports documents done before as fully as those done now.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * OUTDIR/.arkivtext/PACKAGE.json is written after the package is in place and
 * before the journal marks the document done: a document marked done always
 * has its facts.
 */
#include "arkivtext/io.h"
#include "pipeline/pipeline_private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#define STATE_DIR ".arkivtext"

char *at_pipeline_state_dir(const char *outdir)
{
    return g_build_filename(outdir, STATE_DIR, NULL);
}

static const char *metadata_text(const at_record *rec, const char *name)
{
    const at_rnode *meta = at_rnode_find(at_record_root(rec), "metadata");
    const at_rnode *n = meta ? at_rnode_find(meta, name) : NULL;
    return n ? at_rnode_text(n) : NULL;
}

static void set_text(JsonObject *o, const char *name, const char *value)
{
    if (value && *value)
        json_object_set_string_member(o, name, value);
}

/* The record's dates as "type value" ("decided 2020-12-10"), and its first organisation. */
static void add_record_facts(JsonObject *o, const at_record *rec)
{
    set_text(o, "title", metadata_text(rec, "title"));
    set_text(o, "kind", at_record_kind(rec));
    set_text(o, "diarienummer", metadata_text(rec, "diarienummer"));
    const at_rnode *meta = at_rnode_find(at_record_root(rec), "metadata");
    const at_rnode *orgs = meta ? at_rnode_find(meta, "organisations") : NULL;
    if (orgs && at_rnode_n_children(orgs))
        set_text(o, "organisation", at_rnode_text(at_rnode_child(orgs, 0)));
    const at_rnode *dates = meta ? at_rnode_find(meta, "dates") : NULL;
    JsonArray *list = json_array_new();
    for (size_t i = 0; dates && i < at_rnode_n_children(dates); i++) {
        const at_rnode *d = at_rnode_child(dates, i);
        const char *type = at_rnode_attr(d, "type"), *value = at_rnode_attr(d, "value");
        if (!value)
            continue;
        char *text = type ? g_strdup_printf("%s %s", type, value) : g_strdup(value);
        json_array_add_string_element(list, text);
        g_free(text);
    }
    json_object_set_array_member(o, "dates", list);
    JsonArray *warnings = json_array_new();
    const at_rnode *w = at_rnode_find(at_record_root(rec), "warnings");
    for (size_t i = 0; w && i < at_rnode_n_children(w); i++)
        json_array_add_string_element(warnings, at_rnode_text(at_rnode_child(w, i)));
    json_object_set_array_member(o, "warnings", warnings);
}

/* Mean and lowest page confidence over the pages that have one (OCR'd pages). */
static void add_confidence(JsonObject *o, const at_doc *doc)
{
    double sum = 0, lowest = 2;
    size_t n = 0, lowest_page = 0;
    for (size_t i = 0; i < at_doc_n_pages(doc); i++) {
        at_page_view pv;
        at_doc_page(doc, i, &pv);
        if (pv.confidence < 0)
            continue;
        sum += pv.confidence, n++;
        if (pv.confidence < lowest)
            lowest = pv.confidence, lowest_page = i + 1;
    }
    if (!n)
        return;
    json_object_set_double_member(o, "mean_confidence", sum / (double)n);
    json_object_set_double_member(o, "lowest_confidence", lowest);
    json_object_set_int_member(o, "lowest_confidence_page", (gint64)lowest_page);
}

JsonObject *at_pipeline_facts_new(const at_doc *doc, const at_record *rec, size_t words_changed)
{
    JsonObject *o = json_object_new();
    add_record_facts(o, rec);
    /* The document's own warnings (a page OCR could not read …) before the record's. */
    JsonArray *warnings = json_object_get_array_member(o, "warnings");
    const char *const *w = at_doc_warnings(doc);
    for (size_t i = 0; w && w[i]; i++)
        json_array_add_string_element(warnings, w[i]);
    if (at_doc_n_words(doc) == 0)
        json_array_add_string_element(warnings, "no text: the document has no words");
    json_object_set_int_member(o, "pages", (gint64)at_doc_n_pages(doc));
    json_object_set_int_member(o, "words", (gint64)at_doc_n_words(doc));
    json_object_set_int_member(o, "words_changed", (gint64)words_changed);
    add_confidence(o, doc);
    return o;
}

/* What the manifest gave a document (title, date, diarienummer, series) as one string; "" when nothing. */
static char *given_of(const at_pipeline_document *m)
{
    if (!m || !(m->title || m->date || m->reference || m->series))
        return g_strdup("");
    return g_strjoin("\n", m->title ? m->title : "", m->date ? m->date : "", m->reference ? m->reference : "",
                     m->series ? m->series : "", NULL);
}

#define GIVEN_MEMBER "manifest"

void at_pipeline_facts_set_given(JsonObject *facts, const at_pipeline_document *meta)
{
    char *given = given_of(meta);
    if (*given)
        json_object_set_string_member(facts, GIVEN_MEMBER, given);
    g_free(given);
}

bool at_pipeline_facts_as_given(JsonObject *facts, const at_pipeline_document *meta)
{
    char *given = given_of(meta);
    const char *had = facts ? json_object_get_string_member_with_default(facts, GIVEN_MEMBER, "") : "";
    bool same = strcmp(given, had) == 0;
    g_free(given);
    return same;
}

size_t at_pipeline_facts_n_warnings(JsonObject *facts)
{
    JsonArray *w = facts && json_object_has_member(facts, "warnings") ? json_object_get_array_member(facts, "warnings")
                                                                       : NULL;
    return w ? json_array_get_length(w) : 0;
}

static char *facts_path(const char *outdir, const char *package)
{
    char *base = g_path_get_basename(package);
    char *name = g_strconcat(base, ".json", NULL);
    char *path = g_build_filename(outdir, STATE_DIR, name, NULL);
    g_free(name);
    g_free(base);
    return path;
}

void at_pipeline_facts_remove(const char *outdir, const char *package)
{
    char *path = facts_path(outdir, package);
    g_unlink(path);
    g_free(path);
}

int at_pipeline_facts_save(const char *outdir, const char *package, JsonObject *facts, at_error *err)
{
    char *dir = at_pipeline_state_dir(outdir);
    int rc = g_mkdir_with_parents(dir, 0755) == 0
                 ? 0
                 : at_error_set(err, AT_EIO, AT_STAGE_PIPELINE, dir, "cannot create folder: %s", g_strerror(errno));
    g_free(dir);
    if (rc < 0)
        return rc;
    JsonNode *root = json_node_init_object(json_node_alloc(), facts);
    char *text = json_to_string(root, TRUE);
    size_t len = strlen(text);
    char *path = facts_path(outdir, package);
    rc = at_atomic_write(path, text, len, AT_STAGE_PIPELINE, err);
    g_free(path);
    g_free(text);
    json_node_unref(root);
    return rc;
}

JsonObject *at_pipeline_facts_load(const char *outdir, const char *package)
{
    if (!package)
        return NULL;
    char *path = facts_path(outdir, package);
    JsonParser *parser = json_parser_new();
    JsonObject *o = NULL;
    if (json_parser_load_from_file(parser, path, NULL) && JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)))
        o = json_object_ref(json_node_get_object(json_parser_get_root(parser)));
    g_object_unref(parser);
    g_free(path);
    return o;
}

/* The journal entry whose package is `name` (a package folder's name), copied. */
typedef struct {
    const char *name;
    char *source;
    at_journal_entry entry;
} entry_search;

static bool find_package(const char *source, const at_journal_entry *e, void *data)
{
    entry_search *s = data;
    char *base = e->package ? g_path_get_basename(e->package) : NULL;
    bool found = base && strcmp(base, s->name) == 0;
    g_free(base);
    if (!found)
        return true;
    s->source = g_strdup(source);
    s->entry = *e;
    s->entry.package = g_strdup(e->package);
    s->entry.kind = g_strdup(e->kind);
    s->entry.error = g_strdup(e->error);
    return false;
}

int at_pipeline_package_updated(const at_pipeline_options *opts, const char *package, const at_doc *doc,
                                const at_record *rec, size_t words_changed, at_error *err)
{
    if (!opts || !opts->outdir || !package || !doc || !rec)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PIPELINE, NULL, "no output folder, package, document or record");
    at_journal *j = NULL;
    char *name = g_path_get_basename(package);
    entry_search s = { name, NULL, { 0 } };
    int rc = at_journal_open(opts->journal, opts->journal_location, opts->outdir, &j, err);
    if (rc == 0)
        rc = at_pipeline_journal_scope(j, opts->outdir, err);
    if (rc == 0)
        rc = at_journal_list(j, find_package, &s, err);
    if (rc == 0 && s.source) {
        JsonObject *facts = at_pipeline_facts_new(doc, rec, words_changed);
        JsonObject *before = at_pipeline_facts_load(opts->outdir, package);
        if (before && json_object_has_member(before, GIVEN_MEMBER)) /* still what the manifest gave */
            json_object_set_string_member(facts, GIVEN_MEMBER, json_object_get_string_member(before, GIVEN_MEMBER));
        if (before)
            json_object_unref(before);
        rc = at_pipeline_facts_save(opts->outdir, package, facts, err);
        g_free(s.entry.kind);
        s.entry.kind = g_strdup(at_record_kind(rec));
        s.entry.pages = (int)at_doc_n_pages(doc);
        s.entry.words = (long long)at_doc_n_words(doc);
        s.entry.words_changed = (long long)words_changed;
        if (rc == 0)
            rc = at_journal_put(j, s.source, &s.entry, err);
        json_object_unref(facts);
    }
    at_journal_entry_clear(&s.entry);
    g_free(s.source);
    g_free(name);
    at_journal_close(j);
    return rc;
}
