/* Benchmark: what a searchable PDF/A costs on top of OCR, and what JPEG quality buys.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench_pdfa [--sweep] [--pages N] OUTDIR IMAGE...
 * For every IMAGE (one page each): the CPU time to make its page image (preprocessing's geometry
 * applied, encoded: at_page_image_make) and to write its PDF/A (at_pdfa_write), median of 5; then one document of N pages (default 500) made of the pages read, written
 * whole: time and the memory it added. With --sweep, for each gray page the JPEG size and PSNR
 * against the page at qualities 25..75. Prints the figures; asserts nothing (target: image +
 * writing <= 0.3 s a page). bench/pdfa-eval runs it. */
#include "arkivtext/arkivtext.h"
#include "ingest/ingest_private.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#define RUNS 5

/* CPU seconds of this thread: steady when other work shares the machine. */
static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int by_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, by_double);
    return v[n / 2];
}

static long peak_rss_kb(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

/* Seconds to make the page image of `path` (preprocessing not counted). */
static double image_time(const char *path)
{
    PIX *source = pixRead(path);
    at_prep_report report = { .steps = g_string_new(NULL) };
    PIX *gray = NULL;
    at_error err = AT_ERROR_INIT;
    PIX *binary = source ? at_preprocess(source, pixGetXRes(source), AT_PRE_ALL & ~AT_PRE_ORIENT, NULL, &gray, &report,
                                         &err)
                         : NULL;
    double t[RUNS] = { -1, -1, -1, -1, -1 };
    for (int r = 0; r < RUNS && binary; r++) {
        at_doc *doc = at_doc_new("page");
        at_page_view page = { pixGetWidth(gray), pixGetHeight(gray), report.dpi, 1, 0, 0, "", "", -1 };
        at_doc_add_page(doc, &page);
        double start = now();
        at_page_image_make(source, gray, &report, 0, doc, 0, &err);
        t[r] = now() - start;
        at_doc_free(doc);
    }
    pixDestroy(&binary);
    pixDestroy(&gray);
    pixDestroy(&source);
    g_string_free(report.steps, TRUE);
    return median(t, RUNS);
}

/* Write `doc` to `path`; the CPU seconds it took, or -1. */
static double write_pdf(const at_doc *doc, const char *path, at_error *err)
{
    FILE *f = fopen(path, "wb");
    double start = now();
    int rc = f ? at_pdfa_write(doc, NULL, f, err) : -1;
    double seconds = now() - start;
    if (f && fclose(f) != 0)
        rc = -1;
    return rc < 0 ? -1 : seconds;
}

static double write_time(const at_doc *doc, const char *path, at_error *err)
{
    double t[RUNS];
    for (int r = 0; r < RUNS; r++)
        if ((t[r] = write_pdf(doc, path, err)) < 0)
            return -1;
    return median(t, RUNS);
}

/* JPEG size and PSNR of a gray page at several qualities. */
static void sweep(const char *path)
{
    PIX *source = pixRead(path);
    PIX *gray = source ? pixConvertTo8(source, 0) : NULL;
    if (!gray)
        return;
    printf("  %s:", path);
    static const int qualities[] = { 25, 30, 40, 50, 60, 75 };
    int w = pixGetWidth(gray), h = pixGetHeight(gray), wpl = pixGetWpl(gray);
    for (size_t i = 0; i < G_N_ELEMENTS(qualities); i++) {
        l_uint8 *data = NULL;
        size_t len = 0;
        pixWriteMemJpeg(&data, &len, gray, qualities[i], 1);
        PIX *back = pixReadMemJpeg(data, len, 0, 1, NULL, 0);
        double se = 0;
        const l_uint32 *a = pixGetData(gray), *b = pixGetData(back);
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                double d = (double)GET_DATA_BYTE(a + y * wpl, x) - GET_DATA_BYTE(b + y * pixGetWpl(back), x);
                se += d * d;
            }
        printf("  q%d %zu KB %.1f dB", qualities[i], len / 1024, 10 * log10(255.0 * 255.0 * w * h / MAX(se, 1)));
        lept_free(data);
        pixDestroy(&back);
    }
    putchar('\n');
    pixDestroy(&gray);
    pixDestroy(&source);
}

int main(int argc, char **argv)
{
    bool do_sweep = false;
    int pages = 500, first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (!strcmp(argv[first], "--sweep"))
            do_sweep = true;
        else if (!strcmp(argv[first], "--pages") && first + 1 < argc)
            pages = atoi(argv[++first]);
    }
    if (argc - first < 2) {
        fprintf(stderr, "usage: bench_pdfa [--sweep] [--pages N] OUTDIR IMAGE...\n");
        return 2;
    }
    const char *outdir = argv[first++];
    setMsgSeverity(L_SEVERITY_NONE);
    at_ocr_options opts = AT_OCR_OPTIONS_INIT;
    opts.page_images = true;
    opts.jobs = 1;
    at_ocr *ocr = NULL;
    at_error err = AT_ERROR_INIT;
    if (at_ocr_new(&ocr, &opts, &err) < 0) {
        fprintf(stderr, "bench_pdfa: %s\n", err.message);
        return 3;
    }
    at_doc *all = at_doc_new("all.tif");
    double image_sum = 0, write_sum = 0, slowest = 0;
    int n = 0;
    g_mkdir_with_parents(outdir, 0755);
    printf("per page, CPU seconds, median of %d:      page image    PDF/A writing   added to OCR\n", RUNS);
    for (int i = first; i < argc; i++) {
        at_doc *doc = NULL;
        if (at_ocr_document(ocr, argv[i], &doc, NULL, NULL, &err) < 0) {
            fprintf(stderr, "bench_pdfa: %s: %s\n", argv[i], err.message);
            continue;
        }
        char *base = g_path_get_basename(argv[i]);
        char *pdf = g_strdup_printf("%s/%s.pdf", outdir, base);
        double ti = image_time(argv[i]), tw = write_time(doc, pdf, &err);
        printf("  %-40s %8.3f s %12.3f s %12.3f s\n", base, ti, tw, ti + tw);
        image_sum += ti;
        write_sum += tw;
        slowest = MAX(slowest, ti + tw);
        n++;
        at_doc_append(all, doc);
        g_free(pdf);
        g_free(base);
        at_doc_free(doc);
    }
    if (n) {
        printf("  mean %.3f s + %.3f s = %.3f s a page; slowest page %.3f s   [target <= 0.3 s a page]\n",
               image_sum / n, write_sum / n, (image_sum + write_sum) / n, slowest);
        /* A long document: the pages read, over and over. */
        at_doc *one = all;
        all = at_doc_new("long.tif");
        while ((int)at_doc_n_pages(all) + (int)at_doc_n_pages(one) <= pages)
            at_doc_append(all, one);
        at_doc_free(one);
        char *pdf = g_strdup_printf("%s/long.pdf", outdir);
        double seconds = write_pdf(all, pdf, &err);
        GStatBuf st;
        printf("%zu pages in one PDF/A: %s in %.2f s (%.3f s a page), %.0f MB; peak RSS of this process %.0f MB\n",
               at_doc_n_pages(all), seconds >= 0 ? "written" : err.message, seconds,
               seconds / (double)at_doc_n_pages(all), g_stat(pdf, &st) == 0 ? (double)st.st_size / 1e6 : 0.0,
               (double)peak_rss_kb() / 1024);
        g_free(pdf);
    }
    at_doc_free(all);
    at_ocr_free(ocr);
    if (do_sweep) {
        printf("JPEG quality sweep (progressive, gray): size and PSNR against the page\n");
        for (int i = first; i < argc; i++)
            sweep(argv[i]);
    }
    return 0;
}
