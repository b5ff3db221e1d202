/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/common.h"

const char *at_version(void)
{
    return AT_VERSION;
}
