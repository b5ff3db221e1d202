/* The validator's XML: safe parsing, schemas chosen by namespace, fixity digests, PREMIS fixity.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document is validated against the schema arkivtext ships for its root
 * namespace; for a namespace we do not know, against a schema the package
 * carries for it in one of its schemas/ folders; otherwise it is not
 * validated, which is noted (info) but never makes a package invalid: a
 * package may hold any metadata standard. A package's schema is used only
 * when it and every local schema it imports parse safely; imports of
 * namespaces we ship (xlink, METS ...) are pointed at our copies, and any
 * other import from the network makes the schema unusable (nothing is
 * fetched).
 */
#include "package/validate_private.h"
#include "core/private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <zlib.h>

#define PREMIS3_NS "http://www.loc.gov/premis/v3"
#define ERMS_NS "https://DILCIS.eu/XML/ERMS"

/* Namespaces arkivtext ships an official (or our own) schema for, in schemas/. */
static const char *const known_schemas[][2] = {
    { METS_NS, "eark-mets-local.xsd" },
    { PREMIS3_NS, "premis.xsd" },
    { "http://www.loc.gov/standards/alto/ns-v4#", "alto-4-4.xsd" },
    { "http://www.loc.gov/standards/alto/ns-v3#", "alto-3-0.xsd" },
    { "urn:arkivtext:record:1", AT_RECORD_SCHEMA },
    { ERMS_NS, AT_ERMS_SCHEMA },
    { XLINK_NS, "xlink.xsd" },
    { CSIP_NS, "DILCISExtensionMETS.xsd" },
    { SIP_NS, "DILCISExtensionSIPMETS.xsd" },
};

static const char *known_schema(const char *ns)
{
    for (size_t i = 0; ns && i < G_N_ELEMENTS(known_schemas); i++)
        if (strcmp(ns, known_schemas[i][0]) == 0)
            return known_schemas[i][1];
    return NULL;
}

xmlDocPtr at_v_parse(checker *c, const char *rel)
{
    char *path = g_build_filename(c->root, rel, NULL);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    xmlDocPtr doc = NULL;
    /* No NOENT, no DTDLOAD: entities are never expanded nor external ones loaded; NONET on top. */
    if (ctxt)
        doc = xmlCtxtReadFile(ctxt, path, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    if (!doc) {
        const xmlError *e = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;
        at_v_problem(c, "XSD", rel, e ? e->line : 0, "not well-formed XML: %s",
                     e && e->message ? e->message : "cannot parse");
    } else if (doc->intSubset || doc->extSubset) {
        /* None of METS, PREMIS, ALTO, EAD or XSD needs one; it is how XXE and entity bombs come in. */
        at_v_problem(c, "XSD", rel, doc->intSubset ? xmlGetLineNo((xmlNodePtr)doc->intSubset) : 0,
                     "has a DOCTYPE; refused (no entity in it was loaded or expanded)");
        xmlFreeDoc(doc);
        doc = NULL;
    }
    if (ctxt)
        xmlFreeParserCtxt(ctxt);
    g_free(path);
    return doc;
}

static const char *root_ns(xmlDocPtr doc)
{
    xmlNodePtr r = xmlDocGetRootElement(doc);
    return r && r->ns ? (const char *)r->ns->href : NULL;
}

/* ---- the package's own schemas ---- */

/* Is `loc`, from the schema `rel`, a local file inside the package? Sets *target to its package path. */
static bool local_location(checker *c, const char *rel, const char *loc, char **target)
{
    if (!at_v_has(loc) || g_uri_peek_scheme(loc) || loc[0] == '/' || strchr(loc, '\\'))
        return false;
    char *dir = g_path_get_dirname(rel);
    char *joined = strcmp(dir, ".") == 0 ? g_strdup(loc) : g_strconcat(dir, "/", loc, NULL);
    g_free(dir);
    char *canon = g_canonicalize_filename(joined, "/");
    g_free(joined);
    bool ok = canon[0] == '/' && at_v_on_disk(c, canon + 1);
    *target = ok ? g_strdup(canon + 1) : NULL;
    g_free(canon);
    return ok;
}

/* Point imports of namespaces we ship at our copies; false if the schema (or a local schema it
 * imports, checked recursively) needs anything from outside the package. */
static bool localize_imports(checker *c, xmlDocPtr doc, const char *rel, GHashTable *seen, bool rewrite)
{
    bool ok = true;
    for (xmlNodePtr n = xmlDocGetRootElement(doc) ? xmlDocGetRootElement(doc)->children : NULL; n && ok; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !n->ns || strcmp((const char *)n->ns->href, XSD_NS) != 0)
            continue;
        const char *kind = (const char *)n->name;
        if (strcmp(kind, "import") && strcmp(kind, "include") && strcmp(kind, "redefine") && strcmp(kind, "override"))
            continue;
        xmlChar *loc = xmlGetNoNsProp(n, BAD_CAST "schemaLocation");
        xmlChar *ns = xmlGetNoNsProp(n, BAD_CAST "namespace");
        const char *ours = strcmp(kind, "import") == 0 ? known_schema((const char *)ns) : NULL;
        char *target = NULL;
        if (ours && (!loc || !local_location(c, rel, (const char *)loc, &target))) {
            /* Only the package's own schema is rewritten; libxml2 loads deeper imports as they stand. */
            char *path = rewrite ? at_schema_path(ours) : NULL;
            if (path)
                xmlSetProp(n, BAD_CAST "schemaLocation", BAD_CAST path);
            ok = path != NULL;
            g_free(path);
        } else if (loc && (target || local_location(c, rel, (const char *)loc, &target))) {
            if (g_hash_table_add(seen, g_strdup(target))) {
                xmlDocPtr sub = at_v_parse(c, target);
                ok = sub && localize_imports(c, sub, target, seen, false);
                xmlFreeDoc(sub);
            }
        } else if (loc) {
            ok = false; /* from the network, or outside the package: never fetched */
        }
        g_free(target);
        xmlFree(loc);
        xmlFree(ns);
    }
    return ok;
}

static char *target_namespace(xmlDocPtr doc)
{
    xmlNodePtr r = xmlDocGetRootElement(doc);
    if (!r || !r->ns || strcmp((const char *)r->ns->href, XSD_NS) != 0 || strcmp((const char *)r->name, "schema") != 0)
        return NULL;
    xmlChar *tns = xmlGetNoNsProp(r, BAD_CAST "targetNamespace");
    char *out = tns ? g_strdup((const char *)tns) : NULL;
    xmlFree(tns);
    return out;
}

void at_v_index_package_schemas(checker *c)
{
    GPtrArray *files = g_ptr_array_new();
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        const char *rel = key;
        bool in_schemas = g_str_has_prefix(rel, "schemas/") || strstr(rel, "/schemas/");
        if (in_schemas && g_str_has_suffix(rel, ".xsd"))
            g_ptr_array_add(files, key);
    }
    g_ptr_array_sort(files, at_v_cmp_str);
    for (guint i = 0; i < files->len; i++) {
        const char *rel = g_ptr_array_index(files, i);
        /* Read quietly: a broken schema matters only if a document needs it. */
        char *path = g_build_filename(c->root, rel, NULL);
        xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        char *tns = doc && !doc->intSubset ? target_namespace(doc) : NULL;
        if (tns && !g_hash_table_contains(c->package_ns, tns))
            g_hash_table_insert(c->package_ns, tns, g_strdup(rel));
        else
            g_free(tns);
        xmlFreeDoc(doc);
        g_free(path);
    }
    g_ptr_array_free(files, TRUE);
}

/* ---- validation ---- */

typedef struct {
    checker *c;
    const char *file;
    at_package_level level;
    int count;
} xsd_sink;

static void xsd_error(void *data, const xmlError *e)
{
    xsd_sink *s = data;
    if (!e || !e->message || e->level == XML_ERR_WARNING)
        return;
    /* A document may have thousands of the same error: the first ones say enough. */
    if (++s->count > 50)
        return;
    at_v_problem_at(s->c, s->level, "XSD", s->file, e->line, "%s", e->message);
}

/* Compile a schema (cached by its path); NULL when it cannot be used. */
static xmlSchemaPtr compile(checker *c, const char *path, xmlDocPtr doc, const char *rel)
{
    gpointer cached;
    if (g_hash_table_lookup_extended(c->schema_cache, path, NULL, &cached)) {
        xmlFreeDoc(doc);
        return cached;
    }
    xsd_sink sink = { c, rel, AT_LEVEL_WARNING, 0 };
    xmlSchemaParserCtxtPtr pctx = doc ? xmlSchemaNewDocParserCtxt(doc) : xmlSchemaNewParserCtxt(path);
    xmlSchemaPtr schema = NULL;
    if (pctx) {
        if (doc) /* a package's schema: its errors are the package's (a warning: documents are just not validated) */
            xmlSchemaSetParserStructuredErrors(pctx, (xmlStructuredErrorFunc)xsd_error, &sink);
        schema = xmlSchemaParse(pctx);
        xmlSchemaFreeParserCtxt(pctx);
    }
    /* A schema parsed from a document points into it until the schema is freed. */
    if (doc && schema)
        g_ptr_array_add(c->schema_docs, doc);
    else
        xmlFreeDoc(doc);
    g_hash_table_insert(c->schema_cache, g_strdup(path), schema);
    return schema;
}

/* The package's schema for `ns`, with its imports made local; NULL (noted) when unusable. */
static xmlSchemaPtr package_schema(checker *c, const char *ns, const char *for_rel, const char **used)
{
    const char *rel = g_hash_table_lookup(c->package_ns, ns);
    if (!rel)
        return NULL;
    *used = rel;
    char *path = g_build_filename(c->root, rel, NULL);
    xmlSchemaPtr schema = NULL;
    if (g_hash_table_contains(c->schema_cache, path)) {
        schema = compile(c, path, NULL, rel);
    } else {
        xmlDocPtr doc = at_v_parse(c, rel);
        GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        g_hash_table_add(seen, g_strdup(rel));
        if (doc && localize_imports(c, doc, rel, seen, true)) {
            schema = compile(c, path, doc, rel);
        } else {
            at_v_problem_at(c, AT_LEVEL_INFO, "XSD", for_rel, 0,
                            "%s imports schemas from outside the package; not used, the file was not validated", rel);
            xmlFreeDoc(doc);
            g_hash_table_insert(c->schema_cache, g_strdup(path), NULL);
        }
        g_hash_table_destroy(seen);
    }
    g_free(path);
    return schema;
}

typedef struct {
    checker *c;
    const char *rel;
} rule_sink;

static void rule_failed(void *data, long line, const char *id, const char *message)
{
    rule_sink *s = data;
    at_v_problem_at(s->c, AT_LEVEL_WARNING, "SCHEMATRON", s->rel, line, "%s%s%s", id ? id : "", id ? ": " : "", message);
}

/* CITS ERMS's Schematron rules (co-occurrence constraints the XSD cannot state); like schema errors in
 * metadata, a broken rule is a warning. */
static void check_erms_rules(checker *c, xmlDocPtr doc, const char *rel)
{
    char *sch = at_schema_path(AT_ERMS_SCHEMATRON);
    rule_sink sink = { c, rel };
    if (at_v_schematron(sch, doc, rule_failed, &sink) < 0)
        at_v_problem_at(c, AT_LEVEL_WARNING, "SCHEMATRON", rel, 0, "arkivtext's %s is missing or broken; not checked",
                        AT_ERMS_SCHEMATRON);
    g_free(sch);
}

void at_v_validate_doc(checker *c, xmlDocPtr doc, const char *rel)
{
    if (!g_hash_table_add(c->checked, g_strdup(rel)))
        return;
    const char *ns = root_ns(doc), *name = known_schema(ns), *used = NULL;
    xmlSchemaPtr schema = NULL;
    if (name) {
        char *path = at_schema_path(name);
        schema = path ? compile(c, path, NULL, rel) : NULL;
        if (!schema)
            at_v_problem_at(c, AT_LEVEL_WARNING, "XSD", rel, 0, "arkivtext's schema %s is missing or broken; not validated",
                            name);
        g_free(path);
    } else if (ns) {
        schema = package_schema(c, ns, rel, &used);
        if (!used)
            at_v_problem_at(c, AT_LEVEL_INFO, "XSD", rel, 0, "no schema known for namespace %s; not validated", ns);
    }
    if (!schema)
        return;
    /* METS must be valid METS; the CSIP asks nothing of a metadata file's validity, so there it is a warning. */
    bool mets = ns && strcmp(ns, METS_NS) == 0;
    xsd_sink sink = { c, rel, mets ? AT_LEVEL_ERROR : AT_LEVEL_WARNING, 0 };
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);
    if (!v)
        return;
    xmlSchemaSetValidStructuredErrors(v, (xmlStructuredErrorFunc)xsd_error, &sink);
    if (xmlSchemaValidateDoc(v, doc) < 0)
        at_v_problem_at(c, sink.level, "XSD", rel, 0, "could not be validated against %s", used ? used : name);
    if (sink.count > 50)
        at_v_problem_at(c, sink.level, "XSD", rel, 0, "and %d more schema errors", sink.count - 50);
    xmlSchemaFreeValidCtxt(v);
    if (ns && strcmp(ns, ERMS_NS) == 0)
        check_erms_rules(c, doc, rel);
}

/* ---- fixity ---- */

/* CRC32 and Adler-32 through zlib, the rest through GLib; HAVAL, MNP, TIGER, WHIRLPOOL cannot be computed. */
char *at_v_digest(const char *path, const char *type, const char **why)
{
    static const struct {
        const char *name;
        int glib; /* GChecksumType, or -1 crc32, -2 adler32 */
    } types[] = { { "MD5", G_CHECKSUM_MD5 },       { "SHA-1", G_CHECKSUM_SHA1 },     { "SHA-256", G_CHECKSUM_SHA256 },
                  { "SHA-384", G_CHECKSUM_SHA384 }, { "SHA-512", G_CHECKSUM_SHA512 }, { "CRC32", -1 },
                  { "Adler-32", -2 } };
    int kind = -3;
    for (size_t i = 0; i < G_N_ELEMENTS(types); i++)
        if (strcmp(type, types[i].name) == 0)
            kind = types[i].glib;
    if (kind == -3) {
        *why = "cannot be computed by arkivtext";
        return NULL;
    }
    FILE *f = g_fopen(path, "rb");
    if (!f) {
        *why = "cannot be read";
        return NULL;
    }
    GChecksum *sum = kind >= 0 ? g_checksum_new((GChecksumType)kind) : NULL;
    uLong z = kind == -1 ? crc32(0L, Z_NULL, 0) : adler32(0L, Z_NULL, 0);
    guchar buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        if (sum)
            g_checksum_update(sum, buf, (gssize)n);
        else
            z = kind == -1 ? crc32(z, buf, (uInt)n) : adler32(z, buf, (uInt)n);
    }
    char *hex = NULL;
    if (ferror(f))
        *why = "cannot be read";
    else
        hex = sum ? g_strdup(g_checksum_get_string(sum)) : g_strdup_printf("%08lx", (unsigned long)z);
    fclose(f);
    if (sum)
        g_checksum_free(sum);
    return hex;
}

static char *child_text(xmlNodePtr parent, const char *name)
{
    for (xmlNodePtr n = parent ? parent->children : NULL; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST name)) {
            xmlChar *v = xmlNodeGetContent(n);
            char *s = g_strstrip(g_strdup((const char *)v));
            xmlFree(v);
            return s;
        }
    return NULL;
}

/* PREMIS 3 fixity of objects named by their package path must agree with the bytes. */
static void check_premis(checker *c, xmlDocPtr doc, const char *rel)
{
    xmlXPathContextPtr xp = xmlXPathNewContext(doc);
    if (!xp)
        return;
    xmlXPathRegisterNs(xp, BAD_CAST "p", BAD_CAST PREMIS3_NS);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST "//p:object/p:objectCharacteristics/p:fixity", xp);
    for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
        xmlNodePtr fixity = o->nodesetval->nodeTab[i], object = fixity->parent->parent, idn = NULL;
        for (xmlNodePtr n = object->children; n && !idn; n = n->next)
            if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "objectIdentifier"))
                idn = n;
        char *name = child_text(idn, "objectIdentifierValue"), *alg = child_text(fixity, "messageDigestAlgorithm"),
             *sum = child_text(fixity, "messageDigest");
        /* Only identifiers that are package paths can be checked. */
        if (name && alg && sum && at_v_on_disk(c, name)) {
            char *path = g_build_filename(c->root, name, NULL);
            const char *why = NULL;
            char *hex = at_v_digest(path, alg, &why);
            if (hex && g_ascii_strcasecmp(hex, sum) != 0)
                at_v_problem(c, "FIXITY", rel, xmlGetLineNo(fixity), "%s: %s is %s but PREMIS says %s", name, alg, hex, sum);
            g_free(hex);
            g_free(path);
        }
        g_free(name);
        g_free(alg);
        g_free(sum);
    }
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(xp);
}

void at_v_validate_file(checker *c, const char *rel)
{
    if (g_hash_table_contains(c->checked, rel) || !at_v_on_disk(c, rel))
        return;
    xmlDocPtr doc = at_v_parse(c, rel);
    if (doc) {
        at_v_validate_doc(c, doc, rel);
        const char *ns = root_ns(doc);
        if (ns && strcmp(ns, PREMIS3_NS) == 0)
            check_premis(c, doc, rel);
    } else {
        g_hash_table_add(c->checked, g_strdup(rel));
    }
    xmlFreeDoc(doc);
}

void at_v_validate_content(checker *c, const char *rel)
{
    if (g_hash_table_contains(c->checked, rel))
        return;
    char *path = g_build_filename(c->root, rel, NULL);
    /* A quiet look at the root namespace first: no DOCTYPE is needed for that, nor read. */
    xmlDocPtr peek = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    bool ours = peek && known_schema(root_ns(peek)) != NULL;
    xmlFreeDoc(peek);
    g_free(path);
    if (ours)
        at_v_validate_file(c, rel);
}
