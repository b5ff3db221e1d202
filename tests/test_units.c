/* Unit tests of the document model, dictionary, rules and normalizer internals (TAP).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/arkivtext.h"
#include "core/private.h"
#include "dict/dict_private.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

static int n_tests, n_failed;

static void ok(bool cond, const char *what)
{
    n_tests++;
    if (!cond)
        n_failed++;
    printf("%s %d - %s\n", cond ? "ok" : "not ok", n_tests, what);
}

static void count_item(void *item, void *data)
{
    g_atomic_int_inc((gint *)item);
    g_atomic_int_inc((gint *)data);
}

/* The threads of this process now (Linux: /proc/self/task), or 0 when that cannot be read. */
static guint threads_now(void)
{
    GDir *dir = g_dir_open("/proc/self/task", 0, NULL);
    guint n = 0;
    while (dir && g_dir_read_name(dir))
        n++;
    if (dir)
        g_dir_close(dir);
    return n;
}

/* at_parallel visits every item once and leaves no thread behind: a thread leaving as the process exits
 * kills LeakSanitizer's exit check (a GThreadPool's idle threads stay up to 15 s after it is freed). */
static void test_parallel(void)
{
    gint seen[100] = { 0 }, total = 0;
    void *items[100];
    for (int i = 0; i < 100; i++)
        items[i] = &seen[i];
    guint before = threads_now();
    at_parallel(items, 100, 4, count_item, &total);
    bool once = true;
    for (int i = 0; i < 100; i++)
        once &= seen[i] == 1;
    ok(once && total == 100, "parallel: each of 100 items once on 4 threads");
    /* a joined thread's task leaves /proc a moment after pthread_join returns (the kernel clears its id first):
     * under load the count lags, so give it up to 5 s to settle */
    guint after = threads_now();
    for (int wait = 0; wait < 500 && after != before; wait++, after = threads_now())
        g_usleep(10000);
    ok(before > 0 && after == before, "parallel: no thread outlives the call");
    at_parallel(items, 0, 4, count_item, &total);
    at_parallel(items, 3, 1, count_item, &total);
    ok(total == 103 && seen[0] == 2 && seen[2] == 2 && seen[3] == 1, "parallel: no items, and one job on the caller");
}

static void test_fold(void)
{
    char out[64];
    at_fold("Södertörn", strlen("Södertörn"), out, sizeof out);
    ok(strcmp(out, "sodertorn") == 0, "fold: Södertörn -> sodertorn");
    at_fold("ÅÄÖÉÜ", strlen("ÅÄÖÉÜ"), out, sizeof out);
    ok(strcmp(out, "aaoeu") == 0, "fold: ÅÄÖÉÜ -> aaoeu");
    at_fold("E4-ans", 6, out, sizeof out);
    ok(strcmp(out, "e4-ans") == 0, "fold keeps digits and hyphens");
    ok(at_fold("abc", 3, out, 3) == -1, "fold reports a too small buffer");
    /* 8 ASCII bytes at a time: the letters' neighbours '@' '[' '`' '{' stay as they are. */
    const char *ascii = "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`az{~0Z\x7F";
    at_lower(ascii, strlen(ascii), out, sizeof out);
    ok(strcmp(out, "@abcdefghijklmnopqrstuvwxyz[`az{~0z\x7F") == 0, "lower: A-Z and only A-Z, 8 bytes at a time");
    at_fold("TILLAMPNINGSOMRADE Ö", strlen("TILLAMPNINGSOMRADE Ö"), out, sizeof out);
    ok(strcmp(out, "tillampningsomrade o") == 0, "fold: 8-byte runs, then a letter with a diacritic");
    ok(at_fold("ABCDEFGH", 8, out, 8) == -1 && at_fold("ABCDEFGH", 8, out, 9) == 8 && strcmp(out, "abcdefgh") == 0,
       "fold: 8 bytes need 9 of room, as byte by byte");
    ok(at_count_diacritics("tillväxt på", strlen("tillväxt på")) == 2, "count diacritics");
}

/* at_utf8_validate skips ASCII 8 bytes at a time: it must find what GLib finds in the whole, at the
 * same offset, wherever the bad byte sits in or after a run of ASCII. */
static void test_utf8_validate(void)
{
    static const char *const bad[] = { "\xC3", "\xC3(", "\xFF", "\xE2\x82", "\xC0\xAF", "\xED\xA0\x80", "\x80", "" };
    static const char *const good[] = { "å", "§", "€", "\xF0\x9F\x98\x80", "ÅÄÖ" };
    char buf[64];
    int differ = 0, checked = 0;
    for (size_t pad = 0; pad < 20; pad++) {
        for (size_t k = 0; k < G_N_ELEMENTS(bad) + G_N_ELEMENTS(good); k++) {
            const char *piece = k < G_N_ELEMENTS(bad) ? bad[k] : good[k - G_N_ELEMENTS(bad)];
            size_t plen = strlen(piece) + (k == G_N_ELEMENTS(bad) - 1); /* the empty piece stands for a NUL */
            memset(buf, 'a', pad);
            memcpy(buf + pad, piece, plen);
            memcpy(buf + pad + plen, "tail text", 9);
            for (size_t len = pad; len <= pad + plen + 9; len++) {
                const char *end = NULL;
                bool glib = g_utf8_validate_len(buf, len, &end);
                size_t at = (size_t)-1;
                bool ours = at_utf8_validate(buf, len, &at);
                differ += ours != glib || (!glib && at != (size_t)(end - buf));
                checked++;
            }
        }
    }
    ok(differ == 0 && checked > 1000, "utf8 validate: same verdict and offset as GLib over ASCII runs");
    ok(!at_utf8_validate("12345678\xC3", 9, NULL), "utf8 validate: a lead byte after 8 ASCII bytes is caught");
}

/* The 8-byte tests agree with their byte-by-byte meaning for every byte value in every position. */
static void test_swar(void)
{
    int wrong_letters = 0, wrong_starts = 0;
    for (int pos = 0; pos < 8; pos++) {
        for (int b = 0; b < 256; b++) {
            char w[8];
            memcpy(w, "SkolaXyz", 8);
            w[pos] = (char)b;
            wrong_letters += at_ascii8_letters(at_load8(w)) != (b < 0x80 && g_ascii_isalpha((char)b));
            memcpy(w, "\xC3\xA5\xC3\xA4 \xE2\x80\x93", 8); /* å ä space – */
            w[pos] = (char)b;
            unsigned starts = 0;
            for (int k = 0; k < 8; k++)
                starts += ((unsigned char)w[k] & 0xC0) != 0x80;
            wrong_starts += at_utf8_starts8(at_load8(w)) != starts;
        }
    }
    ok(wrong_letters == 0, "swar: 8 ASCII letters, as g_ascii_isalpha byte by byte");
    ok(wrong_starts == 0, "swar: bytes that start a character, as byte by byte");
}

/* kB of the dictionary's mapping that this process has in its page tables (/proc/self/smaps), or -1. */
static long mapped_kb(const at_dict *d)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    char line[512];
    bool ours = false;
    long kb = -1;
    while (f && kb < 0 && fgets(line, sizeof line, f)) {
        unsigned long start, end;
        if (sscanf(line, "%lx-%lx ", &start, &end) == 2)
            ours = start == (unsigned long)(uintptr_t)d->map;
        else if (ours && sscanf(line, "Rss: %ld kB", &kb) != 1)
            kb = -1;
    }
    if (f)
        fclose(f);
    return kb;
}

/* at_dict_prefetch puts the pages of a dictionary opened afresh in place (where the kernel can), once. */
static void test_prefetch(const char *dict_path)
{
    at_dict *d = NULL;
    at_error err = AT_ERROR_INIT;
    if (at_dict_open(&d, dict_path, &err) < 0) {
        ok(false, "prefetch: the dictionary opens");
        return;
    }
    long before = mapped_kb(d);
    at_dict_prefetch(d);
    ok(g_atomic_int_get(d->prefetched) == 1, "prefetch: the first call marks the dictionary prefetched");
#ifdef MADV_POPULATE_READ
    /* A kernel before 5.14 knows no MADV_POPULATE_READ: then the pages come as lookups touch them. */
    if (madvise((void *)d->map, 4096, MADV_POPULATE_READ) == 0) {
        long after = mapped_kb(d);
        ok(before >= 0 && (size_t)before * 1024 < d->map_size / 2 && (size_t)after * 1024 >= d->map_size - 4096,
           "prefetch: every page of the dictionary is mapped after it, few before");
    }
#endif
    (void)before;
    at_dict_free(d);
}

static void test_dict(const at_dict *d)
{
    at_dict_entry e[8];
    size_t n = at_dict_lookup(d, "sodertorn", 9, e, 8);
    ok(n >= 1 && e[0].len == strlen("södertörn") && memcmp(e[0].word, "södertörn", e[0].len) == 0,
       "lookup: sodertorn files Södertörn first");
    n = at_dict_lookup(d, "ar", 2, e, 8);
    bool has_ar = false, has_aar = false;
    for (size_t i = 0; i < n && i < 8; i++) {
        has_ar |= e[i].len == strlen("är") && memcmp(e[i].word, "är", e[i].len) == 0;
        has_aar |= e[i].len == strlen("år") && memcmp(e[i].word, "år", e[i].len) == 0;
    }
    ok(has_ar && has_aar && e[0].prior >= e[1].prior, "lookup: ar -> är, år, most probable first");
    ok(at_dict_lookup(d, "pa", 2, e, 8) >= 1 && memcmp(e[0].word, "på", e[0].len) == 0 &&
           !at_dict_find(d, "pa", 2, NULL),
       "web junk 'pa' (stripped 'på') is filtered from the dictionary");
    ok(at_dict_find(d, "tyresö", strlen("tyresö"), NULL), "domain lexicon: Tyresö");
    ok(at_dict_find(d, "mälardalsrådet", strlen("mälardalsrådet"), NULL), "domain lexicon: Mälardalsrådet");
    ok(at_dict_recognise(d, "kompetensförsörjning", strlen("kompetensförsörjning")) >= 1,
       "recognise: kompetensförsörjning");
    ok(at_dict_recognise(d, "godstransportlösningar", strlen("godstransportlösningar")) >= 2,
       "recognise: godstransportlösningar as a compound");
    ok(at_dict_recognise(d, "södertörnskommunerna", strlen("södertörnskommunerna")) >= 1,
       "recognise: södertörnskommunerna");
    ok(at_dict_recognise(d, "xqzvkkw", 7) == 0, "recognise: nonsense is unknown");
    ok(at_dict_recognise(d, "p4", 2) == 0 && at_dict_recognise(d, "xq", 2) == 0 && at_dict_recognise(d, "", 0) == 0,
       "recognise: words too short for a compound are unknown (the split once read before them)");
    size_t cuts[5];
    int parts = at_dict_split(d, "omraden", 7, false, cuts, 5);
    ok(parts == 0, "split: function words are no compound parts (omraden is not om|raden or omra|den)");
    parts = at_dict_split(d, "naringslivschefernas", 20, true, cuts, 5);
    ok(parts >= 2 && cuts[parts - 2] + 3 < 20,
       "split: a last part of three letters only when no longer one will do (not näringslivschefer|nås)");
    ok(parts == 2 && cuts[0] == strlen("naringslivs"),
       "split: no inflection ending as the last part (näringslivs|chefernas, not näringslivschef|ernas)");
    parts = at_dict_split_likeliest(d, "vardkontakter", 13, true, cuts, 5);
    ok(parts == 2 && cuts[0] == strlen("vard"), "split: of two-part readings the commonest parts (vård|kontakter)");
    parts = at_dict_split_likeliest(d, "naringslivschefernas", 20, true, cuts, 5);
    ok(parts == 2 && cuts[0] == strlen("naringslivs"), "split likeliest: still no inflection ending as the last part");
    ok(at_dict_is_ending("ernas", 5) && at_dict_is_ending("het", 3) && !at_dict_is_ending("chefernas", 9),
       "inflection endings that are words too");
    at_dict_entry vagar, vaagar;
    ok(at_dict_find(d, "vägar", strlen("vägar"), &vagar) && at_dict_find(d, "vågar", strlen("vågar"), &vaagar) &&
           ((vagar.flags >> AT_WORD_HEADS_SHIFT) & AT_WORD_PARTS_MASK) >
               ((vaagar.flags >> AT_WORD_HEADS_SHIFT) & AT_WORD_PARTS_MASK),
       "compound parts: more of hunspell's compounds end in vägar than in vågar");
    at_dict_entry rader, rader_verb, kallare, kallare_noun;
    ok(at_dict_find(d, "rader", strlen("rader"), &rader) && at_dict_find(d, "råder", strlen("råder"), &rader_verb) &&
           (rader.flags & AT_WORD_NOUN) && !(rader_verb.flags & (AT_WORD_NOUN | AT_WORD_ADJECTIVE)),
       "parts of speech: rader (rad's plural) is a noun, råder (a verb) neither noun nor adjective");
    ok(at_dict_find(d, "kallare", strlen("kallare"), &kallare) &&
           at_dict_find(d, "källare", strlen("källare"), &kallare_noun) && (kallare.flags & AT_WORD_ADJECTIVE) &&
           !(kallare.flags & AT_WORD_NOUN) && (kallare_noun.flags & AT_WORD_NOUN) &&
           !(kallare_noun.flags & AT_WORD_ADJECTIVE),
       "parts of speech: kallare (kall compared) an adjective, källare (källa's -are) a noun");
    at_dict_entry nar_reach, nar_when, lastades, lasta;
    ok(at_dict_find(d, "når", strlen("når"), &nar_reach) && at_dict_find(d, "när", strlen("när"), &nar_when) &&
           (nar_reach.flags & AT_WORD_VERB) && !(nar_when.flags & AT_WORD_VERB),
       "parts of speech: når (nå's present) is a verb, när none");
    ok(at_dict_find(d, "lastades", strlen("lastades"), &lastades) && at_dict_find(d, "lasta", 5, &lasta) &&
           (lastades.flags & AT_WORD_VERB) && (lasta.flags & AT_WORD_VERB) && !(lasta.flags & AT_WORD_NOUN) &&
           !(rader.flags & AT_WORD_VERB),
       "parts of speech: lasta (a verb stem) and lastades verbs, no nouns; rader no verb");
    at_dict_entry rad_advice;
    ok(at_dict_find(d, "råd", strlen("råd"), &rad_advice) && (rad_advice.flags & AT_WORD_NOUN),
       "parts of speech: råd is a noun (its class R, -as/-es, makes no verb of it)");
    at_dict_entry har, i_word;
    ok(at_dict_find(d, "har", 3, &har) && at_dict_find(d, "i", 1, &i_word) &&
           at_dict_bigram(d, har.id, i_word.id) > 0,
       "pair counts: 'har i' is counted");
    at_dict_entry num, ar_year;
    ok(at_dict_find(d, "år", strlen("år"), &ar_year) && (ar_year.flags & AT_WORD_RIVALS) &&
           at_dict_web_freq(d, ar_year.id) > 0,
       "år has rival spellings and a web frequency");
    ok(at_dict_find(d, "<num>", 5, &num) && at_dict_trigram(d, i_word.id, num.id, ar_year.id) > 0,
       "triple counts: 'i <num> år' is counted");
    char buf[256];
    ok(strstr(at_dict_describe(d, buf, sizeof buf), "format 5") && strstr(buf, "word triples"), "describe names the format and the word triples");
    at_dict_prefetch(d); /* only maps pages: what a lookup finds stays */
    at_dict_entry again;
    ok(at_dict_find(d, "år", strlen("år"), &again) && again.id == ar_year.id && again.prior == ar_year.prior,
       "a prefetched dictionary finds what it found before");
}

/* The built dictionary's header over a file of its size (its sections all zeros), `tamper`ed with. */
static int open_with_header(const char *path, void (*tamper)(at_dict_header *), at_error *err)
{
    at_dict *real = NULL, *d = NULL;
    at_error ignored = AT_ERROR_INIT;
    if (at_dict_open(&real, at_dict_default_path(), &ignored) < 0)
        return -100;
    at_dict_header h = *real->header;
    size_t size = real->map_size;
    at_dict_free(real);
    tamper(&h);
    FILE *fp = g_fopen(path, "wb");
    bool written = fp && fwrite(&h, sizeof h, 1, fp) == 1 && ftruncate(fileno(fp), (off_t)size) == 0;
    if (fp)
        fclose(fp);
    if (!written)
        return -100;
    int rc = at_dict_open(&d, path, err);
    at_dict_free(d);
    return rc;
}

static void leave_header(at_dict_header *h)
{
    (void)h;
}

static void fill_key_table(at_dict_header *h)
{
    h->n_keys = h->key_buckets;
}

static void fill_pair_table(at_dict_header *h)
{
    h->n_bigrams = h->bigram_buckets;
}

/* A hash table with no empty slot would let a lookup of an absent key probe for ever. */
static void test_full_table(const char *path)
{
    at_error err = AT_ERROR_INIT;
    ok(open_with_header(path, leave_header, &err) == 0, "the built dictionary's header over zeros opens");
    at_error_clear(&err);
    ok(open_with_header(path, fill_key_table, &err) == AT_EFORMAT && strstr(err.message, "damaged"),
       "a key table with as many keys as slots is refused");
    at_error_clear(&err);
    ok(open_with_header(path, fill_pair_table, &err) == AT_EFORMAT && strstr(err.message, "damaged"),
       "a pair table with as many pairs as slots is refused");
    at_error_clear(&err);
}

static void test_dict_errors(void)
{
    at_error err = AT_ERROR_INIT;
    at_dict *d = NULL;
    char *path = NULL;
    int fd = g_file_open_tmp("dict-XXXXXX", &path, NULL);
    close(fd);
    g_file_set_contents(path, "ATDICT\r\n\5\0\0\0garbage", 18, NULL); /* today's format, cut short */
    ok(at_dict_open(&d, path, &err) == AT_EFORMAT && d == NULL && strstr(err.message, "damaged"),
       "a truncated dictionary is refused");
    at_error_clear(&err);
    char old[4096] = "ATDICT\r\n\3"; /* format 3, keys behind buckets: a header of the right size */
    g_file_set_contents(path, old, sizeof old, NULL);
    ok(at_dict_open(&d, path, &err) == AT_EFORMAT && d == NULL && strstr(err.message, "format 3") &&
           strstr(err.message, "rebuild the dictionary"),
       "a dictionary of an older format is refused with what to do");
    at_error_clear(&err);
    old[8] = 4; /* format 4: a word's flags in 16 bits, no verbs */
    g_file_set_contents(path, old, sizeof old, NULL);
    ok(at_dict_open(&d, path, &err) == AT_EFORMAT && d == NULL && strstr(err.message, "format 4") &&
           strstr(err.message, "reads format 5") && strstr(err.message, "rebuild the dictionary"),
       "a dictionary of format 4 is refused with what to do");
    at_error_clear(&err);
    g_file_set_contents(path, "ATDICT\r\n\1\0\0\0", 12, NULL); /* shorter than today's header */
    ok(at_dict_open(&d, path, &err) == AT_EFORMAT && strstr(err.message, "format 1") &&
           strstr(err.message, "rebuild the dictionary"),
       "a small dictionary of an older format is told by its format, not as truncated");
    at_error_clear(&err);
    g_file_set_contents(path, "not a dictionary at all, really not", -1, NULL);
    ok(at_dict_open(&d, path, &err) == AT_EFORMAT && strstr(err.message, "not an arkivtext dictionary"),
       "a foreign file is refused");
    at_error_clear(&err);
    test_full_table(path);
    g_unlink(path);
    g_free(path);
}

static void test_lexicon(const char *dict_path)
{
    at_lexicon *lex = at_lexicon_new();
    at_error err = AT_ERROR_INIT;
    const char *text = "Flottiljvägen i Grödinge. Flottiljvägen byggs om.\n";
    ok(at_lexicon_add_text(lex, text, strlen(text), "t", &err) == 0, "learn: text accepted");
    ok(at_lexicon_words(lex) == 5 && at_lexicon_pairs(lex) == 4, "learn: 5 words, 4 pairs within sentences");
    ok(at_lexicon_add_text(lex, "a\xff", 2, "bad", &err) == AT_EFORMAT && err.offset == 1,
       "learn: invalid UTF-8 refused with offset");
    char *path = NULL;
    int fd = g_file_open_tmp("lex-XXXXXX", &path, NULL);
    close(fd);
    at_error_clear(&err);
    ok(at_lexicon_write(lex, path, &err) == 0, "learn: lexicon written");
    at_dict *d = NULL;
    at_dict_open(&d, dict_path, &err);
    at_dict_entry e[4];
    ok(at_dict_lookup(d, "flottiljvagen", strlen("flottiljvagen"), e, 4) == 0, "unknown before the lexicon");
    ok(at_dict_add_lexicon(d, path, &err) == 0, "lexicon loads");
    ok(at_dict_lookup(d, "flottiljvagen", strlen("flottiljvagen"), e, 4) == 1 &&
           e[0].len == strlen("flottiljvägen") && (e[0].flags & AT_WORD_USER),
       "lexicon word found under its folded form");
    at_dict_entry a, b;
    ok(at_dict_find(d, "flottiljvägen", strlen("flottiljvägen"), &a) && at_dict_find(d, "byggs", 5, &b) &&
           at_dict_bigram(d, a.id, b.id) == 1,
       "lexicon pair counted");
    g_file_set_contents(path, "# arkivtext lexicon 1\nw\tord\n", -1, NULL);
    at_error_clear(&err);
    ok(at_dict_add_lexicon(d, path, &err) == AT_ESYNTAX && err.line == 2, "bad lexicon line reported with its line");
    at_dict_free(d);
    at_lexicon_free(lex);
    g_unlink(path);
    g_free(path);
}

static void test_rules(void)
{
    at_rules *r = NULL;
    at_error err = AT_ERROR_INIT;
    const char *good = "# comment\nprotect num - \"^\\d+$\"\nglyph g.x 0.5 \"a b\" c # trailing comment\n"
                       "engine e.x 1.0 ab a\n";
    ok(at_rules_parse(&r, good, strlen(good), "good.rules", &err) == 0 && at_rules_count(r) == 3,
       "rules: quoted fields and comments, an engine glyph rule");
    at_rules_free(r);
    const char *cases[][2] = {
        { "glyph g 0.5 \"(\" x\n", "good.rules:1:15" }, /* PCRE2 finds the error at the pattern's end */
        { "\n\nfoo g 0.5 a b\n", "good.rules:3:1" },
        { "glyph g 0 a b\n", "good.rules:1:9" },
        { "glyph g 0.5 a\n", "good.rules:1:14" },
        { "glyph g 0.5 \"abc\n", "good.rules:1:13" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char msg[700], what[800];
        at_error_clear(&err);
        int rc = at_rules_parse(&r, cases[i][0], strlen(cases[i][0]), "good.rules", &err);
        at_error_format(&err, msg, sizeof msg);
        snprintf(what, sizeof what, "rules error located at %s (got: %s)", cases[i][1], msg);
        ok(rc == AT_ESYNTAX && r == NULL && g_str_has_prefix(msg, cases[i][1]), what);
    }
}

static void test_doc(void)
{
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    const char *text = "Första raden här\nandra raden\n\nNytt stycke\n";
    ok(at_doc_from_text(&doc, "t", text, strlen(text), NULL, &err) == 0, "doc from text");
    ok(at_doc_n_blocks(doc) == 2 && at_doc_n_lines(doc) == 3 && at_doc_n_words(doc) == 7,
       "doc: 2 paragraphs, 3 lines, 7 words");
    at_word_view w;
    at_doc_word(doc, 1, &w);
    ok(w.offset == (long long)strlen("Första ") && w.raw_len == 5 && w.confidence < 0, "doc: word offsets");
    char rule[] = "a.rule";
    at_doc_set_text(doc, 0, "första", strlen("första"), rule, 1);
    at_doc_set_text(doc, 2, "", 0, rule, 1);
    rule[0] = 'b'; /* the caller's buffer, now another rule */
    at_doc_set_text(doc, 3, "Andra", 5, rule, 1);
    at_word_view first, fourth;
    at_doc_word(doc, 0, &first);
    at_doc_word(doc, 3, &fourth);
    ok(at_doc_n_changed(doc) == 2 && strcmp(first.rule, "a.rule") == 0 && strcmp(fourth.rule, "b.rule") == 0,
       "doc: changed words counted, a deleted one not; each keeps its rule");
    at_doc_free(doc);
    at_text_options topts = AT_TEXT_OPTIONS_INIT;
    topts.tables = true;
    const char *tsv = "Rubrik\tUppdrag\tTid\nA\t\tHösten 2023\n";
    ok(at_doc_from_text(&doc, "t.tsv", tsv, strlen(tsv), &topts, &err) == 0, "doc from a table");
    at_block_view b;
    at_doc_block(doc, 5, &b);
    ok(at_doc_n_blocks(doc) == 6 && b.kind == AT_BLOCK_CELL && b.row == 1 && b.col == 2 && b.n_lines == 1,
       "table: every field a cell with its row and column");
    at_doc_block(doc, 4, &b);
    ok(b.n_lines == 0, "table: an empty cell keeps its place");
    at_doc_free(doc);
    at_error_clear(&err);
    ok(at_doc_from_text(&doc, "bin", "ab\0cd", 5, NULL, &err) == AT_EFORMAT && strstr(err.message, "not a text file"),
       "binary input refused");
}

typedef struct {
    const at_normalizer *n;
    const char *text;
    char *out;
} thread_job;

static gpointer normalize_in_thread(gpointer data)
{
    thread_job *j = data;
    for (int round = 0; round < 20; round++) {
        at_error err = AT_ERROR_INIT;
        at_doc *doc = NULL;
        size_t len = 0;
        g_free(j->out);
        j->out = NULL;
        at_doc_from_text(&doc, "t", j->text, strlen(j->text), NULL, &err);
        at_normalize_doc(j->n, doc, NULL, &err);
        FILE *f = open_memstream(&j->out, &len);
        at_doc_write_text(doc, f, NULL, NULL, &err);
        fclose(f);
        at_doc_free(doc);
    }
    return NULL;
}

/* One dictionary, rules and normalizer serve many threads at once with the same results. */
static void test_threads(const at_dict *d)
{
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    at_error err = AT_ERROR_INIT;
    at_rules_load(&rules, at_rules_default_path(), &err);
    at_normalizer_new(&n, d, rules, NULL, &err);
    const char *text = "Sodertorn ar en attraktiv del av regionen med 6ver en halv miljon invanare.\n"
                       "Vi samverkar for att stdrka den regionala utvecklingen i 5 ar.\n";
    thread_job jobs[4] = { { n, text, NULL }, { n, text, NULL }, { n, text, NULL }, { n, text, NULL } };
    GThread *threads[4];
    for (int i = 0; i < 4; i++)
        threads[i] = g_thread_new("normalize", normalize_in_thread, &jobs[i]);
    for (int i = 0; i < 4; i++)
        g_thread_join(threads[i]);
    thread_job alone = { n, text, NULL };
    normalize_in_thread(&alone);
    bool same = strstr(alone.out, "Södertörn är en attraktiv") != NULL;
    for (int i = 0; i < 4; i++) {
        same = same && strcmp(jobs[i].out, alone.out) == 0;
        g_free(jobs[i].out);
    }
    ok(same, "four threads sharing one normalizer give the single-thread result");
    g_free(alone.out);
    at_normalizer_free(n);
    at_rules_free(rules);
}

static char *normalize_text(const at_normalizer *n, const char *text)
{
    at_error err = AT_ERROR_INIT;
    at_doc *doc = NULL;
    char *out = NULL;
    size_t len = 0;
    at_doc_from_text(&doc, "t", text, strlen(text), NULL, &err);
    at_normalize_doc(n, doc, NULL, &err);
    FILE *f = open_memstream(&out, &len);
    at_doc_write_text(doc, f, NULL, NULL, &err);
    fclose(f);
    at_doc_free(doc);
    return out;
}

/* The normalizer decides a sentence in segments of at most 256 word parts and breaks the context at
 * codes inside a word ("for-CO2-utslapp"); a word cut by either must come out whole, its parts in place.
 * A boundary falls before, inside and after the multi-part words for every k. */
static void test_segment_boundaries(const at_dict *d)
{
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    at_error err = AT_ERROR_INIT;
    at_rules_load(&rules, at_rules_default_path(), &err);
    at_normalizer_new(&n, d, rules, NULL, &err);
    int bad = 0;
    for (int k = 0; k <= 2 * 256 + 8; k++) {
        GString *in = g_string_new(NULL);
        for (int i = 0; i < k; i++)
            g_string_append(in, "och ");
        g_string_append(in, "kornmunernas-malsattningar for-ar-mal-sa-ga-fa for-CO2-utslapp for-3-malsattningar\n");
        char *out = normalize_text(n, in->str);
        char **w = g_strsplit(g_strstrip(out), " ", -1);
        char folded[64] = "";
        bool good = g_strv_length(w) == (guint)k + 4;
        if (good) {
            /* Whichever readings context picks for these short words, they keep their letters and hyphens. */
            at_fold(w[k + 1], strlen(w[k + 1]), folded, sizeof folded);
            good = strcmp(w[k], "kommunernas-målsättningar") == 0 && strcmp(folded, "for-ar-mal-sa-ga-fa") == 0 &&
                   strcmp(w[k + 2], "för-CO2-utsläpp") == 0 && strcmp(w[k + 3], "för-3-målsättningar") == 0;
        }
        if (!good && bad++ < 3)
            printf("# after %d words: %s\n", k, k >= 1 && g_strv_length(w) > (guint)k ? w[k] : out);
        g_strfreev(w);
        g_free(out);
        g_string_free(in, TRUE);
    }
    ok(bad == 0, "words cut by a segment boundary at every position, or by a code, come out whole");
    at_normalizer_free(n);
    at_rules_free(rules);
}

/* The text reader tests 8 bytes at a time whether a word goes on: words of every length up to 20
 * after every separator it knows (space, tab, CR, no-break, thin and ideographic space), ending at
 * every place in an 8-byte run; a control character, an en dash or a letter beyond ASCII goes on. */
static void test_word_ends(void)
{
    static const char *const seps[] = { " ", "  ", "\t", "\r", "\xC2\xA0", "\xE2\x80\x89", "\xE3\x80\x80", "\n" };
    static const char *const odd[] = { "x\x01y", "1\xE2\x80\x93" "3", "l\xC3\xA5ngtidsarbetsl\xC3\xB6sheten", "\xC3\xA5" };
    GString *text = g_string_new(NULL);
    GPtrArray *want = g_ptr_array_new_with_free_func(g_free);
    for (size_t s = 0; s < G_N_ELEMENTS(seps); s++) {
        for (size_t len = 1; len <= 20 + G_N_ELEMENTS(odd); len++) {
            char *w = len <= 20 ? g_strndup("abcdefghijklmnopqrstuvwxyz", len) : g_strdup(odd[len - 21]);
            g_string_append(text, w);
            g_string_append(text, seps[s]);
            g_ptr_array_add(want, w);
        }
    }
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    at_doc_from_text(&doc, "t", text->str, text->len, NULL, &err);
    bool same = doc && at_doc_n_words(doc) == want->len;
    for (size_t i = 0; same && i < want->len; i++) {
        size_t len;
        const char *w = at_doc_word_text(doc, i, &len);
        same = len == strlen(want->pdata[i]) && memcmp(w, want->pdata[i], len) == 0;
    }
    ok(same, "text reader: every word whole after every separator, wherever its end falls");
    at_doc_free(doc);
    g_ptr_array_free(want, TRUE);
    g_string_free(text, TRUE);
}

/* The text writer gathers runs into 64 kB before a write: every run, short or longer than that,
 * comes out once and in order, and a failed write is still an error. */
static void test_write_runs(void)
{
    GString *text = g_string_new(NULL), *want = g_string_new(NULL);
    for (int i = 0; i < 60000; i++)
        g_string_append_printf(text, "ord%d ", i % 10);
    g_string_append(text, "\n");
    for (int i = 0; i < 70000; i++)
        g_string_append_c(text, 'a'); /* a run longer than the gathering buffer */
    g_string_append(text, "\nslut\n");
    at_doc *doc = NULL;
    at_error err = AT_ERROR_INIT;
    at_doc_from_text(&doc, "t", text->str, text->len, NULL, &err);
    for (size_t i = 0; i < 60000; i += 997)
        at_doc_set_text(doc, i, "ORD", 3, "test", 1);
    for (size_t i = 0; i < at_doc_n_words(doc); i++) {
        size_t len, gap_len;
        const char *gap = at_doc_source_gap(doc, i, &gap_len);
        const char *w = at_doc_word_text(doc, i, &len);
        g_string_append_len(want, gap, (gssize)gap_len);
        g_string_append_len(want, w, (gssize)len);
    }
    g_string_append(want, "\n");
    char *out = NULL;
    size_t out_len = 0;
    FILE *f = open_memstream(&out, &out_len);
    int rc = at_doc_write_text(doc, f, NULL, NULL, &err);
    fclose(f);
    ok(rc == 0 && out_len == want->len && memcmp(out, want->str, out_len) == 0,
       "write: short runs and one longer than 64 kB come out whole and in order");
    FILE *ro = fopen("/dev/null", "r");
    ok(ro && at_doc_write_text(doc, ro, NULL, NULL, &err) == AT_EIO, "write: a failed write is an error");
    if (ro)
        fclose(ro);
    free(out);
    at_doc_free(doc);
    g_string_free(text, TRUE);
    g_string_free(want, TRUE);
}

/* Decomposed letters (a + U+0308) come out composed, as rule unicode.nfc, wherever they sit among
 * 8-byte runs of the source; an en dash and a thin space (bytes >= 0xCC outside any word) change nothing. */
static void test_nfc(const at_dict *d)
{
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    at_error err = AT_ERROR_INIT;
    at_rules_load(&rules, at_rules_default_path(), &err);
    at_normalizer_new(&n, d, rules, NULL, &err);
    const char *text = "Det ha\xCC\x88r a\xCC\x88r en la\xCC\x88ngre mening \xE2\x80\x93 och\xE2\x80\x89ho\xCC\x88gst "
                       "tva\xCC\x8A a\xCC\x88pplen.\nDen ra\xCC\x88tten";
    at_doc *doc = NULL;
    at_doc_from_text(&doc, "t", text, strlen(text), NULL, &err);
    at_normalize_doc(n, doc, NULL, &err);
    int nfc = 0, marks = 0;
    for (size_t i = 0; i < at_doc_n_words(doc); i++) {
        at_word_view w;
        at_doc_word(doc, i, &w);
        nfc += w.rule && strstr(w.rule, "unicode.nfc") != NULL;
        marks += memchr(w.text, 0xCC, w.text_len) != NULL;
    }
    ok(nfc == 7 && marks == 0, "nfc: the seven decomposed words composed, nothing else");
    at_doc_free(doc);
    /* A word added through the API after the text was read lies outside the source: it is composed too. */
    const char *plain = "Det var bra.";
    at_doc_from_text(&doc, "t", plain, strlen(plain), NULL, &err);
    size_t added = at_doc_add_word(doc, "ho\xCC\x88g", strlen("ho\xCC\x88g"), (at_box){ -1, -1, -1, -1 }, -1);
    at_normalize_doc(n, doc, NULL, &err);
    at_word_view w;
    at_doc_word(doc, added, &w);
    ok(w.text_len == strlen("h\xC3\xB6g") && memcmp(w.text, "h\xC3\xB6g", w.text_len) == 0,
       "nfc: a word added after the text was read is composed too");
    at_doc_free(doc);
    at_normalizer_free(n);
    at_rules_free(rules);
}

enum { LETTER_PX = 12, SPACE_PX = 8, LINE_PX = 40 };

/* The width of `line`'s words (split at spaces) set LETTER_PX a letter, SPACE_PX a space. */
static int measured_width(const char *line)
{
    char **words = g_strsplit(line, " ", -1);
    int width = -SPACE_PX;
    for (char **w = words; *w; w++)
        width += LETTER_PX * (int)g_utf8_strlen(*w, -1) + SPACE_PX;
    g_strfreev(words);
    return width;
}

/* A block at `x` `width` px wide (0: as wide as its widest line, a box drawn round its words) holding
 * `lines` (words split at spaces, NULL-ended), its words measured, the first `pad` px in from its edge. */
static void add_measured_block(at_doc *doc, at_block_kind kind, int col, int x, int width, int pad,
                               const char *const *lines)
{
    int n_lines = 0, widest = 0;
    for (; lines[n_lines]; n_lines++)
        widest = MAX(widest, measured_width(lines[n_lines]));
    bool cell = kind == AT_BLOCK_CELL;
    at_doc_add_block(doc, kind, cell ? 0 : -1, cell ? 0 : -1, col,
                     (at_box){ x, 100, width ? width : widest + 2 * pad, n_lines * LINE_PX + 2 * pad });
    for (int l = 0; l < n_lines; l++) {
        char **words = g_strsplit(lines[l], " ", -1);
        int y = 100 + pad + l * LINE_PX, at = x + pad;
        at_doc_add_line(doc, (at_box){ at, y, measured_width(lines[l]), LINE_PX });
        for (char **w = words; *w; w++) {
            int w_px = LETTER_PX * (int)g_utf8_strlen(*w, -1);
            at_doc_add_word(doc, *w, strlen(*w), (at_box){ at, y, w_px, LINE_PX }, 0.9f);
            at += w_px + SPACE_PX;
        }
        g_strfreev(words);
    }
}

/* The text of block `block`, its lines joined by spaces and its merged halves left out. */
static char *block_text(const at_doc *doc, size_t block)
{
    at_block_view b;
    at_doc_block(doc, block, &b);
    GString *out = g_string_new(NULL);
    for (size_t l = b.first_line; l < b.first_line + b.n_lines; l++) {
        at_line_view line;
        at_doc_line(doc, l, &line);
        for (size_t i = line.first_word; i < line.first_word + line.n_words; i++) {
            size_t len;
            const char *t = at_doc_word_text(doc, i, &len);
            if (len)
                g_string_append_printf(out, "%s%.*s", out->len ? " " : "", (int)len, t);
        }
    }
    return g_string_free(out, FALSE);
}

/* A word too long for a narrow cell's or column's line, broken at the right edge without a hyphen, is
 * joined (rule layout.wordbreak, the halves kept as the raw readings); a line that ends short, a hyphen
 * before "och", two dictionary words, a natural wrap after a word that fills the line, and a line that
 * alone sets its block's edge stay. */
static void test_word_broken_at_edge(const at_dict *d)
{
    at_rules *rules = NULL;
    at_normalizer *n = NULL;
    at_error err = AT_ERROR_INIT;
    at_rules_load(&rules, at_rules_default_path(), &err);
    at_normalizer_new(&n, d, rules, NULL, &err);
    at_doc *doc = at_doc_new("cells");
    at_doc_add_page(doc, &(at_page_view){ .width = 2480, .height = 3508, .dpi = 300, .source_page = 1 });
    static const char *const broken[] = { "Socialförvaltnin", "gen", NULL };
    static const char *const unit[] = { "Miljö- och", "hälsoskyddsenheten", NULL };
    static const char *const words[] = { "Kultur", "nämnden", NULL };
    static const char *const wrapped[] = { "Kommunledningsförvaltningen", "ekonomienheten", NULL };
    static const char *const column[] = { "Ärendet bereds av", "byggnadsnämnde", "ns utskott. Det", "tas upp av",
                                          "kommunstyrelsen", "och fullmäktige.", NULL };
    add_measured_block(doc, AT_BLOCK_CELL, 0, 100, 230, 6, broken); /* fills the cell to 26 px of its edge */
    add_measured_block(doc, AT_BLOCK_CELL, 1, 400, 300, 6, broken); /* ends 96 px short */
    add_measured_block(doc, AT_BLOCK_CELL, 2, 700, 250, 6, unit);
    add_measured_block(doc, AT_BLOCK_CELL, 3, 1000, 104, 6, words);
    add_measured_block(doc, AT_BLOCK_CELL, 4, 1200, 360, 6, wrapped);
    add_measured_block(doc, AT_BLOCK_TEXT, -1, 1600, 0, 0, column); /* a narrow prose column */
    add_measured_block(doc, AT_BLOCK_TEXT, -1, 1900, 0, 0, broken);
    at_normalize_doc(n, doc, NULL, &err);
    static const char *const want[] = {
        "Socialförvaltningen", "Socialförvaltnin gen", "Miljö- och hälsoskyddsenheten", "Kultur nämnden",
        "Kommunledningsförvaltningen ekonomienheten",
        "Ärendet bereds av byggnadsnämndens utskott. Det tas upp av kommunstyrelsen och fullmäktige.",
        "Socialförvaltnin gen"
    };
    for (size_t b = 0; b < G_N_ELEMENTS(want); b++) {
        char *got = block_text(doc, b);
        char *what = g_strdup_printf("broken word: block %zu '%s' (got '%s')", b, want[b], got);
        ok(strcmp(got, want[b]) == 0, what);
        g_free(what);
        g_free(got);
    }
    at_word_view first;
    at_doc_word(doc, 0, &first);
    ok(first.rule && strcmp(first.rule, "layout.wordbreak") == 0 && first.raw_len == strlen("Socialförvaltnin"),
       "broken word: the join is recorded, the first half kept as the raw reading");
    at_doc_free(doc);
    at_normalizer_free(n);
    at_rules_free(rules);
}

int main(void)
{
    const char *dict_path = at_dict_default_path();
    at_dict *d = NULL;
    at_error err = AT_ERROR_INIT;
    if (at_dict_open(&d, dict_path, &err) < 0) {
        char msg[700];
        printf("Bail out! %s\n", at_error_format(&err, msg, sizeof msg));
        return 1;
    }
    test_parallel(); /* first: no thread of another test about */
    test_fold();
    test_utf8_validate();
    test_swar();
    test_dict(d);
    test_prefetch(dict_path);
    test_dict_errors();
    test_lexicon(dict_path);
    test_rules();
    test_doc();
    test_word_ends();
    test_write_runs();
    test_threads(d);
    test_segment_boundaries(d);
    test_nfc(d);
    test_word_broken_at_edge(d);
    at_dict_free(d);
    printf("1..%d\n", n_tests);
    return n_failed ? 1 : 0;
}
