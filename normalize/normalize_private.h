/* The normalizer's internals shared with the n-gram counter (dict/tools/count_ngrams.c).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_NORMALIZE_PRIVATE_H
#define ARKIVTEXT_NORMALIZE_PRIVATE_H

#include "arkivtext/normalize.h"

/** One context segment: the word parts the normalizer weighs together, as they stand in the
 * text ("<num>" for a number); the pointers live until the callback returns. */
typedef void (*at_segment_fn)(const char *const *parts, const size_t *lens, size_t n, void *data);

/**
 * Cut `doc` into the normalizer's context segments exactly as at_normalize_doc() does (same
 * passes, words, parts, numbers and breaks) and hand each to `fn`, deciding nothing. Context
 * counts made from these segments match what the normalizer looks up.
 */
void at_normalize_segments(const at_normalizer *n, at_doc *doc, at_segment_fn fn, void *data);

#endif
