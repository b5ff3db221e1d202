/* Fuzz target: the page loader (images with leptonica, PDFs with poppler) behind `arkivtext ocr`.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first byte chooses the file name's extension (bits 0-2, modulo 6:
 * .png .tif .jpg .pnm .webp .pdf) and whether PDF pages with a text layer are
 * rendered anyway (bit 3, as `--force-ocr`). The rest is written to a
 * temporary file, which is opened and read page by page like at_ocr_document()
 * does, without the OCR itself: tesseract is not what is being fuzzed here.
 */
#include "fuzz/fuzz.h"
#include "ingest/ingest_private.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

/* Rendering is the slow part (a PDF page is drawn at 300 dpi); three pages
 * reach every code path a thousand would. */
#define MAX_PAGES 3

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    /* As at_ocr_new() does: leptonica's messages would drown the fuzzer's output. */
    setMsgSeverity(L_SEVERITY_NONE);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const extensions[] = { ".png", ".tif", ".jpg", ".pnm", ".webp", ".pdf" };
    if (size < 1)
        return 0;
    unsigned sel = data[0];
    const char *ext = extensions[(sel & 7) % 6];

    char *path = g_build_filename(g_get_tmp_dir(), "arkivtext-fuzz-XXXXXX", NULL);
    char *templ = g_strconcat(path, ext, NULL);
    g_free(path);
    int fd = mkstemps(templ, (int)strlen(ext));
    FUZZ_CHECK(fd >= 0);
    size_t left = size - 1;
    for (const uint8_t *p = data + 1; left > 0;) {
        ssize_t n = write(fd, p, left);
        FUZZ_CHECK(n > 0);
        p += n;
        left -= (size_t)n;
    }
    close(fd);

    at_ocr_options opts = AT_OCR_OPTIONS_INIT;
    opts.force_ocr = sel & 8;
    at_error err = AT_ERROR_INIT;
    at_source_kind kind = AT_SOURCE_IMAGE;
    int n_pages = 0;
    void *handle = NULL;
    int rc = at_source_open(templ, &kind, &n_pages, &handle, &err);
    if (rc < 0) {
        FUZZ_CHECK(err.code == rc && handle == NULL);
    } else {
        FUZZ_CHECK(n_pages >= 1);
        for (int page = 1; page <= n_pages && page <= MAX_PAGES; page++) {
            at_page_job job = { .source_page = page, .err = AT_ERROR_INIT };
            at_error_clear(&err);
            rc = at_source_read_page(templ, kind, handle, &opts, &job, &err);
            if (rc == 0) {
                /* Either an image within the limits or a text layer, never neither. */
                FUZZ_CHECK(job.pix || job.layer);
                if (job.pix)
                    FUZZ_CHECK(pixGetWidth(job.pix) <= AT_MAX_SIDE && pixGetHeight(job.pix) <= AT_MAX_SIDE);
                if (job.layer) {
                    at_doc *doc = at_page_layout_doc(job.layer);
                    FUZZ_CHECK(at_doc_n_pages(doc) == 1);
                    at_doc_free(doc);
                }
            } else {
                FUZZ_CHECK(err.code == rc);
            }
            pixDestroy(&job.pix);
            at_page_layout_free(job.layer);
            g_free(job.note);
        }
        at_source_close(kind, handle);
    }
    g_unlink(templ);
    g_free(templ);
    return 0;
}
