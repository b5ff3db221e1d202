/* Queries: words and field filters, parsed here so that no typed character reaches a backend's syntax.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "search/search_private.h"

#include <stdlib.h>
#include <string.h>

static const char *const field_names[AT_N_FIELDS] = { "kind", "party", "dnr", "year", "org" };

/* The record's kinds, and the Swedish words archivists use for them. */
static const struct {
    const char *name, *kind;
} kind_names[] = {
    { "agreement", "agreement" },       { "avtal", "agreement" },
    { "samarbetsavtal", "agreement" },  { "action-plan", "action-plan" },
    { "actionplan", "action-plan" },    { "handlingsplan", "action-plan" },
    { "plan", "plan" },                 { "decision-memo", "decision-memo" },
    { "tjansteutlatande", "decision-memo" }, { "memo", "decision-memo" },
    { "generic", "generic" },
};

#define MAX_YEAR_RANGE 60

const char *at_field_name(at_field f)
{
    return f < AT_N_FIELDS ? field_names[f] : "";
}

int at_field_from_name(const char *name, size_t len)
{
    for (int f = 0; f < AT_N_FIELDS; f++)
        if (strlen(field_names[f]) == len && g_ascii_strncasecmp(name, field_names[f], len) == 0)
            return f;
    return -1;
}

static int add_folded(const char *text, size_t start, size_t end, void *data)
{
    char fold[AT_WORD_MAX];
    if (at_fold(text + start, end - start, fold, sizeof fold) >= 0)
        g_ptr_array_add(data, g_strdup(fold));
    return 0;
}

/* A kind, and the kinds it is one of: an action plan is a plan too, so kind:plan finds it. */
static bool kind_tokens(const char *value, GPtrArray *out)
{
    char fold[AT_WORD_MAX];
    if (at_fold(value, strlen(value), fold, sizeof fold) < 0)
        return false;
    g_strstrip(fold);
    for (size_t i = 0; i < G_N_ELEMENTS(kind_names); i++)
        if (strcmp(fold, kind_names[i].name) == 0) {
            g_ptr_array_add(out, g_strdup(kind_names[i].kind));
            return true;
        }
    return false;
}

/* The tokens a document of kind `kind` is stored under. */
static void stored_kind_tokens(const char *kind, GPtrArray *out)
{
    if (kind_tokens(kind, out) && strcmp(g_ptr_array_index(out, out->len - 1), "action-plan") == 0)
        g_ptr_array_add(out, g_strdup("plan"));
}

/* "KS-2022/960.103", "KS 2022/960.103" -> "KS2022/960.103": upper case, no blanks or hyphens. */
static char *dnr_key(const char *s, size_t len)
{
    GString *k = g_string_new(NULL);
    for (const char *p = s; p < s + len; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if (g_unichar_isalnum(c) || c == '/' || c == '.' || c == ':')
            g_string_append_unichar(k, g_unichar_toupper(c));
    }
    while (k->len && (k->str[k->len - 1] == '.' || k->str[k->len - 1] == ':'))
        g_string_truncate(k, k->len - 1); /* a sentence's full stop */
    return g_string_free(k, FALSE);
}

/* Diarienummer in a value ("SDN-2023/0318 respektive KS-2023/0742"): pieces holding a digit; a
 * letters-only piece joins the piece after it ("KS 2023/0742"). */
static bool dnr_tokens(const char *value, GPtrArray *out)
{
    char **pieces = g_strsplit_set(value, " \t\n,;()", -1);
    guint before = out->len;
    const char *prefix = NULL;
    for (char **p = pieces; *p; p++) {
        if (!**p)
            continue;
        bool digit = strpbrk(*p, "0123456789") != NULL;
        if (!digit) {
            prefix = g_utf8_strlen(*p, -1) <= 6 ? *p : NULL;
            continue;
        }
        char *joined = prefix && g_ascii_isdigit(**p) ? g_strconcat(prefix, *p, NULL) : g_strdup(*p);
        char *key = dnr_key(joined, strlen(joined));
        if (*key)
            g_ptr_array_add(out, key);
        else
            g_free(key);
        g_free(joined);
        prefix = NULL;
    }
    g_strfreev(pieces);
    return out->len > before;
}

static bool is_dash(const char *p, size_t *len)
{
    if (*p == '-') {
        *len = 1;
        return true;
    }
    /* en dash, em dash */
    if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94)) {
        *len = 3;
        return true;
    }
    return false;
}

/* A year 1900..2099 of exactly four digits at `p`, or 0. */
static int year_at(const char *s, const char *p)
{
    if ((p > s && g_ascii_isdigit(p[-1])) || !(p[0] == '1' || p[0] == '2'))
        return 0;
    for (int i = 0; i < 4; i++)
        if (!g_ascii_isdigit(p[i]))
            return 0;
    if (g_ascii_isdigit(p[4]))
        return 0;
    int y = atoi(p);
    return y >= 1900 && y <= 2099 ? y : 0;
}

static void add_year(GPtrArray *out, int y)
{
    char buf[8];
    snprintf(buf, sizeof buf, "%d", y);
    for (guint i = 0; i < out->len; i++)
        if (strcmp(g_ptr_array_index(out, i), buf) == 0)
            return;
    g_ptr_array_add(out, g_strdup(buf));
}

/* Years in a value; "2023–2026" gives each year of the range. */
static bool year_tokens(const char *value, GPtrArray *out)
{
    guint before = out->len;
    for (const char *p = value; *p; p++) {
        int y = year_at(value, p);
        if (!y)
            continue;
        size_t dash = 0;
        int to = is_dash(p + 4, &dash) ? year_at(value, p + 4 + dash) : 0;
        if (to > y && to - y <= MAX_YEAR_RANGE) {
            for (int k = y; k <= to; k++)
                add_year(out, k);
            p += 4 + dash + 3;
        } else {
            add_year(out, y);
            p += 3;
        }
    }
    return out->len > before;
}

bool at_field_tokens(at_field f, const char *value, bool stored, GPtrArray *out)
{
    guint before = out->len;
    switch (f) {
    case AT_FIELD_KIND:
        if (!stored)
            return kind_tokens(value, out);
        stored_kind_tokens(value, out);
        return out->len > before;
    case AT_FIELD_DNR:
        return dnr_tokens(value, out);
    case AT_FIELD_YEAR:
        return year_tokens(value, out);
    case AT_FIELD_PARTY:
    case AT_FIELD_ORG:
    case AT_N_FIELDS:
        break;
    }
    at_analyze_words(value, strlen(value), add_folded, out);
    return out->len > before;
}

/* ---- parsing ---- */

typedef struct {
    at_analyzer *a;
    at_query *q;
} parse_state;

bool at_query_word_init(at_analyzer *a, const char *word, size_t len, at_query_word *w)
{
    if (!at_analyze_word(a, word, len, &w->forms))
        return false;
    w->text = g_strndup(word, len);
    w->terms = g_ptr_array_new_with_free_func(g_free);
    w->pieces = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
    return true;
}

void at_query_word_clear(at_query_word *w)
{
    g_free(w->text);
    if (w->terms)
        g_ptr_array_free(w->terms, TRUE);
    if (w->pieces)
        g_ptr_array_free(w->pieces, TRUE);
    at_word_forms_clear(&w->forms);
}

static int add_word(const char *text, size_t start, size_t end, void *data)
{
    parse_state *s = data;
    at_query_word w;
    if (!at_query_word_init(s->a, text + start, end - start, &w))
        return 0;
    for (guint i = 0; i < s->q->words->len; i++) /* a word typed twice counts once */
        if (strcmp(g_array_index(s->q->words, at_query_word, i).forms.lower, w.forms.lower) == 0) {
            at_query_word_clear(&w);
            return 0;
        }
    g_array_append_val(s->q->words, w);
    return 0;
}

static const char *field_example(at_field f)
{
    static const char *const examples[AT_N_FIELDS] = { "kind:agreement", "party:Haninge", "dnr:KS-2022/960.103",
                                                       "year:2019", "org:Nacka" };
    return examples[f];
}

/* `name:value` at p (the value may be "quoted"); on success *end is past it. Returns 1 for a filter,
 * 0 for no field syntax here, or an error. */
static int parse_filter(const char *p, const char **end, at_query *q, at_error *err)
{
    const char *colon = p;
    while (g_ascii_isalpha(*colon))
        colon++;
    if (colon == p || *colon != ':' || colon[1] == ':' || colon[1] == '/')
        return 0; /* no field: "10:30", "http://" */
    int f = at_field_from_name(p, (size_t)(colon - p));
    if (f < 0)
        return at_error_set(err, AT_ESYNTAX, AT_STAGE_SEARCH, NULL,
                            "unknown field '%.*s:' (fields: kind, party, dnr, year, org)", (int)(colon - p), p);
    const char *v = colon + 1, *v_end;
    if (*v == '"') {
        v++;
        v_end = strchr(v, '"');
        *end = v_end ? v_end + 1 : v + strlen(v);
        if (!v_end)
            v_end = v + strlen(v);
    } else {
        v_end = v + strcspn(v, " \t\n");
        *end = v_end;
    }
    char *value = g_strndup(v, (size_t)(v_end - v));
    at_query_filter filter = { (at_field)f, g_ptr_array_new_with_free_func(g_free) };
    bool ok = f == AT_FIELD_YEAR ? year_tokens(value, filter.tokens) && filter.tokens->len == 1
                                 : at_field_tokens((at_field)f, value, false, filter.tokens);
    int rc = 1;
    if (!ok) {
        rc = at_error_set(err, AT_ESYNTAX, AT_STAGE_SEARCH, NULL, "%s:%s is not something %s: can hold (e.g. %s%s)",
                          field_names[f], value, field_names[f], field_example((at_field)f),
                          f == AT_FIELD_KIND ? "; kinds: agreement, action-plan, plan, decision-memo, generic" : "");
        g_ptr_array_free(filter.tokens, TRUE);
    } else {
        g_array_append_val(q->filters, filter);
    }
    g_free(value);
    return rc;
}

int at_query_parse(at_analyzer *a, const char *text, at_query **out, at_error *err)
{
    *out = NULL;
    if (!g_utf8_validate(text, -1, NULL))
        return at_error_set(err, AT_ESYNTAX, AT_STAGE_SEARCH, NULL, "the query is not valid UTF-8");
    at_query *q = g_new0(at_query, 1);
    q->words = g_array_new(FALSE, TRUE, sizeof(at_query_word));
    q->filters = g_array_new(FALSE, TRUE, sizeof(at_query_filter));
    parse_state s = { a, q };
    int rc = 0;
    for (const char *p = text; *p && rc == 0;) {
        const char *end = p + strcspn(p, " \t\n");
        if (p == end) {
            p++;
            continue;
        }
        const char *filter_end = end;
        rc = g_ascii_isalpha(*p) ? parse_filter(p, &filter_end, q, err) : 0;
        if (rc == 0)
            at_analyze_words(p, (size_t)(end - p), add_word, &s);
        if (rc >= 0)
            p = rc == 1 ? filter_end : end;
        if (rc == 1)
            rc = 0;
    }
    if (rc == 0 && q->words->len == 0 && q->filters->len == 0)
        rc = at_error_set(err, AT_ESYNTAX, AT_STAGE_SEARCH, NULL, "nothing to search for (no words, no field filter)");
    if (rc < 0) {
        at_query_free(q);
        return rc;
    }
    *out = q;
    return 0;
}

void at_query_free(at_query *q)
{
    if (!q)
        return;
    for (guint i = 0; i < q->words->len; i++)
        at_query_word_clear(&g_array_index(q->words, at_query_word, i));
    for (guint i = 0; i < q->filters->len; i++)
        g_ptr_array_free(g_array_index(q->filters, at_query_filter, i).tokens, TRUE);
    g_array_free(q->words, TRUE);
    g_array_free(q->filters, TRUE);
    g_free(q);
}
