/* Reading a package back: what it holds (from its METS files) and its document (from its ALTO pages).
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The review pages, corrections and the search index all start here. The
 * package is found through its METS, never through file-name conventions
 * alone: the root METS names the record, PREMIS and the representations;
 * a representation's METS names its data files. The representation read is
 * the first one holding ALTO pages (NAME.pN.alto.xml); its other data files
 * are the originals, except the normalized text (NAME.normalized.txt).
 */
#include "arkivtext/alto.h"
#include "arkivtext/package.h"
#include "core/private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#define METS_NS "http://www.loc.gov/METS/"
#define XLINK_NS "http://www.w3.org/1999/xlink"

struct at_package {
    char *path;          /* the package folder */
    char *id;            /* mets/@OBJID */
    char *label;         /* mets/@LABEL, or "" */
    char *organisation;  /* the submitting organisation (metsHdr agent), or "" */
    char *record;        /* relative paths, or NULL */
    char *premis;
    char *text;
    char digest[65];     /* SHA-256 of the root METS.xml */
    GPtrArray *originals; /* char*, relative to the package root */
    GPtrArray *pages;     /* char*, ALTO files in page order */
};

static bool is_mets(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && strcmp((const char *)n->ns->href, METS_NS) == 0 &&
           strcmp((const char *)n->name, name) == 0;
}

static char *prop(const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, BAD_CAST name);
    char *s = v ? g_strdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

static char *href(const xmlNode *n)
{
    xmlChar *v = xmlGetNsProp(n, BAD_CAST "href", BAD_CAST XLINK_NS);
    char *s = v ? g_strdup((const char *)v) : NULL;
    xmlFree(v);
    return s;
}

/* Depth-first search for elements named `name`, calling `fn` on each. */
static void each(const xmlNode *n, const char *name, void (*fn)(const xmlNode *, void *), void *data)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (is_mets(c, name))
            fn(c, data);
        else if (c->children)
            each(c->children, name, fn, data);
    }
}

/* A relative href that stays inside the package ("a/../../x" does not). */
static bool safe_href(const char *h)
{
    if (!h || !*h || h[0] == '/' || strstr(h, "://") || g_str_has_prefix(h, "file:"))
        return false;
    char **parts = g_strsplit(h, "/", -1);
    bool ok = true;
    for (char **p = parts; *p && ok; p++)
        ok = strcmp(*p, "..") != 0;
    g_strfreev(parts);
    return ok;
}

static xmlDocPtr read_xml(const char *path, at_error *err)
{
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    xmlDocPtr doc = ctxt ? xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR |
                                                                 XML_PARSE_NOWARNING | XML_PARSE_NOCDATA)
                         : NULL;
    if (!doc) {
        const xmlError *e = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;
        char msg[300] = "cannot read";
        if (e && e->message) {
            g_strlcpy(msg, e->message, sizeof msg);
            g_strchomp(msg);
        }
        at_error_set(err, g_file_test(path, G_FILE_TEST_EXISTS) ? AT_EFORMAT : AT_EIO, AT_STAGE_PACKAGE, path,
                     "%s", g_file_test(path, G_FILE_TEST_EXISTS) ? msg : "no such file");
    }
    if (ctxt)
        xmlFreeParserCtxt(ctxt);
    return doc;
}

typedef struct {
    at_package *pkg;
    GPtrArray *reps; /* char*: representation METS hrefs */
} root_scan;

static void on_agent(const xmlNode *n, void *data)
{
    at_package *p = ((root_scan *)data)->pkg;
    char *type = prop(n, "TYPE");
    if (g_strcmp0(type, "ORGANIZATION") == 0 && !*p->organisation)
        for (const xmlNode *c = n->children; c; c = c->next)
            if (is_mets(c, "name")) {
                xmlChar *t = xmlNodeGetContent(c);
                g_free(p->organisation);
                p->organisation = g_strdup(t ? (const char *)t : "");
                xmlFree(t);
            }
    g_free(type);
}

static void on_mdref(const xmlNode *n, void *data)
{
    at_package *p = ((root_scan *)data)->pkg;
    char *h = href(n), *type = prop(n, "MDTYPE"), *other = prop(n, "OTHERMDTYPE");
    if (safe_href(h)) {
        if (g_strcmp0(type, "PREMIS") == 0 && !p->premis)
            p->premis = g_steal_pointer(&h);
        else if (other && g_str_has_prefix(other, "arkivtext-record") && !p->record)
            p->record = g_steal_pointer(&h);
    }
    g_free(h);
    g_free(type);
    g_free(other);
}

static void on_root_filegrp(const xmlNode *n, void *data)
{
    root_scan *s = data;
    char *use = prop(n, "USE");
    if (use && g_str_has_prefix(use, "Representations/"))
        for (const xmlNode *f = n->children; f; f = f->next)
            for (const xmlNode *l = is_mets(f, "file") ? f->children : NULL; l; l = l->next)
                if (is_mets(l, "FLocat")) {
                    char *h = href(l);
                    if (safe_href(h) && g_str_has_suffix(h, "METS.xml"))
                        g_ptr_array_add(s->reps, g_steal_pointer(&h));
                    g_free(h);
                }
    g_free(use);
}

/* NAME.pN.alto.xml -> N, else 0. */
static long alto_page(const char *name)
{
    if (!g_str_has_suffix(name, ".alto.xml"))
        return 0;
    const char *end = name + strlen(name) - strlen(".alto.xml"), *p = end;
    while (p > name && g_ascii_isdigit(p[-1]))
        p--;
    if (p == end || p - name < 2 || p[-1] != 'p' || p[-2] != '.')
        return 0;
    return strtol(p, NULL, 10);
}

typedef struct {
    const char *dir;       /* the representation's folder, relative to the package root */
    GPtrArray *data;       /* char*: its data files, relative to the package root */
} rep_scan;

static void on_rep_filegrp(const xmlNode *n, void *data)
{
    rep_scan *s = data;
    for (const xmlNode *f = n->children; f; f = f->next)
        for (const xmlNode *l = is_mets(f, "file") ? f->children : NULL; l; l = l->next)
            if (is_mets(l, "FLocat")) {
                char *h = href(l);
                if (safe_href(h))
                    g_ptr_array_add(s->data, *s->dir ? g_build_filename(s->dir, h, NULL) : g_strdup(h));
                g_free(h);
            }
}

static gint by_page(gconstpointer a, gconstpointer b)
{
    long x = alto_page(*(const char *const *)a), y = alto_page(*(const char *const *)b);
    return x < y ? -1 : x > y;
}

/* Read one representation's METS; keep its files when it holds ALTO pages. */
static int read_representation(at_package *p, const char *rep_href, at_error *err)
{
    char *path = g_build_filename(p->path, rep_href, NULL);
    xmlDocPtr doc = read_xml(path, err);
    g_free(path);
    if (!doc)
        return err->code;
    char *dir = g_path_get_dirname(rep_href);
    rep_scan s = { strcmp(dir, ".") == 0 ? "" : dir, g_ptr_array_new_with_free_func(g_free) };
    each(xmlDocGetRootElement(doc), "fileGrp", on_rep_filegrp, &s);
    xmlFreeDoc(doc);
    for (guint i = 0; i < s.data->len; i++) {
        char *f = g_ptr_array_index(s.data, i);
        if (alto_page(f) > 0)
            g_ptr_array_add(p->pages, g_strdup(f));
    }
    if (p->pages->len > 0)
        for (guint i = 0; i < s.data->len; i++) {
            char *f = g_ptr_array_index(s.data, i);
            if (alto_page(f) > 0)
                continue;
            if (g_str_has_suffix(f, ".normalized.txt") && !p->text)
                p->text = g_strdup(f);
            else
                g_ptr_array_add(p->originals, g_strdup(f));
        }
    g_ptr_array_sort(p->pages, by_page);
    g_ptr_array_free(s.data, TRUE);
    g_free(dir);
    return 0;
}

int at_package_open(const char *path, at_package **out, at_error *err)
{
    *out = NULL;
    if (!g_file_test(path, G_FILE_TEST_IS_DIR))
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "%s",
                            g_file_test(path, G_FILE_TEST_EXISTS) ? "not a package folder (archives are not read here)"
                                                                  : "no such package");
    at_package *p = g_new0(at_package, 1);
    p->path = g_strdup(path);
    p->label = g_strdup("");
    p->organisation = g_strdup("");
    p->originals = g_ptr_array_new_with_free_func(g_free);
    p->pages = g_ptr_array_new_with_free_func(g_free);
    char *mets = g_build_filename(path, "METS.xml", NULL);
    long long size;
    int rc = at_file_sha256(mets, p->digest, &size, err);
    xmlDocPtr doc = rc == 0 ? read_xml(mets, err) : NULL;
    if (rc == 0 && !doc)
        rc = err->code;
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (rc == 0 && (!root || !is_mets(root, "mets")))
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, mets, "not a METS document");
    root_scan s = { p, g_ptr_array_new_with_free_func(g_free) };
    if (rc == 0) {
        p->id = prop(root, "OBJID");
        char *label = prop(root, "LABEL");
        if (label) {
            g_free(p->label);
            p->label = label;
        }
        each(root, "agent", on_agent, &s);
        each(root, "mdRef", on_mdref, &s);
        each(root, "fileGrp", on_root_filegrp, &s);
        if (!p->id || !*p->id)
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, mets, "METS has no OBJID");
    }
    for (guint i = 0; rc == 0 && i < s.reps->len && p->pages->len == 0; i++)
        rc = read_representation(p, g_ptr_array_index(s.reps, i), err);
    if (rc == 0 && p->pages->len == 0)
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path, "no representation with ALTO pages");
    g_ptr_array_free(s.reps, TRUE);
    if (doc)
        xmlFreeDoc(doc);
    g_free(mets);
    if (rc < 0) {
        at_package_close(p);
        return rc;
    }
    *out = p;
    return 0;
}

void at_package_close(at_package *p)
{
    if (!p)
        return;
    g_free(p->path);
    g_free(p->id);
    g_free(p->label);
    g_free(p->organisation);
    g_free(p->record);
    g_free(p->premis);
    g_free(p->text);
    g_ptr_array_free(p->originals, TRUE);
    g_ptr_array_free(p->pages, TRUE);
    g_free(p);
}

const char *at_package_path(const at_package *p)
{
    return p->path;
}

const char *at_package_objid(const at_package *p)
{
    return p->id;
}

const char *at_package_label(const at_package *p)
{
    return p->label;
}

const char *at_package_organisation(const at_package *p)
{
    return p->organisation;
}

const char *at_package_digest(const at_package *p)
{
    return p->digest;
}

const char *at_package_file(const at_package *p, at_package_file_kind kind, size_t index)
{
    switch (kind) {
    case AT_PACKAGE_ORIGINAL:
        return index < p->originals->len ? g_ptr_array_index(p->originals, index) : NULL;
    case AT_PACKAGE_ALTO:
        return index < p->pages->len ? g_ptr_array_index(p->pages, index) : NULL;
    case AT_PACKAGE_RECORD:
        return index == 0 ? p->record : NULL;
    case AT_PACKAGE_PREMIS:
        return index == 0 ? p->premis : NULL;
    case AT_PACKAGE_TEXT:
        return index == 0 ? p->text : NULL;
    }
    return NULL;
}

size_t at_package_n_files(const at_package *p, at_package_file_kind kind)
{
    size_t n = 0;
    while (at_package_file(p, kind, n))
        n++;
    return n;
}

/* ---- the document ---- */

static int read_pages(const at_package *p, at_doc **out, at_error *err)
{
    at_doc *doc = NULL;
    int rc = 0;
    for (guint i = 0; rc == 0 && i < p->pages->len; i++) {
        char *path = g_build_filename(p->path, (const char *)g_ptr_array_index(p->pages, i), NULL);
        char *data = NULL;
        size_t len = 0;
        at_doc *page = NULL;
        rc = at_read_file(path, &data, &len, AT_STAGE_PACKAGE, err);
        if (rc == 0)
            rc = at_doc_from_alto(&page, path, data, len, err);
        if (rc == 0 && !doc) {
            doc = page;
            page = NULL;
        } else if (rc == 0) {
            at_doc_append(doc, page);
        }
        at_doc_free(page);
        g_free(data);
        g_free(path);
    }
    if (rc < 0) {
        at_doc_free(doc);
        return rc;
    }
    *out = doc;
    return 0;
}

/* Is the document a text file read as text (its lines counted in the file, not per page)? */
static bool from_text(const at_doc *doc)
{
    at_page_view pv;
    if (at_doc_n_pages(doc) != 1)
        return false;
    at_doc_page(doc, 0, &pv);
    return g_strcmp0(pv.engine, "text") == 0;
}

/* 1-based line of each byte offset's line in `s`: counts line feeds up to `offset`. */
static uint32_t line_at(const char *s, size_t len, long long offset, size_t *scan, uint32_t *line)
{
    while (*scan < len && (long long)*scan < offset) {
        if (s[*scan] == '\n')
            (*line)++;
        (*scan)++;
    }
    return *line;
}

/* The next source word from `*i` on (looking at most a few words ahead) whose raw reading is `w`'s. */
static bool find_word(const at_doc *src, size_t *i, const at_word_view *w, at_word_view *s)
{
    enum { LOOK_AHEAD = 8 }; /* words merged away in a row; a replaced byte must not derail the rest */
    size_t n = at_doc_n_words(src);
    for (size_t j = *i; j < n && j < *i + LOOK_AHEAD; j++) {
        at_doc_word(src, j, s);
        if (s->raw_len == w->raw_len && memcmp(s->raw, w->raw, w->raw_len) == 0) {
            *i = j + 1;
            return true;
        }
    }
    return false;
}

/*
 * Text documents: the record counts lines in the original file, the ALTO
 * only the lines with words. Read the original as run read it and pair its
 * words with the ALTO's (words merged away by the normalizer are not in the
 * ALTO), so every ALTO line gets the file line of its first paired word.
 */
static int text_lines(const at_package *p, const at_doc *doc, uint32_t *lines, at_error *err)
{
    const char *orig = at_package_file(p, AT_PACKAGE_ORIGINAL, 0);
    if (!orig)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, p->path, "text document without its original");
    char *path = g_build_filename(p->path, orig, NULL);
    char *data = NULL;
    size_t len = 0;
    at_doc *src = NULL;
    int rc = at_read_file(path, &data, &len, AT_STAGE_PACKAGE, err);
    char sep = rc == 0 ? at_csv_separator(orig, data, len) : '\0';
    if (sep) { /* read as the pipeline read it: a CSV original as its TAB-separated rows (one a line) */
        size_t tsv_len;
        char *tsv = at_csv_to_tsv(data, len, sep, &tsv_len);
        g_free(data);
        data = tsv;
        len = tsv_len;
    }
    if (rc == 0) {
        at_text_options topts = AT_TEXT_OPTIONS_INIT;
        topts.lenient = true;
        topts.tables = sep || g_str_has_suffix(orig, ".tsv") || g_str_has_suffix(orig, ".tab") ||
                       at_text_is_tabular(data, len);
        rc = at_doc_from_text(&src, path, data, len, &topts, err);
    }
    size_t i = 0, scan = 0, paired = 0;
    uint32_t line = 1, last = 1;
    for (size_t l = 0; rc == 0 && l < at_doc_n_lines(doc); l++) {
        at_line_view lv;
        at_doc_line(doc, l, &lv);
        lines[l] = 0;
        for (size_t k = lv.first_word; k < (size_t)lv.first_word + lv.n_words; k++) {
            at_word_view w, s;
            at_doc_word(doc, k, &w);
            if (!find_word(src, &i, &w, &s))
                continue;
            paired++;
            if (!lines[l])
                lines[l] = last = line_at(data, len, s.offset, &scan, &line);
        }
        if (!lines[l])
            lines[l] = last;
    }
    if (rc == 0 && paired * 2 < at_doc_n_words(doc))
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path, "the ALTO does not match the original text");
    at_doc_free(src);
    g_free(data);
    g_free(path);
    return rc;
}

int at_package_read_doc(const at_package *p, at_doc **out, uint32_t **lines, at_error *err)
{
    *out = NULL;
    if (lines)
        *lines = NULL;
    at_doc *doc = NULL;
    int rc = read_pages(p, &doc, err);
    if (rc < 0 || !lines) {
        *out = doc;
        return rc;
    }
    size_t n = at_doc_n_lines(doc);
    uint32_t *numbers = g_new0(uint32_t, n ? n : 1);
    if (from_text(doc)) {
        rc = text_lines(p, doc, numbers, err);
    } else {
        uint32_t page = UINT32_MAX, k = 0;
        for (size_t l = 0; l < n; l++) {
            at_line_view lv;
            at_block_view bv;
            at_doc_line(doc, l, &lv);
            at_doc_block(doc, lv.block, &bv);
            k = bv.page == page ? k + 1 : 1;
            page = bv.page;
            numbers[l] = k;
        }
    }
    if (rc < 0) {
        g_free(numbers);
        at_doc_free(doc);
        return rc;
    }
    *out = doc;
    *lines = numbers;
    return 0;
}
