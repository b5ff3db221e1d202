/* ALTO 4 input: a file written by at_doc_write_alto() read back into the document model.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the writer's choices (core/alto.c) come back:
 * - Page -> page: WIDTH/HEIGHT, PHYSICAL_IMG_NR (else its order), PC; engine,
 *   steps, dpi, skew and rotation from the processingStepSettings of the
 *   Processing entry its PROCESSINGREFS names ("engine=", "steps=",
 *   "p<n>: dpi= skew= rotation="). Unknown values stay 0 / "".
 * - TextBlock -> text block. A ComposedBlock TYPE="table", or a TextBlock
 *   with the ID p<page>_t<table>_r<row>_c<col>, -> cells; the ID is 1-based,
 *   the model 0-based. A cell whose ID does not say gets its row and column
 *   from the "table row"/"table column" StructureTags its TAGREFS name.
 * - TextLine -> line, String -> word: CONTENT is the current reading,
 *   <ALTERNATIVE PURPOSE="raw"> the raw one; the changing rule is the LABEL
 *   of the OtherTag its TAGREFS name, else "alto". WC -> confidence.
 *   A missing HPOS/VPOS/WIDTH/HEIGHT is -1, as text documents have no boxes.
 * - Lines are added in document order, the order the writer numbers them in,
 *   so the i-th line of page p in the model is TextLine p<p>_l<i>. A file
 *   whose TextLine IDs break that rule gets a warning (at_doc_warnings()).
 * The writer never writes words with an empty reading, lines without words,
 * text byte offsets, rule scores (read as 0), nor the model's table index
 * (tables are numbered per page in writing order), so those do not come back.
 *
 * Safety: libxml2 parses from memory with no network, no DTD loading, no
 * entity substitution and its default size and depth limits (no
 * XML_PARSE_HUGE). ALTO needs no DOCTYPE, so the parser is stopped as soon
 * as it sees one, before the internal subset: no entity is ever declared,
 * expanded or fetched.
 */
#include "arkivtext/alto.h"
#include "core/alto_private.h"
#include "core/doc_private.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#define ALTO_NS "http://www.loc.gov/standards/alto/ns-v4#"
/* ComposedBlocks inside ComposedBlocks; the writer nests none. */
#define MAX_NESTING 32

static const char default_rule[] = "alto";

typedef struct {
    const char *path;
    at_error *err;
    at_doc *doc;
    GHashTable *ids;      /* ID -> xmlNode of each Processing entry and tag */
    size_t page;          /* 0-based index of the page being read */
    size_t n_lines;       /* TextLines read on this page */
    int n_tables;         /* table ComposedBlocks read on this page */
    bool warned_line_ids;
} reader;

/* What the parser callbacks tell us; lives in the parser context's _private. */
typedef struct {
    bool doctype;
} parse_state;

/* ---- errors ---- */

/* An AT_EFORMAT naming the file and, when known, the line of `n`. */
static int fail(reader *r, const xmlNode *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(reader *r, const xmlNode *n, const char *fmt, ...)
{
    char msg[sizeof r->err->message];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    bool first = r->err && r->err->code == AT_OK;
    at_error_set(r->err, AT_EFORMAT, AT_STAGE_CORE, r->path, "%s", msg);
    if (first && n) {
        long line = xmlGetLineNo(n);
        r->err->line = line > 0 && line < UINT_MAX ? (unsigned)line : 0;
    }
    return AT_EFORMAT;
}

/* Text from libxml2 or the file on one line of at most size - 1 bytes: libxml2's
 * messages end in, and some contain, line breaks, and a value may hold &#10;. */
static const char *one_line(char *dst, size_t size, const char *src)
{
    size_t n = 0;
    bool space = true; /* drops leading white space */
    const char *p = src ? src : "";
    for (; *p && n + 1 < size; p++) {
        unsigned char c = (unsigned char)*p;
        if (c < 0x20 || c == 0x7F || c == ' ') {
            if (!space)
                dst[n++] = ' ';
            space = true;
        } else {
            dst[n++] = (char)c;
            space = false;
        }
    }
    if (*p) { /* cut short: drop a character cut in half (the tree is UTF-8) */
        size_t start = n;
        while (start > 0 && ((unsigned char)dst[start - 1] & 0xC0) == 0x80)
            start--;
        if (start > 0 && (unsigned char)dst[start - 1] >= 0xC0) {
            unsigned char lead = (unsigned char)dst[start - 1];
            size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (n - (start - 1) < want)
                n = start - 1;
        }
    }
    while (n > 0 && dst[n - 1] == ' ')
        n--;
    dst[n] = '\0';
    return dst;
}

static int parse_error(reader *r, xmlParserCtxtPtr ctxt)
{
    const xmlError *e = xmlCtxtGetLastError(ctxt);
    char msg[256];
    one_line(msg, sizeof msg, e ? e->message : NULL);
    bool first = r->err && r->err->code == AT_OK;
    if (strstr(msg, "Excessive depth")) /* libxml2's text suggests XML_PARSE_HUGE, which we refuse */
        at_error_set(r->err, AT_EFORMAT, AT_STAGE_CORE, r->path, "not ALTO: elements nested too deeply");
    else if (e && e->code == XML_ERR_DOCUMENT_EMPTY)
        at_error_set(r->err, AT_EFORMAT, AT_STAGE_CORE, r->path, "not XML: no element");
    else
        at_error_set(r->err, AT_EFORMAT, AT_STAGE_CORE, r->path, "not well-formed XML%s%s", *msg ? ": " : "",
                     msg);
    if (first && e && e->line > 0) {
        r->err->line = (unsigned)e->line;
        r->err->col = e->int2 > 0 ? (unsigned)e->int2 : 0;
    }
    return AT_EFORMAT;
}

/* ---- elements and attributes ---- */

static bool is_alto(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
           xmlStrEqual(n->ns->href, BAD_CAST ALTO_NS) && xmlStrEqual(n->name, BAD_CAST name);
}

static const xmlNode *child(const xmlNode *n, const char *name)
{
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is_alto(c, name))
            return c;
    return NULL;
}

/* An attribute's value, or NULL; free with xmlFree(). */
static char *prop(const xmlNode *n, const char *name)
{
    return (char *)xmlGetNoNsProp(n, BAD_CAST name);
}

/* A decimal number with optional surrounding white space (xsd:float, xsd:int). */
static bool parse_double(const char *s, double *out)
{
    while (g_ascii_isspace(*s))
        s++;
    char *end;
    double v = g_ascii_strtod(s, &end);
    if (end == s)
        return false;
    while (g_ascii_isspace(*end))
        end++;
    if (*end || !isfinite(v))
        return false;
    *out = v;
    return true;
}

/* A non-negative whole attribute (geometry is xsd:float in ALTO 4, so it is rounded); `absent` if missing. */
static int int_attr(reader *r, const xmlNode *n, const char *name, int absent, int *out)
{
    char *s = prop(n, name);
    *out = absent;
    if (!s)
        return 0;
    double v;
    bool good = parse_double(s, &v) && v >= 0 && v <= INT_MAX;
    if (good)
        *out = (int)lround(v);
    char shown[40];
    int rc = good ? 0 : fail(r, n, "%s has %s=\"%s\", not a number from 0 to %d", (const char *)n->name, name,
                             one_line(shown, sizeof shown, s), INT_MAX);
    xmlFree(s);
    return rc;
}

/* A confidence 0..1 (WC, PC); -1 if missing. */
static int conf_attr(reader *r, const xmlNode *n, const char *name, float *out)
{
    char *s = prop(n, name);
    *out = -1;
    if (!s)
        return 0;
    double v;
    bool good = parse_double(s, &v) && v >= 0 && v <= 1;
    if (good)
        *out = (float)v;
    char shown[40];
    int rc = good ? 0 : fail(r, n, "%s has %s=\"%s\", not a confidence from 0 to 1", (const char *)n->name, name,
                             one_line(shown, sizeof shown, s));
    xmlFree(s);
    return rc;
}

static int read_box(reader *r, const xmlNode *n, at_box *b)
{
    if (int_attr(r, n, "HPOS", -1, &b->x) < 0 || int_attr(r, n, "VPOS", -1, &b->y) < 0 ||
        int_attr(r, n, "WIDTH", -1, &b->w) < 0 || int_attr(r, n, "HEIGHT", -1, &b->h) < 0)
        return AT_EFORMAT;
    return 0;
}

/* The nodes an IDREFS attribute names, one call per name; stops when `fn` returns true. */
typedef bool (*ref_fn)(reader *r, const xmlNode *target, void *data);

static void each_ref(reader *r, const xmlNode *n, const char *name, ref_fn fn, void *data)
{
    char *refs = prop(n, name);
    if (!refs)
        return;
    char **names = g_strsplit_set(refs, " \t\r\n", -1);
    for (char **s = names; *s; s++) {
        const xmlNode *target = **s ? g_hash_table_lookup(r->ids, *s) : NULL;
        if (target && fn(r, target, data))
            break;
    }
    g_strfreev(names);
    xmlFree(refs);
}

/* ---- numbers in IDs ---- */

/* A 1-based number in an ID, returned 0-based; advances `*s`. */
static bool take_index(const char **s, int *out)
{
    const char *p = *s;
    long long v = 0;
    while (g_ascii_isdigit(*p) && v <= INT_MAX)
        v = v * 10 + (*p++ - '0');
    if (p == *s || v < 1 || v > INT_MAX)
        return false;
    *out = (int)(v - 1);
    *s = p;
    return true;
}

static bool take(const char **s, const char *lit)
{
    size_t n = strlen(lit);
    if (strncmp(*s, lit, n) != 0)
        return false;
    *s += n;
    return true;
}

/* "p<page>_t<table>", the writer's table ID -> 0-based table. */
static bool parse_table_id(const char *id, int *table)
{
    int page;
    return id && take(&id, "p") && take_index(&id, &page) && take(&id, "_t") && take_index(&id, table) && !*id;
}

/* "p<page>_t<table>_r<row>_c<col>", the writer's cell ID -> 0-based table, row and column. */
static bool parse_cell_id(const char *id, int *table, int *row, int *col)
{
    int page;
    return id && take(&id, "p") && take_index(&id, &page) && take(&id, "_t") && take_index(&id, table) &&
           take(&id, "_r") && take_index(&id, row) && take(&id, "_c") && take_index(&id, col) && !*id;
}

/* ---- pages ---- */

typedef struct {
    size_t page;   /* 1-based, as in the settings */
    at_page *out;
    char **engine, **steps;
} page_settings;

static bool parse_int(const char *s, long long lo, long long hi, int *out)
{
    double v;
    if (!parse_double(s, &v) || v < (double)lo || v > (double)hi || v != floor(v))
        return false;
    *out = (int)v;
    return true;
}

/* "p<n>: dpi=300 skew=0.35 rotation=0" for page n. */
static void read_page_settings(const char *line, page_settings *ps)
{
    int n;
    const char *p = line;
    if (!take(&p, "p") || !take_index(&p, &n) || (size_t)n + 1 != ps->page || !take(&p, ":"))
        return;
    char **fields = g_strsplit_set(p, " \t", -1);
    for (char **f = fields; *f; f++) {
        const char *v = strchr(*f, '=');
        if (!v)
            continue;
        v++;
        double skew;
        if (g_str_has_prefix(*f, "dpi="))
            (void)parse_int(v, 0, INT_MAX, &ps->out->dpi);
        else if (g_str_has_prefix(*f, "rotation="))
            (void)parse_int(v, 0, 359, &ps->out->rotation);
        else if (g_str_has_prefix(*f, "skew=") && parse_double(v, &skew))
            ps->out->skew = skew;
    }
    g_strfreev(fields);
}

/* The first Processing entry whose settings the writer made for pages ("engine=...") fills them in. */
static bool read_processing(reader *r, const xmlNode *target, void *data)
{
    (void)r;
    page_settings *ps = data;
    const xmlNode *set = is_alto(target, "Processing") ? child(target, "processingStepSettings") : NULL;
    char *text = set ? (char *)xmlNodeGetContent(set) : NULL;
    if (!text || !g_str_has_prefix(text, "engine=")) {
        xmlFree(text);
        return false;
    }
    char **lines = g_strsplit(text, "\n", -1);
    for (char **l = lines; *l; l++) {
        if (g_str_has_prefix(*l, "engine=")) {
            g_free(*ps->engine);
            *ps->engine = g_strdup(*l + strlen("engine="));
        } else if (g_str_has_prefix(*l, "steps=")) {
            g_free(*ps->steps);
            *ps->steps = g_strdup(*l + strlen("steps="));
        } else {
            read_page_settings(*l, ps);
        }
    }
    g_strfreev(lines);
    xmlFree(text);
    return true;
}

/* ---- words, lines, blocks ---- */

static bool find_rule(reader *r, const xmlNode *target, void *data)
{
    const char **rule = data;
    if (!is_alto(target, "OtherTag"))
        return false;
    char *label = prop(target, "LABEL");
    if (label && *label) /* interned: the model keeps rule ids by pointer */
        *rule = g_string_chunk_insert_const(r->doc->strings, label);
    xmlFree(label);
    return *rule != default_rule;
}

static int read_string(reader *r, const xmlNode *n)
{
    char *content = prop(n, "CONTENT");
    if (!content)
        return fail(r, n, "String without CONTENT");
    at_box box;
    float wc;
    int rc = read_box(r, n, &box);
    if (rc == 0)
        rc = conf_attr(r, n, "WC", &wc);
    if (rc < 0) {
        xmlFree(content);
        return rc;
    }
    char *raw = NULL;
    for (const xmlNode *c = n->children; c && !raw; c = c->next) {
        if (!is_alto(c, "ALTERNATIVE"))
            continue;
        char *purpose = prop(c, "PURPOSE");
        if (purpose && strcmp(purpose, "raw") == 0)
            raw = (char *)xmlNodeGetContent(c);
        xmlFree(purpose);
    }
    if (raw && strcmp(raw, content) != 0) {
        uint32_t i = at_doc_add_word(r->doc, raw, strlen(raw), box, wc);
        const char *rule = default_rule;
        each_ref(r, n, "TAGREFS", find_rule, &rule);
        at_doc_set_text(r->doc, i, content, strlen(content), rule, 0);
    } else {
        at_doc_add_word(r->doc, content, strlen(content), box, wc);
    }
    xmlFree(raw);
    xmlFree(content);
    return 0;
}

static int read_line(reader *r, const xmlNode *n)
{
    at_box box;
    if (read_box(r, n, &box) < 0)
        return AT_EFORMAT;
    at_doc_add_line(r->doc, box);
    r->n_lines++;
    /* Later stages name lines p<page>_l<n> from the model's order; say so when this file's IDs differ. */
    char *id = prop(n, "ID");
    char want[64];
    at_alto_format_line_id(want, sizeof want, r->page, r->n_lines);
    if (id && strcmp(id, want) != 0 && !r->warned_line_ids) {
        r->warned_line_ids = true;
        g_ptr_array_add(r->doc->warnings,
                        g_strdup_printf("%s: TextLine IDs do not count p<page>_l<n> in order (line %ld); "
                                        "line IDs made from the model will differ",
                                        r->path, xmlGetLineNo(n)));
    }
    xmlFree(id);
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is_alto(c, "String") && read_string(r, c) < 0)
            return AT_EFORMAT;
    return 0;
}

static int read_text_block(reader *r, const xmlNode *n, at_block_kind kind, int table, int row, int col)
{
    at_box box;
    if (read_box(r, n, &box) < 0)
        return AT_EFORMAT;
    at_doc_add_block(r->doc, kind, table, row, col, box);
    for (const xmlNode *c = n->children; c; c = c->next)
        if (is_alto(c, "TextLine") && read_line(r, c) < 0)
            return AT_EFORMAT;
    return 0;
}

typedef struct {
    int row, col;
} cell_pos;

static bool find_row_col(reader *r, const xmlNode *target, void *data)
{
    cell_pos *pos = data;
    if (!is_alto(target, "StructureTag"))
        return false;
    char *type = prop(target, "TYPE"), *label = prop(target, "LABEL");
    const char *l = label;
    int v;
    if (type && label && take_index(&l, &v) && !*l) {
        if (strcmp(type, "table row") == 0)
            pos->row = v;
        else if (strcmp(type, "table column") == 0)
            pos->col = v;
    }
    xmlFree(type);
    xmlFree(label);
    (void)r;
    return pos->row >= 0 && pos->col >= 0;
}

static int read_composed_block(reader *r, const xmlNode *n, int depth)
{
    if (depth > MAX_NESTING)
        return fail(r, n, "ComposedBlocks nested more than %d deep", MAX_NESTING);
    char *type = prop(n, "TYPE"), *id = prop(n, "ID");
    bool is_table = type && strcmp(type, "table") == 0;
    int table = -1;
    if (is_table && !parse_table_id(id, &table))
        table = r->n_tables;
    if (is_table)
        r->n_tables++;
    xmlFree(type);
    xmlFree(id);

    int rc = 0;
    for (const xmlNode *c = n->children; c && rc == 0; c = c->next) {
        if (is_alto(c, "ComposedBlock")) {
            rc = read_composed_block(r, c, depth + 1);
            continue;
        }
        if (!is_alto(c, "TextBlock"))
            continue;
        char *cid = prop(c, "ID");
        int t, row, col;
        if (parse_cell_id(cid, &t, &row, &col)) {
            rc = read_text_block(r, c, AT_BLOCK_CELL, is_table ? table : t, row, col);
        } else if (is_table) { /* the writer's fallback ID p<page>_t<table>_b<n>: position in the tags */
            cell_pos pos = { -1, -1 };
            each_ref(r, c, "TAGREFS", find_row_col, &pos);
            rc = read_text_block(r, c, AT_BLOCK_CELL, table, pos.row, pos.col);
        } else {
            rc = read_text_block(r, c, AT_BLOCK_TEXT, -1, -1, -1);
        }
        xmlFree(cid);
    }
    return rc;
}

/* PrintSpace or a margin: its blocks in order. */
static int read_space(reader *r, const xmlNode *n)
{
    int rc = 0;
    for (const xmlNode *c = n->children; c && rc == 0; c = c->next) {
        if (is_alto(c, "TextBlock"))
            rc = read_text_block(r, c, AT_BLOCK_TEXT, -1, -1, -1);
        else if (is_alto(c, "ComposedBlock"))
            rc = read_composed_block(r, c, 1);
    }
    return rc;
}

/* The page number its settings line carries: the writer's page ID ("p2"), which a one-page ALTO of page 2
 * of a document keeps, or else the page's place in this file. */
static size_t settings_number(const xmlNode *page, size_t index)
{
    char *id = prop(page, "ID");
    const char *p = id;
    int n;
    size_t number = id && take(&p, "p") && take_index(&p, &n) && !*p ? (size_t)n + 1 : index + 1;
    xmlFree(id);
    return number;
}

static int read_page(reader *r, const xmlNode *n)
{
    at_page page = { .source_page = 0, .confidence = -1 };
    if (int_attr(r, n, "WIDTH", 0, &page.width) < 0 || int_attr(r, n, "HEIGHT", 0, &page.height) < 0 ||
        int_attr(r, n, "PHYSICAL_IMG_NR", 0, &page.source_page) < 0 || conf_attr(r, n, "PC", &page.confidence) < 0)
        return AT_EFORMAT;
    if (page.source_page <= 0)
        page.source_page = (int)MIN(r->page + 1, (size_t)INT_MAX);
    char *engine = NULL, *steps = NULL;
    page_settings ps = { settings_number(n, r->page), &page, &engine, &steps };
    each_ref(r, n, "PROCESSINGREFS", read_processing, &ps);
    page.engine = engine ? engine : "";
    page.steps = steps ? steps : "";
    at_doc_add_page(r->doc, &page); /* copies the strings */
    g_free(engine);
    g_free(steps);

    r->n_lines = 0;
    r->n_tables = 0;
    static const char *const spaces[] = { "TopMargin", "LeftMargin", "RightMargin", "BottomMargin", "PrintSpace" };
    for (const xmlNode *c = n->children; c; c = c->next)
        for (size_t i = 0; i < G_N_ELEMENTS(spaces); i++)
            if (is_alto(c, spaces[i]) && read_space(r, c) < 0)
                return AT_EFORMAT;
    return 0;
}

/* Processing entries and tags by ID, for PROCESSINGREFS and TAGREFS. */
static void index_ids(reader *r, const xmlNode *root)
{
    const char *parents[] = { "Description", "Tags" };
    for (size_t i = 0; i < G_N_ELEMENTS(parents); i++) {
        const xmlNode *p = child(root, parents[i]);
        for (const xmlNode *c = p ? p->children : NULL; c; c = c->next) {
            char *id = c->type == XML_ELEMENT_NODE ? prop(c, "ID") : NULL;
            if (id && !g_hash_table_contains(r->ids, id))
                g_hash_table_insert(r->ids, g_strdup(id), (gpointer)c);
            xmlFree(id);
        }
    }
}

static int read_alto(reader *r, xmlDocPtr xml)
{
    const xmlNode *root = xmlDocGetRootElement(xml);
    if (!root)
        return fail(r, NULL, "not XML: no element");
    if (xml->intSubset || xml->extSubset) /* never: the parser stops at a DOCTYPE */
        return fail(r, NULL, "has a DOCTYPE; ALTO needs none and its entities are not read");
    if (!is_alto(root, "alto")) {
        const char *ns = root->ns && root->ns->href ? (const char *)root->ns->href : NULL;
        char shown[104];
        if (xmlStrEqual(root->name, BAD_CAST "alto"))
            return fail(r, root, "not ALTO 4: root element alto is in %s%s%s, not %s", ns ? "namespace '" : "",
                        ns ? one_line(shown, sizeof shown, ns) : "no namespace", ns ? "'" : "", ALTO_NS);
        return fail(r, root, "not ALTO: the root element is <%s>, not <alto> in %s",
                    one_line(shown, sizeof shown, (const char *)root->name), ALTO_NS);
    }
    const xmlNode *layout = child(root, "Layout");
    if (!layout)
        return fail(r, root, "ALTO without Layout");

    r->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    index_ids(r, root);
    int rc = 0;
    for (const xmlNode *c = layout->children; c && rc == 0; c = c->next) {
        if (!is_alto(c, "Page"))
            continue;
        rc = read_page(r, c);
        r->page++;
    }
    g_hash_table_destroy(r->ids);
    if (rc == 0 && r->page == 0)
        return fail(r, layout, "ALTO without a Page");
    return rc;
}

/* ---- parsing ---- */

/* Called when the parser meets <!DOCTYPE, before any declaration in it is read. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id)
{
    (void)name;
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr ctxt = ctx;
    ((parse_state *)ctxt->_private)->doctype = true;
    xmlStopParser(ctxt);
}

int at_doc_from_alto(at_doc **out, const char *path, const char *data, size_t len, at_error *err)
{
    if (!out || (!data && len))
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, path, "no output or no data for ALTO");
    *out = NULL;
    reader r = { .path = path ? path : "-", .err = err };
    if (len == 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, r.path, "empty file");
    if (len > INT_MAX) /* libxml2 takes an int length */
        return at_error_set(err, AT_ELIMIT, AT_STAGE_CORE, r.path, "ALTO file over %d bytes", INT_MAX);

    /* libxml2 2.9 sets up its encoders lazily and unlocked unless initialised first. */
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, r.path, "cannot start the XML parser");
    parse_state state = { false };
    ctxt->_private = &state;
    ctxt->sax->internalSubset = on_doctype; /* this context's own handler copy: nothing global changes */
    /* No NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE; NOERROR/NOWARNING keep libxml2 off stderr;
     * BIG_LINES keeps line numbers in errors right past line 65535. */
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;
    xmlDocPtr xml = xmlCtxtReadMemory(ctxt, data, (int)len, r.path, NULL, options);

    int rc;
    if (state.doctype)
        rc = fail(&r, NULL, "has a DOCTYPE; ALTO needs none and its entities are not read");
    else if (!xml)
        rc = parse_error(&r, ctxt);
    else {
        r.doc = at_doc_new(path);
        rc = read_alto(&r, xml);
    }
    xmlFreeDoc(xml);
    xmlFreeParserCtxt(ctxt);
    if (rc < 0) {
        at_doc_free(r.doc);
        return rc;
    }
    *out = r.doc;
    return 0;
}
