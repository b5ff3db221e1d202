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
    char *replacement;
    pcre2_code *code;
    bool jit;            /* JIT-compiled: match with pcre2_jit_match */
    char *file;
    unsigned line;
} at_rule;

struct at_rules {
    GPtrArray *rules;            /* at_rule*, in file order */
    GPtrArray *by_kind[3];       /* borrowed at_rule* per kind */
    pcre2_match_context *limits; /* match and depth limits, shared read-only */
    uint32_t max_match_data;     /* ovector pairs enough for any rule */
};

#endif
