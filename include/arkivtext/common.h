/* arkivtext — what every public header shares: the export marker and the library version.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#ifndef ARKIVTEXT_COMMON_H
#define ARKIVTEXT_COMMON_H

#ifdef __cplusplus
extern "C" {
#endif

/* The library is built with hidden visibility; AT_EXPORT marks the public
 * API, so libarkivtext.so exports these functions and nothing else. */
#if defined(__GNUC__) || defined(__clang__)
#define AT_EXPORT __attribute__((visibility("default")))
#else
#define AT_EXPORT
#endif

/** The library's version, e.g. "0.1.0". Never NULL. */
AT_EXPORT const char *at_version(void);

#ifdef __cplusplus
}
#endif
#endif
