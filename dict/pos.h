/* arkivtext-dictc's parts of speech, read from hunspell-sv's affix classes.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef ARKIVTEXT_DICT_POS_H
#define ARKIVTEXT_DICT_POS_H

#include "arkivtext/error.h"

#include <stddef.h>
#include <stdint.h>

/* Called once for every form a stem of the .dic makes with a class whose part of speech is known (or
 * for the stem itself): `pos` is AT_WORD_NOUN and/or AT_WORD_ADJECTIVE, or AT_WORD_VERB; `form` is NUL-terminated. */
typedef void (*at_pos_fn)(void *data, const char *form, size_t len, uint32_t pos);

/* Read hunspell's `aff` and `dic` (sv_SE) and report each form's parts of speech to `fn`. Fails with
 * AT_EIO when a file cannot be read, AT_EFORMAT on a suffix line it cannot parse. */
int at_pos_read(const char *aff, const char *dic, at_pos_fn fn, void *data, at_error *err);

#endif
