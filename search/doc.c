/* What the index holds of one package: its pages line by line, and its record's fields.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "search/search_private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

at_index_doc *at_index_doc_new(const char *package, const char *document, const char *title, const char *location)
{
    at_index_doc *d = g_new0(at_index_doc, 1);
    d->package = g_strdup(package);
    d->document = g_strdup(document ? document : "");
    d->title = g_strdup(title ? title : "");
    d->location = g_strdup(location ? location : "");
    d->pages = g_array_new(FALSE, TRUE, sizeof(at_index_page));
    d->fields = g_array_new(FALSE, TRUE, sizeof(at_index_field));
    return d;
}

void at_index_doc_add_page(at_index_doc *d, int page, const char *text, size_t len, const uint32_t *numbers,
                           size_t n_lines)
{
    at_index_page p = { page, g_strndup(text, len), len, g_new(uint32_t, n_lines ? n_lines : 1), n_lines };
    for (size_t i = 0; i < n_lines; i++)
        p.numbers[i] = numbers ? numbers[i] : (uint32_t)(i + 1);
    g_array_append_val(d->pages, p);
}

void at_index_doc_add_field(at_index_doc *d, const char *name, const char *value, int page, int first_line,
                            int last_line)
{
    int f = at_field_from_name(name, strlen(name));
    if (f < 0 || !value || !*value)
        return;
    at_index_field field = { (at_field)f, g_strdup(value), page, first_line, last_line };
    g_array_append_val(d->fields, field);
}

void at_index_doc_free(at_index_doc *d)
{
    if (!d)
        return;
    for (guint i = 0; i < d->pages->len; i++) {
        at_index_page *p = &g_array_index(d->pages, at_index_page, i);
        g_free(p->text);
        g_free(p->numbers);
    }
    for (guint i = 0; i < d->fields->len; i++)
        g_free(g_array_index(d->fields, at_index_field, i).value);
    g_array_free(d->pages, TRUE);
    g_array_free(d->fields, TRUE);
    g_free(d->package);
    g_free(d->document);
    g_free(d->title);
    g_free(d->location);
    g_free(d);
}

/* ---- from a package ---- */

/* Every page's lines: the words' current readings joined by blanks. */
static void add_pages(at_index_doc *d, const at_doc *doc, const uint32_t *numbers)
{
    GString *text = g_string_new(NULL);
    GArray *nums = g_array_new(FALSE, FALSE, sizeof(uint32_t));
    size_t n_lines = at_doc_n_lines(doc);
    uint32_t page = 0;
    for (size_t l = 0; l <= n_lines; l++) {
        at_line_view lv = { 0 };
        at_block_view bv = { 0 };
        if (l < n_lines) {
            at_doc_line(doc, l, &lv);
            at_doc_block(doc, lv.block, &bv);
        }
        if ((l == n_lines || bv.page != page) && nums->len) {
            at_index_doc_add_page(d, (int)page + 1, text->str, text->len, (uint32_t *)(void *)nums->data, nums->len);
            g_string_truncate(text, 0);
            g_array_set_size(nums, 0);
        }
        if (l == n_lines)
            break;
        page = bv.page;
        for (size_t w = lv.first_word; w < (size_t)lv.first_word + lv.n_words; w++) {
            at_word_view wv;
            at_doc_word(doc, w, &wv);
            if (wv.text_len == 0)
                continue;
            if (w > lv.first_word)
                g_string_append_c(text, ' ');
            g_string_append_len(text, wv.text, (gssize)wv.text_len);
        }
        g_string_append_c(text, '\n');
        g_array_append_val(nums, numbers[l]);
    }
    g_string_free(text, TRUE);
    g_array_free(nums, TRUE);
}

static bool is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

/* One record element as a field, with where it stands. */
static void add_element(at_index_doc *d, const char *field, const xmlNode *n, const char *value_attr)
{
    xmlChar *text = value_attr ? xmlGetProp(n, BAD_CAST value_attr) : xmlNodeGetContent(n);
    xmlChar *page = xmlGetProp(n, BAD_CAST "page"), *lines = xmlGetProp(n, BAD_CAST "lines");
    int first = 0, last = 0;
    if (lines) {
        char *dash = NULL;
        first = (int)strtol((const char *)lines, &dash, 10);
        last = dash && *dash == '-' ? (int)strtol(dash + 1, NULL, 10) : first;
    }
    if (text)
        at_index_doc_add_field(d, field, (const char *)text, page ? atoi((const char *)page) : 0, first, last);
    xmlFree(text);
    xmlFree(page);
    xmlFree(lines);
}

/* Where each field comes from in the record (schemas/arkivtext-record-1.xsd). `dated` tells whether the
 * document's own date (metadata dates, an agreement's signatures) was found. */
static void walk_record(at_index_doc *d, const xmlNode *n, const xmlNode *parent, bool *dated)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *pname = parent ? (const char *)parent->name : "";
        if (is_element(n, "party")) {
            add_element(d, "party", n, NULL);
        } else if (is_element(n, "organisation") && strcmp(pname, "organisations") == 0) {
            add_element(d, "org", n, NULL);
        } else if (is_element(n, "diarienummer")) {
            add_element(d, "dnr", n, NULL);
        } else if ((is_element(n, "date") && strcmp(pname, "dates") == 0) ||
                   (is_element(n, "signature") && xmlHasProp(n, BAD_CAST "date"))) {
            add_element(d, "year", n, is_element(n, "date") ? "value" : "date");
            *dated = true;
        }
        walk_record(d, n->children, n, dated);
    }
}

/* Without a date of its own, a document's year is the one its title names ("Verksamhetsplan 2021"). */
static void title_year(at_index_doc *d, const xmlNode *root)
{
    for (const xmlNode *m = root->children; m; m = m->next)
        for (const xmlNode *t = is_element(m, "metadata") ? m->children : NULL; t; t = t->next)
            if (is_element(t, "title"))
                add_element(d, "year", t, NULL);
}

static int add_record(at_index_doc *d, const at_package *p, char **title, at_error *err)
{
    const char *rel = at_package_file(p, AT_PACKAGE_RECORD, 0);
    if (!rel)
        return 0;
    char *path = g_build_filename(at_package_path(p), rel, NULL);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    xmlDocPtr xml = ctxt ? xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)
                         : NULL;
    int rc = 0;
    xmlNode *root = xml ? xmlDocGetRootElement(xml) : NULL;
    if (!root || !is_element(root, "record")) {
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_SEARCH, path, "not a readable record");
    } else {
        xmlChar *kind = xmlGetProp(root, BAD_CAST "kind");
        if (kind)
            at_index_doc_add_field(d, "kind", (const char *)kind, 0, 0, 0);
        xmlFree(kind);
        for (xmlNode *m = root->children; m; m = m->next)
            for (xmlNode *t = is_element(m, "metadata") ? m->children : NULL; t && !*title; t = t->next)
                if (is_element(t, "title")) {
                    xmlChar *s = xmlNodeGetContent(t);
                    *title = g_strdup(s ? (const char *)s : "");
                    xmlFree(s);
                }
        bool dated = false;
        walk_record(d, root->children, root, &dated);
        if (!dated)
            title_year(d, root);
    }
    if (xml)
        xmlFreeDoc(xml);
    if (ctxt)
        xmlFreeParserCtxt(ctxt);
    g_free(path);
    return rc;
}

int at_index_doc_from_package(const at_package *p, at_index_doc **out, at_error *err)
{
    *out = NULL;
    at_doc *doc = NULL;
    uint32_t *numbers = NULL;
    int rc = at_package_read_doc(p, &doc, &numbers, err);
    if (rc < 0)
        return rc;
    const char *orig = at_package_file(p, AT_PACKAGE_ORIGINAL, 0);
    char *name = orig ? g_path_get_basename(orig) : g_strdup("");
    at_index_doc *d = at_index_doc_new(at_package_objid(p), name, NULL, at_package_path(p));
    char *title = NULL;
    rc = add_record(d, p, &title, err);
    g_free(d->title);
    d->title = g_strdup(title && *title ? title : at_package_label(p));
    if (*at_package_organisation(p))
        at_index_doc_add_field(d, "org", at_package_organisation(p), 0, 0, 0);
    add_pages(d, doc, numbers);
    g_free(title);
    g_free(name);
    g_free(numbers);
    at_doc_free(doc);
    if (rc < 0) {
        at_index_doc_free(d);
        return rc;
    }
    *out = d;
    return 0;
}
