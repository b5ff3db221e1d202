/* ALTO 4.4 output of a document: pages, blocks, tables, lines, words and how they were made.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choices the schema (schemas/alto-4-4.xsd) leaves open, made here:
 * - Geometry (HPOS/VPOS/WIDTH/HEIGHT) is optional on Page, PrintSpace,
 *   blocks, TextLine, String and SP, so a box the model does not know (-1,
 *   text documents) is left out. Writing 0 would claim a box at the origin.
 *   A block or line without a box gets the union of its written words'.
 * - Processing (4.x), not the deprecated OCRProcessing. One entry per
 *   distinct engine + preprocessing pair ("proc1", ...); per-page dpi, skew
 *   and rotation go into its processingStepSettings, one line a page. Pages
 *   name theirs in PROCESSINGREFS. Coordinates are those of the upright,
 *   deskewed image, so Page/@ROTATION is not written.
 * - Words whose reading was changed link the entry "norm" through
 *   String/@PROCESSINGREFS, and the rule that changed them through
 *   String/@TAGREFS to an OtherTag (rule ids need not be valid XML IDs, so
 *   the tags get generated IDs and carry the rule id in LABEL). The raw
 *   reading becomes <ALTERNATIVE PURPOSE="raw">.
 * - ALTO has no row/column attribute and allows no foreign ones: a cell's
 *   TextBlock gets the ID p<page>_t<table>_r<row>_c<col> (1-based) and
 *   TAGREFS to StructureTags "row<n>" and "col<n>".
 * - processingDateTime is the time of writing, or $SOURCE_DATE_EPOCH when
 *   set, so that builds and tests can get reproducible files.
 */
#include "arkivtext/alto.h"
#include "core/alto_private.h"
#include "core/private.h"

#include <errno.h>
#include <glib.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#define ALTO_NS "http://www.loc.gov/standards/alto/ns-v4#"
#define ALTO_XSD "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define NORM_ID "norm"

/* Pages read the same way share one Processing entry. */
typedef struct {
    const char *engine;
    const char *steps;
    GArray *pages; /* size_t */
} ocr_group;

typedef struct {
    const at_doc *doc;
    const at_alto_options *opts;
    xmlTextWriterPtr xml;
    const at_xml_sink *out;
    bool failed;            /* a libxml2 call failed */
    GString *buf, *buf2;    /* scratch for cleaned text */
    char *when;             /* processingDateTime */
    GPtrArray *groups;      /* ocr_group* */
    guint *page_group;      /* per page, index into groups */
    bool *page_changed;     /* per page, some word's reading was changed */
    GPtrArray *page_blocks; /* per page, GArray of size_t block indices */
    at_alto_ids *ids;       /* every line's TextLine ID */
    GPtrArray *rules;       /* distinct rule ids, in order of first use */
    GHashTable *rule_tag;   /* rule id -> its tag number (1-based) */
    GArray *rows, *cols;    /* table rows and columns used (0-based), sorted, unique */
    size_t n_changed;
} alto;

/* ---- text and attributes ---- */

static void check(alto *a, int rc)
{
    if (rc < 0)
        a->failed = true;
}

static void start(alto *a, const char *name)
{
    check(a, xmlTextWriterStartElement(a->xml, BAD_CAST name));
}

static void end(alto *a)
{
    check(a, xmlTextWriterEndElement(a->xml));
}

static void attr_text(alto *a, const char *name, const char *s, size_t len)
{
    check(a, xmlTextWriterWriteAttribute(a->xml, BAD_CAST name, BAD_CAST at_xml_clean(a->buf, s, len, false)));
}

static void attr(alto *a, const char *name, const char *s)
{
    attr_text(a, name, s, strlen(s));
}

static void attr_int(alto *a, const char *name, long long v)
{
    char num[32];
    snprintf(num, sizeof num, "%lld", v);
    check(a, xmlTextWriterWriteAttribute(a->xml, BAD_CAST name, BAD_CAST num));
}

/* A confidence as xsd:float in 0..1 (WCType, PCType); unknown (< 0, NaN) is left out. */
static void attr_confidence(alto *a, const char *name, double v)
{
    if (!(v >= 0))
        return;
    char num[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd(num, sizeof num, "%.4g", v > 1 ? 1 : v);
    check(a, xmlTextWriterWriteAttribute(a->xml, BAD_CAST name, BAD_CAST num));
}

static void element(alto *a, const char *name, const char *s)
{
    check(a, xmlTextWriterWriteElement(a->xml, BAD_CAST name, BAD_CAST at_xml_clean(a->buf, s, strlen(s), true)));
}

/* ---- boxes ---- */

static const at_box no_box = { -1, -1, -1, -1 };

static bool box_known(at_box b)
{
    return b.x >= 0 && b.y >= 0 && b.w >= 0 && b.h >= 0;
}

static at_box box_union(at_box acc, at_box b)
{
    if (!box_known(b))
        return acc;
    if (!box_known(acc))
        return b;
    int x1 = MAX(acc.x + acc.w, b.x + b.w), y1 = MAX(acc.y + acc.h, b.y + b.h);
    acc.x = MIN(acc.x, b.x);
    acc.y = MIN(acc.y, b.y);
    acc.w = x1 - acc.x;
    acc.h = y1 - acc.y;
    return acc;
}

static void attr_box(alto *a, at_box b)
{
    if (!box_known(b))
        return;
    attr_int(a, "HPOS", b.x);
    attr_int(a, "VPOS", b.y);
    attr_int(a, "WIDTH", b.w);
    attr_int(a, "HEIGHT", b.h);
}

/* ---- what gets written ---- */

/* Words with an empty reading (deleted: merged into the word before) have no String. */
static bool word_written(const at_word_view *w)
{
    return w->text_len > 0;
}

static bool word_changed(const at_word_view *w)
{
    return w->text_len != w->raw_len || memcmp(w->text, w->raw, w->text_len) != 0;
}

/* Lines without a written word are left out: TextLine needs at least one String. */
static bool line_box(const at_doc *doc, size_t l, at_box *out)
{
    at_line_view lv;
    at_doc_line(doc, l, &lv);
    at_box u = no_box;
    bool any = false;
    for (size_t i = lv.first_word; i < (size_t)lv.first_word + lv.n_words; i++) {
        at_word_view w;
        at_doc_word(doc, i, &w);
        if (word_written(&w)) {
            any = true;
            u = box_union(u, w.box);
        }
    }
    *out = box_known(lv.box) ? lv.box : u;
    return any;
}

static at_box block_box(const at_doc *doc, size_t b)
{
    at_block_view bv;
    at_doc_block(doc, b, &bv);
    if (box_known(bv.box))
        return bv.box;
    at_box u = no_box, lb;
    for (size_t l = bv.first_line; l < (size_t)bv.first_line + bv.n_lines; l++)
        if (line_box(doc, l, &lb))
            u = box_union(u, lb);
    return u;
}

/* ---- the layout: where each block goes, and each line's ID ---- */

static bool line_written(const at_doc *doc, size_t l)
{
    at_box box;
    return line_box(doc, l, &box);
}

/* Per page, its blocks in model order (GArray of size_t); blocks made before any page have nowhere to go. */
static GPtrArray *blocks_by_page(const at_doc *doc)
{
    size_t n_pages = at_doc_n_pages(doc);
    GPtrArray *pages = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
    for (size_t p = 0; p < n_pages; p++)
        g_ptr_array_add(pages, g_array_new(FALSE, FALSE, sizeof(size_t)));
    for (size_t b = 0; b < at_doc_n_blocks(doc); b++) {
        at_block_view bv;
        at_doc_block(doc, b, &bv);
        if (bv.page < n_pages)
            g_array_append_val(pages->pdata[bv.page], b);
    }
    return pages;
}

/* A block in writing order: its place among its page's blocks, and its table's number on the page (0: text). */
typedef struct {
    size_t block;
    guint place;
    size_t table;
} placed_block;

/* A page's blocks in writing order: text blocks where they are, all cells of a table where its first cell is. */
static GArray *writing_order(const at_doc *doc, const GArray *blocks)
{
    GArray *order = g_array_new(FALSE, FALSE, sizeof(placed_block));
    GArray *tables = g_array_new(FALSE, FALSE, sizeof(int)); /* the model's table index, by number - 1 */
    for (guint i = 0; i < blocks->len; i++) {
        at_block_view bv;
        at_doc_block(doc, g_array_index(blocks, size_t, i), &bv);
        if (bv.kind != AT_BLOCK_CELL) {
            g_array_append_val(order, ((placed_block){ g_array_index(blocks, size_t, i), i, 0 }));
            continue;
        }
        guint t = 0;
        while (t < tables->len && g_array_index(tables, int, t) != bv.table)
            t++;
        if (t < tables->len)
            continue;
        g_array_append_val(tables, bv.table);
        for (guint j = i; j < blocks->len; j++) {
            at_block_view cell;
            at_doc_block(doc, g_array_index(blocks, size_t, j), &cell);
            if (cell.kind == AT_BLOCK_CELL && cell.table == bv.table)
                g_array_append_val(order, ((placed_block){ g_array_index(blocks, size_t, j), j, tables->len }));
        }
    }
    g_array_free(tables, TRUE);
    return order;
}

struct at_alto_ids {
    size_t n_lines;
    unsigned *number;  /* per line: its number on its page, 0 when not written */
    size_t *page;      /* per line: its page */
};

void at_alto_format_line_id(char *buf, size_t size, size_t page, size_t number)
{
    snprintf(buf, size, "p%zu_l%zu", page + 1, number);
}

int at_alto_ids_new(const at_doc *doc, at_alto_ids **out, at_error *err)
{
    if (!doc || !out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, NULL, "no document or no output for ALTO line IDs");
    at_alto_ids *ids = g_new0(at_alto_ids, 1);
    ids->n_lines = at_doc_n_lines(doc);
    ids->number = g_new0(unsigned, ids->n_lines + 1);
    ids->page = g_new0(size_t, ids->n_lines + 1);
    GPtrArray *pages = blocks_by_page(doc);
    for (size_t p = 0; p < pages->len; p++) {
        GArray *order = writing_order(doc, pages->pdata[p]);
        unsigned n = 0;
        for (guint i = 0; i < order->len; i++) {
            at_block_view bv;
            at_doc_block(doc, g_array_index(order, placed_block, i).block, &bv);
            for (size_t l = bv.first_line; l < (size_t)bv.first_line + bv.n_lines; l++) {
                ids->page[l] = p;
                ids->number[l] = line_written(doc, l) ? ++n : 0;
            }
        }
        g_array_free(order, TRUE);
    }
    g_ptr_array_free(pages, TRUE);
    *out = ids;
    return 0;
}

unsigned at_alto_line_number(const at_alto_ids *ids, size_t line)
{
    return ids && line < ids->n_lines ? ids->number[line] : 0;
}

bool at_alto_line_id(const at_alto_ids *ids, size_t line, char *buf, size_t size)
{
    unsigned n = at_alto_line_number(ids, line);
    if (n)
        at_alto_format_line_id(buf, size, ids->page[line], n);
    return n > 0;
}

void at_alto_ids_free(at_alto_ids *ids)
{
    if (!ids)
        return;
    g_free(ids->number);
    g_free(ids->page);
    g_free(ids);
}

/* ---- the survey before writing ---- */

static char *processing_time(void)
{
    GDateTime *t = NULL;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    if (epoch && *epoch) {
        char *rest;
        errno = 0;
        long long v = strtoll(epoch, &rest, 10);
        if (errno == 0 && *rest == '\0' && v >= 0)
            t = g_date_time_new_from_unix_utc(v);
    }
    if (!t)
        t = g_date_time_new_now_utc();
    char *s = g_date_time_format(t, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(t);
    return s;
}

static void group_free(gpointer p)
{
    ocr_group *g = p;
    g_array_free(g->pages, TRUE);
    g_free(g);
}

static void add_unique_sorted(GArray *set, int v)
{
    guint i = 0;
    while (i < set->len && g_array_index(set, int, i) < v)
        i++;
    if (i == set->len || g_array_index(set, int, i) != v)
        g_array_insert_val(set, i, v);
}

static void survey(alto *a)
{
    const at_doc *doc = a->doc;
    size_t n_pages = at_doc_n_pages(doc);
    a->groups = g_ptr_array_new_with_free_func(group_free);
    a->page_group = g_new0(guint, n_pages);
    a->page_changed = g_new0(bool, n_pages);
    a->page_blocks = blocks_by_page(doc);
    a->rules = g_ptr_array_new();
    a->rule_tag = g_hash_table_new(g_str_hash, g_str_equal);
    a->rows = g_array_new(FALSE, FALSE, sizeof(int));
    a->cols = g_array_new(FALSE, FALSE, sizeof(int));
    a->when = processing_time();

    for (size_t p = 0; p < n_pages; p++) {
        at_page_view pv;
        at_doc_page(doc, p, &pv);
        guint g = 0;
        for (; g < a->groups->len; g++) {
            ocr_group *og = a->groups->pdata[g];
            if (strcmp(og->engine, pv.engine) == 0 && strcmp(og->steps, pv.steps) == 0)
                break;
        }
        if (g == a->groups->len) {
            ocr_group *og = g_new0(ocr_group, 1);
            og->engine = pv.engine;
            og->steps = pv.steps;
            og->pages = g_array_new(FALSE, FALSE, sizeof(size_t));
            g_ptr_array_add(a->groups, og);
        }
        g_array_append_val(((ocr_group *)a->groups->pdata[g])->pages, p);
        a->page_group[p] = g;
    }

    for (size_t b = 0; b < at_doc_n_blocks(doc); b++) {
        at_block_view bv;
        at_doc_block(doc, b, &bv);
        if (bv.page >= n_pages)
            continue; /* blocks made before any page; nowhere to write them */
        if (bv.kind == AT_BLOCK_CELL) {
            if (bv.row >= 0)
                add_unique_sorted(a->rows, bv.row);
            if (bv.col >= 0)
                add_unique_sorted(a->cols, bv.col);
        }
        for (size_t l = bv.first_line; l < (size_t)bv.first_line + bv.n_lines; l++) {
            at_line_view lv;
            at_doc_line(doc, l, &lv);
            for (size_t i = lv.first_word; i < (size_t)lv.first_word + lv.n_words; i++) {
                at_word_view w;
                at_doc_word(doc, i, &w);
                if (!word_changed(&w))
                    continue;
                a->n_changed++;
                a->page_changed[bv.page] = true;
                if (w.rule && !g_hash_table_contains(a->rule_tag, w.rule)) {
                    g_ptr_array_add(a->rules, (gpointer)w.rule);
                    g_hash_table_insert(a->rule_tag, (gpointer)w.rule, GUINT_TO_POINTER(a->rules->len));
                }
            }
        }
    }
}

static void survey_free(alto *a)
{
    g_ptr_array_free(a->groups, TRUE);
    g_free(a->page_group);
    g_free(a->page_changed);
    g_ptr_array_free(a->page_blocks, TRUE);
    g_ptr_array_free(a->rules, TRUE);
    g_hash_table_destroy(a->rule_tag);
    g_array_free(a->rows, TRUE);
    g_array_free(a->cols, TRUE);
    g_free(a->when);
}

/* ---- Description and Tags ---- */

static void write_software(alto *a, const char *component)
{
    start(a, "processingSoftware");
    element(a, "softwareName", "arkivtext");
    element(a, "softwareVersion", at_version());
    if (component && *component)
        element(a, "applicationDescription", component);
    end(a);
}

static void write_ocr_processing(alto *a, guint g)
{
    const ocr_group *og = a->groups->pdata[g];
    char id[32];
    snprintf(id, sizeof id, "proc%u", g + 1);
    start(a, "Processing");
    attr(a, "ID", id);
    /* processingCategory is a list: preprocessing and reading in one entry. */
    element(a, "processingCategory", *og->steps ? "preOperation contentGeneration" : "contentGeneration");
    if (a->when)
        element(a, "processingDateTime", a->when);
    char **steps = g_strsplit(og->steps, ",", -1);
    for (char **s = steps; *s; s++) {
        g_strstrip(*s);
        if (**s) {
            char *d = g_strconcat("preprocessing: ", *s, NULL);
            element(a, "processingStepDescription", d);
            g_free(d);
        }
    }
    g_strfreev(steps);
    char *d = g_strconcat("reading: ", *og->engine ? og->engine : "unknown", NULL);
    element(a, "processingStepDescription", d);
    g_free(d);

    GString *set = g_string_new(NULL);
    g_string_append_printf(set, "engine=%s\nsteps=%s", og->engine, og->steps);
    for (guint i = 0; i < og->pages->len; i++) {
        size_t p = g_array_index(og->pages, size_t, i);
        at_page_view pv;
        at_doc_page(a->doc, p, &pv);
        char skew[G_ASCII_DTOSTR_BUF_SIZE];
        g_ascii_formatd(skew, sizeof skew, "%.2f", pv.skew);
        g_string_append_printf(set, "\np%zu: dpi=%d skew=%s rotation=%d", p + 1, pv.dpi, skew, pv.rotation);
    }
    element(a, "processingStepSettings", set->str);
    g_string_free(set, TRUE);
    write_software(a, og->engine);
    end(a);
}

static void write_norm_processing(alto *a)
{
    start(a, "Processing");
    attr(a, "ID", NORM_ID);
    element(a, "processingCategory", "contentModification");
    if (a->when)
        element(a, "processingDateTime", a->when);
    element(a, "processingStepDescription", "normalization of the raw reading");
    for (guint i = 0; i < a->rules->len; i++) {
        char *d = g_strconcat("rule: ", (const char *)a->rules->pdata[i], NULL);
        element(a, "processingStepDescription", d);
        g_free(d);
    }
    GString *set = g_string_new("rules=");
    for (guint i = 0; i < a->rules->len; i++)
        g_string_append_printf(set, "%s%s", i ? "," : "", (const char *)a->rules->pdata[i]);
    g_string_append_printf(set, "\nchanged words=%zu", a->n_changed);
    element(a, "processingStepSettings", set->str);
    g_string_free(set, TRUE);
    write_software(a, NULL);
    end(a);
}

static void write_description(alto *a)
{
    start(a, "Description");
    element(a, "MeasurementUnit", "pixel");
    start(a, "sourceImageInformation");
    const char *name = a->opts->source_image ? a->opts->source_image : at_doc_name(a->doc);
    element(a, "fileName", name ? name : "");
    end(a);
    for (guint g = 0; g < a->groups->len; g++)
        write_ocr_processing(a, g);
    if (a->n_changed)
        write_norm_processing(a);
    end(a);
}

static void write_tag(alto *a, const char *element_name, const char *id, const char *type, const char *label)
{
    start(a, element_name);
    attr(a, "ID", id);
    attr(a, "TYPE", type);
    attr(a, "LABEL", label);
    end(a);
}

static void write_tags(alto *a)
{
    if (!a->rows->len && !a->cols->len && !a->rules->len)
        return;
    char id[32], label[32];
    start(a, "Tags");
    for (guint i = 0; i < a->rows->len; i++) {
        int r = g_array_index(a->rows, int, i) + 1;
        snprintf(id, sizeof id, "row%d", r);
        snprintf(label, sizeof label, "%d", r);
        write_tag(a, "StructureTag", id, "table row", label);
    }
    for (guint i = 0; i < a->cols->len; i++) {
        int c = g_array_index(a->cols, int, i) + 1;
        snprintf(id, sizeof id, "col%d", c);
        snprintf(label, sizeof label, "%d", c);
        write_tag(a, "StructureTag", id, "table column", label);
    }
    for (guint i = 0; i < a->rules->len; i++) {
        snprintf(id, sizeof id, "rule%u", i + 1);
        write_tag(a, "OtherTag", id, "normalization rule", a->rules->pdata[i]);
    }
    end(a);
}

/* ---- Layout ---- */

typedef struct {
    size_t page;       /* 0-based */
    size_t n_words;
} page_state;

static void write_word(alto *a, page_state *ps, const at_word_view *w)
{
    char id[64];
    snprintf(id, sizeof id, "p%zu_w%zu", ps->page + 1, ++ps->n_words);
    start(a, "String");
    attr(a, "ID", id);
    attr_box(a, w->box);
    attr_text(a, "CONTENT", w->text, w->text_len);
    attr_confidence(a, "WC", w->confidence);
    if (!word_changed(w)) {
        end(a);
        return;
    }
    attr(a, "PROCESSINGREFS", NORM_ID);
    guint tag = w->rule ? GPOINTER_TO_UINT(g_hash_table_lookup(a->rule_tag, w->rule)) : 0;
    if (tag) {
        snprintf(id, sizeof id, "rule%u", tag);
        attr(a, "TAGREFS", id);
    }
    /* An ALTERNATIVE that reads like CONTENT (e.g. both only U+FFFD after cleaning) says nothing. */
    at_xml_clean(a->buf, w->text, w->text_len, false);
    at_xml_clean(a->buf2, w->raw, w->raw_len, false);
    if (a->opts->alternatives && strcmp(a->buf->str, a->buf2->str) != 0) {
        start(a, "ALTERNATIVE");
        attr(a, "PURPOSE", "raw"); /* overwrites buf, not buf2 */
        check(a, xmlTextWriterWriteString(a->xml, BAD_CAST a->buf2->str));
        end(a);
    }
    end(a);
}

/* The white space between two words; its box spans the gap when both boxes are known. */
static void write_space(alto *a, at_box prev, at_box next)
{
    start(a, "SP");
    if (box_known(prev) && box_known(next) && next.x >= prev.x + prev.w) {
        int top = MIN(prev.y, next.y), bottom = MAX(prev.y + prev.h, next.y + next.h);
        attr_box(a, (at_box){ prev.x + prev.w, top, next.x - (prev.x + prev.w), bottom - top });
    }
    end(a);
}

static void write_line(alto *a, page_state *ps, size_t l)
{
    at_box box;
    char id[64];
    if (!at_alto_line_id(a->ids, l, id, sizeof id))
        return;
    line_box(a->doc, l, &box);
    at_line_view lv;
    at_doc_line(a->doc, l, &lv);
    start(a, "TextLine");
    attr(a, "ID", id);
    attr_box(a, box);
    bool first = true;
    at_box prev = no_box;
    for (size_t i = lv.first_word; i < (size_t)lv.first_word + lv.n_words; i++) {
        at_word_view w;
        at_doc_word(a->doc, i, &w);
        if (!word_written(&w))
            continue;
        if (!first)
            write_space(a, prev, w.box);
        write_word(a, ps, &w);
        prev = w.box;
        first = false;
    }
    end(a);
}

static void write_text_block(alto *a, page_state *ps, size_t b, const char *id, const char *tagrefs)
{
    at_block_view bv;
    at_doc_block(a->doc, b, &bv);
    start(a, "TextBlock");
    attr(a, "ID", id);
    if (tagrefs && *tagrefs)
        attr(a, "TAGREFS", tagrefs);
    attr_box(a, block_box(a->doc, b));
    for (size_t l = bv.first_line; l < (size_t)bv.first_line + bv.n_lines; l++)
        write_line(a, ps, l);
    end(a);
}

/* The cells of one table, `order[from]` and the cells right after it in writing order, as one ComposedBlock.
 * Returns the place in `order` after the table. */
static guint write_table(alto *a, page_state *ps, const GArray *order, guint from)
{
    size_t number = g_array_index(order, placed_block, from).table;
    guint to = from;
    at_box box = no_box;
    for (; to < order->len && g_array_index(order, placed_block, to).table == number; to++)
        box = box_union(box, block_box(a->doc, g_array_index(order, placed_block, to).block));
    char id[96], tagrefs[64];
    snprintf(id, sizeof id, "p%zu_t%zu", ps->page + 1, number);
    start(a, "ComposedBlock");
    attr(a, "ID", id);
    attr(a, "TYPE", "table");
    attr_box(a, box);
    /* Two cells claiming the same row and column would share an ID; the later one gets its block's. */
    GHashTable *ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (guint i = from; i < to; i++) {
        const placed_block *pb = &g_array_index(order, placed_block, i);
        at_block_view bv;
        at_doc_block(a->doc, pb->block, &bv);
        tagrefs[0] = '\0';
        if (bv.row >= 0 && bv.col >= 0)
            snprintf(id, sizeof id, "p%zu_t%zu_r%d_c%d", ps->page + 1, number, bv.row + 1, bv.col + 1);
        if (bv.row < 0 || bv.col < 0 || g_hash_table_contains(ids, id))
            snprintf(id, sizeof id, "p%zu_t%zu_b%u", ps->page + 1, number, pb->place + 1);
        g_hash_table_add(ids, g_strdup(id));
        if (bv.row >= 0)
            snprintf(tagrefs, sizeof tagrefs, "row%d", bv.row + 1);
        if (bv.col >= 0)
            snprintf(tagrefs + strlen(tagrefs), sizeof tagrefs - strlen(tagrefs), "%scol%d",
                     tagrefs[0] ? " " : "", bv.col + 1);
        write_text_block(a, ps, pb->block, id, tagrefs);
    }
    g_hash_table_destroy(ids);
    end(a);
    return to;
}

static void write_page(alto *a, size_t p)
{
    at_page_view pv;
    at_doc_page(a->doc, p, &pv);
    page_state ps = { p, 0 };
    char id[64];
    snprintf(id, sizeof id, "p%zu", p + 1);
    start(a, "Page");
    attr(a, "ID", id);
    attr_int(a, "PHYSICAL_IMG_NR", pv.source_page > 0 ? pv.source_page : (long long)p + 1);
    bool sized = pv.width > 0 && pv.height > 0;
    if (sized) {
        attr_int(a, "WIDTH", pv.width);
        attr_int(a, "HEIGHT", pv.height);
    }
    char refs[64];
    snprintf(refs, sizeof refs, "proc%u%s", a->page_group[p] + 1, a->page_changed[p] ? " " NORM_ID : "");
    attr(a, "PROCESSINGREFS", refs);
    attr_confidence(a, "PC", pv.confidence);

    start(a, "PrintSpace");
    snprintf(id, sizeof id, "p%zu_ps", p + 1);
    attr(a, "ID", id);
    if (sized)
        attr_box(a, (at_box){ 0, 0, pv.width, pv.height });
    GArray *order = writing_order(a->doc, a->page_blocks->pdata[p]);
    for (guint i = 0; i < order->len && !a->failed && !a->out->failed;) {
        const placed_block *pb = &g_array_index(order, placed_block, i);
        if (pb->table) {
            i = write_table(a, &ps, order, i);
            continue;
        }
        snprintf(id, sizeof id, "p%zu_b%u", p + 1, pb->place + 1);
        write_text_block(a, &ps, pb->block, id, NULL);
        i++;
    }
    g_array_free(order, TRUE);
    end(a);
    end(a);
}

int at_doc_write_alto(const at_doc *doc, FILE *out, const at_alto_options *opts, at_error *err)
{
    at_alto_options defaults = AT_ALTO_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    if (!doc || !out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, NULL, "no document or no output for ALTO");
    if (opts->version != AT_ALTO_OPTIONS_VERSION && opts->version != 1)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, NULL, "unsupported ALTO options version %d",
                            opts->version);
    /* Layout needs at least one Page. */
    if (at_doc_n_pages(doc) == 0)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, at_doc_name(doc), "no pages to write as ALTO");
    if (opts->version >= 2 && opts->page >= 0 && (size_t)opts->page >= at_doc_n_pages(doc))
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, at_doc_name(doc), "no page %d to write as ALTO",
                            opts->page + 1);

    /* libxml2 2.9 sets up its encoders lazily and unlocked unless initialised first. */
    xmlInitParser();
    at_xml_sink sk = { out, false };
    xmlOutputBufferPtr buf = at_xml_output(&sk);
    xmlTextWriterPtr xml = buf ? xmlNewTextWriter(buf) : NULL;
    if (!xml) {
        if (buf)
            xmlOutputBufferClose(buf);
        return at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, at_doc_name(doc), "cannot start the ALTO writer");
    }
    alto a = { 0 };
    a.doc = doc;
    a.opts = opts;
    a.xml = xml;
    a.out = &sk;
    a.buf = g_string_new(NULL);
    a.buf2 = g_string_new(NULL);
    survey(&a);
    at_alto_ids_new(doc, &a.ids, NULL);

    check(&a, xmlTextWriterSetIndent(xml, 1));
    check(&a, xmlTextWriterSetIndentString(xml, BAD_CAST "  "));
    check(&a, xmlTextWriterStartDocument(xml, NULL, "UTF-8", NULL));
    check(&a, xmlTextWriterStartElementNS(xml, NULL, BAD_CAST "alto", BAD_CAST ALTO_NS));
    check(&a, xmlTextWriterWriteAttributeNS(xml, BAD_CAST "xsi", BAD_CAST "schemaLocation", BAD_CAST XSI_NS,
                                            BAD_CAST ALTO_NS " " ALTO_XSD));
    attr(&a, "SCHEMAVERSION", "4.4");
    write_description(&a);
    write_tags(&a);
    start(&a, "Layout");
    for (size_t p = 0; p < at_doc_n_pages(doc) && !a.failed && !sk.failed; p++)
        if (opts->version < 2 || opts->page < 0 || (size_t)opts->page == p)
            write_page(&a, p);
    end(&a);
    check(&a, xmlTextWriterEndDocument(xml));
    check(&a, xmlTextWriterFlush(xml));
    xmlFreeTextWriter(xml); /* also frees the output buffer; `out` stays open */

    survey_free(&a);
    at_alto_ids_free(a.ids);
    g_string_free(a.buf, TRUE);
    g_string_free(a.buf2, TRUE);
    if (a.failed || sk.failed || fflush(out) != 0 || ferror(out))
        return at_error_set(err, AT_EIO, AT_STAGE_CORE, at_doc_name(doc), "writing ALTO failed");
    return 0;
}
