/* The rules file: PCRE2 patterns for protected tokens, OCR glyph confusions
 * and line repairs. See normalize/rules/sv.rules for the format.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "normalize/rules_private.h"

#include <stdlib.h>
#include <string.h>


/* Bounds for every match, so a user's pattern cannot run away on hostile input. */
enum { MATCH_LIMIT = 200000, DEPTH_LIMIT = 2000 };

const char *at_rules_default_path(void)
{
    /* The environment first, then the installed copy, then this build's own. */
    const char *env = g_getenv("ARKIVTEXT_RULES");
    if (env && *env)
        return env;
    return g_file_test(AT_RULES_INSTALLED_PATH, G_FILE_TEST_EXISTS) ? AT_RULES_INSTALLED_PATH : AT_RULES_SOURCE_PATH;
}

static void rule_free(gpointer p)
{
    at_rule *r = p;
    g_free(r->id);
    g_free(r->replacement);
    g_free(r->starts);
    g_free(r->file);
    pcre2_code_free(r->code);
    g_free(r);
}

void at_rules_free(at_rules *rules)
{
    if (!rules)
        return;
    for (int k = 0; k < 3; k++)
        g_ptr_array_free(rules->by_kind[k], TRUE);
    g_ptr_array_free(rules->rules, TRUE);
    pcre2_match_context_free(rules->limits);
    g_free(rules);
}

enum { RULE_INTERPRETED = 1, RULE_JIT = 2 };

bool at_rule_jit(const at_rule *rule)
{
    at_rule *r = (at_rule *)rule; /* the rule's own state, set once */
    if (g_once_init_enter(&r->jit)) {
        /* JIT where available; the interpreter with the same limits otherwise. */
        gsize state = pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE) == 0 ? RULE_JIT : RULE_INTERPRETED;
        g_once_init_leave(&r->jit, state);
    }
    return r->jit == RULE_JIT;
}

size_t at_rules_count(const at_rules *rules)
{
    return rules->rules->len;
}

typedef struct {
    const char *name;
    unsigned line;
    at_error *err;
} parse_ctx;

static int syntax_error(parse_ctx *pc, const char *line_start, const char *at, const char *msg)
{
    int rc = at_error_set(pc->err, AT_ESYNTAX, AT_STAGE_NORMALIZE, pc->name, "%s", msg);
    if (pc->err) {
        pc->err->line = pc->line;
        pc->err->col = (unsigned)g_utf8_strlen(line_start, at - line_start) + 1;
    }
    return rc;
}

/* A field: a run of non-blank characters, or a "quoted string" where \" is a quote. */
static int next_field(parse_ctx *pc, const char *line, const char **p, char **out, const char **start)
{
    while (**p == ' ' || **p == '\t')
        (*p)++;
    *start = *p;
    if (**p == '\0' || **p == '#') {
        *out = NULL;
        return 0;
    }
    GString *s = g_string_new(NULL);
    if (**p == '"') {
        (*p)++;
        while (**p && **p != '"') {
            if (**p == '\\' && (*p)[1] == '"')
                (*p)++;
            g_string_append_c(s, **p);
            (*p)++;
        }
        if (**p != '"') {
            g_string_free(s, TRUE);
            return syntax_error(pc, line, *start, "unterminated quoted field");
        }
        (*p)++;
    } else {
        while (**p && **p != ' ' && **p != '\t')
            g_string_append_c(s, *(*p)++);
    }
    *out = g_string_free(s, FALSE);
    return 0;
}

/* The bytes a match of `code` may start with, from PCRE2's start bitmap, as a table the normalizer
 * scans faster than the JIT does (or, for an anchored pattern, tests before calling it); NULL when
 * there is no bitmap. */
static bool *start_bytes(const pcre2_code *code)
{
    const uint8_t *bitmap = NULL;
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bitmap);
    if (!bitmap)
        return NULL;
    bool *starts = g_new(bool, 256);
    for (int c = 0; c < 256; c++)
        starts[c] = bitmap[c / 8] >> (c % 8) & 1;
    return starts;
}

static int parse_line(at_rules *rules, parse_ctx *pc, const char *line)
{
    /* "engine" is a glyph rule whose weight does not shrink with the page's damage */
    static const char *const kinds[] = { "protect", "glyph", "line", "engine" };
    char *f[5] = { NULL };
    const char *at[5] = { NULL }, *p = line;
    int n = 0, rc = 0;
    for (; n < 5; n++) {
        if ((rc = next_field(pc, line, &p, &f[n], &at[n])) < 0)
            goto done;
        if (!f[n])
            break;
    }
    if (n == 0)
        goto done;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p && *p != '#') {
        rc = syntax_error(pc, line, p, "too many fields");
        goto done;
    }
    int kind = -1;
    for (int k = 0; k < (int)G_N_ELEMENTS(kinds); k++)
        if (strcmp(f[0], kinds[k]) == 0)
            kind = k;
    if (kind < 0) {
        rc = syntax_error(pc, line, at[0], "unknown rule kind (expected protect, glyph, engine or line)");
        goto done;
    }
    bool engine = kind == (int)G_N_ELEMENTS(kinds) - 1;
    if (engine)
        kind = AT_RULE_GLYPH;
    int want = kind == AT_RULE_PROTECT ? 4 : 5;
    if (n != want) {
        rc = syntax_error(pc, line, n < want ? p : at[want],
                          kind == AT_RULE_PROTECT ? "expected: protect ID - PATTERN"
                                                  : "expected: KIND ID WEIGHT PATTERN REPLACEMENT");
        goto done;
    }
    double weight = 0;
    if (kind != AT_RULE_PROTECT) {
        char *end;
        weight = g_ascii_strtod(f[2], &end);
        if (*end || !(weight > 0 && weight <= 1)) {
            rc = syntax_error(pc, line, at[2], "weight must be a number in (0, 1]");
            goto done;
        }
    }
    int errcode;
    PCRE2_SIZE erroffset;
    uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)f[3], PCRE2_ZERO_TERMINATED, options, &errcode,
                                     &erroffset, NULL);
    if (!code) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        /* Point at the offending character inside the pattern (+1 past an opening quote). */
        const char *where = at[3] + (*at[3] == '"') + erroffset;
        char text[320];
        snprintf(text, sizeof text, "bad pattern: %s", (const char *)msg);
        rc = syntax_error(pc, line, where, text);
        goto done;
    }
    uint32_t captures = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &captures);
    rules->max_match_data = MAX(rules->max_match_data, captures + 1);
    at_rule *r = g_new0(at_rule, 1);
    r->kind = (at_rule_kind)kind;
    r->id = g_strdup(f[1]);
    r->weight = weight;
    r->engine = engine;
    r->replacement = kind == AT_RULE_PROTECT ? NULL : g_strdup(f[4]);
    r->code = code;
    r->starts = start_bytes(code);
    uint32_t all_options = 0;
    pcre2_pattern_info(code, PCRE2_INFO_ALLOPTIONS, &all_options);
    r->anchored = all_options & PCRE2_ANCHORED;
    for (int c = 0; r->starts && !r->anchored && c < 256; c++)
        if (r->starts[c] && r->n_few_starts++ < (int)sizeof r->few_starts)
            r->few_starts[r->n_few_starts - 1] = (unsigned char)c;
    if (r->n_few_starts > (int)sizeof r->few_starts)
        r->n_few_starts = 0;
    r->file = g_strdup(pc->name);
    r->line = pc->line;
    g_ptr_array_add(rules->rules, r);
    g_ptr_array_add(rules->by_kind[kind], r);
done:
    for (int i = 0; i < 5; i++)
        g_free(f[i]);
    return rc;
}

int at_rules_parse(at_rules **out, const char *text, size_t len, const char *name, at_error *err)
{
    *out = NULL;
    size_t bad;
    if (!at_utf8_validate(text, len, &bad)) {
        at_error_set(err, AT_EFORMAT, AT_STAGE_NORMALIZE, name, "invalid UTF-8 in rules file");
        if (err)
            err->offset = (long long)bad;
        return AT_EFORMAT;
    }
    at_rules *rules = g_new0(at_rules, 1);
    rules->rules = g_ptr_array_new_with_free_func(rule_free);
    for (int k = 0; k < 3; k++)
        rules->by_kind[k] = g_ptr_array_new();
    rules->limits = pcre2_match_context_create(NULL);
    if (!rules->limits) {
        at_rules_free(rules);
        return at_error_set(err, AT_ENOMEM, AT_STAGE_NORMALIZE, name, "out of memory for the rules' match limits");
    }
    pcre2_set_match_limit(rules->limits, MATCH_LIMIT);
    pcre2_set_depth_limit(rules->limits, DEPTH_LIMIT);
    rules->max_match_data = 1;
    parse_ctx pc = { name, 0, err };
    char *copy = g_strndup(text, len);
    int rc = 0;
    for (char *line = copy, *next; line && rc == 0; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        size_t n = strlen(line);
        if (n && line[n - 1] == '\r')
            line[n - 1] = '\0';
        pc.line++;
        rc = parse_line(rules, &pc, line);
        if (!next)
            break;
    }
    g_free(copy);
    if (rc < 0) {
        at_rules_free(rules);
        return rc;
    }
    *out = rules;
    return 0;
}

int at_rules_load(at_rules **out, const char *path, at_error *err)
{
    char *data;
    size_t len;
    *out = NULL;
    int rc = at_read_file(path, &data, &len, AT_STAGE_NORMALIZE, err);
    if (rc < 0)
        return rc;
    rc = at_rules_parse(out, data, len, path, err);
    g_free(data);
    return rc;
}
