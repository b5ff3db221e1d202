/* Tests of at_eval_texts() and at_damage_text().
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "arkivtext/eval.h"

#include <glib.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static int failures;

#define CHECK(cond, ...)                                                        \
    do {                                                                        \
        if (!(cond)) {                                                          \
            failures++;                                                         \
            fprintf(stderr, "%s:%d: failed: %s: ", __FILE__, __LINE__, #cond);  \
            fprintf(stderr, __VA_ARGS__);                                       \
            fputc('\n', stderr);                                                \
        }                                                                       \
    } while (0)

static at_eval_result eval(const char *gold, const char *hyp, const char *ocr)
{
    at_error err = AT_ERROR_INIT;
    at_eval_result r;
    int rc = at_eval_texts(gold, strlen(gold), hyp, strlen(hyp), ocr, ocr ? strlen(ocr) : 0, &r, &err);
    CHECK(rc == 0, "at_eval_texts: %s", err.message);
    if (rc != 0)
        memset(&r, 0, sizeof r);
    return r;
}

static char *damage(const char *text, at_damage_mode mode, uint32_t seed)
{
    at_error err = AT_ERROR_INIT;
    size_t len = 0;
    char *out = at_damage_text(text, strlen(text), mode, seed, &len, &err);
    CHECK(out != NULL, "at_damage_text: %s", err.message);
    CHECK(!out || len == strlen(out), "length %zu, string %zu", len, out ? strlen(out) : 0);
    return out ? out : g_strdup("");
}

static void test_rates(void)
{
    const char *text = "Kommunen har beslutat att öka satsningen på skolor.";
    at_eval_result r = eval(text, text, NULL);
    CHECK(r.char_edits == 0 && r.cer == 0.0, "identical texts: %zu edits", r.char_edits);
    CHECK(r.word_edits == 0 && r.wer == 0.0, "identical texts: %zu word edits", r.word_edits);
    CHECK(r.gold_chars == (size_t)g_utf8_strlen(text, -1), "%zu graphemes", r.gold_chars);
    CHECK(r.gold_words == 8, "%zu words, want 8 (the full stop is no word)", r.gold_words);

    r = eval("kommunen är", "kommunen ar", NULL);
    CHECK(r.gold_chars == 11 && r.char_edits == 1, "%zu/%zu graphemes", r.char_edits, r.gold_chars);
    CHECK(r.gold_words == 2 && r.word_edits == 1, "%zu/%zu words", r.word_edits, r.gold_words);
    CHECK(r.cer > 0.0909 && r.cer < 0.0910 && r.wer == 0.5, "cer %g wer %g", r.cer, r.wer);

    /* a + U+0308 is ä after NFC; q + U+0308 has no composed form but is one grapheme. */
    r = eval("kommunen är", "kommunen a\xCC\x88r", NULL);
    CHECK(r.char_edits == 0 && r.word_edits == 0, "decomposed ä: %zu edits", r.char_edits);
    r = eval("q\xCC\x88x", "qx", NULL);
    CHECK(r.gold_chars == 2 && r.char_edits == 1, "q+U+0308 x: %zu/%zu", r.char_edits, r.gold_chars);

    r = eval("Ett  två\n\ntre\t", " Ett två\r\ntre", NULL);
    CHECK(r.char_edits == 0 && r.gold_chars == 11, "white space: %zu/%zu", r.char_edits, r.gold_chars);

    r = eval("", "", NULL);
    CHECK(r.cer == 0.0 && r.gold_words == 0, "empty texts: cer %g", r.cer);
}

static void test_invalid(void)
{
    at_error err = AT_ERROR_INIT;
    at_eval_result r;
    int rc = at_eval_texts("ok", 2, "ok \xff", 4, NULL, 0, &r, &err);
    CHECK(rc == AT_EFORMAT && err.offset == 3, "bad hypothesis: rc %d offset %lld", rc, err.offset);
    CHECK(strstr(err.message, "hypothesis") != NULL, "message names the text: %s", err.message);

    at_error_clear(&err);
    rc = at_eval_texts("ok", 2, "ok", 2, "o\0k", 3, &r, &err);
    CHECK(rc == AT_EFORMAT && err.offset == 1, "NUL in OCR text: rc %d offset %lld", rc, err.offset);

    at_error_clear(&err);
    CHECK(at_damage_text("\xc3", 1, AT_DAMAGE_STRIP, 1, NULL, &err) == NULL && err.code == AT_EFORMAT,
          "truncated UTF-8 in damage: %d", err.code);
}

/* Plain O(nm) Levenshtein over ids, the reference for the fast distance. */
static size_t reference_distance(const int *a, size_t n, const int *b, size_t m)
{
    size_t *row = g_new(size_t, m + 1);
    for (size_t j = 0; j <= m; j++)
        row[j] = j;
    for (size_t i = 1; i <= n; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= m; j++) {
            size_t up = row[j];
            row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + (a[i - 1] != b[j - 1]));
            diag = up;
        }
    }
    size_t d = row[m];
    g_free(row);
    return d;
}

/* Random word texts over a tiny vocabulary, so that distances are interesting. */
static void test_distance_exact(void)
{
    static const char *const vocab[] = { "a", "b", "c", "ab" };
    GRand *rng = g_rand_new_with_seed(7);
    for (int round = 0; round < 400; round++) {
        int ids[2][40];
        size_t n[2], chars[2] = { 0, 0 };
        GString *text[2];
        int cid[2][200];
        for (int t = 0; t < 2; t++) {
            n[t] = (size_t)g_rand_int_range(rng, 0, 40);
            text[t] = g_string_new(NULL);
            for (size_t i = 0; i < n[t]; i++) {
                ids[t][i] = g_rand_int_range(rng, 0, 4);
                if (i)
                    g_string_append_c(text[t], ' ');
                g_string_append(text[t], vocab[ids[t][i]]);
            }
            for (size_t i = 0; i < text[t]->len; i++)
                cid[t][chars[t]++] = text[t]->str[i];
        }
        at_eval_result r = eval(text[0]->str, text[1]->str, NULL);
        size_t want_words = reference_distance(ids[0], n[0], ids[1], n[1]);
        size_t want_chars = reference_distance(cid[0], chars[0], cid[1], chars[1]);
        CHECK(r.word_edits == want_words, "'%s' / '%s': %zu word edits, want %zu", text[0]->str, text[1]->str,
              r.word_edits, want_words);
        CHECK(r.char_edits == want_chars, "'%s' / '%s': %zu char edits, want %zu", text[0]->str, text[1]->str,
              r.char_edits, want_chars);
        g_string_free(text[0], TRUE);
        g_string_free(text[1], TRUE);
    }
    g_rand_free(rng);
}

static void test_fixed_harmed(void)
{
    at_eval_result r = eval("går till skolan på måndag", "går till skolen på mandag",
                            "gar till skolan pa mandag");
    CHECK(r.damaged == 3 && r.fixed == 2, "damaged %zu fixed %zu, want 3 and 2", r.damaged, r.fixed);
    CHECK(r.intact == 2 && r.harmed == 1, "intact %zu harmed %zu, want 2 and 1", r.intact, r.harmed);
    CHECK(r.word_edits == 2, "%zu word edits", r.word_edits);

    /* A word the OCR lost is damaged; restored by the hypothesis, it is fixed. */
    r = eval("vi går hem nu", "vi går hem nu", "vi hem nu");
    CHECK(r.damaged == 1 && r.fixed == 1 && r.intact == 3 && r.harmed == 0, "OCR deletion: %zu %zu %zu %zu",
          r.damaged, r.fixed, r.intact, r.harmed);
    /* A good word the hypothesis lost is harmed. */
    r = eval("vi går hem nu", "vi går nu", "vi går hem nu");
    CHECK(r.damaged == 0 && r.intact == 4 && r.harmed == 1, "hypothesis deletion: %zu %zu %zu", r.damaged,
          r.intact, r.harmed);
    /* Words the OCR split or added do not shift the alignment of the rest. */
    r = eval("ett två tre fyra fem", "ett två tre fyra fem", "e ett tva tre fy ra fem");
    CHECK(r.damaged == 2 && r.fixed == 2 && r.intact == 3 && r.harmed == 0, "insertions: %zu %zu %zu %zu",
          r.damaged, r.fixed, r.intact, r.harmed);
}

static void test_strip(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        { "Södertörn ÅR", "Sodertorn AR" },
        { "Ära é ü\r\nx\n", "Ara e u\r\nx\n" },
        { "ka\xCC\x88r", "kar" }, /* decomposed ä */
        { "Kö: 5 § – ok, 3\xC2\xA0kr\n\n", "Ko: 5 § – ok, 3\xC2\xA0kr\n\n" },
        { "", "" },
    };
    for (size_t i = 0; i < G_N_ELEMENTS(cases); i++) {
        char *out = damage(cases[i].in, AT_DAMAGE_STRIP, 1);
        CHECK(strcmp(out, cases[i].out) == 0, "strip '%s' gave '%s', want '%s'", cases[i].in, out, cases[i].out);
        g_free(out);
    }
}

typedef struct {
    size_t letters, stripped, lookalike, intact;
    size_t bullets, sections, co2, ones, rn;
} tally;

static bool one_of(gunichar c, const char *chars)
{
    for (const char *p = chars; *p; p = g_utf8_next_char(p))
        if (g_utf8_get_char(p) == c)
            return true;
    return false;
}

static gunichar base_letter(gunichar c)
{
    gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    return g_unichar_fully_decompose(c, FALSE, d, G_N_ELEMENTS(d)) > 1 ? d[0] : c;
}

static bool starts(const char *p, const char *prefix)
{
    return strncmp(p, prefix, strlen(prefix)) == 0;
}

static bool mismatch(const char *in, const char *out)
{
    fprintf(stderr, "'%.20s' became '%.20s'\n", in, out);
    return false;
}

/* Walk input and output together: every difference must be one the OCR damage may make. */
static bool only_ocr_changes(const char *in, const char *out, tally *t)
{
    const char *p = in, *q = out;
    gunichar prev = 0;
    bool line_start = true;
    while (*p) {
        gunichar c = g_utf8_get_char(p), d = *q ? g_utf8_get_char(q) : 0;
        bool word_start = !g_unichar_isalnum(prev);
        bool diacritic = base_letter(c) != c && g_unichar_isalpha(c);
        const char *np = g_utf8_next_char(p), *nq = *q ? g_utf8_next_char(q) : q;
        if (line_start && (starts(p, "• ") || starts(p, "- ")) && (starts(q, "e ") || starts(q, "o "))) {
            np = p + (*p == '-' ? 2 : 4);
            nq = q + 2;
            t->bullets++;
            c = ' ';
        } else if (word_start && (starts(p, "CO2") || starts(p, "CO₂")) && starts(q, "CO,")) {
            np = p + (p[2] == '2' ? 3 : 5);
            nq = q + 3;
            t->co2++;
        } else if (c == d) {
            t->letters += diacritic;
            t->intact += diacritic;
        } else if (diacritic) {
            t->letters++;
            gunichar base = base_letter(c);
            if (d == base)
                t->stripped++;
            else if (one_of(d, "é6ódá&O"))
                t->lookalike++;
            else
                return mismatch(p, q);
        } else if (c == 0xA7 && one_of(d, "S$8")) {
            t->sections++;
        } else if (c == 'l' && word_start && d == '1') {
            t->ones++;
        } else if (c == 'm' && starts(q, "rn")) {
            nq = q + 2;
            t->rn++;
        } else {
            return mismatch(p, q);
        }
        line_start = c == '\n' || (line_start && c == ' ' && !starts(p, "• ") && !starts(p, "- "));
        prev = c;
        p = np;
        q = nq;
    }
    return *q == '\0';
}

static size_t count_lines(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void test_ocr_damage(void)
{
    static const char *const lines[] = {
        "Södertörns åtta kommuner är en attraktiv del av Stockholmsregionen.\n",
        "• Fokus på den gemensamma nyttan för länets invånare.\n",
        "- Vi bidrar till långsiktig minskning av CO2-utsläpp inom Södertörn.\n",
        "Enligt 3 § i lagen får kommunen ÅTERKALLA beslutet; se även 4 §§.\n",
        "Ökad trafiksäkerhet, miljöpåverkan och lärande i Älvsjö.\n",
        "\n",
    };
    GString *text = g_string_new(NULL);
    for (int i = 0; i < 3000; i++)
        g_string_append(text, lines[i % G_N_ELEMENTS(lines)]);
    char *a = damage(text->str, AT_DAMAGE_OCR, 42), *b = damage(text->str, AT_DAMAGE_OCR, 42);
    char *c = damage(text->str, AT_DAMAGE_OCR, 43);
    CHECK(strcmp(a, b) == 0, "the same seed gave different damage");
    CHECK(strcmp(a, c) != 0, "seeds 42 and 43 gave the same damage");
    CHECK(count_lines(a) == count_lines(text->str), "%zu lines, want %zu", count_lines(a), count_lines(text->str));
    tally t = { 0 };
    CHECK(only_ocr_changes(text->str, a, &t), "OCR damage changed something it should not (see above)");
    double n = (double)t.letters;
    CHECK(t.letters > 5000, "%zu letters with diacritics", t.letters);
    CHECK(t.stripped / n > 0.55 && t.stripped / n < 0.65, "stripped %.3f, want about 0.60", t.stripped / n);
    CHECK(t.lookalike / n > 0.20 && t.lookalike / n < 0.30, "look-alikes %.3f, want about 0.25", t.lookalike / n);
    CHECK(t.intact / n > 0.11 && t.intact / n < 0.19, "intact %.3f, want about 0.15", t.intact / n);
    CHECK(t.bullets > 430 && t.bullets < 570, "%zu of 1000 bullets read as letters, want about half", t.bullets);
    CHECK(t.co2 > 200 && t.co2 < 300, "%zu of 500 CO2 read as CO, want about half", t.co2);
    CHECK(t.sections > 980 && t.sections < 1120, "%zu of 1500 § misread, want about 70 %%", t.sections);
    CHECK(t.ones > 0 && t.rn > 0, "no l -> 1 (%zu) or m -> rn (%zu)", t.ones, t.rn);
    g_free(a);
    g_free(b);
    g_free(c);

    /* Without diacritics and rare sites, nothing changes. */
    g_string_truncate(text, 0);
    for (int i = 0; i < 2000; i++)
        g_string_append(text, "Det var en bra dag och vi satt vid bordet.\n");
    a = damage(text->str, AT_DAMAGE_OCR, 5);
    CHECK(strcmp(a, text->str) == 0, "a text without diacritics changed");
    g_free(a);
    g_string_free(text, TRUE);
}

/* 100 000 words: the distances and both alignments must finish in bounded memory. */
static void test_long_texts(void)
{
    static const char *const vocab[] = {
        "kommunen", "är", "för", "på", "och", "att", "utveckling", "samverkan", "Södertörn", "län",
        "möjligheter", "både", "skolan", "planering", "året", "beslut", "i", "en", "av", "nämnden",
        "förvaltningen", "trafik", "miljö", "ärende", "till", "det", "har", "inom", "område", "större",
    };
    enum { WORDS = 100000, EVERY = 100 };
    GRand *rng = g_rand_new_with_seed(11);
    GString *gold = g_string_new(NULL), *hyp = g_string_new(NULL);
    for (int i = 0; i < WORDS; i++) {
        const char *w = vocab[g_rand_int_range(rng, 0, G_N_ELEMENTS(vocab))];
        const char *sep = i + 1 == WORDS ? "" : (i % 12 == 11 ? "\n" : " ");
        g_string_append_printf(gold, "%s%s", w, sep);
        g_string_append_printf(hyp, "%s%s", i % EVERY == 0 ? "xyzzy" : w, sep);
    }
    g_rand_free(rng);
    char *ocr = damage(gold->str, AT_DAMAGE_OCR, 3);
    gint64 t0 = g_get_monotonic_time();
    at_eval_result r = eval(gold->str, hyp->str, ocr);
    double secs = (double)(g_get_monotonic_time() - t0) / 1e6;
    CHECK(r.gold_words == WORDS, "%zu gold words", r.gold_words);
    CHECK(r.word_edits == WORDS / EVERY, "%zu word edits, want %d", r.word_edits, WORDS / EVERY);
    CHECK(r.damaged + r.intact == WORDS, "damaged %zu + intact %zu", r.damaged, r.intact);
    /* Every replaced word is either damaged and not fixed, or intact and harmed; all others are fine. */
    CHECK(r.damaged - r.fixed + r.harmed == WORDS / EVERY, "damaged %zu fixed %zu harmed %zu", r.damaged, r.fixed,
          r.harmed);
    CHECK(r.damaged > WORDS / 4, "only %zu damaged words", r.damaged);
    printf("100 000 words: %.2f s (CER %.4f, WER %.4f, damaged %zu, fixed %zu, intact %zu, harmed %zu)\n", secs,
           r.cer, r.wer, r.damaged, r.fixed, r.intact, r.harmed);
    g_free(ocr);
    g_string_free(gold, TRUE);
    g_string_free(hyp, TRUE);
}

/* A block only the OCR text has (a page read twice) must not pull the later words out of alignment. */
static void test_inserted_block(void)
{
    static const char *const vocab[] = { "kommunen", "är", "för", "på", "och", "att", "utveckling", "samverkan" };
    enum { WORDS = 20000, BLOCK = 3000 };
    GRand *rng = g_rand_new_with_seed(5);
    GString *gold = g_string_new(NULL), *ocr = g_string_new(NULL);
    for (int i = 0; i < WORDS; i++) {
        if (i == WORDS / 4)
            for (int j = 0; j < BLOCK; j++)
                g_string_append_printf(ocr, "%s ", vocab[g_rand_int_range(rng, 0, 8)]);
        char word[32];
        /* every tenth word a number, found once in each text */
        if (i % 10 == 0)
            snprintf(word, sizeof word, "%d ", i);
        else
            snprintf(word, sizeof word, "%s ", vocab[g_rand_int_range(rng, 0, 8)]);
        g_string_append(gold, word);
        g_string_append(ocr, word);
    }
    g_rand_free(rng);
    at_eval_result r = eval(gold->str, gold->str, ocr->str);
    CHECK(r.damaged < 20 && r.harmed == 0, "inserted block: damaged %zu harmed %zu of %zu", r.damaged, r.harmed,
          r.gold_words);
    g_string_free(gold, TRUE);
    g_string_free(ocr, TRUE);
}

int main(void)
{
    test_rates();
    test_invalid();
    test_distance_exact();
    test_fixed_harmed();
    test_strip();
    test_ocr_damage();
    test_inserted_block();
    test_long_texts();
    if (failures)
        fprintf(stderr, "test_eval: %d check%s failed\n", failures, failures == 1 ? "" : "s");
    else
        printf("test_eval: all checks passed\n");
    return failures != 0;
}
