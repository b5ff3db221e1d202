/* UTF-8 helpers: folding and validation.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "core/private.h"

#include <string.h>

gunichar at_unichar_fold(gunichar c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
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

static int map_utf8(const char *s, size_t len, char *out, size_t size, bool strip)
{
    size_t o = 0;
    const char *p = s, *end = s + len;
    while (p < end) {
        unsigned char b = (unsigned char)*p;
        if (b < 0x80) {
            if (o + 1 >= size)
                return -1;
            out[o++] = (char)((b >= 'A' && b <= 'Z') ? b + 32 : b);
            p++;
            continue;
        }
        gunichar c = g_utf8_get_char(p);
        p = g_utf8_next_char(p);
        gunichar f = strip ? at_unichar_fold(c) : g_unichar_tolower(c);
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

bool at_utf8_validate(const char *s, size_t len, size_t *bad_offset)
{
    const char *end = NULL;
    if (g_utf8_validate_len(s, len, &end))
        return true;
    if (bad_offset)
        *bad_offset = (size_t)(end - s);
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
