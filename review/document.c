/* The review page of one package: its pages with the words' boxes, marks and the record beside them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "review/review_private.h"

#include "arkivtext/doc.h"
#include "arkivtext/ingest.h"
#include "arkivtext/io.h"
#include "arkivtext/package.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <string.h>

typedef struct {
    const review_settings *s;
    at_package *pkg;
    at_doc *doc;
    uint32_t *numbers;   /* each line's number as the record counts it */
    xmlDoc *record;      /* metadata/descriptive/record.xml, or NULL */
    GString *html;
    at_review_row *row;
    at_review_summary *summary;
    const char *out;
    size_t file;         /* the original the current page comes from */
    int last_source_page;
    double confidence_sum;
    size_t confident_words;
} page_writer;

static void append_number(GString *out, double v)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append(out, g_ascii_formatd(buf, sizeof buf, "%.3f", v));
}

static void attr(GString *out, const char *name, const char *value, gssize len)
{
    g_string_append_printf(out, " %s=\"", name);
    at_html_escape(out, value, len);
    g_string_append_c(out, '"');
}

/* ---- words ---- */

static bool is_changed(const at_word_view *v)
{
    return v->text_len != v->raw_len || memcmp(v->text, v->raw, v->text_len) != 0;
}

/* A word of symbols alone, not a dash ("|", "»", "."): specks read as text more often than real punctuation. */
static bool is_speck(const at_word_view *v)
{
    bool dash = true;
    for (const char *c = v->text; c < v->text + v->text_len; c = g_utf8_next_char(c)) {
        gunichar u = g_utf8_get_char(c);
        if (g_unichar_isalnum(u))
            return false;
        dash = dash && (u == '-' || u == 0x2013 || u == 0x2014);
    }
    return v->text_len && !dash;
}

/* A reading with letters only (punctuation around it dropped) that the dictionary knows neither alone nor as a
 * compound: likely misread even when OCR was sure of it. Numbers and codes are left alone. */
static bool is_unknown(const at_dict *dict, const at_word_view *v)
{
    const char *start = v->text, *end = v->text + v->text_len;
    while (start < end && !g_unichar_isalnum(g_utf8_get_char(start)))
        start = g_utf8_next_char(start);
    while (end > start && !g_unichar_isalnum(g_utf8_get_char(g_utf8_prev_char(end))))
        end = g_utf8_prev_char(end);
    if (start == end)
        return false;
    for (const char *c = start; c < end; c = g_utf8_next_char(c))
        if (!g_unichar_isalpha(g_utf8_get_char(c)) && *c != '-')
            return false;
    char *lower = g_utf8_strdown(start, end - start);
    bool unknown = at_dict_recognise(dict, lower, strlen(lower)) == 0;
    g_free(lower);
    return unknown;
}

/* Doubtful: an OCR'd word of low confidence, a speck, or one left unchanged that the dictionary does not know. */
static bool is_low(const page_writer *w, const at_word_view *v, bool changed)
{
    if (v->confidence < 0)
        return false;
    return v->confidence < w->s->low_confidence || is_speck(v) ||
           (w->s->dict && !changed && is_unknown(w->s->dict, v));
}

static void word_title(GString *out, const at_word_view *v, bool changed)
{
    GString *t = g_string_new(NULL);
    if (changed)
        g_string_append_printf(t, "%.*s → %.*s (%s)", (int)v->raw_len, v->raw, (int)v->text_len, v->text,
                               v->rule ? v->rule : "changed");
    else
        g_string_append_len(t, v->text, (gssize)v->text_len);
    if (v->confidence >= 0) {
        g_string_append(t, "; confidence ");
        append_number(t, v->confidence);
    }
    attr(out, "title", t->str, (gssize)t->len);
    g_string_free(t, TRUE);
}

/* One word as a span: on an image, a box in percent of the page; in a text view, its reading. */
static void write_word(page_writer *w, const at_page_view *pv, bool on_image, size_t page, size_t n,
                       const at_word_view *v, uint32_t line_number)
{
    GString *h = w->html;
    bool changed = is_changed(v), low = is_low(w, v, changed);
    g_string_append_printf(h, "<span id=\"p%zu_w%zu\" class=\"w%s%s\" data-line=\"%u\"", page + 1, n,
                           changed ? " chg" : "", low ? " low" : "", line_number);
    attr(h, "data-text", v->text, (gssize)v->text_len);
    if (changed) {
        attr(h, "data-raw", v->raw, (gssize)v->raw_len);
        attr(h, "data-rule", v->rule ? v->rule : "", -1);
    }
    if (changed || low)
        g_string_append(h, " tabindex=\"0\"");
    word_title(h, v, changed);
    if (v->confidence >= 0) {
        g_string_append(h, " data-conf=\"");
        append_number(h, v->confidence);
        g_string_append_c(h, '"');
    }
    if (on_image) {
        g_string_append(h, " style=\"left:");
        append_number(h, 100.0 * v->box.x / pv->width);
        g_string_append(h, "%;top:");
        append_number(h, 100.0 * v->box.y / pv->height);
        g_string_append(h, "%;width:");
        append_number(h, 100.0 * v->box.w / pv->width);
        g_string_append(h, "%;height:");
        append_number(h, 100.0 * v->box.h / pv->height);
        g_string_append(h, "%;--c:");
        append_number(h, v->confidence >= 0 ? v->confidence : 1);
        g_string_append(h, "\"></span>");
    } else {
        g_string_append_c(h, '>');
        at_html_escape(h, v->text, (gssize)v->text_len);
        g_string_append(h, "</span> ");
    }
    w->row->words++;
    w->row->changed += changed;
    w->row->low += low;
    w->summary->marked += changed || low;
    if (v->confidence >= 0) {
        w->confidence_sum += v->confidence;
        w->confident_words++;
    }
}

/* ---- pages ---- */

/* The original that page `pv` comes from: a new file starts where its page numbers start again. */
static const char *page_original(page_writer *w, const at_page_view *pv)
{
    size_t n = at_package_n_files(w->pkg, AT_PACKAGE_ORIGINAL);
    if (w->last_source_page && pv->source_page <= w->last_source_page && w->file + 1 < n)
        w->file++;
    w->last_source_page = pv->source_page;
    return at_package_file(w->pkg, AT_PACKAGE_ORIGINAL, w->file);
}

/* Draw page `page` from its original into OUT/OBJID/pN.jpg; false when it has no image or cannot be drawn. */
static bool write_image(page_writer *w, const at_page_view *pv, size_t page, int *width, int *height)
{
    const char *rel = page_original(w, pv);
    if (pv->width <= 0 || !rel)
        return false;
    char *original = g_build_filename(at_package_path(w->pkg), rel, NULL);
    unsigned char *jpeg = NULL;
    size_t len = 0;
    at_error err = AT_ERROR_INIT;
    bool ok = at_page_render(original, pv, w->s->dpi, w->s->quality, &jpeg, &len, width, height, &err) == 0;
    char *folder = g_build_filename(w->out, w->row->objid, NULL);
    ok = ok && g_mkdir_with_parents(folder, 0755) == 0;
    if (ok) {
        char *name = g_strdup_printf("p%zu.jpg", page + 1);
        char *path = g_build_filename(folder, name, NULL);
        ok = at_atomic_write(path, jpeg, len, AT_STAGE_REVIEW, &err) == 0;
        g_free(path);
        g_free(name);
    }
    if (!ok)
        w->row->warnings++; /* the page is still shown, as text */
    w->summary->images += ok;
    g_free(folder);
    g_free(jpeg);
    g_free(original);
    return ok;
}

/* Open page `page`'s section; true when it is shown as its image. */
static bool page_start(page_writer *w, size_t page)
{
    at_page_view pv;
    at_doc_page(w->doc, page, &pv);
    int width = 0, height = 0;
    bool image = write_image(w, &pv, page, &width, &height);
    g_string_append_printf(w->html, "<section class=\"page\" id=\"page-%zu\" data-page=\"%zu\">\n<h2>Page %zu", page + 1,
                           page + 1, page + 1);
    if (pv.confidence >= 0) {
        g_string_append(w->html, " <small>mean confidence ");
        append_number(w->html, pv.confidence);
        g_string_append(w->html, "</small>");
    }
    g_string_append(w->html, "</h2>\n");
    if (image) {
        g_string_append_printf(w->html, "<div class=\"sheet\"><img src=\"");
        at_html_escape(w->html, w->row->objid, -1);
        g_string_append_printf(w->html, "/p%zu.jpg\" width=\"%d\" height=\"%d\" alt=\"Page %zu\">", page + 1, width,
                               height, page + 1);
    } else {
        g_string_append(w->html, "<div class=\"text\">");
    }
    w->summary->pages++;
    w->row->pages++;
    return image;
}

/* Every page: its image with word boxes, or its text line by line. */
static void write_pages(page_writer *w)
{
    size_t n_lines = at_doc_n_lines(w->doc), page = SIZE_MAX, n_words = 0;
    bool on_image = false;
    at_page_view pv = { 0 };
    for (size_t l = 0; l < n_lines; l++) {
        at_line_view lv;
        at_block_view bv;
        at_doc_line(w->doc, l, &lv);
        at_doc_block(w->doc, lv.block, &bv);
        if (bv.page != page) {
            if (page != SIZE_MAX)
                g_string_append(w->html, "</div>\n</section>\n");
            page = bv.page;
            n_words = 0;
            on_image = page_start(w, page);
            at_doc_page(w->doc, page, &pv);
        }
        if (!on_image)
            g_string_append_printf(w->html, "<div class=\"tl\" data-line=\"%u\">", w->numbers[l]);
        for (size_t i = lv.first_word; i < (size_t)lv.first_word + lv.n_words; i++) {
            at_word_view v;
            at_doc_word(w->doc, i, &v);
            if (v.text_len == 0) /* merged into the word before: not in the ALTO */
                continue;
            n_words++;
            write_word(w, &pv, on_image && v.box.w > 0 && v.box.h > 0, page, n_words, &v, w->numbers[l]);
        }
        if (!on_image)
            g_string_append(w->html, "</div>\n");
    }
    if (page != SIZE_MAX)
        g_string_append(w->html, "</div>\n</section>\n");
}

/* ---- the record ---- */

static bool is_element(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && (!name || strcmp((const char *)n->name, name) == 0);
}

static bool has_child_elements(const xmlNode *n)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is_element(c, NULL))
            return true;
    return false;
}

/* An element's name, as a button that shows its lines when it says where it stands. */
static void record_name(GString *h, const xmlNode *n)
{
    xmlChar *page = xmlGetProp(n, BAD_CAST "page"), *lines = xmlGetProp(n, BAD_CAST "lines");
    if (page && lines) {
        char *dash = strchr((const char *)lines, '-');
        g_string_append(h, "<button type=\"button\" class=\"rec\"");
        attr(h, "data-page", (const char *)page, -1);
        attr(h, "data-first", (const char *)lines, dash ? dash - (const char *)lines : -1);
        attr(h, "data-last", dash ? dash + 1 : (const char *)lines, -1);
        g_string_append(h, ">");
        at_html_escape(h, (const char *)n->name, -1);
        g_string_append_printf(h, " <small>p. %s:%s</small></button>", (const char *)page, (const char *)lines);
    } else {
        g_string_append(h, "<span class=\"rn\">");
        at_html_escape(h, (const char *)n->name, -1);
        g_string_append(h, "</span>");
    }
    xmlFree(page);
    xmlFree(lines);
}

static void write_record_nodes(page_writer *w, const xmlNode *first)
{
    GString *h = w->html;
    g_string_append(h, "<ul>");
    for (const xmlNode *n = first; n; n = n->next) {
        if (!is_element(n, NULL))
            continue;
        w->row->warnings += is_element(n, "warning");
        g_string_append(h, "<li>");
        record_name(h, n);
        if (has_child_elements(n)) {
            write_record_nodes(w, n->children);
        } else {
            xmlChar *text = xmlNodeGetContent(n);
            g_string_append(h, " ");
            at_html_escape(h, text ? (const char *)text : "", -1);
            xmlFree(text);
        }
        g_string_append(h, "</li>\n");
    }
    g_string_append(h, "</ul>");
}

/* Kind and title from the record (the title falls back to the package's label). */
static void read_record(page_writer *w)
{
    const char *rel = at_package_file(w->pkg, AT_PACKAGE_RECORD, 0);
    if (rel) {
        char *path = g_build_filename(at_package_path(w->pkg), rel, NULL);
        w->record = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        g_free(path);
    }
    xmlNode *root = w->record ? xmlDocGetRootElement(w->record) : NULL;
    xmlChar *kind = root ? xmlGetProp(root, BAD_CAST "kind") : NULL;
    w->row->kind = g_strdup(kind ? (const char *)kind : "");
    xmlFree(kind);
    for (xmlNode *m = root ? root->children : NULL; m && !w->row->title; m = m->next)
        for (xmlNode *t = is_element(m, "metadata") ? m->children : NULL; t && !w->row->title; t = t->next)
            if (is_element(t, "title")) {
                xmlChar *s = xmlNodeGetContent(t);
                w->row->title = g_strdup(s ? (const char *)s : "");
                xmlFree(s);
            }
    if (!w->row->title || !*w->row->title) {
        g_free(w->row->title);
        w->row->title = g_strdup(at_package_label(w->pkg));
    }
}

/* ---- the page as a whole ---- */

static void write_header(page_writer *w)
{
    GString *h = w->html;
    at_html_head(h, w->row->title && *w->row->title ? w->row->title : w->row->document);
    g_string_append(h, "<body class=\"doc\"");
    attr(h, "data-package", w->row->objid, -1);
    attr(h, "data-digest", at_package_digest(w->pkg), -1);
    attr(h, "data-document", w->row->document, -1);
    g_string_append(h, ">\n<header><nav><a href=\"index.html\">← All documents</a> · <a href=\"../");
    at_html_escape(h, w->row->objid, -1);
    g_string_append(h, "/METS.xml\">Package</a></nav>\n<h1>");
    at_html_escape(h, w->row->title, -1);
    g_string_append(h, "</h1>\n<p class=\"meta\">");
    at_html_escape(h, w->row->document, -1);
    g_string_append(h, " · ");
    at_html_escape(h, *w->row->kind ? w->row->kind : "no record", -1);
    g_string_append(h, " · <span class=\"key chg\">changed</span> <span class=\"key low\">low confidence</span>"
                       " · keys: n / p next / previous marked word, r reject, c correct</p>\n</header>\n"
                       "<main>\n<div id=\"pages\">\n");
}

static const char side_panel[] =
    "</div>\n<aside id=\"side\">\n"
    "<section id=\"word-panel\" aria-live=\"polite\"><h2>Word</h2>\n"
    "<p id=\"wp-empty\">Select a marked word (Tab, or n / p).</p>\n"
    "<dl id=\"wp\" hidden><dt>ID</dt><dd id=\"wp-id\"></dd><dt>Reads</dt><dd id=\"wp-text\"></dd>"
    "<dt>Original</dt><dd id=\"wp-raw\"></dd><dt>Rule</dt><dd id=\"wp-rule\"></dd>"
    "<dt>Confidence</dt><dd id=\"wp-conf\"></dd></dl>\n"
    "<button type=\"button\" id=\"reject\" disabled>Reject the change (r)</button>\n"
    "<form id=\"correct-form\"><label>Correction <input id=\"correction\" autocomplete=\"off\" disabled></label> "
    "<button type=\"submit\" id=\"apply\" disabled>Apply</button></form>\n</section>\n"
    "<section id=\"decision-panel\"><h2>Decisions</h2>\n"
    "<label>Reviewer <input id=\"reviewer\" autocomplete=\"name\"></label>\n<ol id=\"decisions\"></ol>\n"
    "<button type=\"button\" id=\"export\">Export decisions</button>\n"
    "<textarea id=\"export-json\" readonly rows=\"4\" aria-label=\"exported decisions\"></textarea>\n</section>\n"
    "<section id=\"record\"><h2>Record</h2>\n";

static void write_footer(page_writer *w)
{
    GString *h = w->html;
    g_string_append(h, side_panel);
    xmlNode *root = w->record ? xmlDocGetRootElement(w->record) : NULL;
    if (root)
        write_record_nodes(w, root->children);
    else
        g_string_append(h, "<p>No record.</p>");
    g_string_append(h, "\n</section>\n</aside>\n</main>\n<script>\n");
    g_string_append_len(h, (const char *)at_review_js, (gssize)at_review_js_len);
    g_string_append(h, "</script>\n</body>\n</html>\n");
}

static void summarise(page_writer *w)
{
    at_review_row *row = w->row;
    row->confidence = w->confident_words ? w->confidence_sum / (double)w->confident_words : -1;
    for (const char *const *wn = at_doc_warnings(w->doc); wn && *wn; wn++)
        row->warnings++;
}

int at_review_document(const char *package, const char *out, const review_settings *s, at_review_row *row,
                       at_review_summary *summary, at_error *err)
{
    page_writer w = { .s = s, .row = row, .summary = summary, .out = out };
    int rc = at_package_open(package, &w.pkg, err);
    if (rc == 0)
        rc = at_package_read_doc(w.pkg, &w.doc, &w.numbers, err);
    if (rc == 0) {
        row->objid = g_strdup(at_package_objid(w.pkg));
        const char *orig = at_package_file(w.pkg, AT_PACKAGE_ORIGINAL, 0);
        row->document = orig ? g_path_get_basename(orig) : g_strdup(row->objid);
    }
    if (rc == 0) {
        read_record(&w);
        w.html = g_string_sized_new(1 << 16);
        write_header(&w);
        write_pages(&w);
        write_footer(&w);
        summarise(&w);
        char *name = g_strconcat(row->objid, ".html", NULL);
        char *path = g_build_filename(out, name, NULL);
        rc = at_html_save(path, w.html, err);
        g_free(path);
        g_free(name);
        g_string_free(w.html, TRUE);
    }
    if (w.record)
        xmlFreeDoc(w.record);
    g_free(w.numbers);
    at_doc_free(w.doc);
    at_package_close(w.pkg);
    return rc;
}
