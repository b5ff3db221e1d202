/* UTF-8 helpers: folding and validation.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <string.h>

/* Latin-1 letters (U+00C0..U+00FF), where Swedish lives, without GLib's general tables. */
static const unsigned char latin1_lower[64] = {
    0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xD7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xDF,
    0xE0, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE, 0xEF,
    0xF0, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE, 0xFF,
};
static const unsigned char latin1_fold[64] = {
    0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xE6, 0x63, 0x65, 0x65, 0x65, 0x65, 0x69, 0x69, 0x69, 0x69,
    0xF0, 0x6E, 0x6F, 0x6F, 0x6F, 0x6F, 0x6F, 0xD7, 0xF8, 0x75, 0x75, 0x75, 0x75, 0x79, 0xFE, 0xDF,
    0x61, 0x61, 0x61, 0x61, 0x61, 0x61, 0xE6, 0x63, 0x65, 0x65, 0x65, 0x65, 0x69, 0x69, 0x69, 0x69,
    0xF0, 0x6E, 0x6F, 0x6F, 0x6F, 0x6F, 0x6F, 0xF7, 0xF8, 0x75, 0x75, 0x75, 0x75, 0x79, 0xFE, 0x79,
};

gunichar at_unichar_fold(gunichar c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xFF)
        return latin1_fold[c - 0xC0];
    c = g_unichar_tolower(c);
    gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize n = g_unichar_fully_decompose(c, FALSE, decomposed, G_N_ELEMENTS(decomposed));
    /* Only letters whose decomposition is a base letter plus marks lose their marks. */
    if (n > 1 && g_unichar_ismark(decomposed[1]))
        return decomposed[0];
    return c;
}

bool at_unichar_has_diacritic(gunichar c)
{
    return c >= 0x80 && g_unichar_isalpha(c) && at_unichar_fold(c) != g_unichar_tolower(c);
}

/* Whether the 8 bytes at `p` are ASCII and none of them NUL (which GLib counts as invalid). */
static inline bool plain_ascii8(const char *p)
{
    uint64_t x = at_load8(p);
    return ((x | ((x - AT_ONES) & ~x)) & AT_HIGHS) == 0;
}

/* The 8 ASCII bytes `x` with A-Z in lower case, all at once: a byte's high bit after adding
 * 0x80 - 'A' says it is >= 'A', after adding 0x80 - 'Z' - 1 that it is > 'Z'. */
static inline uint64_t ascii8_lower(uint64_t x)
{
    uint64_t upper = (x + AT_ONES * (0x80 - 'A')) & ~(x + AT_ONES * (0x80 - 'Z' - 1)) & AT_HIGHS;
    return x | upper >> 2;
}

static int map_utf8(const char *s, size_t len, char *out, size_t size, bool strip)
{
    size_t o = 0;
    const char *p = s, *end = s + len;
    while (p < end) {
        uint64_t x;
        /* Words are mostly ASCII: 8 letters at a time where there are 8 (and room for them). */
        if (end - p >= 8 && o + 8 < size && ((x = at_load8(p)) & AT_HIGHS) == 0) {
            x = ascii8_lower(x);
            memcpy(out + o, &x, sizeof x);
            o += 8;
            p += 8;
            continue;
        }
        /* A word's last 4 to 7 ASCII bytes as two 4-byte pieces that may overlap: a byte written twice
         * is written the same. */
        size_t left = (size_t)(end - p);
        if (left >= 4 && left < 8 && o + 8 < size) {
            uint32_t head, tail;
            memcpy(&head, p, sizeof head);
            memcpy(&tail, end - 4, sizeof tail);
            if (((head | tail) & 0x80808080u) == 0) {
                head = (uint32_t)ascii8_lower(head);
                tail = (uint32_t)ascii8_lower(tail);
                memcpy(out + o, &head, sizeof head);
                memcpy(out + o + left - 4, &tail, sizeof tail);
                o += left;
                p = end;
                continue;
            }
        }
        unsigned char b = (unsigned char)*p;
        if (b < 0x80) {
            if (o + 1 >= size)
                return -1;
            out[o++] = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
            p++;
            continue;
        }
        if (b == 0xC3 && p + 1 < end && ((unsigned char)p[1] & 0xC0) == 0x80) {
            /* U+00C0..U+00FF, å, ä and ö among them: mapped without decoding, this runs for every word */
            unsigned char m = (strip ? latin1_fold : latin1_lower)[(unsigned char)p[1] & 0x3F];
            if (o + 6 >= size) /* the bound of the general case below */
                return -1;
            if (m < 0x80) {
                out[o++] = (char)m;
            } else {
                out[o++] = (char)0xC3;
                out[o++] = (char)(0x80 | (m & 0x3F));
            }
            p += 2;
            continue;
        }
        gunichar c = g_utf8_get_char(p);
        p = g_utf8_next_char(p);
        gunichar f;
        if (c >= 0xC0 && c <= 0xFF)
            f = strip ? latin1_fold[c - 0xC0] : latin1_lower[c - 0xC0];
        else
            f = strip ? at_unichar_fold(c) : g_unichar_tolower(c);
        if (o + 6 >= size)
            return -1;
        o += (size_t)g_unichar_to_utf8(f, out + o);
    }
    out[o] = '\0';
    return (int)o;
}

int at_fold(const char *s, size_t len, char *out, size_t size)
{
    return map_utf8(s, len, out, size, true);
}

int at_lower(const char *s, size_t len, char *out, size_t size)
{
    return map_utf8(s, len, out, size, false);
}

int at_count_diacritics(const char *s, size_t len)
{
    int n = 0;
    for (const char *p = s, *end = s + len; p < end; p = g_utf8_next_char(p))
        if ((unsigned char)*p >= 0x80 && at_unichar_has_diacritic(g_utf8_get_char(p)))
            n++;
    return n;
}

/* GLib's validator goes byte by byte; most text is ASCII, so that is skipped 8 bytes at a time
 * and GLib sees only the runs of bytes >= 0x80. A multi-byte character never holds an ASCII
 * byte, so the first invalid character, and its offset, are the ones GLib finds in the whole. */
bool at_utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
    size_t i = 0;
    while (i < len) {
        if (len - i >= 8 && plain_ascii8(s + i)) {
            i += 8;
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            if (s[i] == '\0')
                break;
            i++;
            continue;
        }
        size_t run = i;
        while (i < len && (unsigned char)s[i] >= 0x80)
            i++;
        const char *end = NULL;
        if (!g_utf8_validate_len(s + run, i - run, &end)) {
            i = (size_t)(end - s);
            break;
        }
    }
    if (i >= len)
        return true;
    if (bad_offset)
        *bad_offset = i;
    return false;
}

bool at_looks_binary(const char *s, size_t len)
{
    /* Like grep and file(1): a NUL byte or a high share of C0 controls in the first block. */
    size_t n = len < 8192 ? len : 8192, controls = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1b)
            controls++;
    }
    return n > 0 && controls * 20 > n;
}
