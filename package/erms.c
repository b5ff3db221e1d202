/* The record as CITS ERMS 3.0: the descriptive metadata a receiving e-archive reads as a standard.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One document is one ERMS record (a "handling"): its title, its type
 * (recordType, the document type the extractor read, else its kind), its
 * dates, its agents (handläggare as responsible_person, the first signatory
 * as main_signatory and the others as other_signatory, recipients, the
 * organisation as creator), keywords (goal themes and main goals, agreement
 * clause headings) and the summary as description. A document with a
 * diarienummer belongs to that case: the record then sits in an aggregation
 * of aggregationType "caseFile" whose objectId is the diarienummer.
 * Nothing is made up: an element the document did not give is left out and
 * named in `warnings`. Dates are xs:dateTime in ERMS; a day is written as
 * its midnight (T00:00:00), a day without a year cannot be written at all.
 */
#include "package/package_private.h"
#include "core/private.h"

#include <string.h>

#define ERMS_NS "https://DILCIS.eu/XML/ERMS"

enum { MAX_KEYWORDS = 30, MAX_KEYWORD_LEN = 100 };

/* A child in the parent's namespace; its text cleaned of what XML forbids. */
static xmlNodePtr add(xmlNodePtr parent, const char *name, const char *text)
{
    if (!text)
        return xmlNewTextChild(parent, NULL, BAD_CAST name, NULL);
    GString *clean = g_string_new(NULL);
    at_xml_clean(clean, text, strlen(text), false);
    xmlNodePtr n = xmlNewTextChild(parent, NULL, BAD_CAST name, BAD_CAST clean->str);
    g_string_free(clean, TRUE);
    return n;
}

static void set(xmlNodePtr n, const char *name, const char *value)
{
    xmlNewProp(n, BAD_CAST name, BAD_CAST value);
}

static const at_rnode *meta(const at_record *rec, const char *name)
{
    const at_rnode *m = at_rnode_find(at_record_root(rec), "metadata");
    return m ? at_rnode_find(m, name) : NULL;
}

static const char *meta_text(const at_record *rec, const char *name)
{
    const at_rnode *n = meta(rec, name);
    return n ? at_rnode_text(n) : NULL;
}

/* The first organisation the document names, or NULL. */
static const char *organisation(const at_record *rec)
{
    const at_rnode *orgs = meta(rec, "organisations");
    const at_rnode *first = orgs && at_rnode_n_children(orgs) ? at_rnode_child(orgs, 0) : NULL;
    return first ? at_rnode_text(first) : NULL;
}

static void control(xmlNodePtr erms, const at_erms_info *info)
{
    xmlNodePtr c = add(erms, "control", NULL);
    set(add(c, "identification", info->objid), "identificationType", "package");
    xmlNodePtr mi = add(c, "maintenanceInformation", NULL);
    set(add(mi, "maintenanceStatus", NULL), "value", "derived");
    add(add(mi, "maintenanceAgency", NULL), "agencyName", info->organisation);
    xmlNodePtr ev = add(add(mi, "maintenanceHistory", NULL), "maintenanceEvent", NULL);
    set(add(ev, "eventType", NULL), "value", "created");
    add(ev, "eventDateTime", info->created);
    xmlNodePtr agent = add(ev, "agent", NULL);
    set(agent, "agentType", "other");
    set(agent, "otherAgentType", "software");
    add(agent, "name", info->software);
}

/* Keywords: goal themes and main goals, agreement clause headings; short ones, each once. */
static void collect_keywords(const at_rnode *n, GPtrArray *out)
{
    const char *name = at_rnode_name(n);
    bool wanted = strcmp(name, "theme") == 0 || strcmp(name, "mainGoal") == 0 || strcmp(name, "clause") == 0;
    const at_rnode *label = wanted ? at_rnode_find(n, strcmp(name, "clause") == 0 ? "heading" : "title") : NULL;
    const char *text = label ? at_rnode_text(label) : NULL;
    if (text && *text && g_utf8_strlen(text, -1) <= MAX_KEYWORD_LEN && out->len < MAX_KEYWORDS) {
        bool seen = false;
        for (guint i = 0; i < out->len && !seen; i++)
            seen = g_utf8_collate(g_ptr_array_index(out, i), text) == 0;
        if (!seen)
            g_ptr_array_add(out, (gpointer)text);
    }
    for (size_t i = 0; i < at_rnode_n_children(n); i++)
        collect_keywords(at_rnode_child(n, i), out);
}

static void keywords(xmlNodePtr record, const at_record *rec)
{
    GPtrArray *words = g_ptr_array_new();
    static const char *const from[] = { "goals", "agreements" };
    for (size_t k = 0; k < G_N_ELEMENTS(from); k++) {
        const at_rnode *n = at_rnode_find(at_record_root(rec), from[k]);
        if (n)
            collect_keywords(n, words);
    }
    if (words->len) {
        xmlNodePtr kw = add(record, "keywords", NULL);
        for (guint i = 0; i < words->len; i++)
            add(kw, "keyword", g_ptr_array_index(words, i));
    }
    g_ptr_array_free(words, TRUE);
}

static xmlNodePtr agent(xmlNodePtr agents, const char *type, const char *name, const char *org, const char *role)
{
    xmlNodePtr a = add(agents, "agent", NULL);
    set(a, "agentType", type);
    add(a, "name", name);
    if (org)
        add(a, "organisation", org);
    if (role)
        add(a, "role", role);
    return a;
}

static void contact(xmlNodePtr a, const at_rnode *author)
{
    static const char *const kinds[][2] = { { "phone", "phonenumber" }, { "email", "email" } };
    xmlNodePtr info = NULL;
    for (size_t k = 0; k < G_N_ELEMENTS(kinds); k++) {
        const at_rnode *n = at_rnode_find(author, kinds[k][0]);
        if (!n || !at_rnode_text(n))
            continue;
        if (!info)
            info = add(a, "addressContactInformation", NULL);
        set(add(info, "contactLine", at_rnode_text(n)), "contactType", kinds[k][1]);
    }
}

/* Handläggare and other authors, signatories, recipients, and the organisation itself. */
static bool agents(xmlNodePtr record, const at_record *rec)
{
    xmlNodePtr list = add(record, "agents", NULL);
    const char *org = organisation(rec);
    const at_rnode *authors = meta(rec, "authors"), *signatories = meta(rec, "signatories"),
                   *recipients = meta(rec, "recipients");
    for (size_t i = 0; authors && i < at_rnode_n_children(authors); i++) {
        const at_rnode *a = at_rnode_child(authors, i), *name = at_rnode_find(a, "name");
        if (name && at_rnode_text(name))
            contact(agent(list, "responsible_person", at_rnode_text(name), org, at_rnode_attr(a, "role")), a);
    }
    for (size_t i = 0; signatories && i < at_rnode_n_children(signatories); i++) {
        const at_rnode *s = at_rnode_child(signatories, i), *name = at_rnode_find(s, "name"),
                       *role = at_rnode_find(s, "role");
        if (name && at_rnode_text(name))
            agent(list, i == 0 ? "main_signatory" : "other_signatory", at_rnode_text(name), NULL,
                  role ? at_rnode_text(role) : NULL);
    }
    for (size_t i = 0; recipients && i < at_rnode_n_children(recipients); i++) {
        const char *to = at_rnode_text(at_rnode_child(recipients, i));
        if (to)
            agent(list, "recipient", to, NULL, NULL);
    }
    if (org)
        agent(list, "creator", org, org, NULL);
    if (!list->children) {
        xmlUnlinkNode(list);
        xmlFreeNode(list);
    }
    return org != NULL;
}

/* The record's dates: document (created), decided (decision), meeting (other). */
static bool dates(xmlNodePtr record, const at_record *rec, GPtrArray *warnings)
{
    static const char *const types[][3] = { { "document", "created", NULL },
                                            { "decided", "decision", NULL },
                                            { "meeting", "other", "meeting" } };
    const at_rnode *list = meta(rec, "dates");
    xmlNodePtr out = NULL;
    for (size_t i = 0; list && i < at_rnode_n_children(list); i++) {
        const at_rnode *d = at_rnode_child(list, i);
        const char *value = at_rnode_attr(d, "value"), *type = at_rnode_attr(d, "type");
        for (size_t k = 0; value && type && k < G_N_ELEMENTS(types); k++) {
            if (strcmp(type, types[k][0]) != 0)
                continue;
            if (strlen(value) != 10 || value[4] != '-') { /* --MM-DD: the document gave no year */
                g_ptr_array_add(warnings, g_strdup_printf("ERMS: the %s date \"%s\" has no year and is left out of the "
                                                          "ERMS record", type, at_rnode_text(d) ? at_rnode_text(d) : value));
                continue;
            }
            if (!out)
                out = add(record, "dates", NULL);
            char *when = g_strconcat(value, "T00:00:00", NULL);
            xmlNodePtr n = add(out, "date", when);
            g_free(when);
            set(n, "dateType", types[k][1]);
            if (types[k][2])
                set(n, "otherDateType", types[k][2]);
        }
    }
    return out != NULL;
}

static xmlNodePtr record_element(xmlNodePtr parent, const at_record *rec, const at_erms_info *info,
                                 GPtrArray *warnings)
{
    xmlNodePtr r = add(parent, "record", NULL);
    set(r, "systemIdentifier", info->objid);
    const char *type = meta_text(rec, "documentType");
    set(r, "recordType", type ? type : at_record_kind(rec));
    if (!type)
        g_ptr_array_add(warnings, g_strdup_printf("ERMS: no document type found; the record type is the kind, \"%s\"",
                                                  at_record_kind(rec)));
    add(r, "objectId", info->objid);
    const char *case_id = meta_text(rec, "diarienummer");
    if (case_id)
        set(add(r, "extraId", case_id), "extraIdType", "diarienummer");
    const char *series = meta_text(rec, "series");
    if (series) /* the series of the archive (arkivförteckning) the document is filed under, as the manifest says */
        add(r, "classification", series);
    keywords(r, rec);
    const char *title = meta_text(rec, "title");
    if (title)
        add(r, "title", title);
    else
        g_ptr_array_add(warnings, g_strdup("ERMS: no title found; the ERMS record has none"));
    if (!agents(r, rec))
        g_ptr_array_add(warnings, g_strdup("ERMS: no organisation found in the document; the ERMS record names none"));
    const char *summary = meta_text(rec, "summary");
    if (summary)
        add(r, "description", summary);
    if (!dates(r, rec, warnings))
        g_ptr_array_add(warnings, g_strdup("ERMS: no dated day found in the document; the ERMS record has no date"));
    return r;
}

xmlDocPtr at_erms_build(const at_record *rec, const at_erms_info *info, GPtrArray *warnings)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr erms = xmlNewNode(NULL, BAD_CAST "erms");
    xmlDocSetRootElement(doc, erms);
    xmlSetNs(erms, xmlNewNs(erms, BAD_CAST ERMS_NS, NULL));
    control(erms, info);
    const char *case_id = meta_text(rec, "diarienummer");
    if (case_id) {
        /* The case (ärende) the document belongs to, known by its diarienummer. */
        xmlNodePtr agg = add(add(erms, "aggregations", NULL), "aggregation", NULL);
        set(agg, "systemIdentifier", case_id);
        set(agg, "aggregationType", "caseFile");
        add(agg, "objectId", case_id);
        record_element(agg, rec, info, warnings);
    } else {
        record_element(add(erms, "records", NULL), rec, info, warnings);
    }
    return doc;
}
