/* Damaged copies of clean text, so that the normalizer can be measured on text whose truth is known.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * AT_DAMAGE_STRIP drops every diacritic. AT_DAMAGE_OCR imitates what
 * tesseract -l eng made of Swedish pages (shared/corpus/002_*, 003_* and
 * data/ocr_eval_synthetic/ *.ocr_eng.txt against *.gt.txt):
 *
 *   site                              rate    becomes
 *   letter with a diacritic           60 %    its base letter, case kept (ö -> o, Ä -> A)
 *                                     25 %    a look-alike (LOOKALIKES; other letters: the base letter)
 *                                     15 %    left intact
 *   "ä" starting a word, look-alike   80 %    "&" ("&r" for "är"); else as LOOKALIKES
 *   "l" starting a word               0.5 %   "1"
 *   "m"                               0.3 %   "rn"
 *   "• " or "- " opening a line       50 %    "e " or "o "
 *   "§"                               70 %    "8" (half), "S" or "$"
 *   "CO2" or "CO₂" as a word          50 %    "CO,"
 *
 * Everything else, line breaks included, is copied byte for byte, so words
 * without diacritics stay intact unless one of the rare sites hits them.
 */
#include "arkivtext/eval.h"
#include "core/private.h"

#include <string.h>

#define P_STRIP 0.60
#define P_LOOKALIKE 0.25
#define P_AMP_AT_START 0.80
#define P_L_TO_1 0.005
#define P_M_TO_RN 0.003
#define P_BULLET 0.50
#define P_SECTION 0.70
#define P_CO2 0.50

/* Equally likely glyphs per letter, repeats weighing more: roughly the shares in the OCR samples. */
static const struct {
    gunichar letter;
    const char *glyph[4];
} LOOKALIKES[] = {
    { 0xF6, { "é", "é", "6", "ó" } }, /* ö */
    { 0xE4, { "é", "d", "d", "&" } }, /* ä */
    { 0xE5, { "d", "é", "á", "d" } }, /* å */
    { 0xD6, { "O", "6", "6", "O" } }, /* Ö */
};

static const char *const BULLET_READINGS[] = { "e ", "o " };
static const char *const SECTION_READINGS[] = { "8", "8", "S", "$" };

static bool has_prefix(const char *p, const char *end, const char *prefix)
{
    size_t n = strlen(prefix);
    return (size_t)(end - p) >= n && memcmp(p, prefix, n) == 0;
}

/* Length of "CO2" or "CO₂" at p when no letter or digit follows, else 0. */
static size_t co2_length(const char *p, const char *end)
{
    size_t n = has_prefix(p, end, "CO2") ? 3 : has_prefix(p, end, "CO₂") ? 5 : 0;
    if (n && p + n < end && g_unichar_isalnum(g_utf8_get_char(p + n)))
        return 0;
    return n;
}

static void append_base_letter(GString *out, gunichar c)
{
    gunichar base = at_unichar_fold(c);
    g_string_append_unichar(out, g_unichar_isupper(c) ? g_unichar_toupper(base) : base);
}

static void damage_letter(GString *out, gunichar c, bool word_start, GRand *rng)
{
    double r = g_rand_double(rng);
    if (r >= P_STRIP + P_LOOKALIKE) {
        g_string_append_unichar(out, c);
        return;
    }
    if (r >= P_STRIP) {
        if (c == 0xE4 && word_start && g_rand_double(rng) < P_AMP_AT_START) {
            g_string_append_c(out, '&');
            return;
        }
        for (size_t i = 0; i < G_N_ELEMENTS(LOOKALIKES); i++) {
            if (LOOKALIKES[i].letter == c) {
                g_string_append(out, LOOKALIKES[i].glyph[g_rand_int_range(rng, 0, 4)]);
                return;
            }
        }
    }
    append_base_letter(out, c);
}

/* The letter at p with any combining marks that compose with it ("a" U+0308 is "ä"); *next is past it. */
static gunichar composed_char(const char *p, const char *end, const char **next)
{
    gunichar c = g_utf8_get_char(p);
    const char *q = g_utf8_next_char(p);
    gunichar composed;
    while (q < end && g_unichar_ismark(g_utf8_get_char(q)) && g_unichar_compose(c, g_utf8_get_char(q), &composed)) {
        c = composed;
        q = g_utf8_next_char(q);
    }
    *next = q;
    return c;
}

char *at_damage_text(const char *text, size_t len, at_damage_mode mode, uint32_t seed, size_t *out_len,
                     at_error *err)
{
    if ((!text && len) || (mode != AT_DAMAGE_STRIP && mode != AT_DAMAGE_OCR)) {
        at_error_set(err, AT_EINVAL, AT_STAGE_EVAL, NULL, "at_damage_text: missing text or unknown mode");
        return NULL;
    }
    if (!text)
        text = "";
    size_t bad = 0;
    if (!at_utf8_validate(text, len, &bad)) {
        bool first = err && err->code == AT_OK;
        at_error_set(err, AT_EFORMAT, AT_STAGE_EVAL, NULL, "the text is not valid UTF-8");
        if (first)
            err->offset = (long long)bad;
        return NULL;
    }
    const bool ocr = mode == AT_DAMAGE_OCR;
    GRand *rng = g_rand_new_with_seed(seed);
    GString *out = g_string_sized_new(len + 16);
    gunichar prev = 0;      /* the character before p, 0 at the start */
    bool line_start = true; /* only spaces or tabs since the last line break */
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *next;
        gunichar c = composed_char(p, end, &next);
        bool word_start = !g_unichar_isalnum(prev) && !g_unichar_ismark(prev);
        size_t co2 = ocr && c == 'C' && word_start ? co2_length(p, end) : 0;
        bool bullet = false;
        if (!ocr) {
            if (at_unichar_has_diacritic(c))
                append_base_letter(out, c);
            else
                g_string_append_len(out, p, next - p);
        } else if (line_start && (has_prefix(p, end, "• ") || has_prefix(p, end, "- ")) &&
                   g_rand_double(rng) < P_BULLET) {
            g_string_append(out, BULLET_READINGS[g_rand_int_range(rng, 0, 2)]);
            next = p + (*p == '-' ? 2 : 4);
            c = ' ';
            bullet = true;
        } else if (co2 && g_rand_double(rng) < P_CO2) {
            g_string_append(out, "CO,");
            next = p + co2;
            c = ',';
        } else if (c == 0xA7 && g_rand_double(rng) < P_SECTION) { /* § */
            g_string_append(out, SECTION_READINGS[g_rand_int_range(rng, 0, 4)]);
        } else if (c == 'l' && word_start && g_rand_double(rng) < P_L_TO_1) {
            g_string_append_c(out, '1');
        } else if (c == 'm' && g_rand_double(rng) < P_M_TO_RN) {
            g_string_append(out, "rn");
        } else if (at_unichar_has_diacritic(c)) {
            damage_letter(out, c, word_start, rng);
        } else {
            g_string_append_len(out, p, next - p);
        }
        line_start = !bullet && (c == '\n' || (line_start && (c == ' ' || c == '\t')));
        prev = c;
        p = next;
    }
    g_rand_free(rng);
    if (out_len)
        *out_len = out->len;
    return g_string_free(out, FALSE);
}
