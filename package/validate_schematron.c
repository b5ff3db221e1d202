/* Schematron rules evaluated with libxml2's XPath: the validator's check of what a schema cannot say.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxslt runs XSLT 1.0 only and ISO Schematron's reference implementation
 * is a chain of XSLT 2.0 stylesheets, so the rules are read from the .sch
 * file and evaluated directly, which is all a rule file made of XPath 1.0
 * tests needs (CITS ERMS's erms_v3.sch is one, although it declares
 * queryBinding "xslt2"): the namespaces of <ns>, each <pattern>'s <rule>s
 * (a rule's context is an XSLT match pattern, found as "//" + pattern, and a
 * node is handled by the first rule of its pattern that matches it, as ISO
 * Schematron says), their <assert>s (a failed test) and <report>s (a true
 * test), with the message text. Phases, abstract patterns, <let> and
 * <value-of> are not supported: a rule holding them is reported as not
 * evaluated rather than silently passed.
 */
#include "package/validate_private.h"

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>

#define SCH_NS "http://purl.oclc.org/dsdl/schematron"

static bool is_sch(xmlNodePtr n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, BAD_CAST SCH_NS) &&
           xmlStrEqual(n->name, BAD_CAST name);
}

static char *prop(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetNoNsProp(n, BAD_CAST name);
    char *out = v ? g_strdup((const char *)v) : NULL;
    xmlFree(v);
    return out;
}

/* A match pattern as an expression finding every node it matches: "a | b[c]" -> "//a | //b[c]". */
static char *pattern_expr(const char *pattern)
{
    GString *out = g_string_new(NULL);
    int depth = 0;
    char quote = 0;
    bool start = true;
    for (const char *p = pattern; *p; p++) {
        if (start && !g_ascii_isspace(*p)) {
            if (*p != '/')
                g_string_append(out, "//");
            start = false;
        }
        if (quote) {
            quote = *p == quote ? 0 : quote;
        } else if (*p == '\'' || *p == '"') {
            quote = *p;
        } else if (*p == '[' || *p == '(') {
            depth++;
        } else if (*p == ']' || *p == ')') {
            depth--;
        } else if (*p == '|' && depth == 0) {
            start = true;
        }
        g_string_append_c(out, *p);
    }
    return g_string_free(out, FALSE);
}

/* The message of an assert or report: its text, inline markup flattened, white space collapsed. */
static char *message_of(xmlNodePtr n)
{
    xmlChar *text = xmlNodeGetContent(n);
    char **words = g_strsplit_set(text ? (const char *)text : "", " \t\r\n", -1);
    GString *out = g_string_new(NULL);
    for (char **w = words; *w; w++)
        if (**w)
            g_string_append_printf(out, "%s%s", out->len ? " " : "", *w);
    g_strfreev(words);
    xmlFree(text);
    return g_string_free(out, FALSE);
}

typedef struct {
    xmlXPathContextPtr xp;
    at_schematron_fn fn;
    void *data;
} sch_run;

/* One assert or report on one node. */
static void check_one(sch_run *r, xmlNodePtr node, xmlNodePtr test_el)
{
    char *test = prop(test_el, "test");
    if (!test)
        return;
    r->xp->node = node;
    xmlXPathObjectPtr o = xmlXPathEvalExpression(BAD_CAST test, r->xp);
    int truth = o ? xmlXPathCastToBoolean(o) : -1;
    xmlXPathFreeObject(o);
    bool fired = truth < 0 || (is_sch(test_el, "assert") ? !truth : truth);
    if (fired) {
        char *id = prop(test_el, "id"), *msg = message_of(test_el);
        char *full = truth < 0 ? g_strdup_printf("the test \"%s\" could not be evaluated", test) : NULL;
        r->fn(r->data, xmlGetLineNo(node), id, full ? full : msg);
        g_free(full);
        g_free(id);
        g_free(msg);
    }
    g_free(test);
}

static void run_rule(sch_run *r, xmlNodePtr rule, GHashTable *handled)
{
    char *context = prop(rule, "context");
    for (xmlNodePtr c = rule->children; c; c = c->next)
        if (is_sch(c, "let") || is_sch(c, "extends")) {
            r->fn(r->data, xmlGetLineNo(rule), NULL, "a Schematron rule uses <let> or <extends>; it was not evaluated");
            g_free(context);
            return;
        }
    char *expr = context ? pattern_expr(context) : NULL;
    r->xp->node = NULL;
    xmlXPathObjectPtr o = expr ? xmlXPathEvalExpression(BAD_CAST expr, r->xp) : NULL;
    if (!o)
        r->fn(r->data, xmlGetLineNo(rule), NULL, "a Schematron rule's context could not be evaluated");
    for (int i = 0; o && o->nodesetval && i < o->nodesetval->nodeNr; i++) {
        xmlNodePtr node = o->nodesetval->nodeTab[i];
        if (!g_hash_table_add(handled, node))
            continue; /* an earlier rule of this pattern matched it */
        for (xmlNodePtr t = rule->children; t; t = t->next)
            if (is_sch(t, "assert") || is_sch(t, "report"))
                check_one(r, node, t);
    }
    xmlXPathFreeObject(o);
    g_free(expr);
    g_free(context);
}

int at_v_schematron(const char *sch_path, xmlDocPtr doc, at_schematron_fn fn, void *data)
{
    xmlDocPtr sch = xmlReadFile(sch_path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNodePtr root = sch ? xmlDocGetRootElement(sch) : NULL;
    if (!root || !is_sch(root, "schema")) {
        xmlFreeDoc(sch);
        return -1;
    }
    sch_run r = { xmlXPathNewContext(doc), fn, data };
    for (xmlNodePtr n = root->children; n && r.xp; n = n->next)
        if (is_sch(n, "ns")) {
            char *prefix = prop(n, "prefix"), *uri = prop(n, "uri");
            if (prefix && uri)
                xmlXPathRegisterNs(r.xp, BAD_CAST prefix, BAD_CAST uri);
            g_free(prefix);
            g_free(uri);
        }
    for (xmlNodePtr pat = root->children; pat && r.xp; pat = pat->next) {
        if (!is_sch(pat, "pattern"))
            continue;
        GHashTable *handled = g_hash_table_new(g_direct_hash, g_direct_equal);
        for (xmlNodePtr rule = pat->children; rule; rule = rule->next)
            if (is_sch(rule, "rule"))
                run_rule(&r, rule, handled);
        g_hash_table_destroy(handled);
    }
    int rc = r.xp ? 0 : -1;
    xmlXPathFreeContext(r.xp);
    xmlFreeDoc(sch);
    return rc;
}
