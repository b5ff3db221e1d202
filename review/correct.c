/* Applying an archivist's decisions to a package: the words set, the record extracted again, every
 * change logged and undoable, the package written again, validated and renamed into place.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/correct_private.h"

#include "arkivtext/doc.h"
#include "arkivtext/extract.h"
#include "arkivtext/ingest.h"
#include "arkivtext/io.h"
#include "arkivtext/pipeline.h"
#include "arkivtext/search.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#define MANUAL_RULE "manual"
#define ACCESS_COPY_QUALITY 50

typedef struct {
    at_package *pkg;
    at_doc *doc;
    GHashTable *ids;  /* ALTO String ID -> word index + 1 */
    JsonNode *log;
    JsonArray *changes; /* this session's */
} work;

static void work_clear(work *w)
{
    if (w->log)
        json_node_unref(w->log);
    if (w->changes)
        json_array_unref(w->changes);
    if (w->ids)
        g_hash_table_destroy(w->ids);
    at_doc_free(w->doc);
    at_package_close(w->pkg);
}

/* The String IDs the ALTO writer gave: p<page>_w<n>, counting the written words of each page. */
static void map_ids(work *w)
{
    w->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    size_t n_lines = at_doc_n_lines(w->doc), n = 0;
    uint32_t page = UINT32_MAX;
    for (size_t l = 0; l < n_lines; l++) {
        at_line_view lv;
        at_block_view bv;
        at_doc_line(w->doc, l, &lv);
        at_doc_block(w->doc, lv.block, &bv);
        n = bv.page == page ? n : 0;
        page = bv.page;
        for (size_t i = lv.first_word; i < (size_t)lv.first_word + lv.n_words; i++) {
            at_word_view v;
            at_doc_word(w->doc, i, &v);
            if (v.text_len)
                g_hash_table_insert(w->ids, g_strdup_printf("p%u_w%zu", page + 1, ++n), GSIZE_TO_POINTER(i + 1));
        }
    }
}

static int open_work(work *w, const char *package, at_error *err)
{
    int rc = at_package_open(package, &w->pkg, err);
    if (rc == 0)
        rc = at_package_read_doc(w->pkg, &w->doc, NULL, err);
    if (rc == 0 && !(w->log = at_corrections_read(package, at_package_objid(w->pkg), err)))
        rc = err->code;
    if (rc == 0) {
        map_ids(w);
        w->changes = json_array_new();
    }
    return rc;
}

static bool reads(const char *s, const char *text, size_t len)
{
    return strlen(s) == len && memcmp(s, text, len) == 0;
}

/* Set word `i` to `to` and log it; the original reading means no change, anything else a manual one. */
static void set_word(work *w, const char *id, size_t i, const char *to, const char *rule, const char *action)
{
    at_word_view v;
    at_doc_word(w->doc, i, &v);
    JsonObject *c = json_object_new();
    json_object_set_string_member(c, "word", id);
    json_object_set_string_member(c, "action", action);
    char *before = g_strndup(v.text, v.text_len);
    json_object_set_string_member(c, "before", before);
    if (v.rule)
        json_object_set_string_member(c, "before_rule", v.rule);
    else
        json_object_set_null_member(c, "before_rule");
    bool original = reads(to, v.raw, v.raw_len);
    const char *after_rule = original ? NULL : rule ? rule : MANUAL_RULE;
    json_object_set_string_member(c, "after", to);
    if (after_rule)
        json_object_set_string_member(c, "after_rule", after_rule);
    else
        json_object_set_null_member(c, "after_rule");
    json_array_add_object_element(w->changes, c);
    at_doc_set_text(w->doc, i, to, strlen(to), after_rule, original ? 0 : 1);
    g_free(before);
}

static size_t word_index(work *w, const char *id)
{
    return GPOINTER_TO_SIZE(g_hash_table_lookup(w->ids, id));
}

/* Check every decision before changing anything; count those already made. */
static int check_decisions(work *w, const at_decisions *d, const char *path, size_t *already, at_error *err)
{
    *already = 0;
    for (size_t k = 0; k < d->n; k++) {
        const at_decision *dec = &d->items[k];
        size_t i = word_index(w, dec->word);
        if (!i)
            return at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, path, "no word %s in package %s; nothing changed",
                                dec->word, d->package);
        at_word_view v;
        at_doc_word(w->doc, i - 1, &v);
        if (dec->reject && !reads(dec->to, v.raw, v.raw_len))
            return at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, path,
                                "%s: a rejected change goes back to the original reading '%.*s', not '%s'; nothing "
                                "changed", dec->word, (int)v.raw_len, v.raw, dec->to);
        if (reads(dec->to, v.text, v.text_len))
            (*already)++;
        else if (!reads(dec->from, v.text, v.text_len))
            return at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, path,
                                "package %s changed since the review: %s reads '%.*s', not '%s'; nothing changed",
                                d->package, dec->word, (int)v.text_len, v.text, dec->from);
    }
    return 0;
}

/* ---- writing the package again ---- */

static char *now(const at_correct_options *o)
{
    if (o && o->date)
        return g_strdup(o->date);
    const char *epoch = g_getenv("SOURCE_DATE_EPOCH");
    GDateTime *t = epoch ? g_date_time_new_from_unix_utc(g_ascii_strtoll(epoch, NULL, 10)) : g_date_time_new_now_utc();
    char *s = g_date_time_format(t, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(t);
    return s;
}

static xmlDoc *read_xml(const at_package *p, const char *rel)
{
    char *path = g_build_filename(at_package_path(p), rel, NULL);
    xmlDoc *x = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    g_free(path);
    return x;
}

static bool named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* What the package was made with and is kept: its creation time, submission agreement, dictionary and the
 * paths of its sources as the run found them (not the copies inside the package). */
typedef struct {
    char *created, *agreement, *dictionary;
    GPtrArray *sources; /* NULL-terminated */
} first_made;

static void first_made_clear(first_made *m)
{
    g_free(m->created);
    g_free(m->agreement);
    g_free(m->dictionary);
    if (m->sources)
        g_ptr_array_free(m->sources, TRUE);
}

static void find_dictionary(const xmlNode *n, first_made *m)
{
    static const char marker[] = "with dictionary ";
    for (; n && !m->dictionary; n = n->next) {
        if (named(n, "eventDetail")) {
            xmlChar *text = xmlNodeGetContent(n);
            const char *at = text ? strstr((const char *)text, marker) : NULL;
            if (at)
                m->dictionary = g_strdup(at + strlen(marker));
            xmlFree(text);
        }
        find_dictionary(n->children, m);
    }
}

static void read_first_made(const at_package *p, first_made *m)
{
    m->sources = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(m->sources, NULL);
    xmlDoc *mets = read_xml(p, "METS.xml");
    xmlNode *root = mets ? xmlDocGetRootElement(mets) : NULL;
    for (xmlNode *h = root ? root->children : NULL; h; h = h->next) {
        if (!named(h, "metsHdr"))
            continue;
        xmlChar *created = xmlGetProp(h, BAD_CAST "CREATEDATE");
        m->created = created ? g_strdup((const char *)created) : NULL;
        xmlFree(created);
        for (xmlNode *a = h->children; a; a = a->next) {
            xmlChar *type = named(a, "altRecordID") ? xmlGetProp(a, BAD_CAST "TYPE") : NULL;
            xmlChar *text = type ? xmlNodeGetContent(a) : NULL;
            if (text && strcmp((const char *)type, "SUBMISSIONAGREEMENT") == 0)
                m->agreement = g_strdup((const char *)text);
            else if (text && strcmp((const char *)type, "SOURCE") == 0)
                g_ptr_array_insert(m->sources, (gint)m->sources->len - 1, g_strdup((const char *)text));
            xmlFree(text);
            xmlFree(type);
        }
    }
    if (mets)
        xmlFreeDoc(mets);
    const char *premis_rel = at_package_file(p, AT_PACKAGE_PREMIS, 0);
    xmlDoc *premis = premis_rel ? read_xml(p, premis_rel) : NULL;
    if (premis) {
        find_dictionary(xmlDocGetRootElement(premis), m);
        xmlFreeDoc(premis);
    }
}

/* A package with an access copy keeps one: its pages drawn again from the originals at their own resolution. */
static int add_page_images(work *w, const char *const *originals, at_error *err)
{
    size_t file = 0;
    int last = 0;
    for (size_t page = 0; page < at_doc_n_pages(w->doc); page++) {
        at_page_view pv;
        at_doc_page(w->doc, page, &pv);
        if (last && pv.source_page <= last && originals[file + 1])
            file++;
        last = pv.source_page;
        if (pv.width <= 0)
            continue;
        unsigned char *jpeg = NULL;
        size_t len = 0;
        int width = 0, height = 0;
        if (at_page_render(originals[file], &pv, pv.dpi, ACCESS_COPY_QUALITY, &jpeg, &len, &width, &height, err) < 0)
            return err->code;
        at_page_image image = { AT_IMAGE_JPEG, width, height, pv.dpi, 1, jpeg, len };
        at_doc_set_page_image(w->doc, page, &image);
        g_free(jpeg);
    }
    return 0;
}

static size_t words_changed(const at_doc *doc)
{
    size_t n = 0;
    for (size_t i = 0; i < at_doc_n_words(doc); i++) {
        at_word_view v;
        at_doc_word(doc, i, &v);
        n += v.text_len != v.raw_len || memcmp(v.text, v.raw, v.text_len) != 0;
    }
    return n;
}

static int validate(const char *path, at_error *err)
{
    at_package_report *report = NULL;
    int rc = at_package_validate(path, NULL, &report, err);
    if (rc == 0 && !at_package_report_valid(report)) {
        const at_package_problem *first = NULL;
        for (size_t i = 0; i < at_package_report_count(report) && !first; i++)
            if (at_package_report_problem(report, i)->level == AT_LEVEL_ERROR)
                first = at_package_report_problem(report, i);
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_REVIEW, path, "the corrected package would not be valid (%s %s: %s)",
                          first ? first->requirement : "?", first ? first->file : "", first ? first->message : "");
    }
    at_package_report_free(report);
    return rc;
}

/* The journal that made the packages of `dir`, as `o` names it or the folder keeps it; NULL when none. */
static char *journal_of(const char *dir, const at_correct_options *o)
{
    if (o && o->version >= 2 && o->journal)
        return g_strdup(o->journal);
    at_pipeline_batch b;
    at_error ignored = AT_ERROR_INIT;
    char *found = NULL;
    if (at_pipeline_batch_read(dir, &b, &ignored) == 0) {
        found = b.journal ? g_strdup(b.journal) : g_build_filename(dir, "journal.sqlite", NULL);
        at_pipeline_batch_clear(&b);
    } else {
        found = g_build_filename(dir, "journal.sqlite", NULL);
    }
    if (at_pipeline_journal_backend(found) == AT_JOURNAL_SQLITE && !g_file_test(found, G_FILE_TEST_IS_REGULAR)) {
        g_free(found);
        found = NULL;
    }
    return found;
}

/* The journal's entry and the facts the reports read, as the package now is. */
static int update_journal(const work *w, const at_record *rec, const at_correct_options *o, at_error *err)
{
    char *dir = g_path_get_dirname(at_package_path(w->pkg));
    char *journal = journal_of(dir, o);
    int rc = 0;
    if (journal) {
        at_pipeline_options po = AT_PIPELINE_OPTIONS_INIT;
        po.outdir = dir;
        po.journal = at_pipeline_journal_backend(journal);
        po.journal_location = journal;
        rc = at_pipeline_package_updated(&po, at_package_path(w->pkg), w->doc, rec, words_changed(w->doc), err);
    }
    g_free(journal);
    g_free(dir);
    return rc;
}

/* Write the package of `w` beside the old one, validate it, and put it in the old one's place. */
static int write_package(work *w, const char *const *originals, const first_made *m, const char *date,
                         const at_correct_options *o, at_error *err)
{
    char *access = g_build_filename(at_package_path(w->pkg), "representations", "rep2", NULL);
    bool access_copy = g_file_test(access, G_FILE_TEST_IS_DIR);
    g_free(access);
    at_record *rec = NULL;
    at_extract_options xo = AT_EXTRACT_OPTIONS_INIT;
    char *source = g_path_get_basename(originals[0]);
    xo.source = source;
    int rc = access_copy ? add_page_images(w, originals, err) : 0;
    if (rc == 0)
        rc = at_extract(w->doc, &xo, &rec, err);
    GPtrArray *strings = g_ptr_array_new_with_free_func(g_free);
    size_t n_events = 0;
    at_package_event *events = at_corrections_events(w->log, &n_events, strings);
    char *log = at_corrections_text(w->log);
    /* The package keeps its name and ID (its LABEL as the title) even when a correction changes the title. */
    const char *label = at_package_label(w->pkg);
    const char *const *sources = m->sources->len > 1 ? (const char *const *)m->sources->pdata : NULL;
    at_package_content content = { originals, w->doc, rec, m->dictionary, words_changed(w->doc), events, n_events, log,
                                   label && *label ? label : NULL, sources };
    at_package_options po = AT_PACKAGE_OPTIONS_INIT;
    po.organisation = at_package_organisation(w->pkg);
    po.submission_agreement = m->agreement;
    po.created = m->created;
    po.modified = date;
    po.access_copy = access_copy;
    char *parent = g_path_get_dirname(at_package_path(w->pkg));
    char *tmp = g_build_filename(parent, ".correct.tmp-XXXXXX", NULL), *written = NULL;
    if (rc == 0 && !g_mkdtemp(tmp))
        rc = at_error_set(err, AT_EIO, AT_STAGE_REVIEW, parent, "cannot create a temporary folder: %s", g_strerror(errno));
    else if (rc == 0) {
        rc = at_package_write(&content, &po, tmp, &written, err);
        if (rc == 0)
            rc = validate(written, err);
        if (rc == 0)
            rc = at_review_move_into_place(written, at_package_path(w->pkg), err);
        at_remove_tree(tmp);
        if (rc == 0)
            rc = update_journal(w, rec, o, err);
    }
    g_free(written);
    g_free(tmp);
    g_free(parent);
    g_free(log);
    g_free(events);
    g_ptr_array_free(strings, TRUE);
    at_record_free(rec);
    g_free(source);
    return rc;
}

/* Log this session, write the package again and update the index. */
static int finish(work *w, const at_correct_options *o, const char *person, gint64 undoes, at_error *err)
{
    char *date = now(o);
    JsonObject *s = json_object_new();
    json_object_set_string_member(s, "date", date);
    json_object_set_string_member(s, "person", person);
    json_object_set_string_member(s, "reason", o && o->reason ? o->reason : undoes ? "undone" : "corrected after review");
    if (undoes)
        json_object_set_int_member(s, "undoes", undoes);
    json_object_set_array_member(s, "changes", json_array_ref(w->changes));
    json_array_add_object_element(at_corrections_sessions(w->log), s);
    size_t n = at_package_n_files(w->pkg, AT_PACKAGE_ORIGINAL);
    char **originals = g_new0(char *, n + 1);
    for (size_t i = 0; i < n; i++)
        originals[i] = g_build_filename(at_package_path(w->pkg), at_package_file(w->pkg, AT_PACKAGE_ORIGINAL, i), NULL);
    first_made m = { 0 };
    read_first_made(w->pkg, &m);
    int rc = write_package(w, (const char *const *)originals, &m, date, o, err);
    if (rc == 0 && o && o->index)
        rc = at_index_put_package(o->index, at_package_path(w->pkg), err);
    if (rc == 0)
        rc = at_review_update_document(at_package_path(w->pkg), err);
    first_made_clear(&m);
    g_strfreev(originals);
    g_free(date);
    return rc;
}

int at_correct_apply(const char *dir, const char *decisions, const at_correct_options *opts,
                     at_correct_result *result, at_error *err)
{
    *result = (at_correct_result){ { 0 }, 0, 0 };
    at_decisions d;
    work w = { 0 };
    int rc = at_decisions_read(decisions, &d, err);
    const char *person = opts && opts->person && *opts->person ? opts->person : d.reviewer;
    char *package = rc == 0 ? g_build_filename(dir, d.package, NULL) : NULL;
    if (rc == 0 && (strchr(d.package, '/') || d.package[0] == '.' || !g_file_test(package, G_FILE_TEST_IS_DIR)))
        rc = at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, decisions, "package %s is not in %s; nothing changed",
                          d.package, dir);
    if (rc == 0 && (!person || !*person))
        rc = at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, decisions, "no reviewer named (give --person); nothing changed");
    if (rc == 0)
        rc = open_work(&w, package, err);
    if (rc == 0 && strcmp(at_package_objid(w.pkg), d.package) != 0)
        rc = at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, decisions, "%s holds package %s, not %s; nothing changed",
                          package, at_package_objid(w.pkg), d.package);
    if (rc == 0) {
        g_strlcpy(result->package, d.package, sizeof result->package);
        rc = check_decisions(&w, &d, decisions, &result->already, err);
    }
    for (size_t k = 0; rc == 0 && k < d.n; k++) {
        size_t i = word_index(&w, d.items[k].word) - 1;
        size_t len;
        const char *text = at_doc_word_text(w.doc, i, &len);
        if (!reads(d.items[k].to, text, len)) {
            set_word(&w, d.items[k].word, i, d.items[k].to, NULL, d.items[k].reject ? "reject" : "correct");
            result->applied++;
        }
    }
    if (rc == 0 && result->applied)
        rc = finish(&w, opts, person, 0, err);
    work_clear(&w);
    g_free(package);
    at_decisions_clear(&d);
    return rc;
}

/* The latest session that is no undo and was not undone; 0 when none. */
static size_t last_undoable(JsonArray *sessions)
{
    size_t n = json_array_get_length(sessions);
    GHashTable *undone = g_hash_table_new(g_direct_hash, g_direct_equal);
    for (size_t i = 0; i < n; i++) {
        gint64 u = json_object_get_int_member_with_default(json_array_get_object_element(sessions, (guint)i), "undoes", 0);
        g_hash_table_add(undone, GSIZE_TO_POINTER((gsize)u));
    }
    size_t found = 0;
    for (size_t i = n; i > 0 && !found; i--) {
        JsonObject *s = json_array_get_object_element(sessions, (guint)(i - 1));
        if (!json_object_has_member(s, "undoes") && !g_hash_table_contains(undone, GSIZE_TO_POINTER(i)))
            found = i;
    }
    g_hash_table_destroy(undone);
    return found;
}

int at_correct_undo(const char *package, const at_correct_options *opts, at_correct_result *result, at_error *err)
{
    *result = (at_correct_result){ { 0 }, 0, 0 };
    work w = { 0 };
    int rc = open_work(&w, package, err);
    size_t session = rc == 0 ? last_undoable(at_corrections_sessions(w.log)) : 0;
    if (rc == 0)
        g_strlcpy(result->package, at_package_objid(w.pkg), sizeof result->package);
    JsonObject *s = session ? json_array_get_object_element(at_corrections_sessions(w.log), (guint)(session - 1)) : NULL;
    JsonArray *changes = s ? json_object_get_array_member(s, "changes") : NULL;
    size_t n = changes ? json_array_get_length(changes) : 0;
    /* Back in reverse order, each word only if it still reads what the session made it. */
    for (size_t k = n; rc == 0 && k > 0; k--) {
        JsonObject *c = json_array_get_object_element(changes, (guint)(k - 1));
        const char *id = json_object_get_string_member_with_default(c, "word", "");
        const char *after = json_object_get_string_member_with_default(c, "after", "");
        const char *before = json_object_get_string_member_with_default(c, "before", "");
        size_t i = word_index(&w, id), len = 0;
        const char *text = i ? at_doc_word_text(w.doc, i - 1, &len) : NULL;
        if (!text || !reads(after, text, len))
            rc = at_error_set(err, AT_EINVAL, AT_STAGE_REVIEW, package,
                              "cannot undo correction %zu: %s no longer reads '%s'; nothing changed", session, id, after);
        else {
            set_word(&w, id, i - 1, before, json_object_get_string_member_with_default(c, "before_rule", NULL), "undo");
            result->applied++;
        }
    }
    const char *person = opts && opts->person && *opts->person ? opts->person : g_get_user_name();
    if (rc == 0 && result->applied)
        rc = finish(&w, opts, person, (gint64)session, err);
    work_clear(&w);
    return rc;
}
