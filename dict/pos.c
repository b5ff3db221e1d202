/* arkivtext-dictc's parts of speech, read from hunspell-sv's affix classes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sv_SE.aff has no morphology fields, but its suffix classes are classes of one part of speech (its own
 * comments name them): a form one of them makes is a noun ("rader": rad + H) or an adjective or
 * participle ("kallare": kall + P, "lastad": lasta + P), and a verb class's forms are verbs ("når": nå + m,
 * "lastades": lasta + N). A stem is what its classes say unless a verb class marks it a verb ("lasta"), whose
 * noun classes make nouns of it ("lastare") but leave it a verb only.
 */
#include "dict/pos.h"

#include "arkivtext/dict.h"
#include "core/private.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static const char NOUN_CLASSES[] = "BCDEFGHIJT"; /* definite forms, plurals, -are (källare) */
static const char ADJECTIVE_CLASSES[] = "OPQ";    /* -t/-a forms, comparison, participles */
static const char VERB_CLASSES[] = "KLMNm";      /* tenses and the passive: the stem is a verb */
/* T makes nationality adjectives too ("isk", "iska", "iskt"): those, by their suffix. */
static const char ADJECTIVE_SUFFIX_IN_NOUN_CLASS[] = "isk";

typedef struct {
    char *strip, *add, *cond;
    uint32_t pos;
} suffix;

typedef struct {
    GPtrArray *rules[256]; /* suffix, by the class's flag byte */
} affixes;

static uint32_t class_pos(unsigned char flag)
{
    if (flag && strchr(NOUN_CLASSES, flag))
        return AT_WORD_NOUN;
    if (flag && strchr(ADJECTIVE_CLASSES, flag))
        return AT_WORD_ADJECTIVE;
    if (flag && strchr(VERB_CLASSES, flag))
        return AT_WORD_VERB;
    return 0;
}

/* hunspell writes an empty strip or affix as "0"; an affix's continuation classes follow a '/'. */
static char *affix_text(const char *field)
{
    if (strcmp(field, "0") == 0)
        return g_strdup("");
    return g_strndup(field, strcspn(field, "/"));
}

/* One "SFX flag strip add cond" line of a class we classify; headers and other lines are skipped. */
static int add_suffix(affixes *a, char **f, const char *path, unsigned lineno, at_error *err)
{
    unsigned char flag = (unsigned char)f[1][0];
    uint32_t pos = class_pos(flag);
    bool header = f[2] && f[3] && !f[4] && (strcmp(f[2], "Y") == 0 || strcmp(f[2], "N") == 0); /* "SFX H Y 8" */
    if (!pos || f[1][1] != '\0' || header)
        return 0; /* a class of no known part of speech (or one named by more than a byte) */
    if (!f[2] || !f[3] || !f[4])
        return at_error_set(err, AT_EFORMAT, AT_STAGE_DICT, path, "line %u: a suffix without its fields", lineno);
    suffix *s = g_new(suffix, 1);
    s->strip = affix_text(f[2]);
    s->add = affix_text(f[3]);
    s->cond = g_strdup(f[4]);
    s->pos = pos == AT_WORD_NOUN && g_str_has_prefix(s->add, ADJECTIVE_SUFFIX_IN_NOUN_CLASS) ? AT_WORD_ADJECTIVE : pos;
    if (s->add[0] == '\0')
        s->pos = 0; /* a stem cut short is a verb's imperative ("bränn" of J), no noun */
    if (!a->rules[flag])
        a->rules[flag] = g_ptr_array_new();
    g_ptr_array_add(a->rules[flag], s);
    return 0;
}

/* Does the character `c` match the condition's element at `*cond` ("a", ".", "[aeo]", "[^s]")? Moves
 * `*cond` past it; false at a malformed element too. */
static bool element_matches(const char **cond, gunichar c)
{
    const char *p = *cond;
    if (*p != '[') {
        *cond = g_utf8_next_char(p);
        return *p == '.' || g_utf8_get_char(p) == c;
    }
    bool negate = p[1] == '^', found = false;
    for (p += negate ? 2 : 1; *p && *p != ']'; p = g_utf8_next_char(p))
        found = found || g_utf8_get_char(p) == c;
    if (*p != ']')
        return false;
    *cond = p + 1;
    return found != negate;
}

/* Does the stem `word` end as hunspell's condition `cond` says? */
static bool cond_matches(const char *word, size_t len, const char *cond)
{
    glong elements = 0;
    for (const char *p = cond; *p; elements++)
        p = *p == '[' && strchr(p, ']') ? strchr(p, ']') + 1 : g_utf8_next_char(p);
    glong chars = g_utf8_strlen(word, (gssize)len);
    if (elements > chars)
        return false;
    const char *w = g_utf8_offset_to_pointer(word, chars - elements);
    for (const char *p = cond; *p; w = g_utf8_next_char(w))
        if (!element_matches(&p, g_utf8_get_char(w)))
            return false;
    return true;
}

/* Is the stem a verb: a verb class, or a noun class that makes a present participle of it ("väljande" of
 * välja, whose other forms the .dic lists as words of their own)? */
static bool verb_stem(const char *stem, size_t len, const char *flags)
{
    return strpbrk(flags, VERB_CLASSES) || (len && stem[len - 1] == 'a' && strpbrk(flags, "BD"));
}

/* The stem's own parts of speech by its classes (`flags`), and each suffixed form's, to `fn`. */
static void stem_forms(const affixes *a, const char *stem, const char *flags, at_pos_fn fn, void *data)
{
    size_t len = strlen(stem);
    uint32_t own = 0;
    for (const char *f = flags; *f; f++)
        own |= class_pos((unsigned char)*f) & ~(uint32_t)(*f == 'T' ? AT_WORD_NOUN : 0); /* källa is no -are */
    if (verb_stem(stem, len, flags))
        own = AT_WORD_VERB; /* the infinitive ("lasta"), whatever nouns its classes make */
    if (own && !strpbrk(flags, "Z%") && !strstr(flags, "¤")) /* no compound-only or affix-needing stem */
        fn(data, stem, len, own);
    for (const char *f = flags; *f; f++) {
        const GPtrArray *rules = a->rules[(unsigned char)*f];
        for (guint i = 0; rules && i < rules->len; i++) {
            const suffix *s = rules->pdata[i];
            size_t strip = strlen(s->strip);
            if (!s->pos || strip > len || memcmp(stem + len - strip, s->strip, strip) != 0 ||
                !cond_matches(stem, len, s->cond))
                continue;
            char *form = g_malloc(len - strip + strlen(s->add) + 1);
            memcpy(form, stem, len - strip);
            strcpy(form + len - strip, s->add);
            fn(data, form, strlen(form), s->pos);
            g_free(form);
        }
    }
}

static void free_affixes(affixes *a)
{
    for (size_t i = 0; i < G_N_ELEMENTS(a->rules); i++) {
        for (guint k = 0; a->rules[i] && k < a->rules[i]->len; k++) {
            suffix *s = a->rules[i]->pdata[k];
            g_free(s->strip), g_free(s->add), g_free(s->cond), g_free(s);
        }
        if (a->rules[i])
            g_ptr_array_free(a->rules[i], TRUE);
    }
}

static int read_affixes(affixes *a, const char *path, at_error *err)
{
    char *text;
    size_t size;
    if (at_read_file(path, &text, &size, AT_STAGE_DICT, err) < 0)
        return err->code;
    char **lines = g_strsplit(text, "\n", -1);
    int rc = 0;
    for (unsigned i = 0; lines[i] && rc == 0; i++) {
        if (!g_str_has_prefix(lines[i], "SFX"))
            continue;
        char **f = g_strsplit_set(g_strstrip(lines[i]), " \t", -1);
        char *fields[6] = { NULL };
        for (size_t k = 0, n = 0; f[k] && n < G_N_ELEMENTS(fields) - 1; k++)
            if (f[k][0]) /* runs of spaces split into empty fields */
                fields[n++] = f[k];
        if (fields[1])
            rc = add_suffix(a, fields, path, i + 1, err);
        g_strfreev(f);
    }
    g_strfreev(lines);
    g_free(text);
    return rc;
}

int at_pos_read(const char *aff, const char *dic, at_pos_fn fn, void *data, at_error *err)
{
    affixes a = { { NULL } };
    char *text = NULL;
    size_t size;
    int rc = read_affixes(&a, aff, err);
    if (rc == 0)
        rc = at_read_file(dic, &text, &size, AT_STAGE_DICT, err) < 0 ? err->code : 0;
    char *next = text ? strchr(text, '\n') : NULL; /* the first line is the stem count */
    for (char *line = next ? next + 1 : NULL; rc == 0 && line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = '\0';
        line[strcspn(line, " \t\r")] = '\0'; /* morphology fields, if any */
        char *slash = strchr(line, '/');
        if (slash)
            *slash = '\0';
        if (*line)
            stem_forms(&a, line, slash ? slash + 1 : "", fn, data);
    }
    g_free(text);
    free_affixes(&a);
    return rc;
}
