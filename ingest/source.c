/* Reading the pages of a source file: raster images with leptonica, PDFs with poppler.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <cairo.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#define PDF_DPI 300

static bool is_pdf(const char *path)
{
    FILE *f = fopen(path, "rb");
    char magic[5] = { 0 };
    bool pdf = f && fread(magic, 1, 5, f) == 5 && memcmp(magic, "%PDF-", 5) == 0;
    if (f)
        fclose(f);
    return pdf;
}

static int check_size(const char *path, int w, int h, at_error *err)
{
    if (w <= 0 || h <= 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "image has no pixels");
    if (w > AT_MAX_SIDE || h > AT_MAX_SIDE || (long long)w * h > AT_MAX_PIXELS)
        return at_error_set(err, AT_ELIMIT, AT_STAGE_CORE, path,
                            "image too large (%d x %d px; at most %d px a side and %d megapixels)", w, h,
                            AT_MAX_SIDE, AT_MAX_PIXELS / 1000000);
    return 0;
}

int at_source_open(const char *path, at_source_kind *kind, int *n_pages, void **handle, at_error *err)
{
    *handle = NULL;
    GStatBuf st;
    if (g_stat(path, &st) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot open: %s", g_strerror(errno));
    if (st.st_size == 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "empty file");
    if (is_pdf(path)) {
        *kind = AT_SOURCE_PDF;
        GError *gerr = NULL;
        char *absolute = g_canonicalize_filename(path, NULL);
        char *uri = g_filename_to_uri(absolute, NULL, NULL);
        PopplerDocument *pdf = uri ? poppler_document_new_from_file(uri, NULL, &gerr) : NULL;
        g_free(uri);
        g_free(absolute);
        if (!pdf) {
            bool encrypted = gerr && g_error_matches(gerr, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED);
            int rc = at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "%s",
                                  encrypted ? "encrypted PDF (a password is needed)" : "broken or truncated PDF");
            g_clear_error(&gerr);
            return rc;
        }
        *n_pages = poppler_document_get_n_pages(pdf);
        if (*n_pages <= 0) {
            g_object_unref(pdf);
            return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "PDF has no pages");
        }
        *handle = pdf;
        return 0;
    }
    *kind = AT_SOURCE_IMAGE;
    l_int32 format, w, h, bps, spp, cmap;
    if (pixReadHeader(path, &format, &w, &h, &bps, &spp, &cmap) != 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "not an image or PDF arkivtext can read");
    int rc = check_size(path, w, h, err);
    if (rc < 0)
        return rc;
    *n_pages = 1;
    if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW ||
        format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG) {
        FILE *f = fopen(path, "rb");
        l_int32 n = 0;
        if (!f || tiffGetCount(f, &n) != 0 || n < 1) {
            if (f)
                fclose(f);
            return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "corrupt TIFF");
        }
        fclose(f);
        *n_pages = n;
    }
    return 0;
}

void at_source_close(at_source_kind kind, void *handle)
{
    if (kind == AT_SOURCE_PDF && handle)
        g_object_unref(handle);
}

/* A cairo RGB24/ARGB32 surface as an 8 bpp gray PIX. */
static PIX *surface_to_gray(cairo_surface_t *s)
{
    int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *data = cairo_image_surface_get_data(s);
    PIX *pix = pixCreate(w, h, 8);
    if (!pix)
        return NULL;
    l_uint32 *line = pixGetData(pix);
    int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; y++, line += wpl) {
        const uint32_t *row = (const uint32_t *)(const void *)(data + (size_t)y * stride);
        for (int x = 0; x < w; x++) {
            uint32_t p = row[x];
            int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            SET_DATA_BYTE(line, x, (r * 299 + g * 587 + b * 114) / 1000);
        }
    }
    return pix;
}

PIX *at_pdf_render(void *page, int dpi)
{
    double wpt, hpt;
    poppler_page_get_size(page, &wpt, &hpt);
    int w = (int)(wpt * dpi / 72.0), h = (int)(hpt * dpi / 72.0);
    if (w <= 0 || h <= 0 || w > AT_MAX_SIDE || h > AT_MAX_SIDE || (long long)w * h > AT_MAX_PIXELS)
        return NULL;
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, dpi / 72.0, dpi / 72.0);
    poppler_page_render_for_printing(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    PIX *pix = cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS ? surface_to_gray(surface) : NULL;
    cairo_surface_destroy(surface);
    return pix;
}

static int png_bits(const char *path)
{
    l_int32 format, w, h, bps = 8, spp, cmap;
    return pixReadHeader(path, &format, &w, &h, &bps, &spp, &cmap) == 0 ? bps : 8;
}

int at_source_read_page(const char *path, at_source_kind kind, void *handle, const at_ocr_options *opts,
                        at_page_job *job, at_error *err)
{
    if (kind == AT_SOURCE_PDF) {
        PopplerPage *page = poppler_document_get_page(handle, job->source_page - 1);
        if (!page)
            return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "page %d cannot be read", job->source_page);
        job->from_pdf = true;
        const char *why = NULL;
        if (!opts->force_ocr && (job->layer = at_pdf_page_read(page, job->source_page, PDF_DPI, &why))) {
            g_object_unref(page);
            return 0;
        }
        if (why)
            job->note = g_strdup_printf("the text layer cannot be used (%s); the page was read by OCR", why);
        double wpt, hpt;
        poppler_page_get_size(page, &wpt, &hpt);
        int rc = check_size(path, (int)(wpt * PDF_DPI / 72.0), (int)(hpt * PDF_DPI / 72.0), err);
        if (rc == 0 && !(job->pix = at_pdf_render(page, PDF_DPI)))
            rc = at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, path, "cannot render page %d", job->source_page);
        job->dpi = PDF_DPI;
        g_object_unref(page);
        return rc;
    }
    /* Leptonica decodes any raster format it knows (TIFF pages one at a time), PNG aside: see png.c. */
    char why[256] = "";
    PIX *pix = job->source_page > 1 ? pixReadTiff(path, job->source_page - 1)
               : at_png_is(path)    ? at_png_read(path, png_bits(path), why, sizeof why)
                                    : pixRead(path);
    if (!pix)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "cannot decode page %d (truncated or corrupt image%s%s)",
                            job->source_page, *why ? ": " : "", why);
    int rc = check_size(path, pixGetWidth(pix), pixGetHeight(pix), err);
    if (rc < 0) {
        pixDestroy(&pix);
        return rc;
    }
    job->pix = pix;
    job->dpi = pixGetXRes(pix);
    return 0;
}
