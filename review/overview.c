/* The batch overview: one row per document, riskiest first, sortable by any column.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/review_private.h"

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

static void write_row(GString *h, const at_review_row *r)
{
    g_string_append(h, "<tr><td><a href=\"");
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
    g_string_append(h, ". Click a column heading to sort.</p></header>\n<main>\n<table id=\"documents\">\n<thead><tr>");
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
