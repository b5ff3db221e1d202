/* Internal helpers shared by the stages; not installed.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_CORE_PRIVATE_H
#define ARKIVTEXT_CORE_PRIVATE_H

#include "arkivtext/error.h"
#include "arkivtext/io.h"

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- UTF-8 ---- */

/** Longest folded form we handle; longer words are never changed. */
#define AT_WORD_MAX 256

/**
 * Fold `len` bytes of valid UTF-8 to lower case without diacritics
 * ("Södertörn" -> "sodertorn"), the key under which the dictionary files
 * every spelling. Writes a NUL-terminated string to `out` and returns its
 * length, or -1 if it does not fit in `size`.
 */
int at_fold(const char *s, size_t len, char *out, size_t size);

/** Lower-case `len` bytes of valid UTF-8 into `out`; returns the length or -1 if it does not fit. */
int at_lower(const char *s, size_t len, char *out, size_t size);

/** Number of diacritic-bearing letters (å ä ö é ü ...) in valid UTF-8. */
int at_count_diacritics(const char *s, size_t len);

/** Does the character carry a diacritic that folding removes? */
bool at_unichar_has_diacritic(gunichar c);

/** The base letter of `c` after folding ('Ö' -> 'o'). */
gunichar at_unichar_fold(gunichar c);

/**
 * Validate UTF-8. Returns true if valid; otherwise false and `*bad_offset`
 * is the byte offset of the first invalid sequence.
 */
bool at_utf8_validate(const char *s, size_t len, size_t *bad_offset);

/* Eight bytes at a time (SWAR): text is mostly ASCII, and a word loop that tests one byte at a
 * time spends most of its work on the loop. */
#define AT_ONES UINT64_C(0x0101010101010101)
#define AT_HIGHS UINT64_C(0x8080808080808080)

/** The 8 bytes at `p`, in memory order (no alignment needed). */
static inline uint64_t at_load8(const char *p)
{
    uint64_t x;
    memcpy(&x, p, sizeof x);
    return x;
}

/** Are the 8 bytes `x` all ASCII letters (A-Z, a-z)? Bytes >= 0x80 are masked first so that no
 * sum carries into the next byte; `x | 0x20` folds case ('@' and '[' become '`' and '{'). */
static inline bool at_ascii8_letters(uint64_t x)
{
    uint64_t y = (x & ~AT_HIGHS) | AT_ONES * 0x20;
    return ((y + AT_ONES * (0x80 - 'a')) & ~(y + AT_ONES * (0x80 - 'z' - 1)) & ~x & AT_HIGHS) == AT_HIGHS;
}

/** How many of the 8 bytes `x` start a UTF-8 character (are no continuation byte 10xxxxxx)? */
static inline unsigned at_utf8_starts8(uint64_t x)
{
    uint64_t continuation = x & ~(x << 1) & AT_HIGHS;
    return 8 - (unsigned)(((continuation >> 7) * AT_ONES) >> 56);
}

/** Does the buffer look like binary data (NUL bytes or many control characters)? */
bool at_looks_binary(const char *s, size_t len);

/** Map the pages of a large new array at once, on huge pages where whole ones fit: faulting small
 * pages in one by one costs far more where page faults are dear (virtual machines). Before Linux
 * 5.14 (no MADV_POPULATE_WRITE) the pages come one by one as before. */
void at_populate(void *data, size_t size);

/** Ask for huge pages for the whole 2 MB pages of a large new array: one fault maps 2 MB, not 4 kB. */
void at_huge_pages(void *data, size_t size);

/* ---- XML (core/xml.c) ---- */

/**
 * Text libxml2 can write as XML: it copies bytes through, so invalid UTF-8,
 * C0 controls and U+FFFE/U+FFFF (no XML character) become U+FFFD here.
 * `keep_breaks` keeps TAB and LF. Returns buf->str.
 */
const char *at_xml_clean(GString *buf, const char *s, size_t len, bool keep_breaks);

/** Where a libxml2 writer's output goes; a failed write sets `failed` (reported by the caller). */
typedef struct at_xml_sink {
    FILE *file;
    bool failed;
} at_xml_sink;

/** An output buffer writing to sink->file; freed with the writer that owns it. */
struct _xmlOutputBuffer *at_xml_output(at_xml_sink *sink);

/* ---- modules ---- */

/**
 * An arkivtext module (`what`: "OCR", "PostgreSQL"): the file $`env` names,
 * else the one of `built`'s name in arkivtext/ beside libarkivtext (the
 * installed layout), else `built` (this build's). Its symbol `entry` is a
 * function `const void *entry(int abi)` that gives the module's table of
 * functions when it was built for `abi`, else NULL.
 */
typedef struct at_module_spec {
    const char *what, *env, *built, *entry;
    int abi;
} at_module_spec;

/** A module's table, or NULL with one line saying why in `error`. */
typedef struct at_module_table {
    const void *table;
    char *error;
} at_module_table;

/**
 * The table of `spec`'s module, opened the first time `once` is passed and
 * kept for the life of the process (a module's libraries may keep threads
 * and caches): each module's caller owns one static GOnce, the lazily set
 * value behind it.
 */
const at_module_table *at_module_load(GOnce *once, const at_module_spec *spec);

#endif
