/* Replays a seed corpus through a fuzz target, then deterministic mutations of it: the fuzz
 * targets as ordinary tests, without clang or libFuzzer.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   replay [--mutations N] [--seed S] [--max-len BYTES] CORPUS...
 *
 * CORPUS is a folder (every regular file in it, in name order) or a file.
 * Each mutated input is a seed with 1-4 stacked edits (bit flips, byte
 * sets, inserts, deletes, duplicated runs, tokens the parsers care about,
 * splices with another seed) from a fixed-seed PRNG, so a run is the same
 * every time. Prints TAP. If the target crashes, the input is written to
 * $FUZZ_CRASH_FILE (default fuzz-crash.bin) to be replayed alone.
 */
#include "fuzz/fuzz.h"

#include <fcntl.h>
#include <glib.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

/* Weak, so that LLVMFuzzerInitialize is optional, as with libFuzzer, and the
 * sanitizer hook is used only when a sanitizer runtime is linked. */
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));
void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

static const uint8_t *current;
static size_t current_len;
static const char *crash_file = "fuzz-crash.bin";

/* Async-signal-safe: only open/write/close. */
static void save_current(void)
{
    if (!current)
        return;
    int fd = open(crash_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return;
    for (size_t off = 0; off < current_len;) {
        ssize_t n = write(fd, current + off, current_len - off);
        if (n <= 0)
            break;
        off += (size_t)n;
    }
    close(fd);
    static const char msg[] = "# replay: the failing input was written to $FUZZ_CRASH_FILE\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0)
        return;
}

static void on_fatal_signal(int sig)
{
    save_current();
    signal(sig, SIG_DFL);
    raise(sig);
}

static int run(const uint8_t *data, size_t len)
{
    /* A private copy, so that reads past the end are caught under ASan. */
    uint8_t *copy = g_memdup2(data, len ? len : 1);
    current = copy;
    current_len = len;
    LLVMFuzzerTestOneInput(copy, len);
    current = NULL;
    g_free(copy);
    return 0;
}

/* splitmix64: small, seedable, the same everywhere. */
static uint64_t rng_state;

static uint64_t rnd(void)
{
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static size_t below(size_t n)
{
    return n ? (size_t)(rnd() % n) : 0;
}

/* What the text parsers branch on (layout, Swedish letters, codes, numbers,
 * markup) and what binary headers do (sizes, counts, magic numbers). */
typedef struct token {
    const char *bytes;
    size_t len;
} token;
#define T(s) { s, sizeof s - 1 }
static const token tokens[] = {
    T("\t"), T("\n"), T("\n\n"), T("\r\n"), T(" "), T("  "), T("-\n"), T("\xc2\xa7"), T("\xc3\xb6"),
    T("\xc3\xa5"), T("\xc3\xa4"), T("\xc3\x96"), T("\xef\xbf\xbd"), T("\xe2\x80\xa2"), T("\xff"), T("\xc3"),
    T("\xe2\x80"), T("\0"), T("S "), T("\xc2\xa7 1 "), T("KS-2022/960.103"), T("2024"), T("31 december 2025"),
    T("1 januari"), T("kr"), T("000"), T("M\xc3\xa5l"), T("Delm\xc3\xa5l 1:"), T("Aktivitet"), T("Ansvar:"),
    T("Mellan "), T("Protokoll"), T("Budget"), T("<"), T(">"), T("/>"), T("</"), T("&amp;"), T("&#0;"), T("\""),
    T("=\""), T("<!DOCTYPE"), T("<![CDATA["), T("HPOS=\""), T("-1"), T("0"), T("99999999999"), T("4294967295"),
    T("\0\0\0\0"), T("\xff\xff\xff\xff"), T("\x7f\xff\xff\xff"), T("\x80\0\0\0"), T("\0\x01"), T("\x01\0"),
    T("obj"), T("endobj"), T("stream\n"), T("endstream"), T(" 0 R"), T("/Length "), T("xref"), T("trailer"),
    T("%%EOF"), T("IEND"), T("IDAT"),
};
#undef T

typedef struct seed {
    char *name;
    uint8_t *data;
    size_t len;
} seed;

/* Insert `n` bytes at `at` (GByteArray has no insert of its own). */
static void insert(GByteArray *buf, size_t at, const void *bytes, size_t n)
{
    size_t len = buf->len;
    g_byte_array_set_size(buf, (guint)(len + n));
    memmove(buf->data + at + n, buf->data + at, len - at);
    memcpy(buf->data + at, bytes, n);
}

/* One edit of `buf` in place; `other` is a random seed for splices. */
static void mutate_once(GByteArray *buf, const seed *other, size_t max_len)
{
    size_t len = buf->len;
    switch (below(8)) {
    case 0: /* flip a bit */
        if (len)
            buf->data[below(len)] ^= (uint8_t)(1u << below(8));
        break;
    case 1: /* set a byte */
        if (len)
            buf->data[below(len)] = (uint8_t)rnd();
        break;
    case 2: { /* insert random bytes */
        uint8_t bytes[4];
        size_t n = 1 + below(sizeof bytes);
        for (size_t i = 0; i < n; i++)
            bytes[i] = (uint8_t)rnd();
        insert(buf, below(len + 1), bytes, n);
        break;
    }
    case 3: /* delete a run */
        if (len > 1) {
            size_t at = below(len), n = 1 + below(MIN(len - at, 32));
            g_byte_array_remove_range(buf, (guint)at, (guint)n);
        }
        break;
    case 4: /* duplicate a run elsewhere */
        if (len) {
            size_t at = below(len), n = 1 + below(MIN(len - at, 64));
            uint8_t *run = g_memdup2(buf->data + at, n);
            insert(buf, below(len + 1), run, n);
            g_free(run);
        }
        break;
    case 5: { /* insert or overwrite with a token */
        const token *t = &tokens[below(G_N_ELEMENTS(tokens))];
        size_t at = below(len + 1);
        if (below(2) && at + t->len <= len)
            memcpy(buf->data + at, t->bytes, t->len);
        else
            insert(buf, at, t->bytes, t->len);
        break;
    }
    case 6: /* splice: a prefix of this input, the tail of another */
        if (other->len) {
            size_t cut = below(len + 1), from = below(other->len);
            g_byte_array_set_size(buf, (guint)cut);
            g_byte_array_append(buf, other->data + from, (guint)(other->len - from));
        }
        break;
    default: /* copy a run of another seed into this one */
        if (other->len) {
            size_t from = below(other->len), n = 1 + below(MIN(other->len - from, 256));
            insert(buf, below(len + 1), other->data + from, n);
        }
        break;
    }
    if (buf->len > max_len)
        g_byte_array_set_size(buf, (guint)max_len);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(((const seed *)a)->name, ((const seed *)b)->name);
}

static void add_file(GArray *seeds, const char *path)
{
    seed s = { g_strdup(path), NULL, 0 };
    GError *gerr = NULL;
    gchar *contents;
    gsize len;
    if (!g_file_get_contents(path, &contents, &len, &gerr)) {
        fprintf(stderr, "replay: %s\n", gerr->message);
        exit(2);
    }
    s.data = (uint8_t *)contents;
    s.len = len;
    g_array_append_val(seeds, s);
}

static void add_path(GArray *seeds, const char *path)
{
    if (!g_file_test(path, G_FILE_TEST_IS_DIR)) {
        add_file(seeds, path);
        return;
    }
    GError *gerr = NULL;
    GDir *dir = g_dir_open(path, 0, &gerr);
    if (!dir) {
        fprintf(stderr, "replay: %s\n", gerr->message);
        exit(2);
    }
    guint first = seeds->len;
    for (const char *name; (name = g_dir_read_name(dir));) {
        char *file = g_build_filename(path, name, NULL);
        if (g_file_test(file, G_FILE_TEST_IS_REGULAR))
            add_file(seeds, file);
        g_free(file);
    }
    g_dir_close(dir);
    qsort(&g_array_index(seeds, seed, first), seeds->len - first, sizeof(seed), compare_names);
}

int main(int argc, char **argv)
{
    long mutations = 1000, max_len = 64 * 1024;
    unsigned long long prng_seed = 20261130;
    GArray *seeds = g_array_new(FALSE, FALSE, sizeof(seed));
    int fuzz_argc = 1;
    char **fuzz_argv = argv;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--mutations") == 0 && i + 1 < argc)
            mutations = strtol(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            prng_seed = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--max-len") == 0 && i + 1 < argc)
            max_len = strtol(argv[++i], NULL, 10);
        else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: %s [--mutations N] [--seed S] [--max-len BYTES] CORPUS...\n", argv[0]);
            return 2;
        } else
            add_path(seeds, argv[i]);
    }
    if (mutations < 0 || max_len < 1) {
        fprintf(stderr, "replay: --mutations must be >= 0 and --max-len >= 1\n");
        return 2;
    }
    if (getenv("FUZZ_CRASH_FILE"))
        crash_file = getenv("FUZZ_CRASH_FILE");
    signal(SIGSEGV, on_fatal_signal);
    signal(SIGBUS, on_fatal_signal);
    signal(SIGFPE, on_fatal_signal);
    signal(SIGILL, on_fatal_signal);
    signal(SIGABRT, on_fatal_signal);
    if (__sanitizer_set_death_callback)
        __sanitizer_set_death_callback(save_current);
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&fuzz_argc, &fuzz_argv);

    printf("1..2\n");
    fflush(stdout);
    gint64 start = g_get_monotonic_time();
    for (guint i = 0; i < seeds->len; i++) {
        const seed *s = &g_array_index(seeds, seed, i);
        run(s->data, s->len);
    }
    printf("%s 1 - %u seeds replayed\n", seeds->len ? "ok" : "not ok", seeds->len);
    fflush(stdout);

    rng_state = prng_seed;
    GByteArray *buf = g_byte_array_new();
    for (long m = 0; m < mutations && seeds->len; m++) {
        const seed *s = &g_array_index(seeds, seed, below(seeds->len));
        g_byte_array_set_size(buf, 0);
        g_byte_array_append(buf, s->data, (guint)s->len);
        for (size_t edits = 1 + below(4); edits > 0; edits--)
            mutate_once(buf, &g_array_index(seeds, seed, below(seeds->len)), (size_t)max_len);
        run(buf->data, buf->len);
    }
    g_byte_array_free(buf, TRUE);
    printf("%s 2 - %ld mutations replayed (PRNG seed %llu)\n", seeds->len ? "ok" : "not ok",
           seeds->len ? mutations : 0, prng_seed);
    printf("# %ld executions in %.1f s\n", (long)seeds->len + (seeds->len ? mutations : 0),
           (double)(g_get_monotonic_time() - start) / 1e6);

    for (guint i = 0; i < seeds->len; i++) {
        g_free(g_array_index(seeds, seed, i).name);
        g_free(g_array_index(seeds, seed, i).data);
    }
    g_array_free(seeds, TRUE);
    return 0;
}
