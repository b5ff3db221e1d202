/* Compiled rules, for the normalizer.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_RULES_PRIVATE_H
#define ARKIVTEXT_RULES_PRIVATE_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "arkivtext/normalize.h"
#include "core/private.h"

typedef enum {
    AT_RULE_PROTECT, /* a token the normalizer never changes */
    AT_RULE_GLYPH,   /* an OCR confusion inside a word, a candidate to weigh */
    AT_RULE_LINE,    /* a fixed repair on the line's text (bullets, § markers) */
} at_rule_kind;

typedef struct at_rule {
    at_rule_kind kind;
    char *id;
    double weight;       /* glyph: probability the glyph stands for the replacement; line: score */
    bool engine;         /* glyph: the OCR engine's own slip, as frequent on a clean page as on a damaged one */
    char *replacement;
    pcre2_code *code;
    bool *starts;        /* by byte: whether a match may start with it (PCRE2's start bitmap); NULL when
                          * the pattern has none */
    bool anchored;       /* a match starts where the search does, or nowhere */
    unsigned char few_starts[4]; /* those bytes when there are no more than 4, for memchr over a long line */
    int n_few_starts;            /* 0 when there are more (or none) */
    gsize jit;           /* 0 until first matched, then whether it JIT-compiled (at_rule_jit) */
    char *file;
    unsigned line;
} at_rule;

/* Whether `rule` matches through pcre2_jit_match: its JIT code is compiled the first time it is asked
 * for, so a run that matches nothing (an empty input) compiles none. Safe from any thread. */
bool at_rule_jit(const at_rule *rule);

struct at_rules {
    GPtrArray *rules;            /* at_rule*, in file order */
    GPtrArray *by_kind[3];       /* borrowed at_rule* per kind */
    pcre2_match_context *limits; /* match and depth limits, shared read-only */
    uint32_t max_match_data;     /* ovector pairs enough for any rule */
};

#endif
