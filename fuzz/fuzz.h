/* Shared by the fuzz harnesses: the libFuzzer entry points and a normalizer set up once per process.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Process-wide state is fine here (a harness is one process fuzzing one
 * thing); the library itself keeps none.
 */
#ifndef ARKIVTEXT_FUZZ_H
#define ARKIVTEXT_FUZZ_H

#include "arkivtext/arkivtext.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The library reports a broken input as an error; a harness only fails on
 * crashes, leaks, hangs and broken invariants, so those abort loudly. */
#define FUZZ_CHECK(cond)                                                                       \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);      \
            abort();                                                                           \
        }                                                                                      \
    } while (0)

/* Normalizers with and without kept line breaks, over the dictionary and
 * rules of $ARKIVTEXT_DICT / $ARKIVTEXT_RULES (or the installed or built
 * copies). Loading the 60 MB dictionary per input would swamp the run. */
static at_normalizer *fuzz_normalizers[2];

static inline void fuzz_setup_normalizers(void)
{
    static at_dict *dict;
    static at_rules *rules;
    at_error err = AT_ERROR_INIT;
    at_normalize_options opts = AT_NORMALIZE_OPTIONS_INIT;
    if (at_dict_open(&dict, at_dict_default_path(), &err) < 0 ||
        at_rules_load(&rules, at_rules_default_path(), &err) < 0 ||
        at_normalizer_new(&fuzz_normalizers[0], dict, rules, &opts, &err) < 0 ||
        ((opts.keep_lines = true), at_normalizer_new(&fuzz_normalizers[1], dict, rules, &opts, &err) < 0)) {
        char buf[1024];
        fprintf(stderr, "fuzz: setup failed (set ARKIVTEXT_DICT and ARKIVTEXT_RULES): %s\n",
                at_error_format(&err, buf, sizeof buf));
        exit(1);
    }
}

#endif
