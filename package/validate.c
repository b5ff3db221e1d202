/* Checking E-ARK SIP 2.1.0 packages: schemas, fixity, references and the CSIP/SIP requirements.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything in a package is treated as hostile: XML is parsed without
 * network access and without loading or expanding entities (a DOCTYPE is
 * refused outright), hrefs are resolved only against the list of plain
 * files found by walking the package (symbolic links are never followed),
 * and a schema the package carries is used only when it and everything it
 * imports are local files inside schemas/. Requirement ids are those of the
 * CSIP 2.1.0 and SIP 2.1.0 profiles (CSIPSTR* from the CSIP folder
 * requirements); "XSD", "FIXITY", "FILE" and "REF" are checks of our own.
 * Every problem makes the package invalid, SHOULD-level ones included
 * (CSIPSTR2, CSIPSTR15, CSIP58, CSIP91-93, CSIP97): our writer meets them all.
 *
 * at_package_validate fails (negative) only when there is nothing to check:
 * no such path, or neither a folder nor a ustar archive. A folder without
 * METS.xml (CSIPSTR4), an archive that does not unpack safely (CSIPSTR3) or
 * to a single folder (CSIPSTR1) are problems in the report: a batch then
 * lists them as invalid packages beside the others.
 */
#include "package/package_private.h"
#include "core/private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

#define METS_NS "http://www.loc.gov/METS/"
#define XLINK_NS "http://www.w3.org/1999/xlink"
#define CSIP_NS "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
#define XSD_NS "http://www.w3.org/2001/XMLSchema"
#define PREMIS_NS "http://www.loc.gov/premis/v3"
#define SIP_PROFILE "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
#define RECORD_MDTYPE "arkivtext-record-1"
#define METS_SCHEMA "eark-mets-local.xsd"

enum { MAX_PROBLEMS = 1000 };

/* CSIP 2.1.0 ContentCategory vocabulary (CSIPVocabularyContentCategory.xml), spelled byte for byte:
 * the dashes are U+2013. Embedded so the check needs nothing outside the package. */
static const char *const content_categories[] = {
    "Textual works \xE2\x80\x93 Print",
    "Textual works \xE2\x80\x93 Digital",
    "Textual works \xE2\x80\x93 Electronic Serials",
    "Digital Musical Composition (score-based representations)",
    "Photographs \xE2\x80\x93 Print",
    "Photographs \xE2\x80\x93 Digital",
    "Other Graphic Images \xE2\x80\x93 Print",
    "Other Graphic Images \xE2\x80\x93 Digital",
    "Microforms",
    "Audio \xE2\x80\x93 On Tangible Medium (digital or analog)",
    "Audio \xE2\x80\x93 Media-independent (digital)",
    "Motion Pictures \xE2\x80\x93 Digital and Physical Media",
    "Video \xE2\x80\x93 File-based and Physical Media",
    "Software",
    "Datasets",
    "Geospatial Data",
    "Databases",
    "Websites",
    "Collection",
    "Event",
    "Interactive resource",
    "Physical object",
    "Service",
    "Mixed",
    "Other",
    "OTHER", /* the profile's spelling in CSIP2/CSIP3 */
};

/* ---- the report ---- */

struct at_package_report {
    GArray *problems;   /* at_package_problem; strings live in `text` */
    GStringChunk *text;
    size_t more;        /* problems found past MAX_PROBLEMS */
};

static at_package_report *report_new(void)
{
    at_package_report *r = g_new0(at_package_report, 1);
    r->problems = g_array_new(FALSE, TRUE, sizeof(at_package_problem));
    r->text = g_string_chunk_new(4096);
    return r;
}

size_t at_package_report_count(const at_package_report *report)
{
    return report ? report->problems->len : 0;
}

const at_package_problem *at_package_report_problem(const at_package_report *report, size_t index)
{
    if (!report || index >= report->problems->len)
        return NULL;
    return &g_array_index(report->problems, at_package_problem, index);
}

void at_package_report_free(at_package_report *report)
{
    if (!report)
        return;
    g_array_free(report->problems, TRUE);
    g_string_chunk_free(report->text);
    g_free(report);
}

static void report_add(at_package_report *r, const char *req, const char *file, long line, const char *message)
{
    if (r->problems->len >= MAX_PROBLEMS) {
        r->more++;
        return;
    }
    /* One line per problem: libxml2 messages end in (or hold) newlines. */
    char *msg = g_strdup(message);
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t')
            *p = ' ';
    g_strstrip(msg);
    at_package_problem p = { g_string_chunk_insert_const(r->text, req ? req : ""),
                             g_string_chunk_insert_const(r->text, file ? file : ""), line > 0 ? (int)MIN(line, G_MAXINT) : 0,
                             g_string_chunk_insert(r->text, msg) };
    g_free(msg);
    g_array_append_val(r->problems, p);
}

static void report_finish(at_package_report *r)
{
    if (r->more) {
        char msg[96];
        snprintf(msg, sizeof msg, "and %zu more problems not listed", r->more);
        r->more = 0;
        at_package_problem p = { "", "", 0, g_string_chunk_insert(r->text, msg) };
        g_array_append_val(r->problems, p);
    }
}

/* ---- the package being checked ---- */

typedef struct {
    at_package_report *r;
    char *root;              /* the package root folder on disk */
    GHashTable *disk;        /* rel path -> size: the plain files found by walking the package */
    GHashTable *referenced;  /* rel paths a METS points to */
    GHashTable *ids;         /* ID -> where first seen ("METS.xml line 4"), package-wide */
    GHashTable *schemas;     /* schema name -> xmlSchemaPtr, or NULL when unusable */
    GHashTable *schema_files; /* rel paths of package schemas used in validation */
    GHashTable *schema_group; /* rel paths listed in a fileGrp USE="Schemas" */
    GHashTable *checked;     /* rel paths already validated against their schema */
    GPtrArray *rep_mets;     /* rel paths of representation METS files, in order */
    GPtrArray *metadata;     /* pairs (rel, schema name) of metadata files to validate */
    GPtrArray *unreadable;   /* folder prefixes whose METS could not be read: their files are not "unreferenced" */
} checker;

static void problem(checker *c, const char *req, const char *file, long line, const char *fmt, ...) G_GNUC_PRINTF(5, 6);

static void problem(checker *c, const char *req, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    report_add(c->r, req, file, line, msg);
    g_free(msg);
}

static bool has(const char *s)
{
    for (; s && *s; s++)
        if (!g_ascii_isspace(*s))
            return true;
    return false;
}

static void free_xml(gpointer p)
{
    xmlFree(p);
}

/* Walk the package: plain files and folders only; links and devices are problems, never followed. */
/* g_ptr_array_sort passes pointers to the elements. */
static gint cmp_str(gconstpointer a, gconstpointer b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void walk(checker *c, const char *dir, const char *rel)
{
    GDir *d = g_dir_open(dir, 0, NULL);
    if (!d) {
        problem(c, "FILE", rel, 0, "folder cannot be read");
        return;
    }
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    for (const char *n; (n = g_dir_read_name(d));)
        g_ptr_array_add(names, g_strdup(n));
    g_dir_close(d);
    g_ptr_array_sort(names, cmp_str);
    for (guint i = 0; i < names->len; i++) {
        const char *n = g_ptr_array_index(names, i);
        char *path = g_build_filename(dir, n, NULL);
        char *child = *rel ? g_strconcat(rel, "/", n, NULL) : g_strdup(n);
        GStatBuf st;
        if (g_lstat(path, &st) != 0)
            problem(c, "FILE", child, 0, "cannot be read: %s", g_strerror(errno));
        else if (S_ISLNK(st.st_mode))
            problem(c, "FILE", child, 0, "is a symbolic link; a package holds plain files and folders only");
        else if (S_ISDIR(st.st_mode))
            walk(c, path, child);
        else if (S_ISREG(st.st_mode))
            g_hash_table_insert(c->disk, g_strdup(child), g_memdup2(&(gint64){ (gint64)st.st_size }, sizeof(gint64)));
        else
            problem(c, "FILE", child, 0, "is not a plain file or folder");
        g_free(child);
        g_free(path);
    }
    g_ptr_array_free(names, TRUE);
}

static bool on_disk(checker *c, const char *rel)
{
    return g_hash_table_contains(c->disk, rel);
}


/* ---- XML ---- */

/* Parse a package file: no network, no entities. A DOCTYPE is refused: none of
 * METS, PREMIS, ALTO or XSD needs one, and it is how XXE and entity bombs come in. */
static xmlDocPtr parse_xml(checker *c, const char *rel)
{
    char *path = g_build_filename(c->root, rel, NULL);
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    xmlDocPtr doc = NULL;
    if (ctxt)
        doc = xmlCtxtReadFile(ctxt, path, NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES |
                                  XML_PARSE_NOCDATA);
    if (!doc) {
        const xmlError *e = ctxt ? xmlCtxtGetLastError(ctxt) : NULL;
        problem(c, "XSD", rel, e ? e->line : 0, "not well-formed XML: %s", e && e->message ? e->message : "cannot parse");
    } else if (doc->intSubset || doc->extSubset) {
        problem(c, "XSD", rel, doc->intSubset ? xmlGetLineNo((xmlNodePtr)doc->intSubset) : 0,
                "has a DOCTYPE; refused (no entity in it was loaded or expanded)");
        xmlFreeDoc(doc);
        doc = NULL;
    }
    if (ctxt)
        xmlFreeParserCtxt(ctxt);
    g_free(path);
    return doc;
}

/* Is a schemaLocation a local name inside schemas/? Sets *target to its package path. */
static bool local_location(checker *c, const char *dir, const char *loc, char **target)
{
    if (!has(loc) || g_uri_peek_scheme(loc) || loc[0] == '/' || strchr(loc, '\\'))
        return false;
    char **parts = g_strsplit(loc, "/", -1);
    bool ok = true;
    for (char **p = parts; *p && ok; p++)
        ok = strcmp(*p, "..") != 0;
    g_strfreev(parts);
    if (!ok)
        return false;
    *target = g_strconcat(dir, "/", loc, NULL);
    return on_disk(c, *target);
}

/* A package schema is usable if it parses safely and imports only local schemas that do too.
 * libxml2's schema loader reads imports itself (entities on, network allowed), so this
 * check must come first. */
static bool schema_safe(checker *c, const char *rel, GHashTable *seen)
{
    if (!g_hash_table_add(seen, g_strdup(rel)))
        return true;
    xmlDocPtr doc = parse_xml(c, rel);
    if (!doc)
        return false;
    bool ok = true;
    char *dir = g_path_get_dirname(rel);
    for (xmlNodePtr n = xmlDocGetRootElement(doc) ? xmlDocGetRootElement(doc)->children : NULL; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE || !n->ns || strcmp((const char *)n->ns->href, XSD_NS) != 0)
            continue;
        const char *kind = (const char *)n->name;
        if (strcmp(kind, "import") && strcmp(kind, "include") && strcmp(kind, "redefine") && strcmp(kind, "override"))
            continue;
        xmlChar *loc = xmlGetNoNsProp(n, BAD_CAST "schemaLocation");
        char *target = NULL;
        if (loc && !local_location(c, dir, (const char *)loc, &target)) {
            problem(c, "XSD", rel, xmlGetLineNo(n), "%s of '%s' is not a schema inside the package's schemas/; not used",
                    kind, (const char *)loc);
            ok = false;
        } else if (target && !schema_safe(c, target, seen)) {
            ok = false;
        }
        g_free(target);
        xmlFree(loc);
    }
    g_free(dir);
    xmlFreeDoc(doc);
    return ok;
}

typedef struct {
    checker *c;
    const char *file; /* package path errors are reported against */
    const char *schema;
} xsd_sink;

static void xsd_error(void *data, const xmlError *e)
{
    xsd_sink *s = data;
    if (!e || !e->message || e->level == XML_ERR_WARNING)
        return;
    /* Errors in a schema name the schema file (perhaps one it imports). */
    const char *file = s->file;
    size_t root_len = strlen(s->c->root);
    if (!s->schema && e->file && strncmp(e->file, s->c->root, root_len) == 0 && e->file[root_len] == '/')
        file = e->file + root_len + 1;
    problem(s->c, "XSD", file, e->line, "%s%s", s->schema ? "" : "schema error: ", e->message);
}

/* The schema `name`: the package's own copy in schemas/, else (reported) arkivtext's. NULL if unusable. */
static xmlSchemaPtr get_schema(checker *c, const char *name)
{
    gpointer cached;
    if (g_hash_table_lookup_extended(c->schemas, name, NULL, &cached))
        return cached;
    char *rel = g_strconcat("schemas/", name, NULL);
    char *path = NULL;
    if (on_disk(c, rel)) {
        GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
        if (schema_safe(c, rel, seen)) {
            path = g_build_filename(c->root, rel, NULL);
            GHashTableIter it;
            gpointer key;
            g_hash_table_iter_init(&it, seen);
            while (g_hash_table_iter_next(&it, &key, NULL))
                g_hash_table_add(c->schema_files, g_strdup(key));
        }
        g_hash_table_destroy(seen);
    } else {
        problem(c, "CSIPSTR15", rel, 0, "missing from the package; files were validated against arkivtext's own copy");
        path = at_schema_path(name);
    }
    xmlSchemaPtr schema = NULL;
    if (path) {
        xsd_sink sink = { c, rel, NULL };
        xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(path);
        if (pctx) {
            xmlSchemaSetParserStructuredErrors(pctx, (xmlStructuredErrorFunc)xsd_error, &sink);
            schema = xmlSchemaParse(pctx);
            xmlSchemaFreeParserCtxt(pctx);
        }
        if (!schema)
            problem(c, "XSD", rel, 0, "not a usable schema; files that need it were not validated");
    }
    g_hash_table_insert(c->schemas, g_strdup(name), schema);
    g_free(path);
    g_free(rel);
    return schema;
}

static void validate_doc(checker *c, xmlDocPtr doc, const char *rel, const char *schema_name)
{
    if (!g_hash_table_add(c->checked, g_strdup(rel)))
        return;
    xmlSchemaPtr schema = get_schema(c, schema_name);
    if (!schema)
        return;
    xsd_sink sink = { c, rel, schema_name };
    xmlSchemaValidCtxtPtr v = xmlSchemaNewValidCtxt(schema);
    if (!v)
        return;
    xmlSchemaSetValidStructuredErrors(v, (xmlStructuredErrorFunc)xsd_error, &sink);
    if (xmlSchemaValidateDoc(v, doc) < 0)
        problem(c, "XSD", rel, 0, "could not be validated against schemas/%s", schema_name);
    xmlSchemaFreeValidCtxt(v);
}

static char *digest(const char *path, GChecksumType type);

/* PREMIS fixity of files named by their package path must agree with the bytes too. */
static void check_premis(checker *c, xmlDocPtr doc, const char *rel)
{
    xmlXPathContextPtr xp = xmlXPathNewContext(doc);
    if (!xp)
        return;
    xmlXPathRegisterNs(xp, BAD_CAST "p", BAD_CAST PREMIS_NS);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST "//p:object/p:objectCharacteristics/p:fixity", xp);
    for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
        xmlNodePtr fixity = o->nodesetval->nodeTab[i], chars = fixity->parent;
        xmlChar *name = NULL, *alg = NULL, *sum = NULL;
        for (xmlNodePtr n = chars->parent->children; n; n = n->next)
            if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "objectIdentifier"))
                for (xmlNodePtr v = n->children; v && !name; v = v->next)
                    if (v->type == XML_ELEMENT_NODE && xmlStrEqual(v->name, BAD_CAST "objectIdentifierValue"))
                        name = xmlNodeGetContent(v);
        xmlNodePtr digest_node = NULL;
        for (xmlNodePtr n = fixity->children; n; n = n->next) {
            if (n->type != XML_ELEMENT_NODE)
                continue;
            if (xmlStrEqual(n->name, BAD_CAST "messageDigestAlgorithm") && !alg)
                alg = xmlNodeGetContent(n);
            else if (xmlStrEqual(n->name, BAD_CAST "messageDigest") && !sum) {
                sum = xmlNodeGetContent(n);
                digest_node = n;
            }
        }
        /* Only identifiers that are package paths and SHA-256 digests can be checked. */
        if (name && alg && sum && on_disk(c, (const char *)name) &&
            (xmlStrEqual(alg, BAD_CAST "SHA-256") || xmlStrEqual(alg, BAD_CAST "SHA256"))) {
            char *path = g_build_filename(c->root, (const char *)name, NULL);
            char *hex = digest(path, G_CHECKSUM_SHA256);
            if (hex && g_ascii_strcasecmp(hex, g_strstrip((char *)sum)) != 0)
                problem(c, "FIXITY", rel, xmlGetLineNo(digest_node), "%s: SHA-256 is %s but PREMIS says %s", (const char *)name,
                        hex, (const char *)sum);
            g_free(hex);
            g_free(path);
        }
        xmlFree(name);
        xmlFree(alg);
        xmlFree(sum);
    }
    xmlXPathFreeObject(o);
    xmlXPathFreeContext(xp);
}

static void validate_file(checker *c, const char *rel, const char *schema_name)
{
    if (g_hash_table_contains(c->checked, rel) || !on_disk(c, rel))
        return;
    xmlDocPtr doc = parse_xml(c, rel);
    if (doc) {
        validate_doc(c, doc, rel, schema_name);
        if (strcmp(schema_name, "premis.xsd") == 0)
            check_premis(c, doc, rel);
    } else {
        g_hash_table_add(c->checked, g_strdup(rel));
    }
    xmlFreeDoc(doc);
}

/* ---- fixity ---- */

static bool checksum_type(const char *name, GChecksumType *type)
{
    static const struct {
        const char *name;
        GChecksumType type;
    } types[] = { { "SHA-256", G_CHECKSUM_SHA256 }, { "SHA-1", G_CHECKSUM_SHA1 }, { "MD5", G_CHECKSUM_MD5 },
                  { "SHA-384", G_CHECKSUM_SHA384 }, { "SHA-512", G_CHECKSUM_SHA512 } };
    for (size_t i = 0; i < G_N_ELEMENTS(types); i++)
        if (strcmp(name, types[i].name) == 0) {
            *type = types[i].type;
            return true;
        }
    return false;
}

static char *digest(const char *path, GChecksumType type)
{
    FILE *f = g_fopen(path, "rb");
    if (!f)
        return NULL;
    GChecksum *sum = g_checksum_new(type);
    guchar buf[1 << 16];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        g_checksum_update(sum, buf, (gssize)n);
    char *hex = ferror(f) ? NULL : g_strdup(g_checksum_get_string(sum));
    fclose(f);
    g_checksum_free(sum);
    return hex;
}

/* ---- METS ---- */

/* The requirement ids of one kind of reference (mdRef in a dmdSec, FLocat, mptr, ...). */
typedef struct {
    const char *loctype, *xtype, *href, *mdtype, *mimetype, *size, *created, *checksum, *checksumtype;
} ref_ids;

static const ref_ids dmd_ids = { "CSIP22", "CSIP23", "CSIP24", "CSIP25", "CSIP26", "CSIP27", "CSIP28", "CSIP29", "CSIP30" };
static const ref_ids digiprov_ids = { "CSIP36", "CSIP37", "CSIP38", "CSIP39", "CSIP40",
                                      "CSIP41", "CSIP42", "CSIP43", "CSIP44" };
static const ref_ids rights_ids = { "CSIP49", "CSIP50", "CSIP51", "CSIP52", "CSIP53", "CSIP54", "CSIP55", "CSIP56", "CSIP57" };
/* techMD and sourceMD: no CSIP requirement of their own; the same rules as the others. */
static const ref_ids other_md_ids = { "REF", "REF", "REF", "REF", "FIXITY", "FIXITY", "FIXITY", "FIXITY", "FIXITY" };
static const ref_ids flocat_ids = { "CSIP77", "CSIP78", "CSIP79", NULL, "CSIP68", "CSIP69", "CSIP70", "CSIP71", "CSIP72" };
static const ref_ids mptr_ids = { "CSIP112", "CSIP111", "CSIP110", NULL, NULL, NULL, NULL, NULL, NULL };

typedef struct {
    checker *c;
    xmlDocPtr doc;
    xmlXPathContextPtr xp;
    const char *rel;     /* this METS file's package path */
    char *base;          /* the folder its hrefs are relative to: "" or "representations/rep1/" */
    bool root;
    GPtrArray *strings;  /* attribute values handed out, freed with the document */
    GHashTable *ids;     /* ID -> element */
} mets_doc;

static GPtrArray *find(mets_doc *m, xmlNodePtr at, const char *expr)
{
    GPtrArray *out = g_ptr_array_new();
    m->xp->node = at ? at : xmlDocGetRootElement(m->doc);
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST expr, m->xp);
    if (o && o->nodesetval)
        for (int i = 0; i < o->nodesetval->nodeNr; i++)
            g_ptr_array_add(out, o->nodesetval->nodeTab[i]);
    xmlXPathFreeObject(o);
    return out;
}

static guint count(mets_doc *m, xmlNodePtr at, const char *expr)
{
    GPtrArray *a = find(m, at, expr);
    guint n = a->len;
    g_ptr_array_free(a, TRUE);
    return n;
}

static xmlNodePtr first(mets_doc *m, xmlNodePtr at, const char *expr)
{
    GPtrArray *a = find(m, at, expr);
    xmlNodePtr n = a->len ? g_ptr_array_index(a, 0) : NULL;
    g_ptr_array_free(a, TRUE);
    return n;
}

/* An attribute's value (no namespace, or `ns`), or NULL; valid while `m` lives. */
static const char *attr_ns(mets_doc *m, xmlNodePtr n, const char *name, const char *ns)
{
    if (!n)
        return NULL;
    xmlChar *v = ns ? xmlGetNsProp(n, BAD_CAST name, BAD_CAST ns) : xmlGetNoNsProp(n, BAD_CAST name);
    if (v)
        g_ptr_array_add(m->strings, v);
    return (const char *)v;
}

static const char *attr(mets_doc *m, xmlNodePtr n, const char *name)
{
    return attr_ns(m, n, name, NULL);
}

static bool attr_is(mets_doc *m, xmlNodePtr n, const char *name, const char *ns, const char *value)
{
    const char *v = attr_ns(m, n, name, ns);
    return v && strcmp(v, value) == 0;
}

static const char *text_of(mets_doc *m, xmlNodePtr n)
{
    xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
    if (v)
        g_ptr_array_add(m->strings, v);
    return (const char *)v;
}

static long line_of(xmlNodePtr n)
{
    return n ? xmlGetLineNo(n) : 0;
}

#define MP(m, req, node, ...) problem((m)->c, (req), (m)->rel, line_of(node), __VA_ARGS__)

/* `path` (already decoded) under this METS file's folder, with "." and ".." applied; NULL and *why when it leaves. */
static char *normalize_path(mets_doc *m, const char *path, const char **why)
{
    char **parts = g_strsplit(path, "/", -1);
    GPtrArray *stack = g_ptr_array_new();
    bool left = false;
    for (char **p = parts; *p && !left; p++) {
        if (!**p || strcmp(*p, ".") == 0)
            continue;
        if (strcmp(*p, "..") != 0)
            g_ptr_array_add(stack, *p);
        else if (stack->len)
            g_ptr_array_remove_index(stack, stack->len - 1);
        else
            left = true;
    }
    char *target = NULL;
    if (left) {
        *why = m->root ? "leaves the package" : "leaves the representation folder";
    } else if (stack->len == 0) {
        *why = "names no file";
    } else {
        g_ptr_array_add(stack, NULL);
        char *joined = g_strjoinv("/", (char **)stack->pdata);
        target = g_strconcat(m->base, joined, NULL);
        g_free(joined);
    }
    g_ptr_array_free(stack, TRUE);
    g_strfreev(parts);
    return target;
}

/* The package path an href names, or NULL with *why: hrefs are relative paths
 * that stay inside the package, or inside the representation for its METS. */
static char *resolve_href(mets_doc *m, const char *href, const char **why)
{
    if (!*href)
        *why = "is empty";
    else if (g_uri_peek_scheme(href))
        *why = "has a URL scheme; it must be a relative path";
    else if (href[0] == '/')
        *why = "is an absolute path; it must be relative";
    else if (strchr(href, '\\'))
        *why = "uses '\\'; paths use '/'";
    else
        *why = NULL;
    if (*why)
        return NULL;
    char *decoded = g_uri_unescape_string(href, NULL);
    if (!decoded) {
        *why = "has a bad %-escape";
        return NULL;
    }
    char *target = normalize_path(m, decoded, why);
    /* A name with a literal '%' in it: the href as written. */
    if (target && !on_disk(m->c, target) && strcmp(decoded, href) != 0) {
        const char *why_raw;
        char *raw = normalize_path(m, href, &why_raw);
        if (raw && on_disk(m->c, raw)) {
            g_free(target);
            target = raw;
        } else {
            g_free(raw);
        }
    }
    g_free(decoded);
    return target;
}

/* LOCTYPE, xlink:type and xlink:href of a reference; returns the package path it names, if any. */
static char *check_link(mets_doc *m, xmlNodePtr n, const ref_ids *ids, const char *what)
{
    const char *loctype = attr(m, n, "LOCTYPE"), *xtype = attr_ns(m, n, "type", XLINK_NS),
               *href = attr_ns(m, n, "href", XLINK_NS);
    if (!loctype || strcmp(loctype, "URL") != 0)
        MP(m, ids->loctype, n, "%s: LOCTYPE must be \"URL\"%s%s%s", what, loctype ? ", not \"" : "",
           loctype ? loctype : " (missing)", loctype ? "\"" : "");
    if (!xtype || strcmp(xtype, "simple") != 0)
        MP(m, ids->xtype, n, "%s: xlink:type must be \"simple\"%s%s%s", what, xtype ? ", not \"" : "",
           xtype ? xtype : " (missing)", xtype ? "\"" : "");
    if (!href) {
        MP(m, ids->href, n, "%s has no xlink:href", what);
        return NULL;
    }
    const char *why = NULL;
    char *target = resolve_href(m, href, &why);
    if (!target) {
        MP(m, ids->href, n, "%s: xlink:href \"%s\" %s", what, href, why);
        return NULL;
    }
    if (!on_disk(m->c, target)) {
        MP(m, "FILE", n, "%s: xlink:href \"%s\": %s is not in the package", what, href, target);
        g_free(target);
        return NULL;
    }
    g_hash_table_add(m->c->referenced, g_strdup(target));
    return target;
}

/* MIMETYPE, SIZE, CREATED, CHECKSUM and CHECKSUMTYPE of `holder`, and that SIZE and CHECKSUM are the file's. */
static void check_fixity(mets_doc *m, xmlNodePtr holder, const char *target, const ref_ids *ids, const char *what)
{
    static const char *const names[] = { "MIMETYPE", "SIZE", "CREATED", "CHECKSUM", "CHECKSUMTYPE" };
    const char *const reqs[] = { ids->mimetype, ids->size, ids->created, ids->checksum, ids->checksumtype };
    const char *values[G_N_ELEMENTS(names)];
    for (size_t i = 0; i < G_N_ELEMENTS(names); i++) {
        values[i] = attr(m, holder, names[i]);
        if (!has(values[i]))
            MP(m, reqs[i], holder, "%s has no %s", what, names[i]);
    }
    if (!target)
        return;
    const char *size = values[1], *sum = values[3], *type = values[4];
    const gint64 *actual = g_hash_table_lookup(m->c->disk, target);
    gint64 stated;
    if (has(size) && actual) {
        if (!g_ascii_string_to_signed(size, 10, 0, G_MAXINT64, &stated, NULL))
            MP(m, "FIXITY", holder, "%s: SIZE \"%s\" is not a number of bytes", target, size);
        else if (stated != *actual)
            MP(m, "FIXITY", holder, "%s: SIZE is %s but the file has %" G_GINT64_FORMAT " bytes", target, size, *actual);
    }
    if (!has(type))
        return;
    GChecksumType gt;
    if (!checksum_type(type, &gt)) {
        MP(m, "FIXITY", holder, "%s: CHECKSUMTYPE \"%s\" cannot be checked; packages use SHA-256", target, type);
        return;
    }
    if (strcmp(type, "SHA-256") != 0)
        MP(m, "FIXITY", holder, "%s: CHECKSUMTYPE is \"%s\"; packages use SHA-256", target, type);
    if (!has(sum))
        return;
    char *path = g_build_filename(m->c->root, target, NULL);
    char *hex = digest(path, gt);
    if (!hex)
        MP(m, "FILE", holder, "%s cannot be read", target);
    else if (g_ascii_strcasecmp(hex, sum) != 0)
        MP(m, "FIXITY", holder, "%s: %s is %s but METS says %s (the file has changed)", target, type, hex, sum);
    g_free(hex);
    g_free(path);
}

/* An mdRef: link, MDTYPE, fixity; PREMIS and our record are queued for schema validation. */
static void check_mdref(mets_doc *m, xmlNodePtr ref, const ref_ids *ids)
{
    char *target = check_link(m, ref, ids, "mdRef");
    const char *mdtype = attr(m, ref, "MDTYPE");
    if (!has(mdtype))
        MP(m, ids->mdtype, ref, "mdRef has no MDTYPE");
    check_fixity(m, ref, target, ids, "mdRef");
    if (target && mdtype) {
        const char *schema = NULL;
        if (strcmp(mdtype, "PREMIS") == 0)
            schema = "premis.xsd";
        else if (strcmp(mdtype, "OTHER") == 0 && attr_is(m, ref, "OTHERMDTYPE", NULL, RECORD_MDTYPE))
            schema = AT_RECORD_SCHEMA;
        if (schema) {
            g_ptr_array_add(m->c->metadata, g_strdup(target));
            g_ptr_array_add(m->c->metadata, g_strdup(schema));
        }
    }
    g_free(target);
}

static void check_md_sections(mets_doc *m)
{
    static const struct {
        const char *expr, *id_req;
        const ref_ids *ids;
    } sections[] = {
        { "m:dmdSec", "CSIP18", &dmd_ids },
        { "m:amdSec/m:digiprovMD", "CSIP33", &digiprov_ids },
        { "m:amdSec/m:rightsMD", "CSIP46", &rights_ids },
        { "m:amdSec/m:techMD | m:amdSec/m:sourceMD", "REF", &other_md_ids },
    };
    for (size_t s = 0; s < G_N_ELEMENTS(sections); s++) {
        GPtrArray *secs = find(m, NULL, sections[s].expr);
        for (guint i = 0; i < secs->len; i++) {
            xmlNodePtr sec = g_ptr_array_index(secs, i);
            if (!has(attr(m, sec, "ID")))
                MP(m, sections[s].id_req, sec, "%s has no ID", (const char *)sec->name);
            if (s == 0 && !has(attr(m, sec, "CREATED")))
                MP(m, "CSIP19", sec, "dmdSec has no CREATED");
            GPtrArray *refs = find(m, sec, "m:mdRef");
            for (guint j = 0; j < refs->len; j++)
                check_mdref(m, g_ptr_array_index(refs, j), sections[s].ids);
            g_ptr_array_free(refs, TRUE);
        }
        g_ptr_array_free(secs, TRUE);
    }
}

static bool in_vocabulary(const char *type)
{
    for (size_t i = 0; i < G_N_ELEMENTS(content_categories); i++)
        if (strcmp(type, content_categories[i]) == 0)
            return true;
    return false;
}

static void check_identity(mets_doc *m, xmlNodePtr mets, const char *root_name)
{
    const char *objid = attr(m, mets, "OBJID");
    if (!has(objid))
        MP(m, "CSIP1", mets, "mets has no OBJID");
    else if (m->root && root_name && strcmp(objid, root_name) != 0)
        MP(m, "CSIPSTR2", mets, "the package root folder is \"%s\" but mets/@OBJID is \"%s\"", root_name, objid);
    const char *type = attr(m, mets, "TYPE");
    if (!has(type))
        MP(m, "CSIP2", mets, "mets has no TYPE (the content category)");
    else if (!in_vocabulary(type))
        MP(m, "CSIP2", mets, "mets/@TYPE \"%s\" is not a ContentCategory term (e.g. \"Textual works \xE2\x80\x93 Digital\")",
           type);
    else if ((strcmp(type, "Other") == 0 || strcmp(type, "OTHER") == 0) && !has(attr_ns(m, mets, "OTHERTYPE", CSIP_NS)))
        MP(m, "CSIP3", mets, "mets/@TYPE is \"%s\" but csip:OTHERTYPE is missing", type);
    const char *profile = attr(m, mets, "PROFILE");
    if (!has(profile))
        MP(m, "CSIP6", mets, "mets has no PROFILE");
    else if (m->root && strcmp(profile, SIP_PROFILE) != 0)
        MP(m, "SIP2", mets, "mets/@PROFILE is \"%s\", not \"" SIP_PROFILE "\"", profile);
}

/* Agents: the software (CSIP10-16) everywhere; in the package METS the submitter (SIP15-17) and the SIP agent rules. */
static void check_agents(mets_doc *m, xmlNodePtr hdr)
{
    xmlNodePtr sw = first(m, hdr, "m:agent[@OTHERTYPE='SOFTWARE']");
    if (!sw) {
        xmlNodePtr other = first(m, hdr, "m:agent[@TYPE='OTHER']");
        if (other)
            MP(m, "CSIP13", other, "agent TYPE=\"OTHER\" must have OTHERTYPE=\"SOFTWARE\" for the software that made the package");
        else
            MP(m, "CSIP10", hdr, "metsHdr has no software agent (agent ROLE=\"CREATOR\" TYPE=\"OTHER\" OTHERTYPE=\"SOFTWARE\")");
    } else {
        if (!attr_is(m, sw, "ROLE", NULL, "CREATOR"))
            MP(m, "CSIP11", sw, "the software agent's ROLE must be \"CREATOR\"");
        if (!attr_is(m, sw, "TYPE", NULL, "OTHER"))
            MP(m, "CSIP12", sw, "the software agent's TYPE must be \"OTHER\"");
        if (!has(text_of(m, first(m, sw, "m:name"))))
            MP(m, "CSIP14", sw, "the software agent has no name");
        if (!first(m, sw, "m:note"))
            MP(m, "CSIP15", sw, "the software agent has no note with the software version");
        else if (!first(m, sw, "m:note[@csip:NOTETYPE='SOFTWARE VERSION']"))
            MP(m, "CSIP16", sw, "the software agent's note must have csip:NOTETYPE=\"SOFTWARE VERSION\"");
    }
    if (!m->root)
        return;
    GPtrArray *subs = find(m, hdr, "m:agent[@ROLE='CREATOR'][@TYPE='ORGANIZATION' or @TYPE='INDIVIDUAL']");
    if (subs->len == 0) {
        xmlNodePtr wrong_type = first(m, hdr, "m:agent[@ROLE='CREATOR'][not(@TYPE='OTHER')]");
        if (wrong_type)
            MP(m, "SIP17", wrong_type, "the submitting agent's TYPE must be \"ORGANIZATION\" or \"INDIVIDUAL\"");
        else
            MP(m, "SIP15", hdr,
               "metsHdr has no submitting agent (agent ROLE=\"CREATOR\" TYPE=\"ORGANIZATION\" or \"INDIVIDUAL\" with a name)");
    }
    for (guint i = 0; i < subs->len; i++) {
        xmlNodePtr a = g_ptr_array_index(subs, i);
        if (!has(text_of(m, first(m, a, "m:name"))))
            MP(m, "SIP15", a, "the submitting agent has no name");
        if (attr_is(m, a, "TYPE", NULL, "ORGANIZATION") && first(m, a, "m:note[not(@csip:NOTETYPE='IDENTIFICATIONCODE')]"))
            MP(m, "SIP20", a, "the submitting agent's note must have csip:NOTETYPE=\"IDENTIFICATIONCODE\"");
    }
    g_ptr_array_free(subs, TRUE);
    GPtrArray *arch = find(m, hdr, "m:agent[@ROLE='ARCHIVIST']");
    for (guint i = 0; i < arch->len; i++) {
        xmlNodePtr a = g_ptr_array_index(arch, i);
        if (!attr_is(m, a, "TYPE", NULL, "ORGANIZATION") && !attr_is(m, a, "TYPE", NULL, "INDIVIDUAL"))
            MP(m, "SIP11", a, "the archival creator's TYPE must be \"ORGANIZATION\" or \"INDIVIDUAL\"");
        if (first(m, a, "m:note[not(@csip:NOTETYPE='IDENTIFICATIONCODE')]"))
            MP(m, "SIP14", a, "the archival creator's note must have csip:NOTETYPE=\"IDENTIFICATIONCODE\"");
    }
    g_ptr_array_free(arch, TRUE);
    GPtrArray *pres = find(m, hdr, "m:agent[@ROLE='PRESERVATION']");
    for (guint i = 0; i < pres->len; i++) {
        xmlNodePtr a = g_ptr_array_index(pres, i);
        if (!attr_is(m, a, "TYPE", NULL, "ORGANIZATION"))
            MP(m, "SIP28", a, "the preservation agent's TYPE must be \"ORGANIZATION\"");
        if (first(m, a, "m:note[not(@csip:NOTETYPE='IDENTIFICATIONCODE')]"))
            MP(m, "SIP31", a, "the preservation agent's note must have csip:NOTETYPE=\"IDENTIFICATIONCODE\"");
    }
    g_ptr_array_free(pres, TRUE);
}

static void check_header(mets_doc *m, xmlNodePtr mets)
{
    GPtrArray *hdrs = find(m, NULL, "m:metsHdr");
    if (hdrs->len == 0)
        MP(m, "CSIP117", mets, "mets has no metsHdr");
    else if (hdrs->len > 1)
        MP(m, "CSIP117", mets, "mets has %u metsHdr elements; it must have one", hdrs->len);
    xmlNodePtr hdr = hdrs->len ? g_ptr_array_index(hdrs, 0) : NULL;
    g_ptr_array_free(hdrs, TRUE);
    if (!hdr)
        return;
    if (!has(attr(m, hdr, "CREATEDATE")))
        MP(m, "CSIP7", hdr, "metsHdr has no CREATEDATE");
    const char *type = attr_ns(m, hdr, "OAISPACKAGETYPE", CSIP_NS);
    if (!has(type))
        MP(m, "CSIP9", hdr, "metsHdr has no csip:OAISPACKAGETYPE");
    else if (strcmp(type, "SIP") != 0)
        MP(m, "SIP4", hdr, "metsHdr/@csip:OAISPACKAGETYPE is \"%s\", not \"SIP\"", type);
    check_agents(m, hdr);
}

/* One file: ID, exactly one FLocat, its link and the file's fixity. Returns the package path it names. */
static char *check_file(mets_doc *m, xmlNodePtr file)
{
    if (!has(attr(m, file, "ID")))
        MP(m, "CSIP67", file, "file has no ID");
    GPtrArray *locs = find(m, file, "m:FLocat");
    char *target = NULL;
    if (locs->len != 1)
        MP(m, "CSIP76", file, "file %s has %u FLocat elements; it must have one", attr(m, file, "ID") ? attr(m, file, "ID") : "",
           locs->len);
    if (locs->len)
        target = check_link(m, g_ptr_array_index(locs, 0), &flocat_ids, "FLocat");
    g_ptr_array_free(locs, TRUE);
    check_fixity(m, file, target, &flocat_ids, "file");
    return target;
}

/* fileSec: IDs and USE, every file; in the package METS the Documentation, Schemas and Representations groups. */
static void check_files(mets_doc *m, xmlNodePtr mets)
{
    GPtrArray *secs = find(m, NULL, "m:fileSec");
    if (secs->len == 0 && m->root)
        MP(m, "CSIP58", mets, "mets has no fileSec");
    for (guint i = 0; i < secs->len; i++)
        if (!has(attr(m, g_ptr_array_index(secs, i), "ID")))
            MP(m, "CSIP59", g_ptr_array_index(secs, i), "fileSec has no ID");
    g_ptr_array_free(secs, TRUE);
    GPtrArray *groups = find(m, NULL, "m:fileSec//m:fileGrp");
    for (guint i = 0; i < groups->len; i++) {
        xmlNodePtr g = g_ptr_array_index(groups, i);
        const char *use = attr(m, g, "USE");
        if (!has(use))
            MP(m, "CSIP64", g, "fileGrp has no USE");
        if (!has(attr(m, g, "ID")))
            MP(m, "CSIP65", g, "fileGrp has no ID");
        GPtrArray *files = find(m, g, "m:file");
        for (guint j = 0; j < files->len; j++) {
            char *target = check_file(m, g_ptr_array_index(files, j));
            if (target && m->root && use && strcmp(use, "Schemas") == 0)
                g_hash_table_add(m->c->schema_group, g_strdup(target));
            if (target && m->root && use && g_str_has_prefix(use, "Representations") && g_str_has_suffix(target, "/METS.xml"))
                g_ptr_array_add(m->c->rep_mets, g_strdup(target));
            g_free(target);
        }
        g_ptr_array_free(files, TRUE);
    }
    g_ptr_array_free(groups, TRUE);
    if (!m->root)
        return;
    if (!count(m, NULL, "m:fileSec/m:fileGrp[@USE='Documentation']"))
        MP(m, "CSIP60", mets, "fileSec has no fileGrp USE=\"Documentation\" (it may be empty, but must be there)");
    if (!count(m, NULL, "m:fileSec/m:fileGrp[@USE='Schemas']"))
        MP(m, "CSIP113", mets, "fileSec has no fileGrp USE=\"Schemas\" listing the package's XML schemas");
    if (!count(m, NULL, "m:fileSec/m:fileGrp[starts-with(@USE,'Representations')]"))
        MP(m, "CSIP114", mets, "fileSec has no fileGrp USE=\"Representations/...\" pointing to the content");
}

/* Every fileGrp of USE `use` is referenced from the division labelled `use` (Documentation, Schemas). */
static void check_group_div(mets_doc *m, xmlNodePtr top, const char *use, const char *div_req, const char *id_req,
                            const char *all_req, const char *fptr_req)
{
    char *expr = g_strdup_printf("m:fileSec/m:fileGrp[@USE='%s']", use);
    GPtrArray *groups = find(m, NULL, expr);
    g_free(expr);
    expr = g_strdup_printf("m:div[@LABEL='%s']", use);
    GPtrArray *divs = find(m, top, expr);
    g_free(expr);
    if (divs->len == 0 && groups->len)
        MP(m, div_req, top, "the structMap has no division LABEL=\"%s\"", use);
    else if (divs->len > 1)
        MP(m, div_req, g_ptr_array_index(divs, 1), "the structMap has %u divisions LABEL=\"%s\"; it must have one", divs->len,
           use);
    xmlNodePtr div = divs->len ? g_ptr_array_index(divs, 0) : NULL;
    if (div && !has(attr(m, div, "ID")))
        MP(m, id_req, div, "division \"%s\" has no ID", use);
    GHashTable *pointed = g_hash_table_new(g_str_hash, g_str_equal);
    GPtrArray *fptrs = div ? find(m, div, "m:fptr") : g_ptr_array_new();
    for (guint i = 0; i < fptrs->len; i++) {
        xmlNodePtr f = g_ptr_array_index(fptrs, i);
        const char *id = attr(m, f, "FILEID");
        if (!has(id))
            MP(m, fptr_req, f, "fptr in division \"%s\" has no FILEID", use);
        else
            g_hash_table_add(pointed, (gpointer)id);
    }
    for (guint i = 0; i < groups->len; i++) {
        xmlNodePtr g = g_ptr_array_index(groups, i);
        const char *id = attr(m, g, "ID");
        if (div && has(id) && !g_hash_table_contains(pointed, id))
            MP(m, all_req, g, "fileGrp \"%s\" (USE=\"%s\") is not referenced by an fptr of division \"%s\"", id, use, use);
    }
    g_ptr_array_free(fptrs, TRUE);
    g_hash_table_destroy(pointed);
    g_ptr_array_free(divs, TRUE);
    g_ptr_array_free(groups, TRUE);
}

/* Each Representations fileGrp has its division: LABEL = USE, one mptr to the representation METS. */
static void check_rep_divs(mets_doc *m, xmlNodePtr top)
{
    GPtrArray *groups = find(m, NULL, "m:fileSec/m:fileGrp[starts-with(@USE,'Representations')]");
    for (guint i = 0; i < groups->len; i++) {
        xmlNodePtr g = g_ptr_array_index(groups, i);
        const char *use = attr(m, g, "USE"), *gid = attr(m, g, "ID");
        if (!use)
            continue;
        xmlNodePtr div = NULL;
        GPtrArray *divs = find(m, top, "m:div");
        for (guint j = 0; j < divs->len && !div; j++)
            if (attr_is(m, g_ptr_array_index(divs, j), "LABEL", NULL, use))
                div = g_ptr_array_index(divs, j);
        g_ptr_array_free(divs, TRUE);
        bool whole = strcmp(use, "Representations") == 0; /* content without representation METS (CSIP101-104) */
        if (!div) {
            MP(m, whole ? "CSIP101" : "CSIP107", g, "fileGrp \"%s\" has no structMap division LABEL=\"%s\"", use, use);
            continue;
        }
        if (!has(attr(m, div, "ID")))
            MP(m, whole ? "CSIP102" : "CSIP106", div, "division \"%s\" has no ID", use);
        if (whole) {
            xmlNodePtr f = first(m, div, "m:fptr");
            if (!f || !attr_is(m, f, "FILEID", NULL, gid ? gid : ""))
                MP(m, "CSIP119", div, "division \"Representations\" has no fptr FILEID=\"%s\"", gid ? gid : "");
            continue;
        }
        GPtrArray *mptrs = find(m, div, "m:mptr");
        if (mptrs->len != 1)
            MP(m, "CSIP109", div, "division \"%s\" has %u mptr elements; it must have one pointing to the representation METS",
               use, mptrs->len);
        if (mptrs->len) {
            xmlNodePtr mp = g_ptr_array_index(mptrs, 0);
            char *target = check_link(m, mp, &mptr_ids, "mptr");
            const char *title = attr_ns(m, mp, "title", XLINK_NS);
            if (!has(title) || !gid || strcmp(title, gid) != 0)
                MP(m, "CSIP108", mp, "mptr xlink:title must be the ID of fileGrp \"%s\" (\"%s\")%s%s", use, gid ? gid : "",
                   title ? ", not " : "", title ? title : "");
            if (target) {
                GPtrArray *hrefs = find(m, g, "m:file/m:FLocat/@xlink:href");
                bool listed = false;
                for (guint k = 0; k < hrefs->len && !listed; k++) {
                    xmlNodePtr a = g_ptr_array_index(hrefs, k);
                    const char *why = NULL;
                    char *t = a->children ? resolve_href(m, (const char *)a->children->content, &why) : NULL;
                    listed = t && strcmp(t, target) == 0;
                    g_free(t);
                }
                if (!listed)
                    MP(m, "CSIP109", mp, "mptr points to %s, which fileGrp \"%s\" does not list", target, use);
                g_ptr_array_free(hrefs, TRUE);
                bool known = false;
                for (guint k = 0; k < m->c->rep_mets->len && !known; k++)
                    known = strcmp(g_ptr_array_index(m->c->rep_mets, k), target) == 0;
                if (!known)
                    g_ptr_array_add(m->c->rep_mets, g_strdup(target));
            }
            g_free(target);
        }
        g_ptr_array_free(mptrs, TRUE);
    }
    g_ptr_array_free(groups, TRUE);
}

/* The Metadata division: there when there is metadata, and (SHOULD) pointing to all of it. */
static void check_metadata_div(mets_doc *m, xmlNodePtr top)
{
    GPtrArray *divs = find(m, top, "m:div[@LABEL='Metadata']");
    bool any = count(m, NULL, "m:dmdSec | m:amdSec") > 0;
    if (divs->len == 0 && any)
        MP(m, "CSIP88", top, "the structMap has no division LABEL=\"Metadata\" for the dmdSec/amdSec");
    else if (divs->len > 1)
        MP(m, "CSIP88", g_ptr_array_index(divs, 1), "the structMap has %u divisions LABEL=\"Metadata\"; it must have one",
           divs->len);
    xmlNodePtr div = divs->len ? g_ptr_array_index(divs, 0) : NULL;
    g_ptr_array_free(divs, TRUE);
    if (!div)
        return;
    if (!has(attr(m, div, "ID")))
        MP(m, "CSIP89", div, "division \"Metadata\" has no ID");
    static const struct {
        const char *expr, *attr, *req;
    } kinds[] = { { "m:dmdSec[not(@STATUS='SUPERSEDED')]", "DMDID", "CSIP92" },
                  { "m:amdSec/*[not(@STATUS='SUPERSEDED')]", "ADMID", "CSIP91" } };
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        const char *list = attr(m, div, kinds[k].attr);
        char **ids = g_strsplit_set(list ? list : "", " \t\r\n", -1);
        GPtrArray *secs = find(m, NULL, kinds[k].expr);
        for (guint i = 0; i < secs->len; i++) {
            const char *id = attr(m, g_ptr_array_index(secs, i), "ID");
            if (id && !g_strv_contains((const char *const *)ids, id))
                MP(m, kinds[k].req, div, "division \"Metadata\" does not reference %s \"%s\" in its %s",
                   (const char *)((xmlNodePtr)g_ptr_array_index(secs, i))->name, id, kinds[k].attr);
        }
        g_ptr_array_free(secs, TRUE);
        g_strfreev(ids);
    }
}

static void check_struct_map(mets_doc *m, xmlNodePtr mets)
{
    if (!count(m, NULL, "m:structMap")) {
        MP(m, "CSIP80", mets, "mets has no structMap");
        return;
    }
    GPtrArray *maps = find(m, NULL, "m:structMap[@LABEL='CSIP']");
    xmlNodePtr sm = maps->len ? g_ptr_array_index(maps, 0) : NULL;
    if (maps->len == 0)
        MP(m, "CSIP82", mets, "mets has no structMap LABEL=\"CSIP\"");
    else if (maps->len > 1)
        MP(m, "CSIP82", g_ptr_array_index(maps, 1), "mets has %u structMaps LABEL=\"CSIP\"; it must have one", maps->len);
    g_ptr_array_free(maps, TRUE);
    if (!sm)
        return;
    if (!attr_is(m, sm, "TYPE", NULL, "PHYSICAL"))
        MP(m, "CSIP81", sm, "the CSIP structMap's TYPE must be \"PHYSICAL\"");
    if (!has(attr(m, sm, "ID")))
        MP(m, "CSIP83", sm, "the CSIP structMap has no ID");
    GPtrArray *tops = find(m, sm, "m:div");
    if (tops->len != 1)
        MP(m, "CSIP84", sm, "the CSIP structMap has %u top divisions; it must have one", tops->len);
    xmlNodePtr top = tops->len ? g_ptr_array_index(tops, 0) : NULL;
    g_ptr_array_free(tops, TRUE);
    if (!top)
        return;
    if (!has(attr(m, top, "ID")))
        MP(m, "CSIP85", top, "the CSIP structMap's top division has no ID");
    if (!m->root)
        return;
    check_metadata_div(m, top);
    check_group_div(m, top, "Documentation", "CSIP93", "CSIP94", "CSIP96", "CSIP116");
    check_group_div(m, top, "Schemas", "CSIP97", "CSIP98", "CSIP100", "CSIP118");
    check_rep_divs(m, top);
}

/* IDs are unique (in the file and across the package); FILEID, DMDID and ADMID resolve. */
static void check_ids(mets_doc *m)
{
    GPtrArray *els = find(m, NULL, "//*[@ID]");
    for (guint i = 0; i < els->len; i++) {
        xmlNodePtr e = g_ptr_array_index(els, i);
        const char *id = attr(m, e, "ID");
        xmlNodePtr seen = g_hash_table_lookup(m->ids, id);
        if (seen) {
            MP(m, "REF", e, "ID \"%s\" is used twice (also on line %ld)", id, line_of(seen));
            continue;
        }
        g_hash_table_insert(m->ids, (gpointer)id, e);
        const char *where = g_hash_table_lookup(m->c->ids, id);
        if (where)
            MP(m, "REF", e, "ID \"%s\" is also used in %s; IDs must be unique within the package", id, where);
        else
            g_hash_table_insert(m->c->ids, g_strdup(id), g_strdup_printf("%s line %ld", m->rel, line_of(e)));
    }
    g_ptr_array_free(els, TRUE);
    GPtrArray *refs = find(m, NULL, "//@FILEID | //@DMDID | //@ADMID");
    for (guint i = 0; i < refs->len; i++) {
        xmlAttrPtr a = g_ptr_array_index(refs, i);
        xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
        char **ids = g_strsplit_set(v ? (const char *)v : "", " \t\r\n", -1);
        for (char **id = ids; *id; id++)
            if (**id && !g_hash_table_contains(m->ids, *id))
                MP(m, "REF", a->parent, "%s \"%s\" matches no ID in this file", (const char *)a->name, *id);
        g_strfreev(ids);
        xmlFree(v);
    }
    g_ptr_array_free(refs, TRUE);
}

/* Check one METS file: schema, identity, header, metadata, files, structMap, IDs. False if it could not be read. */
static bool check_mets(checker *c, const char *rel, bool root, const char *root_name)
{
    xmlDocPtr doc = parse_xml(c, rel);
    if (!doc)
        return false;
    validate_doc(c, doc, rel, METS_SCHEMA);
    mets_doc m = { c, doc, xmlXPathNewContext(doc), rel, NULL, root, g_ptr_array_new_with_free_func(free_xml),
                   g_hash_table_new(g_str_hash, g_str_equal) };
    char *dir = g_path_get_dirname(rel);
    m.base = strcmp(dir, ".") == 0 ? g_strdup("") : g_strconcat(dir, "/", NULL);
    g_free(dir);
    xmlNodePtr mets = xmlDocGetRootElement(doc);
    if (!m.xp || !mets || strcmp((const char *)mets->name, "mets") != 0 || !mets->ns ||
        strcmp((const char *)mets->ns->href, METS_NS) != 0) {
        problem(c, "XSD", rel, line_of(mets), "the root element is not METS <mets xmlns=\"" METS_NS "\">");
    } else {
        xmlXPathRegisterNs(m.xp, BAD_CAST "m", BAD_CAST METS_NS);
        xmlXPathRegisterNs(m.xp, BAD_CAST "xlink", BAD_CAST XLINK_NS);
        xmlXPathRegisterNs(m.xp, BAD_CAST "csip", BAD_CAST CSIP_NS);
        check_identity(&m, mets, root_name);
        check_header(&m, mets);
        check_md_sections(&m);
        check_files(&m, mets);
        check_struct_map(&m, mets);
        check_ids(&m);
    }
    g_hash_table_destroy(m.ids);
    g_ptr_array_free(m.strings, TRUE);
    if (m.xp)
        xmlXPathFreeContext(m.xp);
    g_free(m.base);
    xmlFreeDoc(doc);
    return true;
}

/* ---- the whole package ---- */


static bool under_unreadable(checker *c, const char *rel)
{
    for (guint i = 0; i < c->unreadable->len; i++)
        if (g_str_has_prefix(rel, g_ptr_array_index(c->unreadable, i)))
            return true;
    return false;
}

static void check_package(checker *c, const char *root_name)
{
    walk(c, c->root, "");
    if (!on_disk(c, "METS.xml")) {
        bool other_case = false;
        GHashTableIter it;
        gpointer key;
        g_hash_table_iter_init(&it, c->disk);
        while (g_hash_table_iter_next(&it, &key, NULL))
            other_case |= g_ascii_strcasecmp(key, "METS.xml") == 0;
        problem(c, "CSIPSTR4", "", 0, "no METS.xml in the package root folder%s",
                other_case ? " (the name is case-sensitive: METS.xml)" : "");
        return;
    }
    g_hash_table_add(c->referenced, g_strdup("METS.xml"));
    bool root_ok = check_mets(c, "METS.xml", true, root_name);
    if (!root_ok)
        g_ptr_array_add(c->unreadable, g_strdup(""));

    /* Representation METS: those the package METS points to, then any other on disk. */
    GPtrArray *on_disk_reps = g_ptr_array_new_with_free_func(g_free);
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        char **parts = g_strsplit(key, "/", -1);
        if (g_strv_length(parts) == 3 && strcmp(parts[0], "representations") == 0 && strcmp(parts[2], "METS.xml") == 0)
            g_ptr_array_add(on_disk_reps, g_strdup(key));
        g_strfreev(parts);
    }
    g_ptr_array_sort(on_disk_reps, cmp_str);
    for (guint i = 0; i < on_disk_reps->len; i++) {
        bool known = false;
        for (guint k = 0; k < c->rep_mets->len && !known; k++)
            known = strcmp(g_ptr_array_index(c->rep_mets, k), g_ptr_array_index(on_disk_reps, i)) == 0;
        if (!known)
            g_ptr_array_add(c->rep_mets, g_strdup(g_ptr_array_index(on_disk_reps, i)));
    }
    g_ptr_array_free(on_disk_reps, TRUE);
    GHashTable *done = g_hash_table_new(g_str_hash, g_str_equal);
    for (guint i = 0; i < c->rep_mets->len; i++) {
        const char *rel = g_ptr_array_index(c->rep_mets, i);
        if (!g_hash_table_add(done, (gpointer)rel))
            continue;
        if (!check_mets(c, rel, false, NULL)) {
            char *dir = g_path_get_dirname(rel);
            g_ptr_array_add(c->unreadable, g_strconcat(dir, "/", NULL));
            g_free(dir);
        }
    }
    g_hash_table_destroy(done);

    /* Metadata the METS files describe, then every ALTO page. */
    for (guint i = 0; i + 1 < c->metadata->len; i += 2)
        validate_file(c, g_ptr_array_index(c->metadata, i), g_ptr_array_index(c->metadata, i + 1));
    GPtrArray *files = g_ptr_array_new();
    g_hash_table_iter_init(&it, c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL))
        g_ptr_array_add(files, key);
    g_ptr_array_sort(files, cmp_str);
    for (guint i = 0; i < files->len; i++) {
        char *lower = g_ascii_strdown(g_ptr_array_index(files, i), -1);
        if (g_str_has_suffix(lower, ".alto.xml"))
            validate_file(c, g_ptr_array_index(files, i), "alto-4-4.xsd");
        g_free(lower);
    }

    if (root_ok) {
        /* CSIP113: every schema used is listed in a Schemas file group. */
        GPtrArray *used = g_ptr_array_new();
        g_hash_table_iter_init(&it, c->schema_files);
        while (g_hash_table_iter_next(&it, &key, NULL))
            g_ptr_array_add(used, key);
        g_ptr_array_sort(used, cmp_str);
        for (guint i = 0; i < used->len; i++)
            if (!g_hash_table_contains(c->schema_group, g_ptr_array_index(used, i))) {
                problem(c, "CSIP113", g_ptr_array_index(used, i), 0,
                        "schema used in the package but not listed in a fileGrp USE=\"Schemas\"");
                g_hash_table_add(c->referenced, g_strdup(g_ptr_array_index(used, i))); /* said once is enough */
            }
        g_ptr_array_free(used, TRUE);
    }
    for (guint i = 0; i < files->len; i++) {
        const char *rel = g_ptr_array_index(files, i);
        if (g_hash_table_contains(c->referenced, rel) || under_unreadable(c, rel))
            continue;
        bool rep = g_str_has_prefix(rel, "representations/") && g_str_has_suffix(rel, "/METS.xml") &&
                   strchr(rel + strlen("representations/"), '/') == strrchr(rel, '/');
        if (rep)
            problem(c, "CSIP114", rel, 0, "representation METS not referenced from a Representations fileGrp of METS.xml");
        else
            problem(c, "FILE", rel, 0, "not referenced by any METS file (%s)",
                    g_str_has_prefix(rel, "representations/") ? "the representation METS must list it"
                                                               : "METS.xml must list it");
    }
    g_ptr_array_free(files, TRUE);
}

static void free_schema(gpointer p)
{
    if (p)
        xmlSchemaFree(p);
}

/* Is `path` a tar archive? The ustar magic at offset 257. */
static bool looks_like_tar(const char *path)
{
    FILE *f = g_fopen(path, "rb");
    char block[512];
    bool tar = f && fread(block, 1, sizeof block, f) == sizeof block && memcmp(block + 257, "ustar", 5) == 0;
    if (f)
        fclose(f);
    return tar;
}

int at_package_validate(const char *path, at_package_report **report, at_error *err)
{
    if (!path || !report)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PACKAGE, NULL, "no package to check");
    *report = NULL;
    GStatBuf st;
    if (g_stat(path, &st) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot open: %s", g_strerror(errno));
    bool dir = S_ISDIR(st.st_mode);
    if (!dir && !(S_ISREG(st.st_mode) && looks_like_tar(path)))
        return at_error_set(err, AT_EFORMAT, AT_STAGE_PACKAGE, path, "not a package (a folder or a .tar archive)");
    xmlInitParser();
    checker c = { 0 };
    c.r = report_new();
    c.disk = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    c.referenced = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c.ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
    c.schemas = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, free_schema);
    c.schema_files = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c.schema_group = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c.checked = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    c.rep_mets = g_ptr_array_new_with_free_func(g_free);
    c.metadata = g_ptr_array_new_with_free_func(g_free);
    c.unreadable = g_ptr_array_new_with_free_func(g_free);
    int rc = 0;
    char *tmp = NULL, *root_name = NULL;
    if (dir) {
        c.root = g_strdup(path);
        char *full = g_canonicalize_filename(path, NULL); /* "." and "pkg/" name the folder too */
        root_name = g_path_get_basename(full);
        g_free(full);
    } else {
        GError *gerr = NULL;
        tmp = g_dir_make_tmp("arkivtext-validate-XXXXXX", &gerr);
        if (!tmp) {
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot make a temporary folder: %s", gerr->message);
            g_error_free(gerr);
        } else {
            at_error terr = AT_ERROR_INIT;
            char *tar_name = g_path_get_basename(path);
            if (at_tar_extract(path, tmp, &terr) < 0) {
                /* A broken or hostile archive is a bad package, not a failure to check. */
                if (terr.code == AT_EFORMAT)
                    problem(&c, "CSIPSTR3", "", 0, "%s: %s", tar_name, terr.message);
                else
                    rc = at_error_set(err, terr.code, AT_STAGE_PACKAGE, terr.file, "%s", terr.message);
            } else {
                GDir *d = g_dir_open(tmp, 0, NULL);
                GPtrArray *entries = g_ptr_array_new_with_free_func(g_free);
                for (const char *n; d && (n = g_dir_read_name(d));)
                    g_ptr_array_add(entries, g_strdup(n));
                if (d)
                    g_dir_close(d);
                g_ptr_array_sort(entries, cmp_str);
                guint folders = 0;
                const char *folder = NULL;
                for (guint i = 0; i < entries->len; i++) {
                    char *p = g_build_filename(tmp, g_ptr_array_index(entries, i), NULL);
                    if (g_file_test(p, G_FILE_TEST_IS_DIR)) {
                        folders++;
                        folder = g_ptr_array_index(entries, i);
                    }
                    g_free(p);
                }
                if (entries->len != 1 || folders != 1)
                    problem(&c, "CSIPSTR1", "", 0,
                            "%s holds %u entries at its top (%u folders); a package unpacks to a single root folder",
                            tar_name, entries->len, folders);
                if (folders == 1) {
                    c.root = g_build_filename(tmp, folder, NULL);
                    root_name = g_strdup(folder);
                }
                g_ptr_array_free(entries, TRUE);
            }
            g_free(tar_name);
        }
    }
    if (rc == 0 && c.root)
        check_package(&c, root_name);
    if (tmp)
        at_remove_tree(tmp);
    g_free(tmp);
    g_free(root_name);
    g_free(c.root);
    g_hash_table_destroy(c.disk);
    g_hash_table_destroy(c.referenced);
    g_hash_table_destroy(c.ids);
    g_hash_table_destroy(c.schemas);
    g_hash_table_destroy(c.schema_files);
    g_hash_table_destroy(c.schema_group);
    g_hash_table_destroy(c.checked);
    g_ptr_array_free(c.rep_mets, TRUE);
    g_ptr_array_free(c.metadata, TRUE);
    g_ptr_array_free(c.unreadable, TRUE);
    if (rc < 0) {
        at_package_report_free(c.r);
        return rc;
    }
    report_finish(c.r);
    *report = c.r;
    return 0;
}
