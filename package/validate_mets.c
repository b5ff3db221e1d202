/* The validator's METS checks: every testable CSIP and SIP requirement on a METS file, under its own id.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A requirement that is not met is reported at its profile level (MUST
 * error, SHOULD warning, MAY info). Where an optional item is present but
 * wrong — a value outside its vocabulary, more than its cardinality allows,
 * empty where it must say something, an ID reference that resolves to
 * nothing — that is an error whatever the level: the profile makes the item
 * optional, not its rules.
 */
#include "package/validate_private.h"

#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

/* CSIP 2.1.0 vocabularies (schemas/vocabularies at tag v2.1.0), byte for byte: the dashes are U+2013. */
static const char *const content_categories[] = {
    "Textual works \xE2\x80\x93 Print", "Textual works \xE2\x80\x93 Digital", "Textual works \xE2\x80\x93 Electronic Serials",
    "Digital Musical Composition (score-based representations)", "Photographs \xE2\x80\x93 Print",
    "Photographs \xE2\x80\x93 Digital", "Other Graphic Images \xE2\x80\x93 Print", "Other Graphic Images \xE2\x80\x93 Digital",
    "Microforms", "Audio \xE2\x80\x93 On Tangible Medium (digital or analog)", "Audio \xE2\x80\x93 Media-independent (digital)",
    "Motion Pictures \xE2\x80\x93 Digital and Physical Media", "Video \xE2\x80\x93 File-based and Physical Media", "Software",
    "Datasets", "Geospatial Data", "Databases", "Websites", "Collection", "Event", "Interactive resource", "Physical object",
    "Service", "Mixed", "Other",
    "OTHER", /* the spelling CSIP2's text asks for */
    NULL,
};
/* CSIPVocabularyContentInformationType at v2.1.0 and the later values DILCISExtensionMETS.xsd allows. */
static const char *const content_information_types[] = {
    "ERMS", "SIARD1", "SIARD2", "SIARDDK", "GeoData", "citscarchival_v1_0", "citcarchival_v1_0", "citsarchival_v1_0",
    "csarchival_v1_0", "citspremis_v1_0", "cspremis_v1_0", "citserms_v2_1", "citserms_v3_0", "citsehpj_v1_0",
    "citsehpj_v2_0", "citsehcr_v1_0", "citssiard_v1_0", "citsgeospatial_v3_0", "cits3dpm_v1_0", "MIXED", "OTHER", NULL,
};
static const char *const oais_package_types[] = { "SIP", "AIP", "DIP", "AIU", "AIC", NULL };
/* CSIPVocabularyFileGrpAndStructMapDivisionLabel: a fileGrp USE begins with one of these. */
static const char *const group_labels[] = { "Documentation", "Schemas", "Representations", "Metadata", NULL };
static const char *const statuses[] = { "CURRENT", "SUPERSEDED", NULL };
/* SIPVocabularyRecordStatus; the vocabulary spells REPLEACEMENT, the SIP text REPLACEMENT. */
static const char *const record_statuses[] = { "NEW", "SUPPLEMENT", "REPLACEMENT", "REPLEACEMENT", "TEST", "VERSION",
                                               "DELETE", "OTHER", NULL };
/* The METS CHECKSUMTYPE enumeration, the list CSIP30/44/57/72 refer to. */
static const char *const checksum_types[] = { "Adler-32", "CRC32", "HAVAL", "MD5", "MNP", "SHA-1", "SHA-256", "SHA-384",
                                              "SHA-512", "TIGER", "WHIRLPOOL", NULL };
/* IANA top-level media types (RFC 6838 and the registry). */
static const char *const media_tops[] = { "application", "audio", "example", "font", "haptics", "image", "message", "model",
                                          "multipart", "text", "video", NULL };

static bool in_list(const char *const *list, const char *v)
{
    return v && g_strv_contains(list, v);
}

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

/* A requirement not met: at its level. */
#define REQ(m, req, node, ...) at_v_problem((m)->c, (req), (m)->rel, line_of(node), __VA_ARGS__)
/* An item present but wrong: an error. */
#define BAD(m, req, node, ...) at_v_problem_at((m)->c, AT_LEVEL_ERROR, (req), (m)->rel, line_of(node), __VA_ARGS__)

static long line_of(xmlNodePtr n)
{
    return n ? xmlGetLineNo(n) : 0;
}

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

static bool attr_is(mets_doc *m, xmlNodePtr n, const char *name, const char *value)
{
    const char *v = attr(m, n, name);
    return v && strcmp(v, value) == 0;
}

static const char *text_of(mets_doc *m, xmlNodePtr n)
{
    xmlChar *v = n ? xmlNodeGetContent(n) : NULL;
    if (v)
        g_ptr_array_add(m->strings, v);
    return (const char *)v;
}

/* An attribute that must be there (at its requirement's level) and, when there, not empty. */
static const char *need_attr(mets_doc *m, xmlNodePtr n, const char *name, const char *ns, const char *req, const char *what)
{
    const char *v = attr_ns(m, n, name, ns);
    if (!v)
        REQ(m, req, n, "%s has no %s%s", what, ns ? "csip:" : "", name);
    else if (!at_v_has(v))
        BAD(m, req, n, "%s has an empty %s%s", what, ns ? "csip:" : "", name);
    return at_v_has(v) ? v : NULL;
}

/* ---- references ---- */

/* `path` (decoded) under this METS file's folder, "." and ".." applied; NULL and *why when it leaves. */
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

/* An href is a relative URI reference (RFC 3986): no scheme, no authority, no absolute path;
 * its path is percent-decoded and must stay inside the package (the representation for its METS). */
static char *resolve_href(mets_doc *m, const char *href, const char **why)
{
    *why = NULL;
    if (g_uri_peek_scheme(href))
        *why = "has a URL scheme; it must be a relative reference";
    else if (href[0] == '/')
        *why = "is an absolute path; it must be relative";
    else if (strchr(href, '\\'))
        *why = "uses '\\'; paths use '/'";
    if (*why)
        return NULL;
    /* A query or fragment is not part of the file's name. */
    char *path = g_strndup(href, strcspn(href, "?#"));
    char *decoded = g_uri_unescape_string(path, "/");
    g_free(path);
    if (!decoded) {
        *why = "has a bad %-escape (or an escaped '/' or NUL)";
        return NULL;
    }
    char *target = normalize_path(m, decoded, why);
    g_free(decoded);
    return target;
}

/* LOCTYPE, xlink:type and xlink:href of a reference; returns the package path it names, if any. */
typedef struct {
    const char *loctype, *xtype, *href, *mdtype, *mimetype, *size, *created, *checksum, *checksumtype;
} ref_ids;

static const ref_ids dmd_ids = { "CSIP22", "CSIP23", "CSIP24", "CSIP25", "CSIP26", "CSIP27", "CSIP28", "CSIP29", "CSIP30" };
static const ref_ids digiprov_ids = { "CSIP36", "CSIP37", "CSIP38", "CSIP39", "CSIP40",
                                      "CSIP41", "CSIP42", "CSIP43", "CSIP44" };
static const ref_ids rights_ids = { "CSIP49", "CSIP50", "CSIP51", "CSIP52", "CSIP53", "CSIP54", "CSIP55", "CSIP56", "CSIP57" };
/* techMD and sourceMD: no CSIP requirement of their own; the same rules under our ids. */
static const ref_ids other_md_ids = { "REF", "REF", "REF", "REF", "FIXITY", "FIXITY", "FIXITY", "FIXITY", "FIXITY" };
static const ref_ids flocat_ids = { "CSIP77", "CSIP78", "CSIP79", NULL, "CSIP68", "CSIP69", "CSIP70", "CSIP71", "CSIP72" };
static const ref_ids mptr_ids = { "CSIP112", "CSIP111", "CSIP110", NULL, NULL, NULL, NULL, NULL, NULL };

static char *check_link(mets_doc *m, xmlNodePtr n, const ref_ids *ids, const char *what)
{
    const char *loctype = attr(m, n, "LOCTYPE"), *xtype = attr_ns(m, n, "type", XLINK_NS),
               *href = attr_ns(m, n, "href", XLINK_NS);
    if (!loctype || strcmp(loctype, "URL") != 0)
        REQ(m, ids->loctype, n, "%s: LOCTYPE must be \"URL\"%s%s%s", what, loctype ? ", not \"" : "",
            loctype ? loctype : " (missing)", loctype ? "\"" : "");
    if (!xtype || strcmp(xtype, "simple") != 0)
        REQ(m, ids->xtype, n, "%s: xlink:type must be \"simple\"%s%s%s", what, xtype ? ", not \"" : "",
            xtype ? xtype : " (missing)", xtype ? "\"" : "");
    if (!href) {
        REQ(m, ids->href, n, "%s has no xlink:href", what);
        return NULL;
    }
    const char *why = NULL;
    char *target = NULL;
    if (strcspn(href, "?#") == 0) {
        /* "" or "#x": a same-document reference (RFC 3986, 4.4), to this METS file. Odd, not malformed:
         * what it claims of the file (size, checksum) is then checked against this file. */
        at_v_problem_at(m->c, AT_LEVEL_INFO, ids->href, m->rel, line_of(n),
                        "%s: xlink:href \"%s\" is a same-document reference: it names %s itself", what, href, m->rel);
        target = g_strdup(m->rel);
    } else {
        target = resolve_href(m, href, &why);
    }
    if (!target) {
        BAD(m, ids->href, n, "%s: xlink:href \"%s\" %s", what, href, why);
        return NULL;
    }
    if (!at_v_on_disk(m->c, target)) {
        /* Package paths are case-sensitive (zip and tar entries, every archive's file system): a name that
         * differs in case is another name, however a case-insensitive file system showed it. The file so
         * named is still checked (size, checksum), so that every problem is said at once. */
        char *other = at_v_other_case(m->c, target);
        BAD(m, ids->href, n, "%s: xlink:href \"%s\": %s is not in the package%s%s%s", what, href, target,
            other ? " (it has " : "", other ? other : "", other ? "; names are case-sensitive)" : "");
        g_free(target);
        if (!other)
            return NULL;
        target = other;
    }
    g_hash_table_add(m->c->referenced, g_strdup(target));
    return target;
}

/* RFC 6838: a registered top-level type, '/', a restricted name (`v` lower-case, no parameters). */
static bool media_type_ok(const char *v)
{
    const char *slash = strchr(v, '/');
    if (!slash)
        return false;
    char *top = g_strndup(v, slash - v);
    bool ok = in_list(media_tops, top);
    g_free(top);
    const char *sub = slash + 1;
    if (!ok || !*sub || !g_ascii_isalnum(*sub))
        return false;
    for (const char *p = sub; *p; p++)
        if (!g_ascii_isalnum(*p) && !strchr("!#$&-^_.+", *p))
            return false;
    return true;
}

/* MIMETYPE (CSIP26, 40, 53, 68): an IANA media type, looked up (parameters aside, in any case) in the
 * registry list arkivtext ships; over 256 characters is a warning of its own, as the E-ARK test corpus has it. */
static void check_media_type(mets_doc *m, xmlNodePtr holder, const char *v, const char *req, const char *what)
{
    size_t len = strlen(v);
    char *name = g_ascii_strdown(v, (gssize)strcspn(v, ";"));
    g_strstrip(name);
    const char *more = len > 80 ? "..." : "";
    if (!media_type_ok(name))
        BAD(m, req, holder, "%s: MIMETYPE \"%.80s%s\" is not a media type (type/subtype)", what, v, more);
    else if (m->c->media_types && !g_hash_table_contains(m->c->media_types, name))
        BAD(m, req, holder, "%s: MIMETYPE \"%.80s%s\" is not a registered IANA media type", what, v, more);
    if (len > 256)
        at_v_problem_at(m->c, AT_LEVEL_WARNING, req, m->rel, line_of(holder),
                        "%s: MIMETYPE is %zu characters long; it should not be over 256", what, len);
    g_free(name);
}

/* MIMETYPE, SIZE, CREATED, CHECKSUM and CHECKSUMTYPE of `holder`, and that SIZE and CHECKSUM are the file's. */
static void check_fixity(mets_doc *m, xmlNodePtr holder, const char *target, const ref_ids *ids, const char *what)
{
    const char *mime = need_attr(m, holder, "MIMETYPE", NULL, ids->mimetype, what);
    const char *size = need_attr(m, holder, "SIZE", NULL, ids->size, what);
    need_attr(m, holder, "CREATED", NULL, ids->created, what);
    const char *sum = need_attr(m, holder, "CHECKSUM", NULL, ids->checksum, what);
    const char *type = need_attr(m, holder, "CHECKSUMTYPE", NULL, ids->checksumtype, what);
    if (mime)
        check_media_type(m, holder, mime, ids->mimetype, what);
    if (type && !in_list(checksum_types, type)) {
        BAD(m, ids->checksumtype, holder, "%s: CHECKSUMTYPE \"%s\" is not one of METS's (MD5, SHA-1, SHA-256 ...)", what, type);
        type = NULL;
    }
    if (!target)
        return;
    const gint64 *actual = g_hash_table_lookup(m->c->disk, target);
    gint64 stated;
    if (size && actual) {
        if (!g_ascii_string_to_signed(size, 10, 0, G_MAXINT64, &stated, NULL))
            BAD(m, ids->size, holder, "%s: SIZE \"%s\" is not a number of bytes", target, size);
        else if (stated != *actual)
            BAD(m, ids->size, holder, "%s: SIZE is %s but the file has %" G_GINT64_FORMAT " bytes", target, size, *actual);
    }
    if (!type || !sum)
        return;
    char *path = g_build_filename(m->c->root, target, NULL);
    const char *why = NULL;
    char *hex = at_v_digest(path, type, &why);
    if (!hex)
        at_v_problem_at(m->c, AT_LEVEL_WARNING, "FIXITY", m->rel, line_of(holder), "%s: %s checksum %s; not verified", target,
                        type, why);
    else if (g_ascii_strcasecmp(hex, sum) != 0)
        BAD(m, ids->checksum, holder, "%s: %s is %s but METS says %s (the file has changed)", target, type, hex, sum);
    g_free(hex);
    g_free(path);
}

/* ---- metadata sections ---- */

static void check_mdref(mets_doc *m, xmlNodePtr ref, const ref_ids *ids, const char *folder)
{
    char *target = check_link(m, ref, ids, "mdRef");
    need_attr(m, ref, "MDTYPE", NULL, ids->mdtype, "mdRef");
    check_fixity(m, ref, target, ids, "mdRef");
    if (target) {
        g_ptr_array_add(m->c->metadata, g_strdup(target));
        /* CSIPSTR6/7: package metadata lives in metadata/preservation and metadata/descriptive. */
        char *want = folder ? g_strconcat(m->base, folder, NULL) : NULL;
        if (want && !g_str_has_prefix(target, want))
            REQ(m, strstr(folder, "preservation") ? "CSIPSTR6" : "CSIPSTR7", ref, "%s is not in the folder %s", target, want);
        g_free(want);
    }
    g_free(target);
}

typedef struct {
    const char *expr, *what, *id_req, *status_req, *mdref_req, *folder;
    const ref_ids *ids;
    bool dmd; /* descriptive: an mdRef is needed only when there are files to point to */
} md_kind;

/* Plain files under `folder` (relative to this METS file's folder); with `nested`, only those in its subfolders. */
static guint files_under(mets_doc *m, const char *folder, bool nested)
{
    char *prefix = g_strconcat(m->base, folder, NULL);
    GHashTableIter it;
    gpointer key;
    guint n = 0;
    g_hash_table_iter_init(&it, m->c->disk);
    while (g_hash_table_iter_next(&it, &key, NULL))
        n += g_str_has_prefix(key, prefix) && (!nested || strchr((const char *)key + strlen(prefix), '/'));
    g_free(prefix);
    return n;
}

static void check_md_kind(mets_doc *m, const md_kind *k)
{
    GPtrArray *secs = find(m, NULL, k->expr);
    for (guint i = 0; i < secs->len; i++) {
        xmlNodePtr sec = g_ptr_array_index(secs, i);
        need_attr(m, sec, "ID", NULL, k->id_req, k->what);
        if (k->status_req) {
            const char *status = need_attr(m, sec, "STATUS", NULL, k->status_req, k->what);
            if (status && !in_list(statuses, status))
                BAD(m, k->status_req, sec, "%s STATUS \"%s\" is not CURRENT or SUPERSEDED", k->what, status);
        }
        GPtrArray *refs = find(m, sec, "m:mdRef");
        /* A dmdSec may hold its description (mdWrap); it must point to the files metadata/descriptive holds. */
        guint held = refs->len == 0 && k->dmd ? files_under(m, k->folder, false) : 0;
        if (held)
            BAD(m, k->mdref_req, sec, "%s has no mdRef, but %s%s holds %u file%s", k->what, m->base, k->folder, held,
                held == 1 ? "" : "s");
        else if (refs->len == 0 && k->mdref_req && !k->dmd)
            REQ(m, k->mdref_req, sec, "%s has no mdRef to a metadata file", k->what);
        else if (refs->len > 1 && k->mdref_req)
            BAD(m, k->mdref_req, g_ptr_array_index(refs, 1), "%s has %u mdRef elements; it may have one", k->what, refs->len);
        for (guint j = 0; j < refs->len; j++)
            check_mdref(m, g_ptr_array_index(refs, j), k->ids, m->root ? k->folder : NULL);
        g_ptr_array_free(refs, TRUE);
    }
    g_ptr_array_free(secs, TRUE);
}

/* CSIP17, 31, 32: descriptive and administrative sections, wanted where the metadata folders hold files. */
static void check_md_presence(mets_doc *m, xmlNodePtr mets)
{
    guint descriptive = files_under(m, "metadata/descriptive/", false);
    guint preservation = files_under(m, "metadata/preservation/", false);
    guint administrative = files_under(m, "metadata/", true) - descriptive;
    if (!count(m, NULL, "m:dmdSec") && descriptive)
        BAD(m, "CSIP17", mets, "no dmdSec, but %smetadata/descriptive holds %u file%s", m->base, descriptive,
            descriptive == 1 ? "" : "s");
    guint amd = count(m, NULL, "m:amdSec"), digiprov = count(m, NULL, "m:amdSec/m:digiprovMD");
    xmlNodePtr amd1 = first(m, NULL, "m:amdSec");
    if (amd == 0 && preservation)
        BAD(m, "CSIP31", mets, "no amdSec, but %smetadata/preservation holds %u file%s", m->base, preservation,
            preservation == 1 ? "" : "s");
    else if (amd == 0 && m->root)
        REQ(m, "CSIP31", mets, "no amdSec: the package has no administrative (preservation) metadata");
    else if (amd > 1)
        BAD(m, "CSIP31", mets, "%u amdSec elements; all administrative metadata belongs in one", amd);
    else if (amd && !administrative)
        REQ(m, "CSIP31", amd1, "an amdSec, but no administrative metadata file in %smetadata/preservation", m->base);
    if (digiprov == 0 && preservation)
        BAD(m, "CSIP32", amd1 ? amd1 : mets, "no digiprovMD, but %smetadata/preservation holds %u file%s; each needs one",
            m->base, preservation, preservation == 1 ? "" : "s");
    else if (digiprov == 0 && (amd || m->root))
        REQ(m, "CSIP32", amd1 ? amd1 : mets, "no digiprovMD (PREMIS)");
    else if (digiprov && !preservation)
        REQ(m, "CSIP32", amd1, "digiprovMD, but no file in %smetadata/preservation", m->base);
}

static void check_md_sections(mets_doc *m, xmlNodePtr mets)
{
    static const md_kind kinds[] = {
        { "m:dmdSec", "dmdSec", "CSIP18", "CSIP20", "CSIP21", "metadata/descriptive/", &dmd_ids, true },
        { "m:amdSec/m:digiprovMD", "digiprovMD", "CSIP33", "CSIP34", "CSIP35", "metadata/preservation/", &digiprov_ids,
          false },
        { "m:amdSec/m:rightsMD", "rightsMD", "CSIP46", "CSIP47", "CSIP48", NULL, &rights_ids, false },
        { "m:amdSec/m:techMD | m:amdSec/m:sourceMD", "techMD/sourceMD", "REF", NULL, NULL, NULL, &other_md_ids, false },
    };
    GPtrArray *dmds = find(m, NULL, "m:dmdSec");
    for (guint i = 0; i < dmds->len; i++)
        need_attr(m, g_ptr_array_index(dmds, i), "CREATED", NULL, "CSIP19", "dmdSec");
    g_ptr_array_free(dmds, TRUE);
    check_md_presence(m, mets);
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++)
        check_md_kind(m, &kinds[k]);
}

/* ---- identity and header ---- */

/* CONTENTINFORMATIONTYPE and OTHERCONTENTINFORMATIONTYPE of `n` (mets: CSIP4/5; a fileGrp: CSIP62/63): the type from
 * the vocabulary; "OTHER" names the other type, which is then no vocabulary value, and only "OTHER" does. */
static void check_content_type(mets_doc *m, xmlNodePtr n, const char *cit, const char *type_req, const char *other_req,
                               const char *what)
{
    const char *other = attr_ns(m, n, "OTHERCONTENTINFORMATIONTYPE", CSIP_NS);
    if (cit && !in_list(content_information_types, cit))
        BAD(m, type_req, n, "%s csip:CONTENTINFORMATIONTYPE \"%s\" is not in the DILCIS vocabulary (e.g. citserms_v2_1, OTHER)",
            what, cit);
    bool is_other = cit && strcmp(cit, "OTHER") == 0;
    /* Both requirements say it: the type "MUST" come from the vocabulary, and "OTHER" is stated by the other. */
    for (int k = 0; k < 2 && is_other && !at_v_has(other); k++)
        BAD(m, k ? other_req : type_req, n,
            "%s with csip:CONTENTINFORMATIONTYPE \"OTHER\" must name it in csip:OTHERCONTENTINFORMATIONTYPE%s", what,
            other ? " (it is empty)" : "");
    if (is_other && in_list(content_information_types, other))
        BAD(m, other_req, n, "%s csip:OTHERCONTENTINFORMATIONTYPE \"%s\" is a vocabulary value; use it as CONTENTINFORMATIONTYPE",
            what, other);
    if (other && !is_other)
        BAD(m, other_req, n, "%s has csip:OTHERCONTENTINFORMATIONTYPE but its CONTENTINFORMATIONTYPE is not \"OTHER\"", what);
}

static void check_identity(mets_doc *m, xmlNodePtr mets, const char *root_name)
{
    const char *objid = need_attr(m, mets, "OBJID", NULL, "CSIP1", "mets");
    if (objid && root_name && strcmp(objid, root_name) != 0)
        at_v_problem_at(m->c, AT_LEVEL_WARNING, "CSIP1", m->rel, line_of(mets),
                        "mets/@OBJID \"%s\" should be the name of the %s folder, \"%s\"", objid,
                        m->root ? "package" : "representation", root_name);
    const char *type = need_attr(m, mets, "TYPE", NULL, "CSIP2", "mets");
    if (type && !in_list(content_categories, type))
        BAD(m, "CSIP2", mets, "mets/@TYPE \"%s\" is not a ContentCategory term (e.g. \"Mixed\", \"Textual works \xE2\x80\x93 Digital\")",
            type);
    const char *other_type = attr_ns(m, mets, "OTHERTYPE", CSIP_NS);
    if (type && (strcmp(type, "Other") == 0 || strcmp(type, "OTHER") == 0) && !at_v_has(other_type))
        BAD(m, "CSIP2", mets, "mets with TYPE \"%s\" must name its content category in csip:OTHERTYPE%s", type,
            other_type ? " (it is empty)" : "");
    if (other_type && in_list(content_categories, other_type) && strcmp(other_type, "OTHER") != 0)
        REQ(m, "CSIP3", mets, "csip:OTHERTYPE \"%s\" is a ContentCategory term; use it as mets/@TYPE", other_type);
    const char *cit = attr_ns(m, mets, "CONTENTINFORMATIONTYPE", CSIP_NS);
    if (!cit && m->root)
        REQ(m, "CSIP4", mets, "mets has no csip:CONTENTINFORMATIONTYPE");
    else if (!cit) /* "mandatory for representation level METS documents" */
        BAD(m, "CSIP4", mets, "a representation METS must have csip:CONTENTINFORMATIONTYPE");
    check_content_type(m, mets, cit, "CSIP4", "CSIP5", "mets");
    need_attr(m, mets, "PROFILE", NULL, "CSIP6", "mets");
    if (m->root && m->c->profile.sip) {
        const char *profile = attr(m, mets, "PROFILE");
        if (!m->c->profile.known)
            BAD(m, "SIP2", mets, "a SIP names the SIP profile in mets/@PROFILE (https://earksip.dilcis.eu/profile/E-ARK-SIP.xml)%s%s%s",
                profile ? ", not \"" : "", profile ? profile : "", profile ? "\"" : "");
        const char *label = attr(m, mets, "LABEL");
        if (!label)
            REQ(m, "SIP1", mets, "mets has no LABEL (a short text naming the package's content)");
        else if (!at_v_has(label))
            BAD(m, "SIP1", mets, "mets/@LABEL is empty");
    }
}

/* The software agent's name and version note (CSIP14-16). */
static void check_software_details(mets_doc *m, xmlNodePtr sw)
{
    GPtrArray *names = find(m, sw, "m:name"), *notes = find(m, sw, "m:note");
    if (names->len != 1 || !at_v_has(text_of(m, g_ptr_array_index(names, 0))))
        REQ(m, "CSIP14", sw, "the software agent must have one name, not empty (it has %u)", names->len);
    if (notes->len != 1 || !at_v_has(text_of(m, g_ptr_array_index(notes, 0))))
        REQ(m, "CSIP15", sw, "the software agent must have one note with the software version, not empty (it has %u)",
            notes->len);
    for (guint j = 0; j < notes->len; j++) {
        const char *t = attr_ns(m, g_ptr_array_index(notes, j), "NOTETYPE", CSIP_NS);
        if (!t || strcmp(t, "SOFTWARE VERSION") != 0)
            REQ(m, "CSIP16", g_ptr_array_index(notes, j), "the software agent's note must have csip:NOTETYPE=\"SOFTWARE VERSION\"");
    }
    g_ptr_array_free(names, TRUE);
    g_ptr_array_free(notes, TRUE);
}

/* The software agent (CSIP10-16): one agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE". Other agents
 * may stand beside it; only when none is complete are the near misses said to be wrong. */
static void check_software_agent(mets_doc *m, xmlNodePtr hdr)
{
    GPtrArray *sws = find(m, hdr, "m:agent[@ROLE='CREATOR'][@TYPE='OTHER'][@OTHERTYPE='SOFTWARE']");
    for (guint i = 0; i < sws->len; i++)
        check_software_details(m, g_ptr_array_index(sws, i));
    if (sws->len == 0) {
        GPtrArray *near = find(m, hdr, "m:agent[@OTHERTYPE='SOFTWARE']");
        xmlNodePtr other = first(m, hdr, "m:agent[@ROLE='CREATOR'][@TYPE='OTHER']");
        for (guint i = 0; i < near->len; i++) {
            xmlNodePtr a = g_ptr_array_index(near, i);
            if (!attr_is(m, a, "ROLE", "CREATOR"))
                REQ(m, "CSIP11", a, "the software agent's ROLE must be \"CREATOR\"");
            if (!attr_is(m, a, "TYPE", "OTHER"))
                REQ(m, "CSIP12", a, "the software agent's TYPE must be \"OTHER\"");
        }
        if (near->len == 0 && other)
            REQ(m, "CSIP13", other, "agent TYPE=\"OTHER\" must have OTHERTYPE=\"SOFTWARE\" for the software that made the package");
        else if (near->len == 0)
            REQ(m, "CSIP10", hdr, "metsHdr has no software agent (agent ROLE=\"CREATOR\" TYPE=\"OTHER\" OTHERTYPE=\"SOFTWARE\")");
        if (near->len)
            check_software_details(m, g_ptr_array_index(near, 0));
        else if (other)
            check_software_details(m, other);
        g_ptr_array_free(near, TRUE);
    }
    g_ptr_array_free(sws, TRUE);
}

typedef struct {
    const char *expr, *who, *type_req, *name_req, *note_req, *notetype_req;
    const char *const *types;
} sip_agent;

static void check_sip_agent(mets_doc *m, xmlNodePtr a, const sip_agent *k)
{
    const char *type = attr(m, a, "TYPE");
    if (!in_list(k->types, type))
        REQ(m, k->type_req, a, "the %s's TYPE must be %s%s", k->who, k->types[1] ? "\"ORGANIZATION\" or \"INDIVIDUAL\"" : "\"ORGANIZATION\"",
            type ? "" : " (missing)");
    GPtrArray *names = find(m, a, "m:name");
    if (names->len == 0)
        REQ(m, k->name_req, a, "the %s has no name", k->who);
    for (guint i = 0; i < names->len; i++)
        if (!at_v_has(text_of(m, g_ptr_array_index(names, i))))
            BAD(m, k->name_req, g_ptr_array_index(names, i), "the %s's name is empty", k->who);
    g_ptr_array_free(names, TRUE);
    if (!k->notetype_req)
        return;
    GPtrArray *notes = find(m, a, "m:note");
    if (notes->len > 1)
        BAD(m, k->note_req, g_ptr_array_index(notes, 1), "the %s has %u notes; it may have one", k->who, notes->len);
    for (guint i = 0; i < notes->len; i++) {
        xmlNodePtr n = g_ptr_array_index(notes, i);
        const char *t = attr_ns(m, n, "NOTETYPE", CSIP_NS);
        if (!t || strcmp(t, "IDENTIFICATIONCODE") != 0)
            REQ(m, k->notetype_req, n, "the %s's note must have csip:NOTETYPE=\"IDENTIFICATIONCODE\"", k->who);
    }
    g_ptr_array_free(notes, TRUE);
}

/* SIP9-31: the archival creator, the submitter, contact persons and the preservation agent. */
static void check_sip_agents(mets_doc *m, xmlNodePtr hdr)
{
    static const char *const org_or_person[] = { "ORGANIZATION", "INDIVIDUAL", NULL };
    static const char *const org[] = { "ORGANIZATION", NULL };
    static const sip_agent kinds[] = {
        { "m:agent[@ROLE='ARCHIVIST']", "archival creator agent", "SIP11", "SIP12", "SIP13", "SIP14", org_or_person },
        { "m:agent[@ROLE='CREATOR'][@TYPE='ORGANIZATION']", "submitting agent", "SIP17", "SIP18", "SIP19", "SIP20", org_or_person },
        { "m:agent[@ROLE='CREATOR'][@TYPE='INDIVIDUAL']", "contact person agent", "SIP23", "SIP24", "SIP25", NULL, org_or_person },
        { "m:agent[@ROLE='PRESERVATION']", "preservation agent", "SIP28", "SIP29", "SIP30", "SIP31", org },
    };
    if (!count(m, hdr, "m:agent[@ROLE='CREATOR'][@TYPE='ORGANIZATION' or @TYPE='INDIVIDUAL']")) {
        xmlNodePtr wrong = first(m, hdr, "m:agent[@ROLE='CREATOR'][not(@TYPE='OTHER')]");
        if (wrong)
            REQ(m, "SIP17", wrong, "the submitting agent's TYPE must be \"ORGANIZATION\" or \"INDIVIDUAL\"");
        else
            REQ(m, "SIP15", hdr, "metsHdr has no submitting agent (agent ROLE=\"CREATOR\" TYPE=\"ORGANIZATION\" or \"INDIVIDUAL\")");
    }
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        GPtrArray *agents = find(m, hdr, kinds[k].expr);
        /* Several CREATOR organisations are allowed: the SIP's own example names the archival creator so. */
        if (agents->len > 1 && (k == 0 || k == 3))
            BAD(m, k == 0 ? "SIP9" : "SIP26", g_ptr_array_index(agents, 1), "%u %ss; there may be one", agents->len,
                kinds[k].who);
        for (guint i = 0; i < agents->len; i++)
            check_sip_agent(m, g_ptr_array_index(agents, i), &kinds[k]);
        g_ptr_array_free(agents, TRUE);
    }
}

/* SIP5-8: altRecordID of each TYPE, with text; SUBMISSIONAGREEMENT and REFERENCECODE at most once. */
static void check_alt_record_ids(mets_doc *m, xmlNodePtr hdr)
{
    static const struct {
        const char *type, *req;
        bool once;
    } kinds[] = { { "SUBMISSIONAGREEMENT", "SIP5", true },
                  { "PREVIOUSSUBMISSIONAGREEMENT", "SIP6", false },
                  { "REFERENCECODE", "SIP7", true },
                  { "PREVIOUSREFERENCECODE", "SIP8", false } };
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        char *expr = g_strdup_printf("m:altRecordID[@TYPE='%s']", kinds[k].type);
        GPtrArray *ids = find(m, hdr, expr);
        g_free(expr);
        if (ids->len == 0)
            REQ(m, kinds[k].req, hdr, "metsHdr has no altRecordID TYPE=\"%s\"", kinds[k].type);
        else if (ids->len > 1 && kinds[k].once)
            BAD(m, kinds[k].req, g_ptr_array_index(ids, 1), "%u altRecordID TYPE=\"%s\"; there may be one", ids->len,
                kinds[k].type);
        for (guint i = 0; i < ids->len; i++)
            if (!at_v_has(text_of(m, g_ptr_array_index(ids, i))))
                BAD(m, kinds[k].req, g_ptr_array_index(ids, i), "altRecordID TYPE=\"%s\" is empty", kinds[k].type);
        g_ptr_array_free(ids, TRUE);
    }
}

/* An xs:dateTime (or date) later than now; one without a zone is taken as UTC, so a day's slack. */
static bool in_future(const char *when)
{
    GTimeZone *utc = g_time_zone_new_utc();
    GDateTime *t = g_date_time_new_from_iso8601(when, utc);
    if (!t) { /* a date alone: its first moment */
        char *day = g_strdup_printf("%.10sT00:00:00Z", when);
        t = g_date_time_new_from_iso8601(day, utc);
        g_free(day);
    }
    GDateTime *now = g_date_time_new_now(utc);
    bool later = t && g_date_time_difference(t, now) > G_TIME_SPAN_DAY;
    if (t)
        g_date_time_unref(t);
    g_date_time_unref(now);
    g_time_zone_unref(utc);
    return later;
}

/* The first element `expr` finds under `holder` (NULL: the root); a count other than one is reported under `req`. */
static xmlNodePtr exactly_one(mets_doc *m, xmlNodePtr holder, const char *expr, const char *req, const char *holder_name,
                              const char *what)
{
    GPtrArray *a = find(m, holder, expr);
    if (a->len != 1)
        REQ(m, req, holder ? holder : xmlDocGetRootElement(m->doc), "%s has %u %s; it must have one", holder_name, a->len,
            what);
    xmlNodePtr n = a->len ? g_ptr_array_index(a, 0) : NULL;
    g_ptr_array_free(a, TRUE);
    return n;
}

static void check_header(mets_doc *m)
{
    xmlNodePtr hdr = exactly_one(m, NULL, "m:metsHdr", "CSIP117", "mets", "metsHdr elements");
    if (!hdr)
        return;
    need_attr(m, hdr, "CREATEDATE", NULL, "CSIP7", "metsHdr");
    const char *modified = need_attr(m, hdr, "LASTMODDATE", NULL, "CSIP8", "metsHdr");
    if (modified && in_future(modified))
        BAD(m, "CSIP8", hdr, "metsHdr/@LASTMODDATE \"%s\" is in the future", modified);
    const char *type = need_attr(m, hdr, "OAISPACKAGETYPE", CSIP_NS, "CSIP9", "metsHdr");
    if (type && !in_list(oais_package_types, type))
        BAD(m, "CSIP9", hdr, "metsHdr/@csip:OAISPACKAGETYPE \"%s\" is not SIP, AIP, DIP, AIU or AIC", type);
    check_software_agent(m, hdr);
    if (!m->root || !m->c->profile.sip)
        return;
    if (!type || strcmp(type, "SIP") != 0)
        REQ(m, "SIP4", hdr, "metsHdr/@csip:OAISPACKAGETYPE is %s%s%s; a SIP says \"SIP\"", type ? "\"" : "",
            type ? type : "missing", type ? "\"" : "");
    const char *status = attr(m, hdr, "RECORDSTATUS");
    if (!status)
        REQ(m, "SIP3", hdr, "metsHdr has no RECORDSTATUS (NEW is assumed)");
    else if (!in_list(record_statuses, status))
        BAD(m, "SIP3", hdr, "metsHdr/@RECORDSTATUS \"%s\" is not in the SIP vocabulary (NEW, SUPPLEMENT, ...)", status);
    check_alt_record_ids(m, hdr);
    check_sip_agents(m, hdr);
}

/* ---- files ---- */

/* Space-separated IDREFS in `list` resolve to elements named in `kinds`; a wrong one is a problem at `level`. */
static void check_idrefs_at(mets_doc *m, at_package_level level, xmlNodePtr holder, const char *attr_name,
                            const char *req, const char *kinds)
{
    const char *list = attr(m, holder, attr_name);
    char **ids = g_strsplit_set(list ? list : "", " \t\r\n", -1);
    for (char **id = ids; *id; id++) {
        if (!**id)
            continue;
        xmlNodePtr target = g_hash_table_lookup(m->ids, *id);
        if (!target)
            at_v_problem_at(m->c, level, req, m->rel, line_of(holder), "%s \"%s\" matches no ID in this file", attr_name,
                            *id);
        else if (kinds && !strstr(kinds, (const char *)target->name))
            at_v_problem_at(m->c, level, req, m->rel, line_of(holder), "%s \"%s\" names a %s, not a %s", attr_name, *id,
                            (const char *)target->name, kinds);
    }
    g_strfreev(ids);
}

static void check_idrefs(mets_doc *m, xmlNodePtr holder, const char *attr_name, const char *req, const char *kinds)
{
    check_idrefs_at(m, AT_LEVEL_ERROR, holder, attr_name, req, kinds);
}

/* SIP32-35: the optional format attributes, noted once per METS file when missing; an empty one says as little
 * as a missing one and is a warning. The SIP profile's XPaths spell the registry attributes FILEFORMATREGISTRY and
 * FILEFORMATKEY, its schema FORMATREGISTRY and FORMATREGISTRYKEY: either is read. */
static void check_format_attrs(mets_doc *m, GPtrArray *files)
{
    static const char *const names[][3] = { { "FILEFORMATNAME", "FILEFORMATNAME", "SIP32" },
                                            { "FILEFORMATVERSION", "FILEFORMATVERSION", "SIP33" },
                                            { "FORMATREGISTRY", "FILEFORMATREGISTRY", "SIP34" },
                                            { "FORMATREGISTRYKEY", "FILEFORMATKEY", "SIP35" } };
    for (size_t k = 0; k < G_N_ELEMENTS(names); k++) {
        guint missing = 0;
        for (guint i = 0; i < files->len; i++) {
            xmlNodePtr f = g_ptr_array_index(files, i);
            const char *v = attr_ns(m, f, names[k][0], SIP_NS);
            if (!v)
                v = attr_ns(m, f, names[k][1], SIP_NS);
            if (!v)
                missing++;
            else if (!at_v_has(v))
                at_v_problem_at(m->c, AT_LEVEL_WARNING, names[k][2], m->rel, line_of(f), "file has an empty sip:%s",
                                names[k][0]);
        }
        if (missing)
            REQ(m, names[k][2], NULL, "%u of %u files have no sip:%s", missing, files->len, names[k][0]);
    }
}

/* One file: ID, exactly one FLocat, its link and the file's fixity. Returns the package path it names. */
static char *check_file(mets_doc *m, xmlNodePtr file)
{
    need_attr(m, file, "ID", NULL, "CSIP67", "file");
    check_idrefs(m, file, "ADMID", "CSIP74", "techMD rightsMD sourceMD digiprovMD");
    check_idrefs(m, file, "DMDID", "CSIP75", "dmdSec");
    GPtrArray *locs = find(m, file, "m:FLocat");
    char *target = NULL;
    if (locs->len != 1)
        REQ(m, "CSIP76", file, "file has %u FLocat elements; it must have one", locs->len);
    if (locs->len)
        target = check_link(m, g_ptr_array_index(locs, 0), &flocat_ids, "FLocat");
    g_ptr_array_free(locs, TRUE);
    check_fixity(m, file, target, &flocat_ids, "file");
    return target;
}

/* The folder a path-like USE names exists (case aside: USE is a label, "Representations/rep1" for
 * representations/rep1); a representation group names a representation folder of the package. */
static void check_group_use(mets_doc *m, xmlNodePtr g, const char *use)
{
    bool labelled = false;
    for (const char *const *l = group_labels; *l && !labelled; l++)
        labelled = g_str_has_prefix(use, *l) && (!use[strlen(*l)] || use[strlen(*l)] == '/');
    if (!labelled)
        BAD(m, "CSIP64", g, "fileGrp USE \"%s\" does not begin with Documentation, Schemas, Representations or Metadata",
            use);
    if (!labelled || !strchr(use, '/'))
        return;
    bool found = false;
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, m->c->folders);
    while (!found && g_hash_table_iter_next(&it, &key, NULL))
        found = g_ascii_strcasecmp(key, use) == 0;
    if (!found)
        BAD(m, "CSIP64", g, "fileGrp USE \"%s\" names no folder of the package", use);
    if (g_str_has_prefix(use, "Representations/")) {
        const char *name = use + strlen("Representations/");
        g_hash_table_add(m->c->declared_reps, g_strdup_printf("representations/%.*s", (int)strcspn(name, "/"), name));
    }
}

static void check_group(mets_doc *m, xmlNodePtr g)
{
    const char *use = need_attr(m, g, "USE", NULL, "CSIP64", "fileGrp");
    need_attr(m, g, "ID", NULL, "CSIP65", "fileGrp");
    /* The corpus has a wrong reference here as a warning: the ADMID is a MAY item. */
    check_idrefs_at(m, AT_LEVEL_WARNING, g, "ADMID", "CSIP61", "techMD rightsMD sourceMD digiprovMD");
    bool rep = use && g_str_has_prefix(use, "Representations");
    if (use && m->root)
        check_group_use(m, g, use);
    const char *cit = attr_ns(m, g, "CONTENTINFORMATIONTYPE", CSIP_NS);
    /* "When ... the file group describes a representation, then this element states the CIT": required there. */
    if (m->root && rep && !cit)
        BAD(m, "CSIP62", g, "Representations fileGrp has no csip:CONTENTINFORMATIONTYPE");
    check_content_type(m, g, cit, "CSIP62", "CSIP63", "fileGrp");
    GPtrArray *files = find(m, g, "m:file");
    if (files->len == 0)
        REQ(m, "CSIP66", g, "fileGrp \"%s\" has no file", use ? use : "");
    for (guint j = 0; j < files->len; j++) {
        char *target = check_file(m, g_ptr_array_index(files, j));
        if (target && m->root && rep && g_str_has_suffix(target, "/METS.xml"))
            g_ptr_array_add(m->c->rep_mets, g_strdup(target));
        if (target && m->root && rep && g_str_has_prefix(target, "representations/") &&
            strchr(target + strlen("representations/"), '/'))
            g_hash_table_add(m->c->declared_reps, g_strndup(target, strchr(target + strlen("representations/"), '/') - target));
        /* CSIPSTR15/16: schemas and documentation in their folders. */
        bool xsd = target && g_str_has_suffix(target, ".xsd");
        if (use && strcmp(use, "Schemas") == 0 && xsd && !g_str_has_prefix(target, "schemas/") && !strstr(target, "/schemas/"))
            REQ(m, "CSIPSTR15", g_ptr_array_index(files, j), "schema %s is not in a schemas folder", target);
        if (use && strcmp(use, "Documentation") == 0 && target && !g_str_has_prefix(target, "documentation/") &&
            !strstr(target, "/documentation/"))
            REQ(m, "CSIPSTR16", g_ptr_array_index(files, j), "documentation %s is not in a documentation folder", target);
        g_free(target);
    }
    g_ptr_array_free(files, TRUE);
}

static void check_files(mets_doc *m, xmlNodePtr mets)
{
    GPtrArray *secs = find(m, NULL, "m:fileSec");
    if (secs->len == 0)
        REQ(m, "CSIP58", mets, "mets has no fileSec");
    else if (secs->len > 1)
        BAD(m, "CSIP58", g_ptr_array_index(secs, 1), "mets has %u fileSec elements; there may be one", secs->len);
    for (guint i = 0; i < secs->len; i++)
        need_attr(m, g_ptr_array_index(secs, i), "ID", NULL, "CSIP59", "fileSec");
    g_ptr_array_free(secs, TRUE);
    GPtrArray *groups = find(m, NULL, "m:fileSec//m:fileGrp");
    for (guint i = 0; i < groups->len; i++)
        check_group(m, g_ptr_array_index(groups, i));
    g_ptr_array_free(groups, TRUE);
    GPtrArray *files = find(m, NULL, "m:fileSec//m:file");
    if (m->c->profile.sip && files->len)
        check_format_attrs(m, files);
    g_ptr_array_free(files, TRUE);
    if (!m->root)
        return;
    if (!count(m, NULL, "m:fileSec/m:fileGrp[@USE='Documentation']"))
        REQ(m, "CSIP60", mets, "fileSec has no fileGrp USE=\"Documentation\"");
    if (!count(m, NULL, "m:fileSec/m:fileGrp[@USE='Schemas']"))
        REQ(m, "CSIP113", mets, "fileSec has no fileGrp USE=\"Schemas\" listing the package's XML schemas");
    if (!count(m, NULL, "m:fileSec/m:fileGrp[starts-with(@USE,'Representations')]"))
        REQ(m, "CSIP114", mets, "fileSec has no fileGrp USE=\"Representations...\" pointing to the content");
}

/* ---- structMap ---- */

/* The division for the fileGrps of USE `use` (Documentation, Schemas, Representations): ID, one fptr per group. */
/* The IDs every fptr under `top` points to: a fileGrp may be described in a nested division. */
static GHashTable *pointed_groups(mets_doc *m, xmlNodePtr top)
{
    GHashTable *pointed = g_hash_table_new(g_str_hash, g_str_equal);
    GPtrArray *fptrs = find(m, top, ".//m:fptr");
    for (guint i = 0; i < fptrs->len; i++) {
        const char *id = attr(m, g_ptr_array_index(fptrs, i), "FILEID");
        if (id)
            g_hash_table_add(pointed, (gpointer)id);
    }
    g_ptr_array_free(fptrs, TRUE);
    return pointed;
}

static void check_group_div(mets_doc *m, xmlNodePtr top, const char *use, const char *const reqs[4])
{
    /* reqs: the division, its ID, the fptrs, the fptr FILEID */
    char *expr = g_strdup_printf("m:fileSec/m:fileGrp[@USE='%s']", use);
    GPtrArray *groups = find(m, NULL, expr);
    g_free(expr);
    expr = g_strdup_printf("m:div[@LABEL='%s']", use);
    GPtrArray *divs = find(m, top, expr);
    g_free(expr);
    if (divs->len == 0 && groups->len)
        REQ(m, reqs[0], top, "the structMap has no division LABEL=\"%s\" for its fileGrp", use);
    else if (divs->len > 1)
        BAD(m, reqs[0], g_ptr_array_index(divs, 1), "the structMap has %u divisions LABEL=\"%s\"; there may be one",
            divs->len, use);
    xmlNodePtr div = divs->len ? g_ptr_array_index(divs, 0) : NULL;
    g_ptr_array_free(divs, TRUE);
    if (div) {
        need_attr(m, div, "ID", NULL, reqs[1], "division");
        GHashTable *pointed = pointed_groups(m, top);
        GPtrArray *fptrs = find(m, div, "m:fptr");
        for (guint i = 0; i < fptrs->len; i++) {
            xmlNodePtr f = g_ptr_array_index(fptrs, i);
            const char *id = need_attr(m, f, "FILEID", NULL, reqs[3], "fptr");
            xmlNodePtr target = id ? g_hash_table_lookup(m->ids, id) : NULL;
            if (id && (!target || !attr_is(m, target, "USE", use)))
                BAD(m, reqs[3], f, "fptr FILEID \"%s\" in division \"%s\" is not the ID of a fileGrp USE=\"%s\"", id, use, use);
        }
        for (guint i = 0; i < groups->len; i++) {
            const char *id = attr(m, g_ptr_array_index(groups, i), "ID");
            if (at_v_has(id) && !g_hash_table_contains(pointed, id))
                REQ(m, reqs[2], g_ptr_array_index(groups, i), "fileGrp \"%s\" is not referenced by an fptr of division \"%s\"",
                    id, use);
        }
        g_ptr_array_free(fptrs, TRUE);
        g_hash_table_destroy(pointed);
    }
    g_ptr_array_free(groups, TRUE);
}

/* One representation division: ID, one mptr whose title is the fileGrp's ID and href its METS. */
static void check_rep_div(mets_doc *m, xmlNodePtr g, xmlNodePtr div, const char *use)
{
    const char *gid = attr(m, g, "ID");
    need_attr(m, div, "ID", NULL, "CSIP106", "division");
    GPtrArray *mptrs = find(m, div, "m:mptr");
    if (mptrs->len != 1)
        REQ(m, "CSIP109", div, "division \"%s\" has %u mptr elements; it must have one pointing to the representation METS",
            use, mptrs->len);
    if (mptrs->len) {
        xmlNodePtr mp = g_ptr_array_index(mptrs, 0);
        char *target = check_link(m, mp, &mptr_ids, "mptr");
        const char *title = attr_ns(m, mp, "title", XLINK_NS);
        if (!at_v_has(title) || !gid || strcmp(title, gid) != 0)
            REQ(m, "CSIP108", mp, "mptr xlink:title must be the ID of fileGrp \"%s\" (\"%s\")%s%s", use, gid ? gid : "",
                title ? ", not " : "", title ? title : "");
        bool known = false;
        for (guint k = 0; target && k < m->c->rep_mets->len && !known; k++)
            known = strcmp(g_ptr_array_index(m->c->rep_mets, k), target) == 0;
        if (target && !known && strcmp(target, m->rel) != 0)
            g_ptr_array_add(m->c->rep_mets, g_strdup(target));
        g_free(target);
    }
    g_ptr_array_free(mptrs, TRUE);
}

/* Does the fileGrp hold a representation METS (then it is described by its own division)? */
static bool holds_rep_mets(mets_doc *m, xmlNodePtr g)
{
    GPtrArray *hrefs = find(m, g, "m:file/m:FLocat/@xlink:href");
    bool found = false;
    for (guint i = 0; i < hrefs->len && !found; i++) {
        xmlNodePtr a = g_ptr_array_index(hrefs, i);
        found = a->children && g_str_has_suffix((const char *)a->children->content, "/METS.xml");
    }
    g_ptr_array_free(hrefs, TRUE);
    return found;
}

/* Each Representations fileGrp is described: by a division LABEL = USE with an mptr to its METS
 * (CSIP105-112), or, content without a representation METS, by an fptr of the division
 * LABEL="Representations" (CSIP101-104, 119). */
static void check_rep_divs(mets_doc *m, xmlNodePtr top)
{
    GPtrArray *contents = find(m, top, "m:div[@LABEL='Representations']");
    xmlNodePtr content = contents->len ? g_ptr_array_index(contents, 0) : NULL;
    if (contents->len > 1)
        BAD(m, "CSIP101", g_ptr_array_index(contents, 1), "%u divisions LABEL=\"Representations\"; there may be one",
            contents->len);
    g_ptr_array_free(contents, TRUE);
    GHashTable *pointed = pointed_groups(m, top);
    if (content) {
        need_attr(m, content, "ID", NULL, "CSIP102", "division \"Representations\"");
        GPtrArray *fptrs = find(m, content, "m:fptr");
        for (guint i = 0; i < fptrs->len; i++) {
            xmlNodePtr f = g_ptr_array_index(fptrs, i);
            const char *id = need_attr(m, f, "FILEID", NULL, "CSIP119", "fptr");
            xmlNodePtr g = id ? g_hash_table_lookup(m->ids, id) : NULL;
            const char *use = g ? attr(m, g, "USE") : NULL;
            if (id && (!use || !g_str_has_prefix(use, "Representations")))
                BAD(m, "CSIP119", f, "fptr FILEID \"%s\" is not the ID of a Representations fileGrp", id);
        }
        g_ptr_array_free(fptrs, TRUE);
    }
    GPtrArray *groups = find(m, NULL, "m:fileSec/m:fileGrp[starts-with(@USE,'Representations')]");
    GPtrArray *divs = find(m, top, "m:div");
    for (guint i = 0; i < groups->len; i++) {
        xmlNodePtr g = g_ptr_array_index(groups, i), div = NULL;
        const char *use = attr(m, g, "USE"), *gid = attr(m, g, "ID");
        for (guint j = 0; j < divs->len && !div; j++)
            if (strcmp(use, "Representations") != 0 && attr_is(m, g_ptr_array_index(divs, j), "LABEL", use))
                div = g_ptr_array_index(divs, j);
        bool rep_mets = holds_rep_mets(m, g);
        if (div && (rep_mets || count(m, div, "m:mptr")))
            check_rep_div(m, g, div, use);
        else if (!gid || !g_hash_table_contains(pointed, gid)) {
            if (rep_mets)
                REQ(m, "CSIP105", g, "fileGrp \"%s\" has no structMap division LABEL=\"%s\" pointing to its METS", use, use);
            else
                REQ(m, "CSIP104", g, "fileGrp \"%s\" is not referenced by an fptr of the division \"Representations\"", use);
        }
    }
    g_hash_table_destroy(pointed);
    g_ptr_array_free(divs, TRUE);
    g_ptr_array_free(groups, TRUE);
}

/* The Metadata division: there, and (SHOULD) pointing to all current metadata. */
static void check_metadata_div(mets_doc *m, xmlNodePtr top)
{
    GPtrArray *divs = find(m, top, "m:div[@LABEL='Metadata']");
    /* CSIP88: one metadata division; CSIP90: labelled "Metadata", exactly. */
    GPtrArray *near = find(m, top, "m:div[translate(@LABEL,'METADA','metada')='metadata'][not(@LABEL='Metadata')]");
    for (guint i = 0; i < near->len; i++)
        BAD(m, "CSIP90", g_ptr_array_index(near, i), "division LABEL=\"%s\": the metadata division's LABEL is \"Metadata\"",
            attr(m, g_ptr_array_index(near, i), "LABEL"));
    if (divs->len + near->len == 0) {
        REQ(m, "CSIP88", top, "the structMap has no division LABEL=\"Metadata\"");
        REQ(m, "CSIP90", top, "the structMap has no division LABEL=\"Metadata\"");
    } else if (divs->len + near->len > 1) {
        BAD(m, "CSIP88", top, "the structMap has %u metadata divisions; it must have one", divs->len + near->len);
        BAD(m, "CSIP90", top, "the structMap has %u metadata divisions; it must have one", divs->len + near->len);
    }
    g_ptr_array_free(near, TRUE);
    xmlNodePtr div = divs->len ? g_ptr_array_index(divs, 0) : NULL;
    g_ptr_array_free(divs, TRUE);
    if (!div)
        return;
    need_attr(m, div, "ID", NULL, "CSIP89", "division \"Metadata\"");
    static const struct {
        const char *expr, *attr, *req, *kinds;
    } kinds[] = { { "m:dmdSec[not(@STATUS='SUPERSEDED')]", "DMDID", "CSIP92", "dmdSec" },
                  { "m:amdSec/*[not(@STATUS='SUPERSEDED')]", "ADMID", "CSIP91", "techMD rightsMD sourceMD digiprovMD" } };
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        check_idrefs(m, div, kinds[k].attr, kinds[k].req, kinds[k].kinds);
        const char *list = attr(m, div, kinds[k].attr);
        char **ids = g_strsplit_set(list ? list : "", " \t\r\n", -1);
        GPtrArray *secs = find(m, NULL, kinds[k].expr);
        for (guint i = 0; i < secs->len; i++) {
            const char *id = attr(m, g_ptr_array_index(secs, i), "ID");
            if (id && !g_strv_contains((const char *const *)ids, id))
                REQ(m, kinds[k].req, div, "division \"Metadata\" does not reference %s \"%s\" in its %s",
                    (const char *)((xmlNodePtr)g_ptr_array_index(secs, i))->name, id, kinds[k].attr);
        }
        g_ptr_array_free(secs, TRUE);
        g_strfreev(ids);
    }
}

static void check_struct_map(mets_doc *m, xmlNodePtr mets)
{
    if (!count(m, NULL, "m:structMap")) {
        REQ(m, "CSIP80", mets, "mets has no structMap");
        return;
    }
    GPtrArray *maps = find(m, NULL, "m:structMap[@LABEL='CSIP']");
    xmlNodePtr sm = maps->len ? g_ptr_array_index(maps, 0) : NULL;
    if (maps->len == 0)
        REQ(m, "CSIP82", mets, "mets has no structMap LABEL=\"CSIP\"");
    else if (maps->len > 1)
        BAD(m, "CSIP80", g_ptr_array_index(maps, 1), "mets has %u structMaps LABEL=\"CSIP\"; it must have one", maps->len);
    g_ptr_array_free(maps, TRUE);
    if (!sm)
        return;
    if (!attr_is(m, sm, "TYPE", "PHYSICAL"))
        REQ(m, "CSIP81", sm, "the CSIP structMap's TYPE must be \"PHYSICAL\"");
    need_attr(m, sm, "ID", NULL, "CSIP83", "the CSIP structMap");
    xmlNodePtr top = exactly_one(m, sm, "m:div", "CSIP84", "the CSIP structMap", "top divisions");
    if (!top)
        return;
    need_attr(m, top, "ID", NULL, "CSIP85", "the CSIP structMap's top division");
    if (!m->root)
        return;
    static const char *const doc_reqs[4] = { "CSIP93", "CSIP94", "CSIP96", "CSIP116" };
    static const char *const schema_reqs[4] = { "CSIP97", "CSIP98", "CSIP100", "CSIP118" };
    check_metadata_div(m, top);
    check_group_div(m, top, "Documentation", doc_reqs);
    check_group_div(m, top, "Schemas", schema_reqs);
    check_rep_divs(m, top);
}

/* IDs are unique in the file (XSD says so too, but only where the schema could be used); IDREFs resolve. */
static void collect_ids(mets_doc *m)
{
    GPtrArray *els = find(m, NULL, "//*[@ID]");
    for (guint i = 0; i < els->len; i++) {
        xmlNodePtr e = g_ptr_array_index(els, i);
        const char *id = attr(m, e, "ID");
        xmlNodePtr seen = g_hash_table_lookup(m->ids, id);
        if (seen)
            at_v_problem(m->c, "REF", m->rel, line_of(e), "ID \"%s\" is used twice (also on line %ld)", id, line_of(seen));
        else
            g_hash_table_insert(m->ids, (gpointer)id, e);
    }
    g_ptr_array_free(els, TRUE);
    GPtrArray *refs = find(m, NULL, "//m:fptr/@FILEID | //m:div/@DMDID | //m:div/@ADMID | //m:dmdSec/@ADMID");
    for (guint i = 0; i < refs->len; i++) {
        xmlAttrPtr a = g_ptr_array_index(refs, i);
        check_idrefs(m, a->parent, (const char *)a->name, "REF", NULL);
    }
    g_ptr_array_free(refs, TRUE);
}

/* The profile of mets/@PROFILE; a package naming none arkivtext knows is checked against the profile of the
 * OAIS package type its header states: SIP for a SIP (whose SIP2 then says what is wrong), else CSIP. */
at_profile at_v_read_profile(checker *c)
{
    xmlDocPtr doc = NULL;
    char *path = g_build_filename(c->root, "METS.xml", NULL);
    if (at_v_on_disk(c, "METS.xml"))
        doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    g_free(path);
    xmlNodePtr r = doc ? xmlDocGetRootElement(doc) : NULL;
    xmlChar *url = r ? xmlGetNoNsProp(r, BAD_CAST "PROFILE") : NULL, *type = NULL;
    for (xmlNodePtr n = r ? r->children : NULL; n && !type; n = n->next)
        if (n->type == XML_ELEMENT_NODE && xmlStrEqual(n->name, BAD_CAST "metsHdr"))
            type = xmlGetNsProp(n, BAD_CAST "OAISPACKAGETYPE", BAD_CAST CSIP_NS);
    at_profile p = at_profile_of((const char *)url);
    if (!p.known)
        p.sip = type && xmlStrEqual(type, BAD_CAST "SIP");
    if (url && *url && !p.known)
        at_v_problem_at(c, AT_LEVEL_INFO, "CSIP6", "METS.xml", r ? xmlGetLineNo(r) : 0,
                        "mets/@PROFILE \"%s\" is no CSIP or SIP profile arkivtext knows; checked as %s", url,
                        at_profile_name(p));
    xmlFree(url);
    xmlFree(type);
    xmlFreeDoc(doc);
    return p;
}

bool at_v_check_mets(checker *c, const char *rel, bool root, const char *root_name)
{
    xmlDocPtr doc = at_v_parse(c, rel);
    if (!doc) {
        g_hash_table_add(c->checked, g_strdup(rel)); /* said once */
        return false;
    }
    at_v_validate_doc(c, doc, rel);
    mets_doc m = { c, doc, xmlXPathNewContext(doc), rel, NULL, root, g_ptr_array_new_with_free_func(xmlFree),
                   g_hash_table_new(g_str_hash, g_str_equal) };
    char *dir = g_path_get_dirname(rel);
    m.base = strcmp(dir, ".") == 0 ? g_strdup("") : g_strconcat(dir, "/", NULL);
    g_free(dir);
    xmlNodePtr mets = xmlDocGetRootElement(doc);
    if (!m.xp || !mets || strcmp((const char *)mets->name, "mets") != 0 || !mets->ns ||
        strcmp((const char *)mets->ns->href, METS_NS) != 0) {
        at_v_problem(c, "XSD", rel, line_of(mets), "the root element is not METS <mets xmlns=\"" METS_NS "\">");
    } else {
        xmlXPathRegisterNs(m.xp, BAD_CAST "m", BAD_CAST METS_NS);
        xmlXPathRegisterNs(m.xp, BAD_CAST "xlink", BAD_CAST XLINK_NS);
        xmlXPathRegisterNs(m.xp, BAD_CAST "csip", BAD_CAST CSIP_NS);
        collect_ids(&m);
        check_identity(&m, mets, root_name);
        check_header(&m);
        check_md_sections(&m, mets);
        check_files(&m, mets);
        check_struct_map(&m, mets);
    }
    g_hash_table_destroy(m.ids);
    g_ptr_array_free(m.strings, TRUE);
    if (m.xp)
        xmlXPathFreeContext(m.xp);
    g_free(m.base);
    xmlFreeDoc(doc);
    return true;
}
