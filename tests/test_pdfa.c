/* TAP test of the PDF/A writer on documents built here: text and boxes read back with poppler,
 * limits, bad input, reproducible writes. tests/pdfa.sh checks the files it leaves in
 * OUTDIR with PDFBox Preflight.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test_pdfa OUTDIR
 */
#include "arkivtext/arkivtext.h"

#include <glib/gstdio.h>
#include <leptonica/allheaders.h>
#include <locale.h>
#include <math.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>
#include "tests/tap.h"

static const char *outdir;

/* A gray page of w x h px at 300 dpi with dark bars where words would be, as JPEG; or bitonal, G4. */
static GBytes *page_bytes(int w, int h, bool bitonal, at_image_encoding *encoding)
{
    PIX *pix = pixCreate(w, h, bitonal ? 1 : 8);
    if (!bitonal)
        pixSetAllArbitrary(pix, 255);
    BOX *bar = boxCreate(w / 10, h / 10, w / 3, h / 60 + 1);
    pixRenderBoxArb(pix, bar, 3, 0, 0, 0);
    boxDestroy(&bar);
    GBytes *bytes = NULL;
    if (bitonal) {
        L_COMP_DATA *cid = NULL;
        pixGenerateCIData(pix, L_G4_ENCODE, 0, 0, &cid);
        bytes = g_bytes_new(cid->datacomp, cid->nbytescomp);
        l_CIDataDestroy(&cid);
        *encoding = AT_IMAGE_G4;
    } else {
        l_uint8 *data = NULL;
        size_t len = 0;
        pixWriteMemJpeg(&data, &len, pix, 50, 0);
        bytes = g_bytes_new(data, len);
        lept_free(data);
        *encoding = AT_IMAGE_JPEG;
    }
    pixDestroy(&pix);
    return bytes;
}

/* Add a page of w x h px with its image; `words` (NULL-terminated) on one line each 60 px high. */
static void add_page(at_doc *doc, int w, int h, bool bitonal, const char *const *words)
{
    at_page_view page = { w, h, 300, (int)at_doc_n_pages(doc) + 1, 0, 0, "gray", "tesseract test", 0.9f };
    size_t p = at_doc_add_page(doc, &page);
    at_image_encoding encoding;
    GBytes *bytes = page_bytes(w, h, bitonal, &encoding);
    gsize len = 0;
    const unsigned char *data = g_bytes_get_data(bytes, &len);
    at_page_image image = { encoding, w, h, 300, 1, data, len };
    at_doc_set_page_image(doc, p, &image);
    g_bytes_unref(bytes);
    if (!words || !words[0])
        return;
    at_doc_add_block(doc, AT_BLOCK_TEXT, -1, -1, -1, (at_box){ 100, 100, w - 200, 400 });
    at_doc_add_line(doc, (at_box){ 100, 300, w - 200, 60 });
    int x = 100;
    for (const char *const *word = words; *word; word++) {
        int width = 40 * (int)g_utf8_strlen(*word, -1);
        at_doc_add_word(doc, *word, strlen(*word), (at_box){ x, 300, width, 60 }, 0.9f);
        x += width + 30;
    }
}

/* write_pdf() to `path` the way the tool does: a temporary file renamed when all went well. */
static int write_pdf(const at_doc *doc, const at_pdfa_options *opts, const char *path, at_error *err)
{
    at_atomic_file *f = at_atomic_open(path, err);
    if (!f)
        return err->code;
    int rc = at_pdfa_write(doc, opts, at_atomic_stream(f), err);
    if (rc < 0) {
        at_atomic_abort(f);
        return rc;
    }
    return at_atomic_commit(f, err);
}

static char *out_path(const char *name)
{
    return g_build_filename(outdir, name, NULL);
}

static PopplerDocument *open_pdf(const char *path)
{
    char *uri = g_filename_to_uri(path, NULL, NULL);
    PopplerDocument *pdf = uri ? poppler_document_new_from_file(uri, NULL, NULL) : NULL;
    g_free(uri);
    return pdf;
}

/* The text of page `index`, white space runs as one space, trimmed. */
static char *page_text(PopplerDocument *pdf, int index)
{
    PopplerPage *page = poppler_document_get_page(pdf, index);
    char *text = page ? poppler_page_get_text(page) : g_strdup("");
    char **parts = g_strsplit_set(g_strstrip(text), " \n\t", -1);
    GString *s = g_string_new(NULL);
    for (char **p = parts; *p; p++)
        if (**p)
            g_string_append_printf(s, "%s%s", s->len ? " " : "", *p);
    g_strfreev(parts);
    g_free(text);
    if (page)
        g_object_unref(page);
    return g_string_free(s, FALSE);
}

static void test_words(void)
{
    /* A repaired word, then characters outside any real font's range: an astral letter, an emoji,
     * a combining diaeresis, U+FFFD; a control character is not shown. */
    const char *words[] = { "Södertörn", "är", "\xF0\x9D\x94\x84" "bc", "\xF0\x9F\x98\x80", "a\xCC\x88", "\xEF\xBF\xBD",
                            "x\x01y", NULL };
    at_doc *doc = at_doc_new("/some/where/words.tif");
    add_page(doc, 2480, 3508, false, words);
    at_doc_set_text(doc, 0, "Södertörn", strlen("Södertörn"), "dict.diacritics", 0.99);
    char *path = out_path("words.pdf");
    at_error err = AT_ERROR_INIT;
    at_pdfa_options opts = AT_PDFA_OPTIONS_INIT;
    opts.title = "Avtal & <samverkan> \"2023\"";
    opts.organisation = "Östra kommunernas samverkanskommitté";
    opts.date = "2023-09-12";
    opts.created = "2026-01-02T03:04:05+01:00";
    ok(write_pdf(doc, &opts, path, &err) == 0, "a page with words is written (%s)", err.message);
    PopplerDocument *pdf = open_pdf(path);
    char *text = pdf ? page_text(pdf, 0) : g_strdup("");
    ok(strcmp(text, "Södertörn är \xF0\x9D\x94\x84" "bc \xF0\x9F\x98\x80 a\xCC\x88 \xEF\xBF\xBD xy") == 0,
       "the text layer gives every word back, astral and combining characters too: '%s'", text);
    char *title = pdf ? poppler_document_get_title(pdf) : NULL;
    ok(title && strcmp(title, opts.title) == 0, "the title is kept with its & and <>: '%s'", title ? title : "");
    char *author = pdf ? poppler_document_get_author(pdf) : NULL;
    ok(author && strcmp(author, opts.organisation) == 0, "the organisation is the author");
    ok(pdf && poppler_document_get_creation_date(pdf) == 1767319445, "the creation time is the one given, in UTC");
    /* The word's box as text extraction sees it, against the box it was given (x 100..460 px). */
    PopplerPage *page = pdf ? poppler_document_get_page(pdf, 0) : NULL;
    PopplerRectangle *rects = NULL;
    guint n = 0;
    if (page)
        poppler_page_get_text_layout(page, &rects, &n);
    double k = 72.0 / 300;
    ok(n > 9 && fabs(rects[0].x1 - 100 * k) < 0.5 && fabs(rects[8].x2 - 460 * k) < 0.5,
       "the first word spans its box: %.2f..%.2f pt for %.2f..%.2f", n ? rects[0].x1 : 0, n > 8 ? rects[8].x2 : 0,
       100 * k, 460 * k);
    g_free(rects);
    g_clear_object(&page);
    g_free(title);
    g_free(author);
    g_free(text);
    g_clear_object(&pdf);
    g_free(path);
    at_doc_free(doc);
}

static void test_reproducible(void)
{
    const char *words[] = { "samma", "bytes", NULL };
    at_doc *doc = at_doc_new("same.png");
    add_page(doc, 1240, 1754, false, words);
    at_pdfa_options opts = AT_PDFA_OPTIONS_INIT;
    opts.created = "2026-11-30T12:00:00Z";
    char *a = out_path("same-a.pdf"), *b = out_path("same-b.pdf");
    at_error err = AT_ERROR_INIT;
    /* The numbers in the page content must not follow a locale's decimal comma. */
    char *sv = g_strdup(setlocale(LC_ALL, "sv_SE.UTF-8"));
    int rc = write_pdf(doc, &opts, a, &err);
    setlocale(LC_ALL, "C");
    rc |= write_pdf(doc, &opts, b, &err);
    char *da = NULL, *db = NULL;
    gsize la = 0, lb = 0;
    g_file_get_contents(a, &da, &la, NULL);
    g_file_get_contents(b, &db, &lb, NULL);
    ok(rc == 0 && la > 0 && la == lb && memcmp(da, db, la) == 0,
       "the same document gives the same bytes (written once in %s, once in C)", sv ? sv : "C: no sv_SE here");
    /* A stream with no file behind it gets the PDF through memory: the same bytes. */
    char *mem = NULL;
    size_t lm = 0;
    FILE *f = open_memstream(&mem, &lm);
    rc = at_pdfa_write(doc, &opts, f, &err);
    fclose(f);
    ok(rc == 0 && lm == la && memcmp(mem, da, la) == 0, "written to a memory stream: the same bytes (%zu)", lm);
    free(mem);
    g_free(sv);
    g_free(da);
    g_free(db);
    g_unlink(b);
    g_free(a);
    g_free(b);
    at_doc_free(doc);
}

static void test_empty_and_bitonal(void)
{
    at_doc *doc = at_doc_new("blank.tif");
    add_page(doc, 2480, 3508, true, NULL);
    add_page(doc, 2480, 3508, false, NULL);
    char *path = out_path("no-words.pdf");
    at_error err = AT_ERROR_INIT;
    ok(write_pdf(doc, NULL, path, &err) == 0, "pages with no words are written (%s)", err.message);
    PopplerDocument *pdf = open_pdf(path);
    ok(pdf && poppler_document_get_n_pages(pdf) == 2, "both pages are there");
    char *text = pdf ? page_text(pdf, 0) : NULL;
    ok(text && !*text, "with no text");
    g_free(text);
    g_clear_object(&pdf);
    g_free(path);
    at_doc_free(doc);
}

static void test_huge_page(void)
{
    const char *words[] = { "stor", NULL };
    at_doc *doc = at_doc_new("huge.tif");
    add_page(doc, 20000, 14000, true, words);
    char *path = out_path("huge.pdf");
    at_error err = AT_ERROR_INIT;
    ok(write_pdf(doc, NULL, path, &err) == 0, "a 20 000 x 14 000 px page is written (%s)", err.message);
    PopplerDocument *pdf = open_pdf(path);
    PopplerPage *page = pdf ? poppler_document_get_page(pdf, 0) : NULL;
    double w = 0, h = 0;
    if (page)
        poppler_page_get_size(page, &w, &h);
    ok(w <= 14400 && fabs(w / h - 20000.0 / 14000) < 0.001, "within PDF/A-1's page size, shape kept: %.0f x %.0f pt", w, h);
    char *text = pdf ? page_text(pdf, 0) : NULL;
    ok(text && strcmp(text, "stor") == 0, "and its word is there");
    g_free(text);
    g_clear_object(&page);
    g_clear_object(&pdf);
    g_free(path);
    at_doc_free(doc);
}

static void test_many_pages(void)
{
    const char *words[] = { "sida", "av", "många", NULL };
    at_doc *doc = at_doc_new("long.tif");
    for (int i = 0; i < 500; i++)
        add_page(doc, 850, 1100, i % 2, words);
    char *path = out_path("long.pdf");
    at_error err = AT_ERROR_INIT;
    gint64 start = g_get_monotonic_time();
    int rc = write_pdf(doc, NULL, path, &err);
    double seconds = (double)(g_get_monotonic_time() - start) / 1e6;
    ok(rc == 0, "a 500-page document is written (%s) in %.2f s", err.message, seconds);
    PopplerDocument *pdf = open_pdf(path);
    char *last = pdf ? page_text(pdf, 499) : NULL;
    ok(pdf && poppler_document_get_n_pages(pdf) == 500 && last && strcmp(last, "sida av många") == 0,
       "with all 500 pages and the last page's words");
    g_free(last);
    g_clear_object(&pdf);
    g_free(path);
    at_doc_free(doc);
}

static void test_refusals(void)
{
    at_error err = AT_ERROR_INIT;
    at_doc *text = NULL;
    at_doc_from_text(&text, "note.txt", "bara text\n", 10, NULL, &err);
    char *path = out_path("refused.pdf");
    ok(!at_pdfa_can_write(text), "a text document cannot become a PDF/A");
    ok(write_pdf(text, NULL, path, &err) == AT_EINVAL && !g_file_test(path, G_FILE_TEST_EXISTS),
       "writing it fails with one line and leaves no file: %s", err.message);
    at_doc_free(text);

    /* One encoded image shared by every page: encoding 8 192 of them took half a minute. */
    at_doc *many = at_doc_new("too-long.tif");
    at_image_encoding encoding;
    GBytes *bytes = page_bytes(100, 100, true, &encoding);
    gsize len = 0;
    const unsigned char *data = g_bytes_get_data(bytes, &len);
    for (int i = 0; i < 8192; i++) {
        at_page_view view = { 100, 100, 300, i + 1, 0, 0, "bitonal", "tesseract test", 0.9f };
        at_page_image image = { encoding, 100, 100, 300, 1, data, len };
        at_doc_set_page_image(many, at_doc_add_page(many, &view), &image);
    }
    g_bytes_unref(bytes);
    at_error_clear(&err);
    ok(write_pdf(many, NULL, path, &err) == AT_ELIMIT && !g_file_test(path, G_FILE_TEST_EXISTS),
       "8 192 pages are past PDF/A-1's limit: %s", err.message);
    at_doc_free(many);

    g_free(path);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_pdfa OUTDIR\n");
        return 2;
    }
    outdir = argv[1];
    g_mkdir_with_parents(outdir, 0755);
    setMsgSeverity(L_SEVERITY_NONE);
    test_words();
    test_reproducible();
    test_empty_and_bitonal();
    test_huge_page();
    test_many_pages();
    test_refusals();
    return tap_done();
}
