/* Records: the element tree, its accessors and its XML and JSON writers.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tree mirrors schemas/arkivtext-record-1.xsd: extractors add elements
 * in the schema's order, and the writers print them as they are. Provenance
 * becomes the attributes page, lines ("12" or "12-14"), alto ("p1_l3" or
 * "p1_l3 p1_l9", first and last TextLine) and confidence.
 */
#include "extract/record.h"
#include "core/private.h"

#include <json-glib/json-glib.h>
#include <libxml/xmlwriter.h>
#include <stdarg.h>
#include <string.h>

at_rnode *rn_new(const char *name)
{
    at_rnode *n = g_new0(at_rnode, 1);
    n->name = name;
    n->attrs = g_array_new(FALSE, FALSE, sizeof(rn_attr));
    n->children = g_ptr_array_new_with_free_func((GDestroyNotify)rn_free);
    n->prov.confidence = -1;
    return n;
}

void rn_free(at_rnode *n)
{
    if (!n)
        return;
    for (guint i = 0; i < n->attrs->len; i++)
        g_free(g_array_index(n->attrs, rn_attr, i).value);
    g_array_free(n->attrs, TRUE);
    g_ptr_array_free(n->children, TRUE);
    g_free(n->text);
    g_free((char *)n->prov.alto_first);
    g_free((char *)n->prov.alto_last);
    g_free(n);
}

void rn_append(at_rnode *parent, at_rnode *child)
{
    g_ptr_array_add(parent->children, child);
}

at_rnode *rn_add(at_rnode *parent, const char *name)
{
    at_rnode *n = rn_new(name);
    rn_append(parent, n);
    return n;
}

char *rn_clean(const char *text, size_t len)
{
    GString *valid = g_string_new(NULL);
    at_xml_clean(valid, text, len, false);
    GString *out = g_string_sized_new(valid->len);
    bool space = false;
    for (const char *p = valid->str; *p; p++) {
        if (g_ascii_isspace(*p)) {
            space = out->len > 0;
            continue;
        }
        if (space)
            g_string_append_c(out, ' ');
        space = false;
        g_string_append_c(out, *p);
    }
    g_string_free(valid, TRUE);
    return g_string_free(out, FALSE);
}

void rn_set_text(at_rnode *n, const char *text)
{
    g_free(n->text);
    n->text = text ? rn_clean(text, strlen(text)) : NULL;
}

at_rnode *rn_add_text(at_rnode *parent, const char *name, const char *text, const at_provenance *prov)
{
    at_rnode *n = rn_add(parent, name);
    rn_set_text(n, text);
    if (prov)
        rn_set_prov(n, prov);
    return n;
}

void rn_attr_set(at_rnode *n, const char *name, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *value = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    char *clean = rn_clean(value, strlen(value));
    g_free(value);
    for (guint i = 0; i < n->attrs->len; i++) {
        rn_attr *a = &g_array_index(n->attrs, rn_attr, i);
        if (strcmp(a->name, name) == 0) {
            g_free(a->value);
            a->value = clean;
            return;
        }
    }
    rn_attr a = { name, clean };
    g_array_append_val(n->attrs, a);
}

void rn_attr_unset(at_rnode *n, const char *name)
{
    for (guint i = 0; i < n->attrs->len; i++) {
        rn_attr *a = &g_array_index(n->attrs, rn_attr, i);
        if (strcmp(a->name, name) == 0) {
            g_free(a->value);
            g_array_remove_index(n->attrs, i);
            return;
        }
    }
}

void rn_set_prov(at_rnode *n, const at_provenance *prov)
{
    g_free((char *)n->prov.alto_first);
    g_free((char *)n->prov.alto_last);
    n->prov = *prov;
    n->prov.alto_first = g_strdup(prov->alto_first);
    n->prov.alto_last = g_strdup(prov->alto_last);
}

void rn_extend_prov(at_rnode *n, const at_provenance *prov)
{
    if (prov->first_line <= 0)
        return;
    if (n->prov.first_line <= 0) {
        double confidence = n->prov.confidence;
        rn_set_prov(n, prov);
        n->prov.confidence = confidence;
        return;
    }
    if (prov->page != n->prov.page)
        return; /* provenance names one page; the element starts there */
    if (prov->first_line < n->prov.first_line) {
        n->prov.first_line = prov->first_line;
        g_free((char *)n->prov.alto_first);
        n->prov.alto_first = g_strdup(prov->alto_first);
    }
    if (prov->last_line > n->prov.last_line) {
        n->prov.last_line = prov->last_line;
        g_free((char *)n->prov.alto_last);
        n->prov.alto_last = g_strdup(prov->alto_last);
    }
}

void rn_prune_empty(at_rnode *n)
{
    for (guint i = n->children->len; i-- > 0;) {
        at_rnode *c = g_ptr_array_index(n->children, i);
        rn_prune_empty(c);
        if (c->children->len == 0 && (!c->text || !*c->text) && c->attrs->len == 0)
            g_ptr_array_remove_index(n->children, i);
    }
}

/* ---- public accessors ---- */

void at_record_free(at_record *rec)
{
    if (!rec)
        return;
    rn_free(rec->root);
    g_free(rec->kind);
    g_free(rec);
}

static at_rnode *rn_copy(const at_rnode *n)
{
    at_rnode *c = rn_new(n->name);
    c->text = g_strdup(n->text);
    for (guint i = 0; i < n->attrs->len; i++) {
        rn_attr a = g_array_index(n->attrs, rn_attr, i);
        a.value = g_strdup(a.value);
        g_array_append_val(c->attrs, a);
    }
    for (guint i = 0; i < n->children->len; i++)
        rn_append(c, rn_copy(g_ptr_array_index(n->children, i)));
    c->prov = n->prov;
    c->prov.alto_first = g_strdup(n->prov.alto_first);
    c->prov.alto_last = g_strdup(n->prov.alto_last);
    return c;
}

at_record *at_record_copy(const at_record *rec)
{
    if (!rec)
        return NULL;
    at_record *c = g_new0(at_record, 1);
    c->root = rn_copy(rec->root);
    c->kind = g_strdup(rec->kind);
    c->kind_confidence = rec->kind_confidence;
    return c;
}

void at_record_add_warning(at_record *rec, const char *message)
{
    if (!rec || !message)
        return;
    at_rnode *warnings = (at_rnode *)at_rnode_find(rec->root, "warnings");
    if (!warnings) /* the last element of a record, so appending keeps the schema's order */
        warnings = rn_add(rec->root, "warnings");
    rn_add_text(warnings, "warning", message, NULL);
}

/* The metadata elements in the schema's order. */
static const char *const metadata_order[] = { "documentType", "title", "organisations", "period", "dates",
                                              "diarienummer", "series", "authors" };

static size_t metadata_rank(const char *name)
{
    for (size_t i = 0; i < G_N_ELEMENTS(metadata_order); i++)
        if (strcmp(metadata_order[i], name) == 0)
            return i;
    return G_N_ELEMENTS(metadata_order);
}

/* The metadata element `name` (one of metadata_order), made where the schema puts it if there is none. */
static at_rnode *metadata_element(at_rnode *metadata, const char *name)
{
    at_rnode *n = (at_rnode *)at_rnode_find(metadata, name);
    if (n)
        return n;
    guint at = 0;
    while (at < metadata->children->len &&
           metadata_rank(((at_rnode *)metadata->children->pdata[at])->name) < metadata_rank(name))
        at++;
    n = rn_new(name);
    g_ptr_array_insert(metadata->children, (gint)at, n);
    return n;
}

static bool is_day(const char *value)
{
    int y, m, d;
    char end;
    return strlen(value) == 10 && sscanf(value, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 && value[4] == '-' &&
           value[7] == '-' && g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

int at_record_set_metadata(at_record *rec, const char *name, const char *value, at_error *err)
{
    if (!rec || !name || !value)
        return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "no record, name or value");
    at_rnode *metadata = (at_rnode *)at_rnode_find(rec->root, "metadata");
    if (!metadata)
        return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "a record without metadata");
    const at_provenance given = { 0, 0, 0, NULL, NULL, -1 };
    if (strcmp(name, "date") == 0) {
        if (!is_day(value))
            return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "date '%s' is not a YYYY-MM-DD day", value);
        at_rnode *date = rn_new("date");
        rn_set_text(date, value);
        rn_attr_set(date, "type", "document");
        rn_attr_set(date, "value", "%s", value);
        g_ptr_array_insert(metadata_element(metadata, "dates")->children, 0, date);
        return 0;
    }
    static const char *const texts[] = { "title", "diarienummer", "series" };
    for (size_t i = 0; i < G_N_ELEMENTS(texts); i++) {
        if (strcmp(name, texts[i]) != 0)
            continue;
        at_rnode *n = metadata_element(metadata, texts[i]);
        rn_set_text(n, value);
        rn_set_prov(n, &given);
        return 0;
    }
    return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "'%s' is not metadata a record takes as given", name);
}

const char *at_record_kind(const at_record *rec)
{
    return rec->kind;
}

double at_record_kind_confidence(const at_record *rec)
{
    return rec->kind_confidence;
}

const at_rnode *at_record_root(const at_record *rec)
{
    return rec->root;
}

static size_t count_named(const at_rnode *n, const char *name)
{
    size_t count = strcmp(n->name, name) == 0;
    for (guint i = 0; i < n->children->len; i++)
        count += count_named(g_ptr_array_index(n->children, i), name);
    return count;
}

size_t at_record_count(const at_record *rec, const char *name)
{
    return count_named(rec->root, name);
}

const char *at_rnode_name(const at_rnode *node)
{
    return node->name;
}

const char *at_rnode_text(const at_rnode *node)
{
    return node->text;
}

const char *at_rnode_attr(const at_rnode *node, const char *name)
{
    for (guint i = 0; i < node->attrs->len; i++) {
        const rn_attr *a = &g_array_index(node->attrs, rn_attr, i);
        if (strcmp(a->name, name) == 0)
            return a->value;
    }
    return NULL;
}

size_t at_rnode_n_children(const at_rnode *node)
{
    return node->children->len;
}

const at_rnode *at_rnode_child(const at_rnode *node, size_t index)
{
    return g_ptr_array_index(node->children, index);
}

const at_rnode *at_rnode_find(const at_rnode *node, const char *name)
{
    for (guint i = 0; i < node->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(node->children, i);
        if (strcmp(c->name, name) == 0)
            return c;
    }
    return NULL;
}

void at_rnode_provenance(const at_rnode *node, at_provenance *out)
{
    *out = node->prov;
}

/* ---- provenance as attributes ---- */

typedef struct {
    const char *name;
    char value[160];
} prov_attr;

/* The provenance attributes of `n`, in writing order; returns how many. */
static int prov_attrs(const at_rnode *n, prov_attr out[4])
{
    const at_provenance *p = &n->prov;
    int k = 0;
    if (p->page > 0) {
        out[k].name = "page";
        snprintf(out[k++].value, sizeof out[0].value, "%d", p->page);
    }
    if (p->first_line > 0) {
        out[k].name = "lines";
        if (p->last_line > p->first_line)
            snprintf(out[k++].value, sizeof out[0].value, "%d-%d", p->first_line, p->last_line);
        else
            snprintf(out[k++].value, sizeof out[0].value, "%d", p->first_line);
    }
    if (p->alto_first) {
        out[k].name = "alto";
        if (p->alto_last && strcmp(p->alto_last, p->alto_first) != 0)
            snprintf(out[k++].value, sizeof out[0].value, "%s %s", p->alto_first, p->alto_last);
        else
            snprintf(out[k++].value, sizeof out[0].value, "%s", p->alto_first);
    }
    if (p->confidence >= 0) {
        out[k].name = "confidence";
        g_ascii_formatd(out[k++].value, sizeof out[0].value, "%.2f", p->confidence); /* '.' under any locale */
    }
    return k;
}

/* ---- XML ---- */

static bool write_xml_node(xmlTextWriterPtr w, const at_rnode *n, bool root)
{
    bool ok = (root ? xmlTextWriterStartElementNS(w, NULL, BAD_CAST n->name, BAD_CAST AT_RECORD_NS)
                    : xmlTextWriterStartElement(w, BAD_CAST n->name)) >= 0;
    for (guint i = 0; ok && i < n->attrs->len; i++) {
        const rn_attr *a = &g_array_index(n->attrs, rn_attr, i);
        ok = xmlTextWriterWriteAttribute(w, BAD_CAST a->name, BAD_CAST a->value) >= 0;
    }
    prov_attr pa[4];
    int k = prov_attrs(n, pa);
    for (int i = 0; ok && i < k; i++)
        ok = xmlTextWriterWriteAttribute(w, BAD_CAST pa[i].name, BAD_CAST pa[i].value) >= 0;
    if (ok && n->text)
        ok = xmlTextWriterWriteString(w, BAD_CAST n->text) >= 0;
    for (guint i = 0; ok && i < n->children->len; i++)
        ok = write_xml_node(w, g_ptr_array_index(n->children, i), false);
    return ok && xmlTextWriterEndElement(w) >= 0;
}

static int write_xml(const at_record *rec, FILE *out, at_error *err)
{
    at_xml_sink sink = { out, false };
    xmlOutputBufferPtr buf = at_xml_output(&sink);
    xmlTextWriterPtr w = buf ? xmlNewTextWriter(buf) : NULL;
    if (!w) {
        if (buf)
            xmlOutputBufferClose(buf);
        return at_error_set(err, AT_ENOMEM, AT_STAGE_EXTRACT, NULL, "cannot start the XML writer");
    }
    bool ok = xmlTextWriterSetIndent(w, 1) >= 0 && xmlTextWriterSetIndentString(w, BAD_CAST "  ") >= 0 &&
              xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) >= 0 && write_xml_node(w, rec->root, true) &&
              xmlTextWriterEndDocument(w) >= 0 && xmlTextWriterFlush(w) >= 0;
    xmlFreeTextWriter(w);
    if (!ok || sink.failed || fflush(out) != 0 || ferror(out))
        return at_error_set(err, AT_EIO, AT_STAGE_EXTRACT, NULL, "writing the record XML failed");
    return 0;
}

/* ---- JSON: attributes and provenance as members, text as "text", children grouped by name ---- */

static bool numeric_attr(const char *name)
{
    return strcmp(name, "amount") == 0 || strcmp(name, "computed") == 0 || strcmp(name, "page") == 0;
}

static void json_node(JsonBuilder *b, const at_rnode *n)
{
    json_builder_begin_object(b);
    for (guint i = 0; i < n->attrs->len; i++) {
        const rn_attr *a = &g_array_index(n->attrs, rn_attr, i);
        json_builder_set_member_name(b, a->name);
        char *end;
        long long v = g_ascii_strtoll(a->value, &end, 10);
        if (numeric_attr(a->name) && *a->value && !*end)
            json_builder_add_int_value(b, v);
        else
            json_builder_add_string_value(b, a->value);
    }
    const at_provenance *p = &n->prov;
    if (p->page > 0) {
        json_builder_set_member_name(b, "page");
        json_builder_add_int_value(b, p->page);
    }
    if (p->first_line > 0) {
        json_builder_set_member_name(b, "lines");
        json_builder_begin_array(b);
        json_builder_add_int_value(b, p->first_line);
        json_builder_add_int_value(b, p->last_line > 0 ? p->last_line : p->first_line);
        json_builder_end_array(b);
    }
    if (p->alto_first) {
        json_builder_set_member_name(b, "alto");
        json_builder_begin_array(b);
        json_builder_add_string_value(b, p->alto_first);
        json_builder_add_string_value(b, p->alto_last ? p->alto_last : p->alto_first);
        json_builder_end_array(b);
    }
    if (p->confidence >= 0) {
        json_builder_set_member_name(b, "confidence");
        json_builder_add_double_value(b, p->confidence);
    }
    if (n->text) {
        json_builder_set_member_name(b, "text");
        json_builder_add_string_value(b, n->text);
    }
    /* Children with the same name form one array, in order of first appearance. */
    GPtrArray *names = g_ptr_array_new();
    for (guint i = 0; i < n->children->len; i++) {
        const at_rnode *c = g_ptr_array_index(n->children, i);
        bool seen = false;
        for (guint j = 0; j < names->len && !seen; j++)
            seen = strcmp(g_ptr_array_index(names, j), c->name) == 0;
        if (!seen)
            g_ptr_array_add(names, (gpointer)c->name);
    }
    for (guint j = 0; j < names->len; j++) {
        const char *name = g_ptr_array_index(names, j);
        json_builder_set_member_name(b, name);
        json_builder_begin_array(b);
        for (guint i = 0; i < n->children->len; i++) {
            const at_rnode *c = g_ptr_array_index(n->children, i);
            if (strcmp(c->name, name) == 0)
                json_node(b, c);
        }
        json_builder_end_array(b);
    }
    g_ptr_array_free(names, TRUE);
    json_builder_end_object(b);
}

static int write_json(const at_record *rec, FILE *out, at_error *err)
{
    JsonBuilder *b = json_builder_new();
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "namespace");
    json_builder_add_string_value(b, AT_RECORD_NS);
    json_builder_set_member_name(b, "record");
    json_node(b, rec->root);
    json_builder_end_object(b);
    JsonNode *root = json_builder_get_root(b);
    JsonGenerator *gen = json_generator_new();
    json_generator_set_pretty(gen, TRUE);
    json_generator_set_root(gen, root);
    gsize len = 0;
    char *text = json_generator_to_data(gen, &len);
    bool ok = fwrite(text, 1, len, out) == len && fputc('\n', out) != EOF && fflush(out) == 0;
    g_free(text);
    json_node_unref(root);
    g_object_unref(gen);
    g_object_unref(b);
    if (!ok)
        return at_error_set(err, AT_EIO, AT_STAGE_EXTRACT, NULL, "writing the record JSON failed");
    return 0;
}

int at_record_write(const at_record *rec, FILE *out, at_record_format format, at_error *err)
{
    if (!rec || !out)
        return at_error_set(err, AT_EINVAL, AT_STAGE_EXTRACT, NULL, "no record or no output");
    return format == AT_RECORD_JSON ? write_json(rec, out, err) : write_xml(rec, out, err);
}
