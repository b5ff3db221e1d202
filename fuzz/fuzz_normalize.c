/* Fuzz target: the diacritics normalizer, from text through the text writer and its change log.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte chooses the options:
 *   bit 0  lenient (invalid UTF-8 becomes U+FFFD, recorded as a change)
 *   bit 1  read as a tab-separated table
 *   bit 2  keep line breaks
 * The rest is the text. Besides not crashing, the written changes must undo
 * the normalization exactly (doc.h: applying each change's `before` at its
 * `out_offset` in reverse order restores the source), as `arkivtext
 * normalize --undo` relies on.
 */
#include "fuzz/fuzz.h"

#include <glib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_setup_normalizers();
    return 0;
}

typedef struct change {
    long long in_offset, out_offset;
    GBytes *before;
    char *after;
    size_t after_len;
} change;

typedef struct changes {
    const char *source;
    size_t source_len;
    GArray *list; /* change */
} changes;

static void change_clear(void *p)
{
    change *c = p;
    g_bytes_unref(c->before);
    g_free(c->after);
}

static int on_change(const at_change *c, void *data)
{
    changes *log = data;
    FUZZ_CHECK(c->rule && *c->rule);
    FUZZ_CHECK(c->score >= 0 && c->score <= 1);
    FUZZ_CHECK(c->before || c->before_len == 0);
    FUZZ_CHECK(c->after || c->after_len == 0);
    /* A change names the source bytes it replaced, in order. */
    FUZZ_CHECK(c->in_offset >= 0 && (size_t)c->in_offset + c->before_len <= log->source_len);
    FUZZ_CHECK(c->before_len == 0 || memcmp(log->source + c->in_offset, c->before, c->before_len) == 0);
    if (strcmp(c->rule, AT_RULE_FLAGGED) == 0)
        return 0; /* a flag changed nothing: nothing to undo */
    if (log->list->len) {
        const change *last = &g_array_index(log->list, change, log->list->len - 1);
        FUZZ_CHECK(c->out_offset >= last->out_offset + (long long)last->after_len);
    }
    change k = { c->in_offset, c->out_offset, g_bytes_new(c->before, c->before_len),
                 g_strndup(c->after ? c->after : "", c->after_len), c->after_len };
    g_array_append_val(log->list, k);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;

    at_error err = AT_ERROR_INIT;
    at_doc *doc = NULL;
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    topts.lenient = sel & 1;
    topts.tables = sel & 2;
    int rc = at_doc_from_text(&doc, "fuzz.txt", text, len, &topts, &err);
    if (rc < 0) {
        FUZZ_CHECK(doc == NULL && err.code == rc);
        return 0;
    }

    at_normalize_stats stats;
    rc = at_normalize_doc(fuzz_normalizers[(sel >> 2) & 1], doc, &stats, &err);
    FUZZ_CHECK(rc == 0 || err.code == rc);
    if (rc == 0)
        FUZZ_CHECK(stats.changed <= stats.words);

    changes log = { text, len, g_array_new(FALSE, FALSE, sizeof(change)) };
    g_array_set_clear_func(log.list, change_clear);
    char *out = NULL;
    size_t out_len = 0;
    FILE *mem = open_memstream(&out, &out_len);
    FUZZ_CHECK(mem);
    at_error_clear(&err);
    rc = at_doc_write_text(doc, mem, on_change, &log, &err);
    fclose(mem);
    FUZZ_CHECK(rc == 0);

    /* Undo, from the end so that earlier offsets stay valid. */
    GString *undone = g_string_new_len(out, (gssize)out_len);
    for (guint i = log.list->len; i-- > 0;) {
        const change *c = &g_array_index(log.list, change, i);
        FUZZ_CHECK(c->out_offset >= 0 && (size_t)c->out_offset + c->after_len <= undone->len);
        FUZZ_CHECK(memcmp(undone->str + c->out_offset, c->after, c->after_len) == 0);
        gsize blen;
        const char *before = g_bytes_get_data(c->before, &blen);
        g_string_erase(undone, (gssize)c->out_offset, (gssize)c->after_len);
        g_string_insert_len(undone, (gssize)c->out_offset, before, (gssize)blen);
    }
    FUZZ_CHECK(undone->len == len && memcmp(undone->str, text, len) == 0);

    g_string_free(undone, TRUE);
    g_array_free(log.list, TRUE);
    free(out);
    at_doc_free(doc);
    return 0;
}
