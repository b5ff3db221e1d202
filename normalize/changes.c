/* Change logs: every change the normalizer made, in JSON Lines or XML, and undo.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/normalize.h"
#include "core/private.h"

#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <stdlib.h>
#include <string.h>

#define CHANGES_NS "urn:arkivtext:changes:1"

struct at_changes_writer {
    at_atomic_file *file;
    at_changes_format format;
    xmlTextWriterPtr xml;
    xmlOutputBufferPtr xml_out;
    size_t count;
    int rc;
};

static int xml_write_cb(void *ctx, const char *buf, int len)
{
    return fwrite(buf, 1, (size_t)len, ctx) == (size_t)len ? len : -1;
}

/* A libxml2 writer call that failed (no memory, a failed write) fails the log at commit. */
static void xml_check(at_changes_writer *w, int rc)
{
    if (rc < 0)
        w->rc = AT_EIO;
}

int at_changes_open(at_changes_writer **out, const char *path, at_changes_format format,
                    const char *source, at_error *err)
{
    *out = NULL;
    at_atomic_file *f = at_atomic_open(path, err);
    if (!f)
        return err ? err->code : AT_EIO;
    at_changes_writer *w = g_new0(at_changes_writer, 1);
    w->file = f;
    w->format = format;
    if (format == AT_CHANGES_XML) {
        w->xml_out = xmlOutputBufferCreateIO(xml_write_cb, NULL, at_atomic_stream(f), NULL);
        w->xml = w->xml_out ? xmlNewTextWriter(w->xml_out) : NULL;
        if (!w->xml) {
            if (w->xml_out)
                xmlOutputBufferClose(w->xml_out);
            at_atomic_abort(f);
            g_free(w);
            return at_error_set(err, AT_ENOMEM, AT_STAGE_NORMALIZE, path, "cannot start the XML writer");
        }
        xml_check(w, xmlTextWriterSetIndent(w->xml, 1));
        xml_check(w, xmlTextWriterStartDocument(w->xml, NULL, "UTF-8", NULL));
        xml_check(w, xmlTextWriterStartElementNS(w->xml, NULL, BAD_CAST "changes", BAD_CAST CHANGES_NS));
        xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST "source", BAD_CAST source));
    }
    *out = w;
    return 0;
}

static char *hex(const char *s, size_t len)
{
    GString *h = g_string_sized_new(len * 2);
    for (size_t i = 0; i < len; i++)
        g_string_append_printf(h, "%02x", (unsigned char)s[i]);
    return g_string_free(h, FALSE);
}

/* Text for a log: valid UTF-8 as it is; anything else (replaced bytes) goes as hex. */
static bool text_or_hex(const char *s, size_t len, char **out)
{
    if (g_utf8_validate_len(s, len, NULL)) {
        *out = g_strndup(s, len);
        return true;
    }
    *out = hex(s, len);
    return false;
}

int at_changes_add(const at_change *c, void *data)
{
    at_changes_writer *w = data;
    char *before, *after;
    bool before_text = text_or_hex(c->before, c->before_len, &before);
    text_or_hex(c->after, c->after_len, &after);
    char *suggestion = NULL;
    if (c->suggestion)
        text_or_hex(c->suggestion, c->suggestion_len, &suggestion);
    if (w->format == AT_CHANGES_JSONL) {
        JsonBuilder *b = json_builder_new();
        json_builder_begin_object(b);
        json_builder_set_member_name(b, "offset");
        json_builder_add_int_value(b, c->in_offset);
        json_builder_set_member_name(b, "out_offset");
        json_builder_add_int_value(b, c->out_offset);
        json_builder_set_member_name(b, before_text ? "before" : "before_hex");
        json_builder_add_string_value(b, before);
        json_builder_set_member_name(b, "after");
        json_builder_add_string_value(b, after);
        json_builder_set_member_name(b, "rule");
        json_builder_add_string_value(b, c->rule);
        if (suggestion) {
            json_builder_set_member_name(b, "suggestion");
            json_builder_add_string_value(b, suggestion);
        }
        json_builder_set_member_name(b, "score");
        json_builder_add_double_value(b, c->score);
        json_builder_end_object(b);
        JsonGenerator *gen = json_generator_new();
        JsonNode *root = json_builder_get_root(b);
        json_generator_set_root(gen, root);
        char *line = json_generator_to_data(gen, NULL);
        if (fprintf(at_atomic_stream(w->file), "%s\n", line) < 0)
            w->rc = AT_EIO;
        g_free(line);
        json_node_unref(root);
        g_object_unref(gen);
        g_object_unref(b);
    } else {
        char num[32];
        xml_check(w, xmlTextWriterStartElement(w->xml, BAD_CAST "change"));
        snprintf(num, sizeof num, "%lld", c->in_offset);
        xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST "offset", BAD_CAST num));
        snprintf(num, sizeof num, "%lld", c->out_offset);
        xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST "out-offset", BAD_CAST num));
        xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST "rule", BAD_CAST c->rule));
        g_ascii_formatd(num, sizeof num, "%.4f", c->score);
        xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST "score", BAD_CAST num));
        xml_check(w, xmlTextWriterStartElement(w->xml, BAD_CAST "before"));
        if (!before_text)
            xml_check(w, xmlTextWriterWriteAttribute(w->xml, BAD_CAST "encoding", BAD_CAST "hex"));
        xml_check(w, xmlTextWriterWriteString(w->xml, BAD_CAST before));
        xml_check(w, xmlTextWriterEndElement(w->xml));
        xml_check(w, xmlTextWriterWriteElement(w->xml, BAD_CAST "after", BAD_CAST after));
        if (suggestion)
            xml_check(w, xmlTextWriterWriteElement(w->xml, BAD_CAST "suggestion", BAD_CAST suggestion));
        xml_check(w, xmlTextWriterEndElement(w->xml));
    }
    w->count++;
    g_free(before);
    g_free(after);
    g_free(suggestion);
    return w->rc;
}

int at_changes_commit(at_changes_writer *w, at_error *err)
{
    if (w->xml) {
        xml_check(w, xmlTextWriterEndDocument(w->xml));
        xml_check(w, xmlTextWriterFlush(w->xml));
        xmlFreeTextWriter(w->xml); /* also closes the output buffer */
    }
    int rc;
    if (w->rc) {
        at_atomic_abort(w->file);
        rc = at_error_set(err, AT_EIO, AT_STAGE_NORMALIZE, NULL, "writing the change log failed");
    } else {
        rc = at_atomic_commit(w->file, err);
    }
    g_free(w);
    return rc;
}

void at_changes_abort(at_changes_writer *w)
{
    if (!w)
        return;
    if (w->xml)
        xmlFreeTextWriter(w->xml);
    at_atomic_abort(w->file);
    g_free(w);
}

/* ---- undo ---- */

typedef struct {
    long long out_offset;
    GBytes *before;
    char *after;
} logged;

static void logged_clear(gpointer p)
{
    logged *l = p;
    g_bytes_unref(l->before);
    g_free(l->after);
}

/* Bytes from hex, or NULL when `h` is not an even run of hex digits. */
static GBytes *unhex(const char *h)
{
    size_t len = strlen(h);
    if (len % 2)
        return NULL;
    guint8 *buf = g_malloc(len / 2 + 1);
    for (size_t i = 0; i < len / 2; i++) {
        int hi = g_ascii_xdigit_value(h[2 * i]), lo = g_ascii_xdigit_value(h[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            g_free(buf);
            return NULL;
        }
        buf[i] = (guint8)(hi << 4 | lo);
    }
    return g_bytes_new_take(buf, len / 2);
}

/* A member that is a JSON string, or NULL. */
static const char *string_member(JsonObject *o, const char *name)
{
    JsonNode *n = json_object_get_member(o, name);
    return n && JSON_NODE_HOLDS_VALUE(n) && json_node_get_value_type(n) == G_TYPE_STRING ? json_node_get_string(n)
                                                                                          : NULL;
}

/* One JSON Lines record; false (and *why set) when it is not a change. */
static bool parse_jsonl_change(JsonObject *o, logged *l, const char **why)
{
    JsonNode *off = json_object_get_member(o, "out_offset");
    const char *after = string_member(o, "after"), *before = string_member(o, "before"),
               *before_hex = string_member(o, "before_hex");
    if (!off || !JSON_NODE_HOLDS_VALUE(off) || json_node_get_value_type(off) != G_TYPE_INT64 ||
        json_node_get_int(off) < 0)
        *why = "\"out_offset\" is not a byte offset";
    else if (!after)
        *why = "\"after\" is not a string";
    else if (!before && !before_hex)
        *why = json_object_has_member(o, "before") ? "\"before\" is not a string" : "no \"before\" or \"before_hex\"";
    else if (!before && !(l->before = unhex(before_hex)))
        *why = "\"before_hex\" is not hex";
    else {
        l->out_offset = json_node_get_int(off);
        l->after = g_strdup(after);
        if (before)
            l->before = g_bytes_new(before, strlen(before));
        return true;
    }
    return false;
}

static int read_jsonl(const char *path, const char *data, size_t len, GArray *out, at_error *err)
{
    JsonParser *parser = json_parser_new();
    int rc = 0;
    /* Lines found with memchr: strstr-based splitting rescans the rest of the log under ASan. */
    const char *p = data, *end = data + len;
    for (unsigned line = 1; p < end && rc == 0; line++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t line_len = (size_t)((nl ? nl : end) - p);
        const char *text = p;
        p += line_len + 1;
        if (line_len == 0)
            continue;
        GError *gerr = NULL;
        const char *why = "not a JSON object";
        logged l = { 0 };
        if (!json_parser_load_from_data(parser, text, (gssize)line_len, &gerr))
            why = gerr->message;
        else if (JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)) &&
                 parse_jsonl_change(json_node_get_object(json_parser_get_root(parser)), &l, &why)) {
            /* A flag changed nothing: there is nothing to undo. */
            const char *rule = string_member(json_node_get_object(json_parser_get_root(parser)), "rule");
            if (rule && strcmp(rule, AT_RULE_FLAGGED) == 0)
                logged_clear(&l);
            else
                g_array_append_val(out, l);
            continue;
        }
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, path, "not a change log line: %s", why);
        err->line = line;
        g_clear_error(&gerr);
    }
    g_object_unref(parser);
    return rc;
}

static int read_xml(const char *path, const char *data, size_t len, GArray *out, at_error *err)
{
    /* No network, no entities, no DTD: a change log is plain data. */
    xmlDocPtr doc = xmlReadMemory(data, (int)len, path, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root || xmlStrcmp(root->name, BAD_CAST "changes") != 0) {
        xmlFreeDoc(doc);
        return at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, path, "not a change log");
    }
    for (xmlNodePtr c = root->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || xmlStrcmp(c->name, BAD_CAST "change") != 0)
            continue;
        xmlChar *rule = xmlGetProp(c, BAD_CAST "rule");
        bool flag = rule && xmlStrcmp(rule, BAD_CAST AT_RULE_FLAGGED) == 0;
        xmlFree(rule);
        if (flag) /* a flag changed nothing: there is nothing to undo */
            continue;
        xmlChar *off = xmlGetProp(c, BAD_CAST "out-offset");
        logged l = { off ? atoll((const char *)off) : -1, NULL, NULL };
        xmlFree(off);
        for (xmlNodePtr e = c->children; e; e = e->next) {
            if (e->type != XML_ELEMENT_NODE)
                continue;
            xmlChar *text = xmlNodeGetContent(e);
            if (xmlStrcmp(e->name, BAD_CAST "after") == 0) {
                l.after = g_strdup((const char *)text);
            } else if (xmlStrcmp(e->name, BAD_CAST "before") == 0) {
                xmlChar *enc = xmlGetProp(e, BAD_CAST "encoding");
                l.before = enc ? unhex((const char *)text) : g_bytes_new(text, (gsize)xmlStrlen(text));
                xmlFree(enc);
            }
            xmlFree(text);
        }
        if (!l.after || !l.before) {
            logged_clear(&l);
            xmlFreeDoc(doc);
            return at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, path, "a change lacks <before> or <after>");
        }
        g_array_append_val(out, l);
    }
    xmlFreeDoc(doc);
    return 0;
}

int at_changes_undo(const char *changes_path, const char *text, size_t len, char **original,
                    size_t *original_len, at_error *err)
{
    char *data;
    size_t data_len;
    *original = NULL;
    int rc = at_read_file(changes_path, &data, &data_len, AT_STAGE_NORMALIZE, err);
    if (rc < 0)
        return rc;
    GArray *log = g_array_new(FALSE, FALSE, sizeof(logged));
    g_array_set_clear_func(log, logged_clear);
    const char *p = data;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    rc = *p == '<' ? read_xml(changes_path, data, data_len, log, err) : read_jsonl(changes_path, data, data_len, log, err);
    /* Changes are logged in text order: the original is the text between them and their befores. */
    GString *out = g_string_sized_new(len + len / 8);
    size_t pos = 0;
    for (guint i = 0; rc == 0 && i < log->len; i++) {
        const logged *l = &g_array_index(log, logged, i);
        size_t alen = strlen(l->after);
        if (l->out_offset < (long long)pos || alen > len || (unsigned long long)l->out_offset > len - alen ||
            memcmp(text + l->out_offset, l->after, alen) != 0) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, changes_path,
                              "change %u does not match the text at byte %lld", i + 1, l->out_offset);
            break;
        }
        gsize blen;
        const char *before = g_bytes_get_data(l->before, &blen);
        g_string_append_len(out, text + pos, (gssize)((size_t)l->out_offset - pos));
        g_string_append_len(out, before, (gssize)blen);
        pos = (size_t)l->out_offset + alen;
    }
    g_string_append_len(out, text + pos, (gssize)(len - pos));
    g_array_free(log, TRUE);
    g_free(data);
    if (rc < 0) {
        g_string_free(out, TRUE);
        return rc;
    }
    *original_len = out->len;
    *original = g_string_free(out, FALSE);
    return 0;
}
