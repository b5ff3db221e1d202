/* What the ALTO writer and reader share inside core/: the one spelling of TextLine IDs.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_CORE_ALTO_PRIVATE_H
#define ARKIVTEXT_CORE_ALTO_PRIVATE_H

#include <stddef.h>

/** "p<page + 1>_l<number>": the ID of the `number`-th TextLine (1-based) of page `page` (0-based). */
void at_alto_format_line_id(char *buf, size_t size, size_t page, size_t number);

#endif
