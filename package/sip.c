/* Writing E-ARK SIP 2.1.0 packages: the folder tree, root and representation METS, PREMIS, fixity.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Choices the CSIP/SIP profiles leave open, made here:
 * - OBJID is "uuid-" + a name-based UUID (version 5, SHA-1, libuuid) of the
 *   originals' SHA-256 in arkivtext's own namespace, so a re-run of the same
 *   document writes the same package (resumable runs compare equal).
 * - mets/@TYPE "Textual works – Digital" (EN DASH, as the vocabulary spells it);
 *   CONTENTINFORMATIONTYPE "OTHER" with OTHERCONTENTINFORMATIONTYPE naming our
 *   record: no CITS fits scanned plans and agreements.
 * - The record is descriptive metadata (dmdSec, MDTYPE OTHER, OTHERMDTYPE
 *   "arkivtext-record-1"), and so is the same document as a CITS ERMS 3.0
 *   record (its own dmdSec, OTHERMDTYPE "ERMS", package/erms.c), the standard
 *   a receiving e-archive reads; PREMIS is one digiprovMD.
 * - Every CREATED is one time stamp, the time of packaging or
 *   $SOURCE_DATE_EPOCH, so packages can be compared byte for byte.
 * - A scan's searchable PDF/A is a second representation, rep2 (the access
 *   copy), derived from rep1: PREMIS says so twice, by an event (creation,
 *   rep1's originals its source, the PDF its outcome) and by a derivation
 *   relationship on the PDF's object.
 */
#include "package/package_private.h"
#include "arkivtext/alto.h"
#include "arkivtext/io.h"
#include "arkivtext/pdfa.h"
#include "core/private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>
#include <uuid/uuid.h>

#define METS_NS "http://www.loc.gov/METS/"
#define XLINK_NS "http://www.w3.org/1999/xlink"
#define CSIP_NS "https://DILCIS.eu/XML/METS/CSIPExtensionMETS"
#define SIP_NS "https://DILCIS.eu/XML/METS/SIPExtensionMETS"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define PREMIS_NS "http://www.loc.gov/premis/v3"
#define SIP_PROFILE "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
#define CONTENT_CATEGORY "Textual works \xE2\x80\x93 Digital"
#define CONTENT_TYPE_OTHER "arkivtext record of a scanned or born-digital municipal document"

/* The schemas every package carries (CSIPSTR15); METS and PREMIS validate against these copies. */
static const char *const package_schemas[] = { "mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd",
                                               "DILCISExtensionSIPMETS.xsd", "eark-mets-local.xsd",
                                               "premis.xsd", "alto-4-4.xsd", AT_RECORD_SCHEMA, AT_ERMS_SCHEMA };

const char *const *at_package_schema_names(size_t *n)
{
    *n = G_N_ELEMENTS(package_schemas);
    return package_schemas;
}

const char *at_package_mimetype(const char *name)
{
    static const struct {
        const char *suffix, *type;
    } types[] = {
        { ".alto.xml", "application/xml" }, { ".xml", "application/xml" }, { ".xsd", "application/xml" },
        { ".txt", "text/plain" },           { ".tsv", "text/tab-separated-values" },
        { ".tab", "text/tab-separated-values" }, { ".tif", "image/tiff" }, { ".tiff", "image/tiff" },
        { ".png", "image/png" },            { ".jpg", "image/jpeg" },      { ".jpeg", "image/jpeg" },
        { ".webp", "image/webp" },          { ".pdf", "application/pdf" }, { ".pnm", "image/x-portable-anymap" },
        { ".pgm", "image/x-portable-graymap" }, { ".ppm", "image/x-portable-pixmap" },
        { ".pbm", "image/x-portable-bitmap" }, { ".json", "application/json" },
    };
    char *lower = g_ascii_strdown(name, -1);
    const char *type = "application/octet-stream";
    for (size_t i = 0; i < G_N_ELEMENTS(types); i++)
        if (g_str_has_suffix(lower, types[i].suffix)) {
            type = types[i].type;
            break;
        }
    g_free(lower);
    return type;
}

/* The namespace of package IDs (RFC 4122 section 4.3): aa5d2b0e-afad-4081-b954-07c2530de6f7, a random
 * UUID drawn once for arkivtext. Changing it would give every document a new package ID. */
static const uuid_t package_namespace = { 0xaa, 0x5d, 0x2b, 0x0e, 0xaf, 0xad, 0x40, 0x81,
                                          0xb9, 0x54, 0x07, 0xc2, 0x53, 0x0d, 0xe6, 0xf7 };

int at_package_id(const char *const *originals, char **out, at_error *err)
{
    if (!originals || !originals[0])
        return at_error_set(err, AT_EINVAL, AT_STAGE_PACKAGE, NULL, "a package needs at least one original file");
    GChecksum *all = g_checksum_new(G_CHECKSUM_SHA256);
    int rc = 0;
    for (const char *const *o = originals; *o && rc == 0; o++) {
        char hex[65];
        long long size;
        rc = at_file_sha256(*o, hex, &size, err);
        g_checksum_update(all, (const guchar *)hex, 64);
    }
    if (rc == 0) {
        const char *name = g_checksum_get_string(all);
        uuid_t id;
        char text[37];
        uuid_generate_sha1(id, package_namespace, name, strlen(name));
        uuid_unparse_lower(id, text);
        *out = g_strconcat("uuid-", text, NULL);
    }
    g_checksum_free(all);
    return rc;
}

/* ---- the package being written ---- */

typedef struct {
    char *rel;       /* path inside the package (or the representation, for its files) */
    char *id;
    const char *mimetype;
    long long size;
    char sha256[65];
} pkg_file;

typedef struct {
    const at_package_content *content;
    const at_package_options *opts;
    char *objid;
    char *root;          /* the temporary folder being filled */
    char *created;       /* xs:dateTime of everything */
    GPtrArray *data;     /* pkg_file*: representations/rep1/data/..., rel to the representation */
    GPtrArray *schemas;  /* pkg_file*: schemas/... */
    GPtrArray *docs;     /* pkg_file*: documentation/... */
    pkg_file *record, *erms, *premis, *rep_mets, *corrections;
    at_record *described;  /* the record with what its ERMS document lacks among its warnings */
    xmlDocPtr erms_doc;
    GPtrArray *access;     /* pkg_file*: representations/rep2/data/..., rel to rep2; empty without an access copy */
    pkg_file *access_mets;
    int n_ids;
    char *base;          /* the first original's name without extension, for derived files */
    char *source_name;   /* the source file's (or page folder's) name, the label when there is no title */
} package;

/* Where the document came from: every source path given, else the originals'. */
static const char *const *sources_of(const package *p)
{
    return p->content->sources && p->content->sources[0] ? p->content->sources : p->content->originals;
}

static void pkg_file_free(gpointer p)
{
    pkg_file *f = p;
    if (!f)
        return;
    g_free(f->rel);
    g_free(f->id);
    g_free(f);
}

/* Hash a file just written and describe it. `rel` is relative to `base_dir`. */
static pkg_file *describe(package *p, const char *base_dir, const char *rel, const char *id_prefix, at_error *err)
{
    pkg_file *f = g_new0(pkg_file, 1);
    f->rel = g_strdup(rel);
    f->id = g_strdup_printf("%s-%d", id_prefix, ++p->n_ids);
    f->mimetype = at_package_mimetype(rel);
    char *path = g_build_filename(base_dir, rel, NULL);
    int rc = at_file_sha256(path, f->sha256, &f->size, err);
    g_free(path);
    if (rc < 0) {
        pkg_file_free(f);
        return NULL;
    }
    return f;
}

static int make_dirs(const char *root, const char *rel, at_error *err)
{
    char *path = g_build_filename(root, rel, NULL);
    int rc = g_mkdir_with_parents(path, 0755) == 0
                 ? 0
                 : at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, path, "cannot create folder: %s", g_strerror(errno));
    g_free(path);
    return rc;
}

typedef int (*write_fn)(package *p, FILE *out, const void *arg, at_error *err);

/* Write one file of the package (synced, renamed into place inside the temporary folder). */
static int write_file(package *p, const char *rel, write_fn fn, const void *arg, at_error *err)
{
    char *path = g_build_filename(p->root, rel, NULL);
    at_atomic_file *af = at_atomic_open(path, err);
    g_free(path);
    if (!af)
        return err->code;
    int rc = fn(p, at_atomic_stream(af), arg, err);
    if (rc == 0)
        return at_atomic_commit(af, err);
    at_atomic_abort(af);
    return rc;
}

static int copy_bytes(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)p;
    const char *src = arg;
    FILE *in = g_fopen(src, "rb");
    if (!in)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, src, "cannot open: %s", g_strerror(errno));
    char buf[1 << 16];
    size_t n;
    int rc = 0;
    while (rc == 0 && (n = fread(buf, 1, sizeof buf, in)) > 0)
        if (fwrite(buf, 1, n, out) != n)
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, src, "copy failed: %s", g_strerror(errno));
    if (rc == 0 && ferror(in))
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, src, "read failed: %s", g_strerror(errno));
    fclose(in);
    return rc;
}

static int write_string(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)p;
    size_t len = strlen(arg);
    return fwrite(arg, 1, len, out) == len ? 0 : at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, NULL, "write failed");
}

static int write_alto_page(package *p, FILE *out, const void *arg, at_error *err)
{
    at_alto_options o = AT_ALTO_OPTIONS_INIT;
    o.page = *(const int *)arg;
    /* The name the original has in the package, not the path it had on this machine. */
    char *name = g_path_get_basename(p->content->originals[0]);
    o.source_image = name;
    int rc = at_doc_write_alto(p->content->doc, out, &o, err);
    g_free(name);
    return rc;
}

static int write_text(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)arg;
    return at_doc_write_text(p->content->doc, out, NULL, NULL, err);
}

static int write_record(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)arg;
    return at_record_write(p->described, out, AT_RECORD_XML, err);
}

static int write_erms(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)arg;
    xmlChar *text = NULL;
    int len = 0;
    xmlDocDumpFormatMemoryEnc(p->erms_doc, &text, &len, "UTF-8", 1);
    bool ok = text && fwrite(text, 1, (size_t)len, out) == (size_t)len;
    xmlFree(text);
    return ok ? 0 : at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, p->objid, "writing the ERMS document failed");
}

/* ---- XML helpers ---- */

typedef struct {
    xmlTextWriterPtr w;
    bool failed;
} xml_out;

static void x_start(xml_out *x, const char *name)
{
    x->failed |= xmlTextWriterStartElement(x->w, BAD_CAST name) < 0;
}

static void x_start_ns(xml_out *x, const char *prefix, const char *name, const char *ns)
{
    x->failed |= xmlTextWriterStartElementNS(x->w, BAD_CAST prefix, BAD_CAST name, BAD_CAST ns) < 0;
}

static void x_end(xml_out *x)
{
    x->failed |= xmlTextWriterEndElement(x->w) < 0;
}

static void x_attr(xml_out *x, const char *name, const char *value)
{
    x->failed |= xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST value) < 0;
}

static void x_attr_ns(xml_out *x, const char *prefix, const char *name, const char *value)
{
    x->failed |= xmlTextWriterWriteAttributeNS(x->w, BAD_CAST prefix, BAD_CAST name, NULL, BAD_CAST value) < 0;
}

static void x_element(xml_out *x, const char *name, const char *text)
{
    GString *clean = g_string_new(NULL);
    at_xml_clean(clean, text, strlen(text), false);
    x->failed |= xmlTextWriterWriteElement(x->w, BAD_CAST name, BAD_CAST clean->str) < 0;
    g_string_free(clean, TRUE);
}

static void x_text(xml_out *x, const char *text)
{
    GString *clean = g_string_new(NULL);
    at_xml_clean(clean, text, strlen(text), false);
    x->failed |= xmlTextWriterWriteString(x->w, BAD_CAST clean->str) < 0;
    g_string_free(clean, TRUE);
}

typedef void (*xml_body_fn)(package *p, xml_out *x, const void *arg);

static int write_xml(package *p, FILE *out, xml_body_fn body, const void *arg, at_error *err)
{
    at_xml_sink sink = { out, false };
    xmlOutputBufferPtr buf = at_xml_output(&sink);
    xml_out x = { buf ? xmlNewTextWriter(buf) : NULL, false };
    if (!x.w) {
        if (buf)
            xmlOutputBufferClose(buf);
        return at_error_set(err, AT_ENOMEM, AT_STAGE_PACKAGE, NULL, "cannot start the XML writer");
    }
    x.failed |= xmlTextWriterSetIndent(x.w, 1) < 0 || xmlTextWriterSetIndentString(x.w, BAD_CAST "  ") < 0 ||
                xmlTextWriterStartDocument(x.w, NULL, "UTF-8", NULL) < 0;
    body(p, &x, arg);
    x.failed |= xmlTextWriterEndDocument(x.w) < 0 || xmlTextWriterFlush(x.w) < 0;
    xmlFreeTextWriter(x.w);
    if (x.failed || sink.failed)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, p->objid, "writing XML failed");
    return 0;
}

/* ---- METS ---- */

static void fixity_attrs(package *p, xml_out *x, const pkg_file *f)
{
    char size[32];
    snprintf(size, sizeof size, "%lld", f->size);
    x_attr(x, "MIMETYPE", f->mimetype);
    x_attr(x, "SIZE", size);
    x_attr(x, "CREATED", p->created);
    x_attr(x, "CHECKSUM", f->sha256);
    x_attr(x, "CHECKSUMTYPE", "SHA-256");
}

static void href(xml_out *x, const char *target)
{
    x_attr(x, "LOCTYPE", "URL");
    x_attr_ns(x, "xlink", "type", "simple");
    x_attr_ns(x, "xlink", "href", target);
}

static void mets_file(package *p, xml_out *x, const pkg_file *f, const char *prefix)
{
    x_start(x, "file");
    x_attr(x, "ID", f->id);
    fixity_attrs(p, x, f);
    x_start(x, "FLocat");
    char *target = prefix ? g_strconcat(prefix, f->rel, NULL) : g_strdup(f->rel);
    href(x, target);
    g_free(target);
    x_end(x);
    x_end(x);
}

static void mets_root_start(package *p, xml_out *x, const char *objid, const char *label, const char *to_root)
{
    x_start_ns(x, NULL, "mets", METS_NS);
    x->failed |= xmlTextWriterWriteAttribute(x->w, BAD_CAST "xmlns:xlink", BAD_CAST XLINK_NS) < 0 ||
                 xmlTextWriterWriteAttribute(x->w, BAD_CAST "xmlns:csip", BAD_CAST CSIP_NS) < 0 ||
                 xmlTextWriterWriteAttribute(x->w, BAD_CAST "xmlns:sip", BAD_CAST SIP_NS) < 0 ||
                 xmlTextWriterWriteAttribute(x->w, BAD_CAST "xmlns:xsi", BAD_CAST XSI_NS) < 0;
    x_attr(x, "OBJID", objid);
    if (label)
        x_attr(x, "LABEL", label);
    x_attr(x, "TYPE", CONTENT_CATEGORY);
    x_attr_ns(x, "csip", "CONTENTINFORMATIONTYPE", "OTHER");
    x_attr_ns(x, "csip", "OTHERCONTENTINFORMATIONTYPE", CONTENT_TYPE_OTHER);
    x_attr(x, "PROFILE", SIP_PROFILE);
    /* Schema hints relative to this METS file: the schemas are in the package root's schemas/. */
    char *hints = g_strdup_printf(METS_NS " %sschemas/mets.xsd " XLINK_NS " %sschemas/xlink.xsd " CSIP_NS
                                  " %sschemas/DILCISExtensionMETS.xsd " SIP_NS " %sschemas/DILCISExtensionSIPMETS.xsd",
                                  to_root, to_root, to_root, to_root);
    x_attr_ns(x, "xsi", "schemaLocation", hints);
    g_free(hints);

    x_start(x, "metsHdr");
    x_attr(x, "CREATEDATE", p->created);
    /* A corrected package is still NEW: it replaces nothing submitted, it is made again before submission. */
    x_attr(x, "LASTMODDATE", p->opts->modified ? p->opts->modified : p->created);
    x_attr(x, "RECORDSTATUS", "NEW");
    x_attr_ns(x, "csip", "OAISPACKAGETYPE", "SIP");
    x_start(x, "agent");
    x_attr(x, "ROLE", "CREATOR");
    x_attr(x, "TYPE", "OTHER");
    x_attr(x, "OTHERTYPE", "SOFTWARE");
    x_element(x, "name", "arkivtext");
    x_start(x, "note");
    x_attr_ns(x, "csip", "NOTETYPE", "SOFTWARE VERSION");
    x_text(x, at_version());
    x_end(x);
    x_end(x);
    x_start(x, "agent");
    x_attr(x, "ROLE", "CREATOR");
    x_attr(x, "TYPE", "ORGANIZATION");
    x_element(x, "name", p->opts->organisation);
    x_end(x);
    if (p->opts->submission_agreement) {
        x_start(x, "altRecordID");
        x_attr(x, "TYPE", "SUBMISSIONAGREEMENT");
        x_text(x, p->opts->submission_agreement);
        x_end(x);
    }
    for (const char *const *s = sources_of(p); *s; s++) {
        x_start(x, "altRecordID");
        x_attr(x, "TYPE", "SOURCE");
        x_text(x, *s);
        x_end(x);
    }
    x_end(x);
}

static void md_ref(package *p, xml_out *x, const pkg_file *f, const char *mdtype, const char *other)
{
    x_start(x, "mdRef");
    href(x, f->rel);
    x_attr(x, "MDTYPE", mdtype);
    if (other)
        x_attr(x, "OTHERMDTYPE", other);
    fixity_attrs(p, x, f);
    x_end(x);
}

static void file_group(package *p, xml_out *x, const char *id, const char *use, GPtrArray *files, const char *prefix,
                       bool content)
{
    x_start(x, "fileGrp");
    x_attr(x, "ID", id);
    x_attr(x, "USE", use);
    if (content) {
        x_attr_ns(x, "csip", "CONTENTINFORMATIONTYPE", "OTHER");
        x_attr_ns(x, "csip", "OTHERCONTENTINFORMATIONTYPE", CONTENT_TYPE_OTHER);
    }
    for (guint i = 0; files && i < files->len; i++)
        mets_file(p, x, g_ptr_array_index(files, i), prefix);
    x_end(x);
}

static void struct_div(xml_out *x, const char *id, const char *label, const char *fileid)
{
    x_start(x, "div");
    x_attr(x, "ID", id);
    x_attr(x, "LABEL", label);
    if (fileid) {
        x_start(x, "fptr");
        x_attr(x, "FILEID", fileid);
        x_end(x);
    }
    x_end(x);
}

/* structMap TYPE="PHYSICAL" LABEL="CSIP" and its top div, left open for the divs inside. */
static void struct_map_start(xml_out *x, const char *id, const char *div_id, const char *label)
{
    x_start(x, "structMap");
    x_attr(x, "ID", id);
    x_attr(x, "TYPE", "PHYSICAL");
    x_attr(x, "LABEL", "CSIP");
    x_start(x, "div");
    x_attr(x, "ID", div_id);
    x_attr(x, "LABEL", label);
}

/* A title worth naming the package by: words, not an address or a lone column header. */
static bool plausible_title(const char *t)
{
    return t && !strchr(t, '@') && strchr(t, ' ') && g_utf8_strlen(t, -1) >= 8;
}

/* The document's name for people: the title given, else the record's if plausible, else its source file's name. */
static const char *record_title(package *p)
{
    if (p->content->title && *p->content->title)
        return p->content->title;
    const at_record *rec = p->content->record;
    const at_rnode *meta = rec ? at_rnode_find(at_record_root(rec), "metadata") : NULL;
    const at_rnode *title = meta ? at_rnode_find(meta, "title") : NULL;
    return plausible_title(title ? at_rnode_text(title) : NULL) ? at_rnode_text(title) : p->source_name;
}

/* The source's name: the file's, or for the pages of a folder, the folder's. */
static char *source_name(const char *const *originals)
{
    char *dir = g_path_get_dirname(originals[0]);
    char *name = originals[1] && strcmp(dir, ".") != 0 ? g_path_get_basename(dir) : g_path_get_basename(originals[0]);
    g_free(dir);
    return name;
}

/* A title as part of a file name: ASCII letters and digits, words joined by '-', at most 48 bytes. */
static char *slug(const char *title)
{
    char *ascii = g_str_to_ascii(title, "C");
    GString *s = g_string_new(NULL);
    for (const char *c = ascii; *c && s->len < 48; c++) {
        if (g_ascii_isalnum(*c))
            g_string_append_c(s, g_ascii_tolower(*c));
        else if (s->len && s->str[s->len - 1] != '-')
            g_string_append_c(s, '-');
    }
    /* A title cut short ends at a whole word. */
    const char *cut = strrchr(s->str, '-');
    if (s->len >= 48 && cut && cut - s->str >= 16)
        g_string_truncate(s, (gsize)(cut - s->str));
    while (s->len && s->str[s->len - 1] == '-')
        g_string_truncate(s, s->len - 1);
    g_free(ascii);
    return g_string_free(s, FALSE);
}

/* OBJID and folder name: the document's name made a file name, then its content's UUID. */
static int package_objid(package *p, at_error *err)
{
    char *id = NULL;
    int rc = at_package_id(p->content->originals, &id, err);
    if (rc < 0)
        return rc;
    char *name = slug(record_title(p));
    p->objid = *name ? g_strconcat(name, "__", id, NULL) : g_strdup(id);
    g_free(name);
    g_free(id);
    return 0;
}

/* The root METS's file group of a representation: its METS file. */
static void rep_group(package *p, xml_out *x, const char *name, const pkg_file *mets)
{
    char *id = g_strconcat("grp-", name, NULL), *use = g_strconcat("Representations/", name, NULL);
    GPtrArray *files = g_ptr_array_new();
    g_ptr_array_add(files, (gpointer)mets);
    file_group(p, x, id, use, files, NULL, true);
    g_ptr_array_free(files, TRUE);
    g_free(id);
    g_free(use);
}

/* The root structMap's division of a representation, pointing to its METS. */
static void rep_div(xml_out *x, const char *name)
{
    char *id = g_strconcat("div-", name, NULL), *label = g_strconcat("Representations/", name, NULL),
         *target = g_strconcat("representations/", name, "/METS.xml", NULL), *group = g_strconcat("grp-", name, NULL);
    x_start(x, "div");
    x_attr(x, "ID", id);
    x_attr(x, "LABEL", label);
    x_start(x, "mptr");
    href(x, target);
    x_attr_ns(x, "xlink", "title", group);
    x_end(x);
    x_end(x);
    g_free(id);
    g_free(label);
    g_free(target);
    g_free(group);
}

static void dmd_sec(package *p, xml_out *x, const char *id, const pkg_file *f, const char *other_mdtype)
{
    x_start(x, "dmdSec");
    x_attr(x, "ID", id);
    x_attr(x, "CREATED", p->created);
    x_attr(x, "STATUS", "CURRENT");
    md_ref(p, x, f, "OTHER", other_mdtype);
    x_end(x);
}

static void root_mets_body(package *p, xml_out *x, const void *arg)
{
    (void)arg;
    mets_root_start(p, x, p->objid, record_title(p), "");
    if (p->record) {
        dmd_sec(p, x, "dmd-record", p->record, "arkivtext-record-1");
        dmd_sec(p, x, "dmd-erms", p->erms, "ERMS");
    }
    x_start(x, "amdSec");
    x_attr(x, "ID", "amd");
    x_start(x, "digiprovMD");
    x_attr(x, "ID", "digiprov-premis");
    x_attr(x, "CREATED", p->created);
    x_attr(x, "STATUS", "CURRENT");
    md_ref(p, x, p->premis, "PREMIS", NULL);
    x_end(x);
    if (p->corrections) {
        x_start(x, "digiprovMD");
        x_attr(x, "ID", "digiprov-corrections");
        x_attr(x, "CREATED", p->created);
        x_attr(x, "STATUS", "CURRENT");
        md_ref(p, x, p->corrections, "OTHER", "arkivtext-corrections");
        x_end(x);
    }
    x_end(x);

    x_start(x, "fileSec");
    x_attr(x, "ID", "filesec");
    file_group(p, x, "grp-documentation", "Documentation", p->docs, NULL, false);
    file_group(p, x, "grp-schemas", "Schemas", p->schemas, NULL, false);
    rep_group(p, x, "rep1", p->rep_mets);
    if (p->access_mets)
        rep_group(p, x, "rep2", p->access_mets);
    x_end(x);

    struct_map_start(x, "structmap-csip", "div-root", p->objid);
    x_start(x, "div");
    x_attr(x, "ID", "div-metadata");
    x_attr(x, "LABEL", "Metadata");
    if (p->record)
        x_attr(x, "DMDID", "dmd-record dmd-erms");
    x_attr(x, "ADMID", p->corrections ? "digiprov-premis digiprov-corrections" : "digiprov-premis");
    x_end(x);
    struct_div(x, "div-documentation", "Documentation", "grp-documentation");
    struct_div(x, "div-schemas", "Schemas", "grp-schemas");
    rep_div(x, "rep1");
    if (p->access_mets)
        rep_div(x, "rep2");
    x_end(x);
    x_end(x);
    x_end(x);
}

/* A representation: its folder's name and its data files (relative to that folder). */
typedef struct {
    const char *name;
    GPtrArray *files;
} representation;

static void rep_mets_body(package *p, xml_out *x, const void *arg)
{
    const representation *r = arg;
    /* CSIP1: a representation METS is identified by its representation folder's name. */
    mets_root_start(p, x, r->name, record_title(p), "../../");
    /* IDs are unique in the whole package, across its METS files. */
    char *filesec = g_strconcat("filesec-", r->name, NULL), *map = g_strconcat("structmap-", r->name, NULL),
         *root = g_strconcat("div-", r->name, "-root", NULL), *data = g_strconcat("div-", r->name, "-data", NULL),
         *group = g_strconcat("grp-", r->name, "-data", NULL);
    x_start(x, "fileSec");
    x_attr(x, "ID", filesec);
    file_group(p, x, group, "Data", r->files, NULL, true);
    x_end(x);
    struct_map_start(x, map, root, r->name);
    struct_div(x, data, "Data", group);
    x_end(x);
    x_end(x);
    x_end(x);
    g_free(filesec);
    g_free(map);
    g_free(root);
    g_free(data);
    g_free(group);
}

/* ---- PREMIS ---- */

static void premis_id(xml_out *x, const char *kind, const char *type, const char *value)
{
    char *el = g_strconcat("premis:", kind, "Identifier", NULL), *t = g_strconcat("premis:", kind, "IdentifierType", NULL),
         *v = g_strconcat("premis:", kind, "IdentifierValue", NULL);
    x_start(x, el);
    x_element(x, t, type);
    x_element(x, v, value);
    x_end(x);
    g_free(el);
    g_free(t);
    g_free(v);
}

static void premis_link(xml_out *x, const char *kind, const char *value, const char *role)
{
    char *el = g_strconcat("premis:linking", kind, "Identifier", NULL),
         *t = g_strconcat("premis:linking", kind, "IdentifierType", NULL),
         *v = g_strconcat("premis:linking", kind, "IdentifierValue", NULL);
    x_start(x, el);
    x_element(x, t, "local");
    x_element(x, v, value);
    if (role) {
        char *r = g_strconcat("premis:linking", kind, "Role", NULL);
        x_element(x, r, role);
        g_free(r);
    }
    x_end(x);
    g_free(el);
    g_free(t);
    g_free(v);
}

typedef struct {
    const char *id, *type, *detail, *outcome_note;
    const char *agent;
    bool outputs; /* links the data files */
} premis_event;

/* The version of tesseract that read the document, from its pages' engine ("tesseract 5.3.0 swe"); "" if none did. */
static void tesseract_version(const at_doc *doc, char *buf, size_t size)
{
    *buf = '\0';
    for (size_t i = 0; doc && i < at_doc_n_pages(doc) && !*buf; i++) {
        at_page_view pv;
        at_doc_page(doc, i, &pv);
        if (pv.engine && g_str_has_prefix(pv.engine, "tesseract ")) {
            const char *version = pv.engine + strlen("tesseract ");
            g_strlcpy(buf, version, MIN(size, strcspn(version, " ") + 1));
        }
    }
}

static size_t n_originals(const package *p)
{
    size_t n = 0;
    while (p->content->originals[n])
        n++;
    return n;
}

/* The PREMIS object of a file of representation `rep`; an access copy (`version` set, e.g.
 * "PDF/A-1b") names rep1's originals as its source (relationship derivation / has source). */
static void premis_object(package *p, xml_out *x, const pkg_file *f, const char *rep, const char *version)
{
    char *rel = g_strconcat("representations/", rep, "/", f->rel, NULL);
    x_start(x, "premis:object");
    x_attr_ns(x, "xsi", "type", "premis:file");
    premis_id(x, "object", "local", rel);
    x_start(x, "premis:objectCharacteristics");
    x_element(x, "premis:compositionLevel", "0");
    x_start(x, "premis:fixity");
    x_element(x, "premis:messageDigestAlgorithm", "SHA-256");
    x_element(x, "premis:messageDigest", f->sha256);
    x_element(x, "premis:messageDigestOriginator", "arkivtext");
    x_end(x);
    char size[32];
    snprintf(size, sizeof size, "%lld", f->size);
    x_element(x, "premis:size", size);
    x_start(x, "premis:format");
    x_start(x, "premis:formatDesignation");
    x_element(x, "premis:formatName", f->mimetype);
    if (version)
        x_element(x, "premis:formatVersion", version);
    x_end(x);
    x_end(x);
    x_end(x);
    if (version) {
        x_start(x, "premis:relationship");
        x_element(x, "premis:relationshipType", "derivation");
        x_element(x, "premis:relationshipSubType", "has source");
        for (size_t i = 0; i < n_originals(p); i++) {
            const pkg_file *source = g_ptr_array_index(p->data, i);
            char *source_rel = g_strconcat("representations/rep1/", source->rel, NULL);
            x_start(x, "premis:relatedObjectIdentifier");
            x_element(x, "premis:relatedObjectIdentifierType", "local");
            x_element(x, "premis:relatedObjectIdentifierValue", source_rel);
            x_end(x);
            g_free(source_rel);
        }
        x_start(x, "premis:relatedEventIdentifier");
        x_element(x, "premis:relatedEventIdentifierType", "local");
        x_element(x, "premis:relatedEventIdentifierValue", "event-access-copy");
        x_end(x);
        x_end(x);
    }
    x_end(x);
    g_free(rel);
}

/* The event that made rep2 from rep1: which software, which version, what came out. */
static void premis_access_event(package *p, xml_out *x)
{
    x_start(x, "premis:event");
    premis_id(x, "event", "local", "event-access-copy");
    x_element(x, "premis:eventType", "creation");
    x_element(x, "premis:eventDateTime", p->created);
    x_start(x, "premis:eventDetailInformation");
    x_element(x, "premis:eventDetail",
              "access copy (representation rep2) derived from rep1: searchable PDF/A-1b of the page images as OCR "
              "read them (upright, deskewed) with the repaired words as invisible text at their ALTO boxes");
    x_end(x);
    x_start(x, "premis:eventOutcomeInformation");
    x_element(x, "premis:eventOutcome", "success");
    const pkg_file *pdf = g_ptr_array_index(p->access, 0);
    size_t pages = at_doc_n_pages(p->content->doc);
    char *note = g_strdup_printf("representations/rep2/%s: PDF/A-1b, %zu %s, %lld bytes", pdf->rel, pages,
                                 pages == 1 ? "page" : "pages", pdf->size);
    x_start(x, "premis:eventOutcomeDetail");
    x_element(x, "premis:eventOutcomeDetailNote", note);
    x_end(x);
    g_free(note);
    x_end(x);
    premis_link(x, "Agent", "agent-arkivtext", "executing program");
    premis_link(x, "Agent", "agent-qpdf", "software");
    premis_link(x, "Agent", "agent-organisation", "submitter");
    for (size_t i = 0; i < n_originals(p); i++) {
        char *rel = g_strconcat("representations/rep1/", ((const pkg_file *)g_ptr_array_index(p->data, i))->rel, NULL);
        premis_link(x, "Object", rel, "source");
        g_free(rel);
    }
    char *rel = g_strconcat("representations/rep2/", pdf->rel, NULL);
    premis_link(x, "Object", rel, "outcome");
    g_free(rel);
    x_end(x);
}

static void premis_agent(xml_out *x, const char *id, const char *name, const char *type, const char *version)
{
    x_start(x, "premis:agent");
    premis_id(x, "agent", "local", id);
    x_element(x, "premis:agentName", name && *name ? name : "(unnamed)");
    x_element(x, "premis:agentType", type);
    if (version)
        x_element(x, "premis:agentVersion", version);
    x_end(x);
}

/* Events after the package was first made (manual corrections): each by its person, through arkivtext,
 * on the files of rep1. */
static void premis_later_events(package *p, xml_out *x)
{
    for (size_t e = 0; e < p->content->n_events; e++) {
        const at_package_event *ev = &p->content->events[e];
        char id[48];
        snprintf(id, sizeof id, "event-manual-%zu", e + 1);
        x_start(x, "premis:event");
        premis_id(x, "event", "local", id);
        x_element(x, "premis:eventType", ev->type);
        x_element(x, "premis:eventDateTime", ev->date);
        x_start(x, "premis:eventDetailInformation");
        x_element(x, "premis:eventDetail", ev->detail);
        x_end(x);
        x_start(x, "premis:eventOutcomeInformation");
        x_element(x, "premis:eventOutcome", "success");
        if (ev->outcome && *ev->outcome) {
            x_start(x, "premis:eventOutcomeDetail");
            x_element(x, "premis:eventOutcomeDetailNote", ev->outcome);
            x_end(x);
        }
        x_end(x);
        snprintf(id, sizeof id, "agent-person-%zu", e + 1);
        premis_link(x, "Agent", id, "implementer");
        premis_link(x, "Agent", "agent-arkivtext", "executing program");
        for (guint i = 0; i < p->data->len; i++) {
            const pkg_file *f = g_ptr_array_index(p->data, i);
            char *rel = g_strconcat("representations/rep1/", f->rel, NULL);
            premis_link(x, "Object", rel, NULL);
            g_free(rel);
        }
        x_end(x);
    }
}

static void premis_body(package *p, xml_out *x, const void *arg)
{
    (void)arg;
    x_start_ns(x, "premis", "premis", PREMIS_NS);
    x->failed |= xmlTextWriterWriteAttribute(x->w, BAD_CAST "xmlns:xsi", BAD_CAST XSI_NS) < 0;
    x_attr(x, "version", "3.0");
    for (guint i = 0; i < p->data->len; i++)
        premis_object(p, x, g_ptr_array_index(p->data, i), "rep1", NULL);
    for (guint i = 0; i < p->access->len; i++)
        premis_object(p, x, g_ptr_array_index(p->access, i), "rep2", "PDF/A-1b");

    /* What read, repaired, extracted and packaged the document. */
    const at_doc *doc = p->content->doc;
    GString *ocr = g_string_new(NULL);
    bool scanned = false;
    double confidence = 0;
    int pages_with_confidence = 0;
    for (size_t i = 0; doc && i < at_doc_n_pages(doc); i++) {
        at_page_view pv;
        at_doc_page(doc, i, &pv);
        scanned |= pv.width > 0;
        if (pv.confidence >= 0) {
            confidence += pv.confidence;
            pages_with_confidence++;
        }
        char skew[G_ASCII_DTOSTR_BUF_SIZE]; /* numbers in PREMIS keep their '.' under any locale */
        g_string_append_printf(ocr, "%spage %d: %s; preprocessing %s; %d dpi; skew %s; rotated %d", ocr->len ? "\n" : "",
                               pv.source_page, pv.engine ? pv.engine : "", pv.steps && *pv.steps ? pv.steps : "none",
                               pv.dpi, g_ascii_formatd(skew, sizeof skew, "%.2f", pv.skew), pv.rotation);
    }
    char ocr_note[96] = "", mean[G_ASCII_DTOSTR_BUF_SIZE];
    if (pages_with_confidence)
        snprintf(ocr_note, sizeof ocr_note, "mean word confidence %s over %d page%s",
                 g_ascii_formatd(mean, sizeof mean, "%.3f", confidence / pages_with_confidence), pages_with_confidence,
                 pages_with_confidence == 1 ? "" : "s");
    char *repair = g_strdup_printf("diacritic and OCR-confusion repair with dictionary %s",
                                   p->content->dictionary ? p->content->dictionary : "(none)");
    char *changed = g_strdup_printf("%zu word%s changed; each change is recorded and can be undone",
                                    p->content->words_changed, p->content->words_changed == 1 ? "" : "s");
    char *extracted = g_strdup_printf("structured record (%s) written to metadata/descriptive/record.xml",
                                      p->content->record ? at_record_kind(p->content->record) : "none");
    char *sources = g_strjoinv("\n", (char **)sources_of(p));
    char *made_from = g_strconcat("made from:\n", sources, NULL);
    g_free(sources);
    premis_event events[] = {
        { "event-ocr", scanned ? "creation" : "ingestion", scanned ? ocr->str : "text read as it is",
          ocr_note, scanned ? "agent-tesseract" : "agent-arkivtext", true },
        { "event-repair", "modification", repair, changed, "agent-arkivtext", true },
        { "event-extraction", "metadata extraction", extracted, NULL, "agent-arkivtext", false },
        { "event-packaging", "information package creation", "E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0), SHA-256 fixity",
          made_from, "agent-arkivtext", false },
    };
    for (size_t e = 0; e < G_N_ELEMENTS(events); e++) {
        x_start(x, "premis:event");
        premis_id(x, "event", "local", events[e].id);
        x_element(x, "premis:eventType", events[e].type);
        x_element(x, "premis:eventDateTime", p->created);
        x_start(x, "premis:eventDetailInformation");
        x_element(x, "premis:eventDetail", events[e].detail);
        x_end(x);
        x_start(x, "premis:eventOutcomeInformation");
        x_element(x, "premis:eventOutcome", "success");
        if (events[e].outcome_note && *events[e].outcome_note) {
            x_start(x, "premis:eventOutcomeDetail");
            x_element(x, "premis:eventOutcomeDetailNote", events[e].outcome_note);
            x_end(x);
        }
        x_end(x);
        premis_link(x, "Agent", events[e].agent, "executing program");
        premis_link(x, "Agent", "agent-organisation", "submitter");
        for (guint i = 0; events[e].outputs && i < p->data->len; i++) {
            const pkg_file *f = g_ptr_array_index(p->data, i);
            char *rel = g_strconcat("representations/rep1/", f->rel, NULL);
            premis_link(x, "Object", rel, NULL);
            g_free(rel);
        }
        x_end(x);
    }
    if (p->access->len)
        premis_access_event(p, x);
    premis_later_events(p, x);

    char tesseract[64];
    tesseract_version(doc, tesseract, sizeof tesseract);
    const struct {
        const char *id, *name, *type, *version;
    } agents[] = {
        { "agent-arkivtext", "arkivtext", "software", at_version() },
        { "agent-tesseract", "tesseract", "software", *tesseract ? tesseract : NULL },
        { "agent-organisation", p->opts->organisation, "organization", NULL },
        { "agent-qpdf", "libqpdf", "software", p->access->len ? at_pdfa_library_version() : NULL },
    };
    /* libqpdf wrote the access copy; without one it did nothing here (and its module was never loaded). */
    size_t n_agents = G_N_ELEMENTS(agents) - (p->access->len ? 0 : 1);
    for (size_t a = 0; a < n_agents; a++)
        premis_agent(x, agents[a].id, agents[a].name, agents[a].type, agents[a].version);
    for (size_t e = 0; e < p->content->n_events; e++) {
        char id[48];
        snprintf(id, sizeof id, "agent-person-%zu", e + 1);
        premis_agent(x, id, p->content->events[e].person, "person", NULL);
    }
    x_end(x);
    g_string_free(ocr, TRUE);
    g_free(repair);
    g_free(changed);
    g_free(extracted);
    g_free(made_from);
}

/* Function pointers cannot travel as `const void *` in ISO C; this box carries one. */
typedef struct {
    xml_body_fn body;
} xml_body;

static const xml_body root_mets = { root_mets_body }, premis = { premis_body };

static int write_xml_file(package *p, FILE *out, const void *arg, at_error *err)
{
    return write_xml(p, out, ((const xml_body *)arg)->body, NULL, err);
}

static int write_rep_mets(package *p, FILE *out, const void *arg, at_error *err)
{
    return write_xml(p, out, rep_mets_body, arg, err);
}

/* ---- documentation ---- */

static int write_documentation(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)arg;
    fprintf(out,
            "Package %s, made by arkivtext %s at %s for %s.\n\n"
            "representations/rep1/data/ holds the original file(s) untouched, the text as\n"
            "repaired by arkivtext's normalizer (.txt), and one ALTO 4.4 file per page whose\n"
            "String elements keep the raw OCR reading as <ALTERNATIVE PURPOSE=\"raw\"> where\n"
            "the normalizer changed a word. metadata/descriptive/record.xml is the structured\n"
            "record (schemas/%s); every element names the page and lines it\n"
            "came from. metadata/descriptive/erms.xml describes the same document as a CITS\n"
            "ERMS 3.0 record (schemas/%s); what the document did not give is left out\n"
            "there and named among the record's warnings.\n"
            "metadata/preservation/premis.xml lists the files with their SHA-256\n"
            "and the events: OCR (engine, model, preprocessing), repair (dictionary, words\n"
            "changed), extraction and packaging.\n",
            p->objid, at_version(), p->created, p->opts->organisation, AT_RECORD_SCHEMA, AT_ERMS_SCHEMA);
    fprintf(out, "\n%s: %s\nMade from (the source files; identical files are packaged once):\n",
            "Document", record_title(p));
    for (const char *const *s = sources_of(p); *s; s++)
        fprintf(out, "  %s\n", *s);
    if (p->access->len)
        fprintf(out, "\nrepresentations/rep2/data/ holds the access copy, a searchable PDF/A-1b made from\n"
                     "rep1: each page the scanned image as OCR read it (upright, deskewed), and over it,\n"
                     "invisible, the repaired words at their ALTO boxes, so that search and copy give\n"
                     "the repaired text. PREMIS records its derivation (event-access-copy).\n");
    return ferror(out) ? at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, p->objid, "writing documentation failed") : 0;
}

/* ---- putting it together ---- */

static char *timestamp(const at_package_options *opts)
{
    if (opts->created)
        return g_strdup(opts->created);
    const char *epoch = g_getenv("SOURCE_DATE_EPOCH");
    GDateTime *t = epoch && *epoch ? g_date_time_new_from_unix_utc(g_ascii_strtoll(epoch, NULL, 10))
                                   : g_date_time_new_now_utc();
    char *s = g_date_time_format(t, "%Y-%m-%dT%H:%M:%SZ");
    g_date_time_unref(t);
    return s;
}

static int add_data(package *p, const char *name, write_fn fn, const void *arg, at_error *err)
{
    char *rel = g_build_filename("representations", "rep1", "data", name, NULL);
    int rc = write_file(p, rel, fn, arg, err);
    g_free(rel);
    if (rc < 0)
        return rc;
    char *data_rel = g_build_filename("data", name, NULL);
    char *rep_root = g_build_filename(p->root, "representations", "rep1", NULL);
    pkg_file *f = describe(p, rep_root, data_rel, "file-data", err);
    g_free(rep_root);
    g_free(data_rel);
    if (!f)
        return err->code;
    g_ptr_array_add(p->data, f);
    return 0;
}

/* The first of the record's metadata `list`/`item` elements (with `type` when given), or NULL. */
static const at_rnode *record_item(package *p, const char *list, const char *item, const char *type)
{
    const at_record *rec = p->content->record;
    const at_rnode *meta = rec ? at_rnode_find(at_record_root(rec), "metadata") : NULL;
    const at_rnode *items = meta ? at_rnode_find(meta, list) : NULL;
    for (size_t i = 0; items && i < at_rnode_n_children(items); i++) {
        const at_rnode *n = at_rnode_child(items, i);
        const char *t = at_rnode_attr(n, "type");
        if (strcmp(at_rnode_name(n), item) == 0 && (!type || (t && strcmp(t, type) == 0)))
            return n;
    }
    return NULL;
}

/* The access copy: title, organisation and the document's date from the record; created when the package was. */
static int write_access_pdf(package *p, FILE *out, const void *arg, at_error *err)
{
    (void)arg;
    at_pdfa_options o = AT_PDFA_OPTIONS_INIT;
    const at_rnode *org = record_item(p, "organisations", "organisation", NULL);
    const at_rnode *date = record_item(p, "dates", "date", "document");
    if (!date)
        date = record_item(p, "dates", "date", NULL);
    o.title = record_title(p) ? record_title(p) : p->base;
    o.organisation = org ? at_rnode_text(org) : p->opts->organisation;
    o.date = date ? at_rnode_attr(date, "value") : NULL;
    o.created = p->created;
    return at_pdfa_write(p->content->doc, &o, out, err);
}

/* representations/rep2: the scan's searchable PDF/A and its METS. */
static int add_access_copy(package *p, at_error *err)
{
    int rc = make_dirs(p->root, "representations/rep2/data", err);
    if (rc == 0) /* CSIPSTR13, as for rep1: the folder, empty */
        rc = make_dirs(p->root, "representations/rep2/metadata", err);
    char *name = g_strconcat(p->base, ".pdf", NULL);
    char *rel = g_build_filename("representations", "rep2", "data", name, NULL);
    char *data_rel = g_build_filename("data", name, NULL);
    char *rep_root = g_build_filename(p->root, "representations", "rep2", NULL);
    if (rc == 0)
        rc = write_file(p, rel, write_access_pdf, NULL, err);
    pkg_file *pdf = rc == 0 ? describe(p, rep_root, data_rel, "file-access", err) : NULL;
    if (pdf)
        g_ptr_array_add(p->access, pdf);
    else if (rc == 0)
        rc = err->code;
    representation rep2 = { "rep2", p->access };
    if (rc == 0)
        rc = write_file(p, "representations/rep2/METS.xml", write_rep_mets, &rep2, err);
    if (rc == 0 && !(p->access_mets = describe(p, p->root, "representations/rep2/METS.xml", "file-rep", err)))
        rc = err->code;
    g_free(name);
    g_free(rel);
    g_free(data_rel);
    g_free(rep_root);
    return rc;
}

/* The record and its ERMS document; what the ERMS record lacks is added to the record's warnings first. */
static int write_descriptive(package *p, at_error *err)
{
    char *software = g_strconcat("arkivtext ", at_version(), NULL);
    at_erms_info info = { p->objid, p->created, p->opts->organisation, software };
    GPtrArray *warnings = g_ptr_array_new_with_free_func(g_free);
    p->described = at_record_copy(p->content->record);
    p->erms_doc = at_erms_build(p->described, &info, warnings);
    for (guint i = 0; i < warnings->len; i++)
        at_record_add_warning(p->described, g_ptr_array_index(warnings, i));
    g_ptr_array_free(warnings, TRUE);
    g_free(software);
    int rc = write_file(p, "metadata/descriptive/record.xml", write_record, NULL, err);
    if (rc == 0 && !(p->record = describe(p, p->root, "metadata/descriptive/record.xml", "md", err)))
        rc = err->code;
    if (rc == 0)
        rc = write_file(p, "metadata/descriptive/erms.xml", write_erms, NULL, err);
    if (rc == 0 && !(p->erms = describe(p, p->root, "metadata/descriptive/erms.xml", "md", err)))
        rc = err->code;
    return rc;
}

static int fill(package *p, at_error *err)
{
    /* representations/rep1/metadata stays empty: CSIPSTR13 asks for the folder, our metadata is the package's. */
    static const char *const folders[] = { "metadata/descriptive", "metadata/preservation", "representations/rep1/data",
                                           "representations/rep1/metadata", "schemas", "documentation" };
    int rc = 0;
    for (size_t i = 0; i < G_N_ELEMENTS(folders) && rc == 0; i++)
        rc = make_dirs(p->root, folders[i], err);

    /* The representation: originals untouched, then what we made of them. */
    for (const char *const *o = p->content->originals; *o && rc == 0; o++) {
        char *name = g_path_get_basename(*o);
        rc = add_data(p, name, copy_bytes, *o, err);
        g_free(name);
    }
    const at_doc *doc = p->content->doc;
    for (size_t page = 0; doc && page < at_doc_n_pages(doc) && rc == 0; page++) {
        char *name = g_strdup_printf("%s.p%zu.alto.xml", p->base, page + 1);
        int pg = (int)page;
        rc = add_data(p, name, write_alto_page, &pg, err);
        g_free(name);
    }
    if (doc && rc == 0) {
        char *name = g_strconcat(p->base, ".normalized.txt", NULL);
        rc = add_data(p, name, write_text, NULL, err);
        g_free(name);
    }
    representation rep1 = { "rep1", p->data };
    if (rc == 0)
        rc = write_file(p, "representations/rep1/METS.xml", write_rep_mets, &rep1, err);
    if (rc == 0 && !(p->rep_mets = describe(p, p->root, "representations/rep1/METS.xml", "file-rep", err)))
        rc = err->code;
    if (rc == 0 && p->opts->access_copy && doc && at_pdfa_can_write(doc))
        rc = add_access_copy(p, err);

    /* Metadata. */
    if (rc == 0 && p->content->record)
        rc = write_descriptive(p, err);
    if (rc == 0)
        rc = write_file(p, "metadata/preservation/premis.xml", write_xml_file, &premis, err);
    if (rc == 0 && !(p->premis = describe(p, p->root, "metadata/preservation/premis.xml", "md", err)))
        rc = err->code;
    if (rc == 0 && p->content->corrections) {
        rc = write_file(p, AT_PACKAGE_CORRECTIONS_FILE, write_string, p->content->corrections, err);
        if (rc == 0 && !(p->corrections = describe(p, p->root, AT_PACKAGE_CORRECTIONS_FILE, "md", err)))
            rc = err->code;
    }

    /* Schemas and documentation. */
    for (size_t i = 0; i < G_N_ELEMENTS(package_schemas) && rc == 0; i++) {
        char *src = at_schema_path(package_schemas[i]);
        char *rel = g_build_filename("schemas", package_schemas[i], NULL);
        rc = write_file(p, rel, copy_bytes, src, err);
        pkg_file *f = rc == 0 ? describe(p, p->root, rel, "file-schema", err) : NULL;
        if (f)
            g_ptr_array_add(p->schemas, f);
        else if (rc == 0)
            rc = err->code;
        g_free(rel);
        g_free(src);
    }
    if (rc == 0)
        rc = write_file(p, "documentation/processing.txt", write_documentation, NULL, err);
    pkg_file *doc_file = rc == 0 ? describe(p, p->root, "documentation/processing.txt", "file-doc", err) : NULL;
    if (doc_file)
        g_ptr_array_add(p->docs, doc_file);
    else if (rc == 0)
        rc = err->code;
    if (rc == 0)
        rc = write_file(p, "METS.xml", write_xml_file, &root_mets, err);
    return rc;
}


static void sync_dir(const char *path)
{
    int fd = open(path, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
}

/* A package replaces only an earlier package: a folder (or, as an archive, a regular file) of its name.
 * A symbolic link, pipe or anything else found there is left alone and the package refused. */
static int check_final(const char *final, bool archive, at_error *err)
{
    GStatBuf st;
    if (g_lstat(final, &st) != 0 || (archive ? S_ISREG(st.st_mode) : S_ISDIR(st.st_mode)))
        return 0;
    return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, final, "is in the way (%s, not an earlier package); nothing written",
                        S_ISLNK(st.st_mode) ? "a symbolic link" : S_ISDIR(st.st_mode) ? "a folder" : "not a folder");
}

int at_package_write(const at_package_content *content, const at_package_options *opts, const char *outdir,
                     char **path_out, at_error *err)
{
    if (!content || !opts || !outdir || !content->originals || !content->originals[0])
        return at_error_set(err, AT_EINVAL, AT_STAGE_PACKAGE, NULL, "a package needs its original files and an output folder");
    if (opts->version < 1 || opts->version > AT_PACKAGE_OPTIONS_VERSION)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PACKAGE, NULL, "unsupported package options version %d",
                            opts->version);
    /* An older caller's options end before the fields of later versions: those keep their defaults. */
    at_package_options given = AT_PACKAGE_OPTIONS_INIT;
    memcpy(&given, opts, opts->version == 1   ? offsetof(at_package_options, access_copy)
                         : opts->version == 2 ? offsetof(at_package_options, modified)
                                              : sizeof given);
    opts = &given;
    if (!opts->organisation || !*opts->organisation)
        return at_error_set(err, AT_EINVAL, AT_STAGE_PACKAGE, NULL,
                            "a package needs the submitting organisation (SIP15)");
    if (g_mkdir_with_parents(outdir, 0755) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, outdir, "cannot create folder: %s", g_strerror(errno));
    package p = { 0 };
    p.content = content;
    p.opts = opts;
    p.source_name = source_name(content->originals);
    int rc = package_objid(&p, err);
    if (rc < 0) {
        g_free(p.source_name);
        return rc;
    }
    p.created = timestamp(opts);
    p.data = g_ptr_array_new_with_free_func(pkg_file_free);
    p.schemas = g_ptr_array_new_with_free_func(pkg_file_free);
    p.docs = g_ptr_array_new_with_free_func(pkg_file_free);
    p.access = g_ptr_array_new_with_free_func(pkg_file_free);
    char *first = g_path_get_basename(content->originals[0]);
    char *dot = strrchr(first, '.');
    p.base = dot && dot != first ? g_strndup(first, (gsize)(dot - first)) : g_strdup(first);
    g_free(first);

    const char *suffix = opts->zip ? ".zip" : opts->tar ? ".tar" : "";
    char *final_name = g_strconcat(p.objid, suffix, NULL);
    char *final = g_build_filename(outdir, final_name, NULL);
    g_free(final_name);
    rc = check_final(final, *suffix != '\0', err);
    /* Built under a hidden temporary name of its own beside its final place (mkdtemp: two writers
     * never share one); renamed when complete. */
    char *tmp_parent = g_strdup_printf("%s/.%s.tmp-XXXXXX", outdir, p.objid);
    bool made = rc == 0 && g_mkdtemp(tmp_parent);
    if (rc == 0 && !made)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, outdir, "cannot create a temporary folder: %s",
                          g_strerror(errno));
    p.root = g_build_filename(tmp_parent, p.objid, NULL);
    if (rc == 0 && g_mkdir(p.root, 0755) != 0)
        rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, p.root, "cannot create folder: %s", g_strerror(errno));
    if (rc == 0)
        rc = fill(&p, err);
    if (rc == 0 && *suffix) {
        char *tar_tmp = g_strconcat(tmp_parent, suffix, NULL);
        rc = at_archive_write(tmp_parent, p.objid, tar_tmp, opts->zip ? AT_ARCHIVE_ZIP : AT_ARCHIVE_TAR, p.created, err);
        if (rc == 0 && g_rename(tar_tmp, final) != 0)
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, final, "cannot rename into place: %s", g_strerror(errno));
        if (rc < 0)
            g_unlink(tar_tmp);
        g_free(tar_tmp);
    } else if (rc == 0) {
        /* Replace an older package of the same document: move it aside, move the new one in, drop the old. */
        sync_dir(p.root);
        char *old = g_strdup_printf("%s.old-XXXXXX", final);
        bool had_old = g_mkdtemp(old) && g_rename(final, old) == 0; /* a directory renames onto an empty one */
        if (!had_old)
            g_rmdir(old);
        if (g_rename(p.root, final) != 0) {
            rc = at_error_set(err, AT_EIO, AT_STAGE_PACKAGE, final, "cannot rename into place: %s", g_strerror(errno));
            if (had_old)
                g_rename(old, final);
        } else if (had_old) {
            at_remove_tree(old);
        }
        g_free(old);
    }
    sync_dir(outdir);
    if (made)
        at_remove_tree(tmp_parent);
    if (rc == 0 && path_out)
        *path_out = g_strdup(final);
    g_free(final);
    g_free(tmp_parent);
    g_free(p.root);
    g_free(p.objid);
    g_free(p.created);
    g_free(p.base);
    g_free(p.source_name);
    g_ptr_array_free(p.data, TRUE);
    g_ptr_array_free(p.schemas, TRUE);
    g_ptr_array_free(p.docs, TRUE);
    g_ptr_array_free(p.access, TRUE);
    pkg_file_free(p.access_mets);
    pkg_file_free(p.record);
    pkg_file_free(p.erms);
    at_record_free(p.described);
    xmlFreeDoc(p.erms_doc);
    pkg_file_free(p.premis);
    pkg_file_free(p.corrections);
    pkg_file_free(p.rep_mets);
    return rc;
}
