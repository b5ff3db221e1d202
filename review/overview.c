/* The batch overview: one row per document, riskiest first, sortable by any column.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/review_private.h"

#include <libxml/HTMLparser.h>
#include <string.h>

/* How much a document needs a look: its words of low confidence and its changes (shares of its words),
 * what OCR was unsure of overall, and its warnings. */
static double risk(const at_review_row *r)
{
    double words = r->words ? (double)r->words : 1;
    double unsure = r->confidence >= 0 ? 1 - r->confidence : 0;
    return unsure + (double)r->low / words + (double)r->changed / words + 0.05 * (double)r->warnings;
}

static int riskiest_first(gconstpointer a, gconstpointer b)
{
    const at_review_row *x = *(const at_review_row *const *)a, *y = *(const at_review_row *const *)b;
    double rx = risk(x), ry = risk(y);
    return rx < ry ? 1 : rx > ry ? -1 : strcmp(x->document, y->document);
}

static void number_cell(GString *h, double v, const char *format)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append_printf(h, "<td data-v=\"%s\">", g_ascii_formatd(buf, sizeof buf, "%.6f", v));
    g_string_append(h, v < 0 ? "–" : g_ascii_formatd(buf, sizeof buf, format, v));
    g_string_append(h, "</td>");
}

static void text_cell(GString *h, const char *text)
{
    g_string_append(h, "<td>");
    at_html_escape(h, text, -1);
    g_string_append(h, "</td>");
}

/* A row's figures as attributes too, for reading it back (at_review_overview_read). */
static void row_data(GString *h, const at_review_row *r)
{
    static const char *const texts[] = { "objid", "document", "kind", "title" };
    const char *values[] = { r->objid, r->document, r->kind, r->title };
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++) {
        g_string_append_printf(h, " data-%s=\"", texts[i]);
        at_html_escape(h, values[i] ? values[i] : "", -1);
        g_string_append_c(h, '"');
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append_printf(h, " data-pages=\"%zu\" data-words=\"%zu\" data-changed=\"%zu\" data-low=\"%zu\""
                              " data-warnings=\"%zu\" data-confidence=\"%s\"",
                           r->pages, r->words, r->changed, r->low, r->warnings,
                           g_ascii_formatd(buf, sizeof buf, "%.6f", r->confidence));
}

static void write_row(GString *h, const at_review_row *r)
{
    g_string_append(h, "<tr");
    row_data(h, r);
    g_string_append(h, "><td><a href=\"");
    at_html_escape(h, r->objid, -1);
    g_string_append(h, ".html\">");
    at_html_escape(h, r->document, -1);
    g_string_append(h, "</a></td>");
    text_cell(h, r->kind);
    text_cell(h, r->title);
    number_cell(h, (double)r->pages, "%.0f");
    number_cell(h, (double)r->changed, "%.0f");
    number_cell(h, (double)r->low, "%.0f");
    number_cell(h, r->confidence, "%.3f");
    number_cell(h, (double)r->warnings, "%.0f");
    number_cell(h, risk(r), "%.2f");
    g_string_append(h, "<td><a href=\"../");
    at_html_escape(h, r->objid, -1);
    g_string_append(h, "/METS.xml\">");
    at_html_escape(h, r->objid, -1);
    g_string_append(h, "</a></td></tr>\n");
}

static const char *const columns[] = { "Document", "Kind", "Title", "Pages", "Words changed", "Low confidence",
                                       "Mean confidence", "Warnings", "Risk", "Package" };

int at_review_overview(GPtrArray *rows, const char *out, size_t failed, at_error *err)
{
    g_ptr_array_sort(rows, riskiest_first);
    GString *h = g_string_sized_new(1 << 14);
    at_html_head(h, "Review of the batch");
    g_string_append_printf(h, "<body class=\"overview\">\n<header><h1>Review of the batch</h1>\n"
                              "<p class=\"meta\">%u document%s, riskiest first", rows->len, rows->len == 1 ? "" : "s");
    if (failed)
        g_string_append_printf(h, "; %zu package%s could not be read", failed, failed == 1 ? "" : "s");
    g_string_append_printf(h, ". Click a column heading to sort.</p></header>\n<main>\n<table id=\"documents\""
                              " data-failed=\"%zu\">\n<thead><tr>", failed);
    for (size_t c = 0; c < G_N_ELEMENTS(columns); c++)
        g_string_append_printf(h, "<th><button type=\"button\" data-col=\"%zu\">%s</button></th>", c, columns[c]);
    g_string_append(h, "</tr></thead>\n<tbody>\n");
    for (guint i = 0; i < rows->len; i++)
        write_row(h, g_ptr_array_index(rows, i));
    g_string_append(h, "</tbody>\n</table>\n</main>\n<script>\n");
    g_string_append_len(h, (const char *)at_review_js, (gssize)at_review_js_len);
    g_string_append(h, "</script>\n</body>\n</html>\n");
    char *path = g_build_filename(out, "index.html", NULL);
    int rc = at_html_save(path, h, err);
    g_free(path);
    g_string_free(h, TRUE);
    return rc;
}

static char *prop(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *copy = g_strdup(v ? (const char *)v : "");
    xmlFree(v);
    return copy;
}

static size_t prop_size(xmlNode *n, const char *name)
{
    char *v = prop(n, name);
    size_t out = (size_t)g_ascii_strtoull(v, NULL, 10);
    g_free(v);
    return out;
}

/* Every <tr data-objid> under `n`, as rows. */
static void read_rows(xmlNode *n, GPtrArray *rows)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcmp(n->name, (const xmlChar *)"tr") == 0 && xmlHasProp(n, (const xmlChar *)"data-objid")) {
            at_review_row *r = g_new0(at_review_row, 1);
            r->objid = prop(n, "data-objid");
            r->document = prop(n, "data-document");
            r->kind = prop(n, "data-kind");
            r->title = prop(n, "data-title");
            r->pages = prop_size(n, "data-pages");
            r->words = prop_size(n, "data-words");
            r->changed = prop_size(n, "data-changed");
            r->low = prop_size(n, "data-low");
            r->warnings = prop_size(n, "data-warnings");
            char *c = prop(n, "data-confidence");
            r->confidence = *c ? g_ascii_strtod(c, NULL) : -1;
            g_free(c);
            g_ptr_array_add(rows, r);
        } else {
            read_rows(n->children, rows);
        }
    }
}

/* The table's data-failed, anywhere under `n`. */
static size_t read_failed(xmlNode *n)
{
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlStrcmp(n->name, (const xmlChar *)"table") == 0 && xmlHasProp(n, (const xmlChar *)"data-failed"))
            return prop_size(n, "data-failed");
        size_t inner = read_failed(n->children);
        if (inner)
            return inner;
    }
    return 0;
}

int at_review_overview_read(const char *out, GPtrArray *rows, size_t *failed, at_error *err)
{
    char *path = g_build_filename(out, "index.html", NULL);
    htmlDocPtr doc = htmlReadFile(path, "UTF-8", HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    int rc = doc ? 0 : at_error_set(err, AT_EFORMAT, AT_STAGE_REVIEW, path, "cannot read the overview");
    if (doc) {
        read_rows(xmlDocGetRootElement(doc), rows);
        *failed = read_failed(xmlDocGetRootElement(doc));
        xmlFreeDoc(doc);
    }
    g_free(path);
    return rc;
}
