/* Offline XML Schema validation with libxml2, and where the schemas we ship are.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <libxml/parser.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>
#include <string.h>

static void put_replacement(GString *buf)
{
    g_string_append(buf, "\xEF\xBF\xBD");
}

const char *at_xml_clean(GString *buf, const char *s, size_t len, bool keep_breaks)
{
    g_string_truncate(buf, 0);
    const char *p = s, *end = s + len;
    while (p < end) {
        const char *bad;
        if (g_utf8_validate_len(p, (gsize)(end - p), &bad))
            bad = end;
        for (const char *q = p; q < bad; q++) {
            unsigned char c = (unsigned char)*q;
            if (c < 0x20 && !(keep_breaks && (c == '\n' || c == '\t'))) {
                put_replacement(buf);
            } else if (c == 0xEF && bad - q >= 3 && (unsigned char)q[1] == 0xBF &&
                       ((unsigned char)q[2] == 0xBE || (unsigned char)q[2] == 0xBF)) {
                put_replacement(buf);
                q += 2;
            } else {
                g_string_append_c(buf, (char)c);
            }
        }
        if (bad < end) { /* one U+FFFD per invalid byte, as g_utf8_make_valid() */
            put_replacement(buf);
            bad++;
        }
        p = bad;
    }
    return buf->str;
}

/* A failed write is recorded in the sink and reported by the caller. Telling
 * libxml2 (returning -1) would make it print to stderr from inside the library. */
static int sink_write(void *ctx, const char *buf, int len)
{
    at_xml_sink *s = ctx;
    if (!s->failed && fwrite(buf, 1, (size_t)len, s->file) != (size_t)len)
        s->failed = true;
    return len;
}

xmlOutputBufferPtr at_xml_output(at_xml_sink *sink)
{
    /* libxml2 2.9 sets up its encoders lazily and unlocked unless initialised first. */
    xmlInitParser();
    return xmlOutputBufferCreateIO(sink_write, NULL, sink, NULL);
}

char *at_schema_path(const char *name)
{
    const char *env = g_getenv("ARKIVTEXT_SCHEMAS");
    if (env && *env)
        return g_build_filename(env, name, NULL);
    char *installed = g_build_filename(AT_SCHEMAS_INSTALLED_DIR, name, NULL);
    if (g_file_test(installed, G_FILE_TEST_EXISTS))
        return installed;
    g_free(installed);
    return g_build_filename(AT_SCHEMAS_SOURCE_DIR, name, NULL);
}

/* The first problem libxml2 reports; later ones are usually consequences. */
typedef struct {
    char message[400];
    int line;
    bool seen;
} first_error;

static void keep_first(void *data, const xmlError *e)
{
    first_error *f = data;
    if (f->seen || !e || !e->message)
        return;
    f->seen = true;
    f->line = e->line;
    g_strlcpy(f->message, e->message, sizeof f->message);
    g_strchomp(f->message);
}

int at_xml_validate(const char *path, const char *schema_path, at_error *err)
{
    first_error fe = { "", 0, false };
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(schema_path);
    if (!pctx)
        return at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, schema_path, "cannot read schema");
    xmlSchemaSetParserStructuredErrors(pctx, (xmlStructuredErrorFunc)keep_first, &fe);
    xmlSchemaPtr schema = xmlSchemaParse(pctx);
    xmlSchemaFreeParserCtxt(pctx);
    if (!schema)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, schema_path, "not a usable schema: %s",
                            fe.seen ? fe.message : "unknown error");
    fe.seen = false;
    int rc = 0;
    /* No network, no entity expansion: the file may be hostile. */
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    xmlDocPtr doc = NULL;
    if (ctxt)
        doc = xmlCtxtReadFile(ctxt, path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        const xmlError *e = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;
        char message[400] = "cannot parse";
        if (e && e->message) {
            g_strlcpy(message, e->message, sizeof message);
            g_strchomp(message);
        }
        rc = at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "not well-formed XML: %s", message);
        if (e)
            err->line = (unsigned)e->line;
    } else {
        xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(vctx, (xmlStructuredErrorFunc)keep_first, &fe);
        int v = xmlSchemaValidateDoc(vctx, doc);
        xmlSchemaFreeValidCtxt(vctx);
        if (v != 0) {
            rc = at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "not valid against %s: %s",
                              schema_path, fe.seen ? fe.message : "validation failed");
            err->line = fe.seen && fe.line > 0 ? (unsigned)fe.line : 0;
        }
        xmlFreeDoc(doc);
    }
    if (ctxt)
        xmlFreeParserCtxt(ctxt);
    xmlSchemaFree(schema);
    return rc;
}
