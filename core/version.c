/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/arkivtext.h"

const char *at_version(void)
{
    return AT_VERSION;
}
