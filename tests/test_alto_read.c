/* TAP test of the ALTO reader: what at_doc_write_alto() writes comes back, and hostile XML fails cleanly.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "arkivtext/arkivtext.h"
#include "core/doc_private.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "tests/tap.h"

#define ALTO_NS "http://www.loc.gov/standards/alto/ns-v4#"
#define NO_BOX ((at_box){ -1, -1, -1, -1 })

/* ---- documents ---- */

static uint32_t word(at_doc *doc, const char *text, int x, int y, int w, int h, float conf)
{
    return at_doc_add_word(doc, text, strlen(text), (at_box){ x, y, w, h }, conf);
}

static void change(at_doc *doc, uint32_t i, const char *text, const char *rule)
{
    at_doc_set_text(doc, i, text, strlen(text), rule, 0.99);
}

static at_doc *text_doc(const char *name, const char *text, bool tables)
{
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    at_text_options topts = { AT_TEXT_OPTIONS_VERSION, false, tables };
    if (at_doc_from_text(&doc, name, text, strlen(text), &topts, &err) < 0)
        printf("# at_doc_from_text: %s\n", err.message);
    return doc;
}

/* Two scanned pages, every block and line with its own box: text, two tables, changed words. */
static at_doc *scanned_doc(void)
{
    at_doc *doc = at_doc_new("protokoll.tif");
    at_page p1 = { 2480, 3508, 300, 3, 0.35, 0, "gray,deskew,sauvola", "tesseract 5.3.0 swe", 0.9f };
    at_doc_add_page(doc, &p1);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 100, 100, 1000, 200 });
    at_doc_add_line(doc, (at_box){ 100, 100, 900, 50 });
    word(doc, "Kommunstyrelsen", 100, 100, 400, 50, 0.95f);
    change(doc, word(doc, "Sodertorn", 520, 100, 250, 50, 0.8f), "Södertörn", "dict.diacritics");
    word(doc, "beslutar", 790, 100, 210, 50, -1);
    at_doc_add_line(doc, (at_box){ 100, 165, 500, 50 });
    change(doc, word(doc, "6ver", 100, 170, 60, 40, 0.5f), "över", "glyph.6");
    change(doc, word(doc, "&r", 180, 165, 60, 50, 0.7f), "är", "glyph.amp");
    change(doc, word(doc, "pa", 260, 170, 40, 40, 0.25f), "på", "dict.diacritics");
    word(doc, "<a href=\"x\">&amp;", 320, 170, 200, 40, 1.0f); /* markup in a reading is text */

    /* Table 0: 2 x 2 (model table 0 -> ALTO p1_t1). */
    const char *cells[2][2] = { { "Nämnd", "Belopp" }, { "Kultur", "1 200" } };
    for (int r = 0; r < 2; r++)
        for (int c = 0; c < 2; c++) {
            at_doc_add_block(doc, AT_BLOCK_CELL, 0, r, c, (at_box){ 100 + 300 * c, 400 + 60 * r, 300, 60 });
            at_doc_add_line(doc, (at_box){ 110 + 300 * c, 410 + 60 * r, 200, 40 });
            const char *t = cells[r][c];
            const char *sp = strchr(t, ' ');
            if (sp) {
                at_doc_add_word(doc, t, (size_t)(sp - t), (at_box){ 110 + 300 * c, 410 + 60 * r, 20, 40 }, 0.6f);
                word(doc, sp + 1, 140 + 300 * c, 410 + 60 * r, 80, 40, 0.65f);
            } else {
                word(doc, t, 110 + 300 * c, 410 + 60 * r, 150, 40, 0.9f);
            }
        }
    /* Table 1: one row of three cells, the middle one of two lines. */
    for (int c = 0; c < 3; c++) {
        at_doc_add_block(doc, AT_BLOCK_CELL, 1, 0, c, (at_box){ 100 + 200 * c, 700, 200, 120 });
        at_doc_add_line(doc, (at_box){ 110 + 200 * c, 710, 100, 40 });
        word(doc, c == 1 ? "Bud-" : "x", 110 + 200 * c, 710, 100, 40, 0.75f);
        if (c == 1) {
            at_doc_add_line(doc, (at_box){ 310, 760, 100, 40 });
            word(doc, "get", 310, 760, 100, 40, 0.8f);
        }
    }
    at_doc_add_block(doc, AT_BLOCK_CELL, 1, 0, 3, (at_box){ 700, 700, 200, 120 }); /* empty, as OCR leaves them */

    at_page p2 = { 1240, 1754, 150, 4, -0.1, 90, "gray,orient", "pdf text layer", -1 };
    at_doc_add_page(doc, &p2);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 200, 200, 400, 40 });
    at_doc_add_line(doc, (at_box){ 200, 200, 400, 40 });
    word(doc, "Sida", 200, 200, 100, 40, 0.9f);
    change(doc, word(doc, "tva", 320, 200, 80, 40, 0.85f), "två", "dict.diacritics");
    return doc;
}

/* Text and cells of one table interleaved in the model: the writer groups the table. */
static at_doc *interleaved_doc(void)
{
    at_doc *doc = at_doc_new("blandat.tif");
    at_page p = { 1000, 1000, 300, 1, 0, 0, "gray", "tesseract 5.3.0 swe", 0.8f };
    at_doc_add_page(doc, &p);
    const char *texts[] = { "Inledning", "cell-a", "Mellan", "cell-b" };
    for (int i = 0; i < 4; i++) {
        bool cell = i % 2 == 1;
        at_doc_add_block(doc, cell ? AT_BLOCK_CELL : AT_BLOCK_TEXT, cell ? 0 : -1, cell ? 0 : -1, cell ? i / 2 : -1,
                         (at_box){ 10, 10 + 100 * i, 500, 50 });
        at_doc_add_line(doc, (at_box){ 10, 10 + 100 * i, 500, 50 });
        word(doc, texts[i], 10, 10 + 100 * i, 100, 50, 0.9f);
    }
    return doc;
}

/* ---- writing and reading ---- */

static char *write_alto(const at_doc *doc, const at_alto_options *opts, size_t *len)
{
    char *data = NULL;
    *len = 0;
    FILE *f = open_memstream(&data, len);
    at_error err = AT_ERROR_INIT;
    int rc = f ? at_doc_write_alto(doc, f, opts, &err) : -1;
    if (f)
        fclose(f);
    if (rc < 0) {
        printf("# at_doc_write_alto: %s\n", err.message);
        free(data);
        return NULL;
    }
    return data;
}

static at_doc *read_alto(const char *name, const char *data, size_t len)
{
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    if (at_doc_from_alto(&doc, name, data, len, &err) < 0) {
        char msg[1024];
        printf("# at_doc_from_alto: %s\n", at_error_format(&err, msg, sizeof msg));
    }
    return doc;
}

static bool box_eq(at_box a, at_box b)
{
    return a.x == b.x && a.y == b.y && a.w == b.w && a.h == b.h;
}

static bool str_eq(const char *a, size_t alen, const char *b, size_t blen)
{
    return alen == blen && memcmp(a, b, alen) == 0;
}

static bool conf_eq(float a, float b)
{
    return (a < 0 && b < 0) || fabsf(a - b) < 5e-4f;
}

/* Every part of `got` as in `want`, except what ALTO does not keep (byte offsets, rule scores). */
static void same_doc(const at_doc *want, const at_doc *got, const char *what)
{
    char diff[512] = "";
    if (at_doc_n_pages(want) != at_doc_n_pages(got) || at_doc_n_blocks(want) != at_doc_n_blocks(got) ||
        at_doc_n_lines(want) != at_doc_n_lines(got) || at_doc_n_words(want) != at_doc_n_words(got)) {
        snprintf(diff, sizeof diff, "counts %zu/%zu/%zu/%zu, want %zu/%zu/%zu/%zu", at_doc_n_pages(got),
                 at_doc_n_blocks(got), at_doc_n_lines(got), at_doc_n_words(got), at_doc_n_pages(want),
                 at_doc_n_blocks(want), at_doc_n_lines(want), at_doc_n_words(want));
        ok(false, "%s: same structure (%s)", what, diff);
        return;
    }
    for (size_t i = 0; i < at_doc_n_pages(want) && !*diff; i++) {
        at_page_view a, b;
        at_doc_page(want, i, &a);
        at_doc_page(got, i, &b);
        if (a.width != b.width || a.height != b.height || a.dpi != b.dpi || a.source_page != b.source_page ||
            fabs(a.skew - b.skew) > 0.005 || a.rotation != b.rotation || strcmp(a.steps, b.steps) != 0 ||
            strcmp(a.engine, b.engine) != 0 || !conf_eq(a.confidence, b.confidence))
            snprintf(diff, sizeof diff, "page %zu: %dx%d dpi %d src %d skew %g rot %d '%s' '%s' %g", i, b.width,
                     b.height, b.dpi, b.source_page, b.skew, b.rotation, b.steps, b.engine, (double)b.confidence);
    }
    for (size_t i = 0; i < at_doc_n_blocks(want) && !*diff; i++) {
        at_block_view a, b;
        at_doc_block(want, i, &a);
        at_doc_block(got, i, &b);
        if (a.kind != b.kind || a.page != b.page || a.first_line != b.first_line || a.n_lines != b.n_lines ||
            a.row != b.row || a.col != b.col || a.table != b.table || !box_eq(a.box, b.box))
            snprintf(diff, sizeof diff, "block %zu: kind %d page %u lines %u+%u r%d c%d t%d box %d,%d,%d,%d", i,
                     b.kind, b.page, b.first_line, b.n_lines, b.row, b.col, b.table, b.box.x, b.box.y, b.box.w,
                     b.box.h);
    }
    for (size_t i = 0; i < at_doc_n_lines(want) && !*diff; i++) {
        at_line_view a, b;
        at_doc_line(want, i, &a);
        at_doc_line(got, i, &b);
        if (a.block != b.block || a.first_word != b.first_word || a.n_words != b.n_words || !box_eq(a.box, b.box))
            snprintf(diff, sizeof diff, "line %zu: block %u words %u+%u box %d,%d,%d,%d", i, b.block, b.first_word,
                     b.n_words, b.box.x, b.box.y, b.box.w, b.box.h);
    }
    for (size_t i = 0; i < at_doc_n_words(want) && !*diff; i++) {
        at_word_view a, b;
        at_doc_word(want, i, &a);
        at_doc_word(got, i, &b);
        bool rule_eq = (!a.rule && !b.rule) || (a.rule && b.rule && strcmp(a.rule, b.rule) == 0);
        if (!str_eq(a.raw, a.raw_len, b.raw, b.raw_len) || !str_eq(a.text, a.text_len, b.text, b.text_len) ||
            !rule_eq || a.line != b.line || !box_eq(a.box, b.box) || !conf_eq(a.confidence, b.confidence))
            snprintf(diff, sizeof diff, "word %zu: '%.*s' -> '%.*s' rule %s line %u box %d,%d,%d,%d conf %g", i,
                     (int)b.raw_len, b.raw, (int)b.text_len, b.text, b.rule ? b.rule : "(none)", b.line, b.box.x,
                     b.box.y, b.box.w, b.box.h, (double)b.confidence);
    }
    if (!ok(!*diff, "%s: pages, blocks, cells, lines, words, readings, rules, boxes, confidences equal", what))
        printf("# first difference: %s\n", diff);
}

/* The i-th line of page p in the model is TextLine p<p>_l<i> of the file, with the same words:
 * the IDs later stages compute from the model name the file's lines. */
static void line_ids_match(const at_doc *doc, const char *data, size_t len, const char *what)
{
    xmlDocPtr xml = xmlReadMemory(data, (int)len, "alto.xml", NULL, XML_PARSE_NONET);
    xmlXPathContextPtr xp = xml ? xmlXPathNewContext(xml) : NULL;
    if (xp)
        xmlXPathRegisterNs(xp, BAD_CAST "a", BAD_CAST ALTO_NS);
    xmlXPathObjectPtr set = xp ? xmlXPathEvalExpression(BAD_CAST "//a:TextLine", xp) : NULL;
    int n = set && set->nodesetval ? set->nodesetval->nodeNr : 0;
    char diff[256] = "";
    if ((size_t)n != at_doc_n_lines(doc))
        snprintf(diff, sizeof diff, "%d TextLines, %zu lines in the model", n, at_doc_n_lines(doc));
    uint32_t page = UINT32_MAX;
    size_t nth = 0;
    GString *model = g_string_new(NULL), *file = g_string_new(NULL);
    for (int l = 0; l < n && !*diff; l++) {
        at_line_view lv;
        at_block_view bv;
        at_doc_line(doc, (size_t)l, &lv);
        at_doc_block(doc, lv.block, &bv);
        nth = bv.page == page ? nth + 1 : 1;
        page = bv.page;
        char want[64];
        snprintf(want, sizeof want, "p%u_l%zu", page + 1, nth);
        xmlNodePtr tl = set->nodesetval->nodeTab[l];
        xmlChar *id = xmlGetProp(tl, BAD_CAST "ID");
        g_string_truncate(model, 0);
        g_string_truncate(file, 0);
        for (uint32_t w = lv.first_word; w < lv.first_word + lv.n_words; w++) {
            at_word_view wv;
            at_doc_word(doc, w, &wv);
            g_string_append_printf(model, "%.*s|", (int)wv.text_len, wv.text);
        }
        for (xmlNodePtr s = tl->children; s; s = s->next)
            if (s->type == XML_ELEMENT_NODE && xmlStrEqual(s->name, BAD_CAST "String")) {
                xmlChar *c = xmlGetProp(s, BAD_CAST "CONTENT");
                g_string_append_printf(file, "%s|", (const char *)c);
                xmlFree(c);
            }
        if (!id || strcmp((const char *)id, want) != 0 || strcmp(model->str, file->str) != 0)
            snprintf(diff, sizeof diff, "model line %d (%s) is TextLine %s (%s)", l, want,
                     id ? (const char *)id : "(no ID)", file->str);
        xmlFree(id);
    }
    if (!ok(n > 0 && !*diff, "%s: line i of page p in the model is TextLine p<p>_l<i>, same words", what))
        printf("# %s\n", diff);
    g_string_free(model, TRUE);
    g_string_free(file, TRUE);
    xmlXPathFreeObject(set);
    xmlXPathFreeContext(xp);
    xmlFreeDoc(xml);
}

static void round_trip(const at_doc *doc, const at_alto_options *opts, const at_doc *want, const char *what)
{
    size_t len;
    char *data = write_alto(doc, opts, &len);
    at_doc *back = data ? read_alto(at_doc_name(doc), data, len) : NULL;
    if (!ok(back != NULL, "%s: written and read back", what)) {
        free(data);
        return;
    }
    ok(strcmp(at_doc_name(back), at_doc_name(doc)) == 0, "%s: named after the path", what);
    same_doc(want ? want : doc, back, what);
    line_ids_match(back, data, len, what);
    ok(at_doc_warnings(back)[0] == NULL, "%s: no warnings", what);
    at_doc_free(back);
    free(data);
}

/* ---- tests ---- */

static void test_text(void)
{
    at_doc *doc = text_doc("brev.txt", "Sodertorn ar en kommun\nAndra raden har ord\n\nNytt stycke\n", false);
    change(doc, 0, "Södertörn", "dict.diacritics");
    change(doc, 1, "är", "dict.diacritics");
    round_trip(doc, NULL, NULL, "text");
    at_doc_free(doc);

    doc = text_doc("tabell.tsv", "Nämnd\tBelopp\nKultur\t1200\n", true);
    round_trip(doc, NULL, NULL, "tsv");
    at_doc_free(doc);
}

static void test_scanned(void)
{
    at_doc *doc = scanned_doc();
    round_trip(doc, NULL, NULL, "scanned");

    /* Without alternatives the raw reading is not in the file: raw = current, no rule. */
    at_alto_options opts = AT_ALTO_OPTIONS_INIT;
    opts.alternatives = false;
    size_t len;
    char *data = write_alto(doc, &opts, &len);
    at_doc *back = data ? read_alto("x.alto.xml", data, len) : NULL;
    at_word_view w;
    if (back)
        at_doc_word(back, 1, &w);
    ok(back && w.raw_len == strlen("Södertörn") && memcmp(w.raw, "Södertörn", w.raw_len) == 0 &&
           w.text_len == w.raw_len && !w.rule,
       "no alternatives: the current reading is also the raw one");
    at_doc_free(back);
    free(data);
    at_doc_free(doc);

    /* A line or block without a box gets the union of its words' boxes, as written. */
    doc = at_doc_new("union.tif");
    at_page p = { 500, 500, 300, 1, 0, 0, "", "tesseract 5.3.0 swe", -1 };
    at_doc_add_page(doc, &p);
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, NO_BOX);
    at_doc_add_line(doc, NO_BOX);
    word(doc, "a", 10, 20, 30, 40, 0.5f);
    word(doc, "b", 50, 10, 30, 40, 0.5f);
    at_doc *want = at_doc_new("union.tif");
    at_doc_add_page(want, &p);
    at_doc_add_block(want, AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 10, 10, 70, 50 });
    at_doc_add_line(want, (at_box){ 10, 10, 70, 50 });
    word(want, "a", 10, 20, 30, 40, 0.5f);
    word(want, "b", 50, 10, 30, 40, 0.5f);
    round_trip(doc, NULL, want, "unknown block and line boxes");
    at_doc_free(want);

    /* A changed word without a rule id is tagged by the reader as "alto". */
    at_doc_set_text(doc, 0, "A", 1, NULL, 0);
    data = write_alto(doc, NULL, &len);
    back = data ? read_alto("x.alto.xml", data, len) : NULL;
    if (back)
        at_doc_word(back, 0, &w);
    ok(back && w.text_len == 1 && w.text[0] == 'A' && w.raw[0] == 'a' && w.rule && strcmp(w.rule, "alto") == 0,
       "changed word without a rule: rule \"alto\"");
    at_doc_free(back);
    free(data);
    at_doc_free(doc);
}

/* A line whose only word was deleted (the second half of a joined word) is not written:
 * the model read back has one line less, and its lines still match the file's IDs. */
static void test_deleted_line(void)
{
    at_page p = { 800, 800, 300, 1, 0, 0, "gray", "tesseract 5.3.0 swe", 0.9f };
    at_doc *docs[2];
    for (int k = 0; k < 2; k++) {
        at_doc *d = docs[k] = at_doc_new("delad.tif");
        at_doc_add_page(d, &p);
        at_doc_add_block(d, AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 10, 10, 500, 200 });
        at_doc_add_line(d, (at_box){ 10, 10, 500, 40 });
        change(d, word(d, "bud-", 10, 10, 100, 40, 0.9f), "budget", "hyphen.join");
        if (k == 0) {
            at_doc_add_line(d, (at_box){ 10, 60, 500, 40 });
            change(d, word(d, "get", 10, 60, 100, 40, 0.9f), "", "hyphen.join");
        }
        at_doc_add_line(d, (at_box){ 10, 110, 500, 40 });
        word(d, "2021", 10, 110, 100, 40, 0.8f);
    }
    round_trip(docs[0], NULL, docs[1], "line of a deleted word");
    at_doc_free(docs[0]);
    at_doc_free(docs[1]);
}

static void test_interleaved(void)
{
    at_doc *doc = interleaved_doc();
    /* Read back in writing order: text, the table (both cells), text. */
    at_doc *want = at_doc_new("blandat.tif");
    at_page p = { 1000, 1000, 300, 1, 0, 0, "gray", "tesseract 5.3.0 swe", 0.8f };
    at_doc_add_page(want, &p);
    const int order[] = { 0, 1, 3, 2 };
    const char *texts[] = { "Inledning", "cell-a", "Mellan", "cell-b" };
    for (int k = 0; k < 4; k++) {
        int i = order[k];
        bool cell = i % 2 == 1;
        at_doc_add_block(want, cell ? AT_BLOCK_CELL : AT_BLOCK_TEXT, cell ? 0 : -1, cell ? 0 : -1, cell ? i / 2 : -1,
                         (at_box){ 10, 10 + 100 * i, 500, 50 });
        at_doc_add_line(want, (at_box){ 10, 10 + 100 * i, 500, 50 });
        word(want, texts[i], 10, 10 + 100 * i, 100, 50, 0.9f);
    }
    round_trip(doc, NULL, want, "interleaved table");
    at_doc_free(want);
    at_doc_free(doc);
}

/* Hand-written ALTO: the minimum, foreign IDs, and the writer's fallback cell IDs. */
static void test_foreign(void)
{
    const char *min = "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
                      "<String CONTENT='Hej'/><SP/><String CONTENT='du' WC='0.5'/></TextLine></TextBlock>"
                      "</PrintSpace></Page></Layout></alto>";
    at_doc *doc = read_alto("min.xml", min, strlen(min));
    at_page_view pv;
    at_word_view w;
    at_line_view lv;
    if (doc) {
        at_doc_page(doc, 0, &pv);
        at_doc_word(doc, 1, &w);
        at_doc_line(doc, 0, &lv);
    }
    ok(doc && at_doc_n_words(doc) == 2 && pv.width == 0 && pv.source_page == 1 && pv.dpi == 0 && !*pv.engine &&
           pv.confidence < 0 && w.box.x == -1 && w.box.h == -1 && fabsf(w.confidence - 0.5f) < 1e-6f &&
           lv.box.x == -1 && at_doc_warnings(doc)[0] == NULL,
       "minimal ALTO: no geometry, no Processing, no IDs");
    at_doc_free(doc);

    /* The one-page ALTO a package keeps of page 2: its settings line still says "p2". */
    const char *second = "<alto xmlns='" ALTO_NS "'><Description><Processing ID='proc2'><processingStepSettings>"
                         "engine=tesseract\nsteps=gray,deskew:1.38\np2: dpi=300 skew=1.38 rotation=90"
                         "</processingStepSettings></Processing></Description><Layout>"
                         "<Page ID='p2' PHYSICAL_IMG_NR='2' WIDTH='2480' HEIGHT='3508' PROCESSINGREFS='proc2'>"
                         "<PrintSpace><TextBlock><TextLine><String CONTENT='Hej'/></TextLine></TextBlock>"
                         "</PrintSpace></Page></Layout></alto>";
    doc = read_alto("doc.p2.alto.xml", second, strlen(second));
    if (doc)
        at_doc_page(doc, 0, &pv);
    ok(doc && pv.source_page == 2 && pv.dpi == 300 && fabs(pv.skew - 1.38) < 1e-9 && pv.rotation == 90,
       "a one-page ALTO of page 2: the settings of its page ID, not of its place in the file");
    at_doc_free(doc);

    const char *ids = "<alto xmlns='" ALTO_NS "'><Tags>"
                      "<StructureTag ID='row3' TYPE='table row' LABEL='3'/>"
                      "<StructureTag ID='col2' TYPE='table column' LABEL='2'/></Tags>"
                      "<Layout><Page><PrintSpace>"
                      "<ComposedBlock ID='p1_t1' TYPE='table'><TextBlock ID='p1_t1_b7' TAGREFS='row3 col2'>"
                      "<TextLine ID='linje'><String CONTENT='x'/></TextLine></TextBlock></ComposedBlock>"
                      "</PrintSpace></Page></Layout></alto>";
    doc = read_alto("ids.xml", ids, strlen(ids));
    at_block_view bv;
    if (doc)
        at_doc_block(doc, 0, &bv);
    ok(doc && bv.kind == AT_BLOCK_CELL && bv.table == 0 && bv.row == 2 && bv.col == 1,
       "cell without a position in its ID: row and column from its tags");
    const char *const *warn = doc ? at_doc_warnings(doc) : NULL;
    ok(warn && warn[0] && strstr(warn[0], "ids.xml") && strstr(warn[0], "TextLine IDs") && !warn[1],
       "TextLine IDs that are not p<page>_l<n>: one warning (%s)", warn && warn[0] ? warn[0] : "none");
    at_doc_free(doc);
}

/* ---- hostile input ---- */

static char *passwd_first_line(void)
{
    char *text = NULL;
    if (!g_file_get_contents("/etc/passwd", &text, NULL, NULL))
        return NULL;
    char *nl = strchr(text, '\n');
    if (nl)
        *nl = '\0';
    return text;
}

static void fails(const char *name, const char *data, size_t len, const char *passwd, const char *what)
{
    at_doc *doc = (at_doc *)(void *)&doc; /* must be reset to NULL */
    at_error err = AT_ERROR_INIT;
    int rc = at_doc_from_alto(&doc, name, data, len, &err);
    char msg[1024];
    at_error_format(&err, msg, sizeof msg);
    bool good = rc == AT_EFORMAT && err.code == AT_EFORMAT && doc == NULL && strcmp(err.file, name) == 0 &&
                strstr(msg, name) && err.message[0] && !strchr(msg, '\n') && !strchr(msg, '\r') &&
                g_utf8_validate(msg, -1, NULL);
    if (passwd)
        good = good && !strstr(msg, passwd) && !strstr(msg, "root:");
    ok(good, "%s: AT_EFORMAT, one line naming the file (%s)", what, msg);
    if (doc && doc != (at_doc *)(void *)&doc)
        at_doc_free(doc);
}

static void fails_str(const char *name, const char *data, const char *passwd, const char *what)
{
    fails(name, data, strlen(data), passwd, what);
}

static void test_hostile(void)
{
    char *passwd = passwd_first_line();
    ok(passwd && *passwd, "/etc/passwd readable, so the XXE tests mean something");

    fails_str("laughs.xml",
              "<?xml version='1.0'?>\n<!DOCTYPE alto [\n <!ENTITY lol 'lol'>\n"
              " <!ENTITY lol1 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>\n"
              " <!ENTITY lol2 '&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'>\n"
              " <!ENTITY lol3 '&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;'>\n"
              " <!ENTITY lol4 '&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;'>\n"
              " <!ENTITY lol5 '&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;'>\n"
              " <!ENTITY lol6 '&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;'>\n"
              " <!ENTITY lol7 '&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;'>\n"
              " <!ENTITY lol8 '&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;'>\n"
              " <!ENTITY lol9 '&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;'>\n]>\n"
              "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
              "<String CONTENT='x'><ALTERNATIVE PURPOSE='raw'>&lol9;</ALTERNATIVE></String>"
              "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>\n",
              NULL, "billion laughs");
    fails_str("xxe.xml",
              "<?xml version='1.0'?>\n<!DOCTYPE alto [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>\n"
              "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
              "<String CONTENT='x'><ALTERNATIVE PURPOSE='raw'>&xxe;</ALTERNATIVE></String>"
              "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>\n",
              passwd, "external entity to /etc/passwd");
    fails_str("xxe-param.xml",
              "<!DOCTYPE alto [<!ENTITY % p SYSTEM 'file:///etc/passwd'> %p;]>\n"
              "<alto xmlns='" ALTO_NS "'><Layout/></alto>",
              passwd, "external parameter entity to /etc/passwd");
    fails_str("xxe-dtd.xml",
              "<!DOCTYPE alto SYSTEM 'file:///etc/passwd'>\n<alto xmlns='" ALTO_NS "'><Layout/></alto>", passwd,
              "external DTD /etc/passwd");
    fails_str("net.xml", "<!DOCTYPE alto SYSTEM 'http://127.0.0.1:9/x.dtd'>\n<alto xmlns='" ALTO_NS "'/>", NULL,
              "DTD over the network");

    GString *deep = g_string_new("<alto xmlns='" ALTO_NS "'>");
    for (int i = 0; i < 100000; i++)
        g_string_append(deep, "<a>");
    fails("deep.xml", deep->str, deep->len, NULL, "100 000 nested elements");
    g_string_assign(deep, "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace>");
    for (int i = 0; i < 100; i++)
        g_string_append(deep, "<ComposedBlock>");
    for (int i = 0; i < 100; i++)
        g_string_append(deep, "</ComposedBlock>");
    g_string_append(deep, "</PrintSpace></Page></Layout></alto>");
    fails("composed.xml", deep->str, deep->len, NULL, "100 nested ComposedBlocks");
    g_string_free(deep, TRUE);

    const char binary[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\xff\xfe<alto";
    fails("bild.png", binary, sizeof binary - 1, NULL, "non-XML bytes");
    fails("tom.xml", "", 0, NULL, "empty file");
    fails_str("blank.xml", " \n\t\n", NULL, "white space only");
    fails_str("latin1.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
              "<String CONTENT='v\xe4rld'/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>",
              NULL, "invalid UTF-8");

    at_doc *doc = scanned_doc();
    size_t len;
    char *data = write_alto(doc, NULL, &len);
    if (data) {
        fails("halv.alto.xml", data, len / 2, NULL, "truncated at half");
        fails("nastan.alto.xml", data, len - 3, NULL, "truncated by three bytes");
    }
    free(data);
    at_doc_free(doc);

    fails_str("html.xml", "<html><body>hej</body></html>", NULL, "root not alto");
    fails_str("v3.xml", "<alto xmlns='http://www.loc.gov/standards/alto/ns-v3#'><Layout/></alto>", NULL,
              "ALTO v3 namespace");
    fails_str("nons.xml", "<alto><Layout><Page/></Layout></alto>", NULL, "alto without namespace");
    fails_str("nolayout.xml", "<alto xmlns='" ALTO_NS "'/>", NULL, "no Layout");
    fails_str("nopage.xml", "<alto xmlns='" ALTO_NS "'><Layout/></alto>", NULL, "no Page");
    fails_str("hpos.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
              "<String CONTENT='x' HPOS='abc'/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>",
              NULL, "HPOS not a number");
    fails_str("neg.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page WIDTH='-5'/></Layout></alto>", NULL,
              "negative WIDTH");
    fails_str("huge.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page HEIGHT='1e300'/></Layout></alto>", NULL,
              "HEIGHT beyond int");
    fails_str("wc.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
              "<String CONTENT='x' WC='1.5'/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>",
              NULL, "WC beyond 1");
    fails_str("nl.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page WIDTH='&#10;1&#13;x'/></Layout></alto>", NULL,
              "line breaks in a bad value");
    GString *long_value = g_string_new("<alto xmlns='" ALTO_NS "'><Layout><Page PC='");
    for (int i = 0; i < 30; i++)
        g_string_append(long_value, "\xc3\xa4"); /* ä: the cut must not split it */
    g_string_append(long_value, "'/></Layout></alto>");
    fails("long.xml", long_value->str, long_value->len, NULL, "long bad value cut at a character");
    g_string_free(long_value, TRUE);
    fails_str("nocontent.xml", "<alto xmlns='" ALTO_NS "'><Layout><Page><PrintSpace><TextBlock><TextLine>"
              "<String/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>",
              NULL, "String without CONTENT");

    at_error err = AT_ERROR_INIT;
    ok(at_doc_from_alto(NULL, "x", "", 0, &err) == AT_EINVAL, "no output: AT_EINVAL");
    g_free(passwd);
}

int main(void)
{
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    test_text();
    test_scanned();
    test_deleted_line();
    test_interleaved();
    test_foreign();
    test_hostile();
    xmlCleanupParser();
    return tap_done();
}
