/* Reading the pages of a source file: raster images with leptonica, PDFs with poppler.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <cairo.h>
#include <poppler.h>
#include <string.h>

#define PDF_DPI 300

int at_source_open(const char *path, at_source_kind *kind, int *n_pages, void **handle, at_error *err)
{
    *handle = NULL;
    *kind = AT_SOURCE_IMAGE;
    if (!at_is_pdf(path)) /* also a file that cannot be read or is empty: at_raster_open says so */
        return at_raster_open(path, n_pages, err);
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

/* A white surface for the page at `dpi`, or NULL when the page is too large to render. */
static cairo_surface_t *page_surface(void *page, int dpi)
{
    double wpt, hpt;
    poppler_page_get_size(page, &wpt, &hpt);
    int w = (int)(wpt * dpi / 72.0), h = (int)(hpt * dpi / 72.0);
    if (w <= 0 || h <= 0 || w > AT_MAX_SIDE || h > AT_MAX_SIDE || (long long)w * h > AT_MAX_PIXELS)
        return NULL;
    return cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
}

/* The page drawn on `surface`, painted white first, as gray. */
static PIX *render_on(cairo_surface_t *surface, void *page, int dpi, bool smooth)
{
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    if (!smooth)
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
    cairo_scale(cr, dpi / 72.0, dpi / 72.0);
    poppler_page_render_for_printing(page, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    return cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS ? surface_to_gray(surface) : NULL;
}

PIX *at_pdf_render(void *page, int dpi, bool smooth)
{
    cairo_surface_t *surface = page_surface(page, dpi);
    PIX *pix = surface ? render_on(surface, page, dpi, smooth) : NULL;
    if (surface)
        cairo_surface_destroy(surface);
    return pix;
}

/* Both renderings on one surface: a fresh one is megabytes of new pages to fault in, and
 * AddressSanitizer maps every large block afresh (a 40-page PDF read: 6.7 s CPU with two, 5.3 with one). */
bool at_pdf_render_both(void *page, int dpi, PIX **smooth, PIX **sharp)
{
    cairo_surface_t *surface = page_surface(page, dpi);
    *smooth = surface ? render_on(surface, page, dpi, true) : NULL;
    *sharp = *smooth ? render_on(surface, page, dpi, false) : NULL;
    if (surface)
        cairo_surface_destroy(surface);
    return *sharp != NULL;
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
        int rc = at_check_size(path, (int)(wpt * PDF_DPI / 72.0), (int)(hpt * PDF_DPI / 72.0), err);
        if (rc == 0 && !(job->pix = at_pdf_render(page, PDF_DPI, true)))
            rc = at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, path, "cannot render page %d", job->source_page);
        job->dpi = PDF_DPI;
        g_object_unref(page);
        return rc;
    }
    PIX *pix = at_raster_read(path, job->source_page, err);
    if (!pix)
        return err->code;
    job->pix = pix;
    job->dpi = pixGetXRes(pix);
    return 0;
}

PIX *at_source_read_gray(const char *path, int source_page, at_error *err)
{
    at_source_kind kind;
    int n_pages = 0;
    void *handle = NULL;
    if (at_source_open(path, &kind, &n_pages, &handle, err) < 0)
        return NULL;
    PIX *gray = NULL;
    at_page_job job = { .path = path, .source_page = source_page };
    at_ocr_options opts = AT_OCR_OPTIONS_INIT;
    opts.force_ocr = true; /* the picture, not the text layer */
    if (source_page < 1 || source_page > n_pages)
        at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "has no page %d", source_page);
    else if (at_source_read_page(path, kind, handle, &opts, &job, err) == 0)
        gray = at_gray_page(job.pix, path, source_page, err);
    at_source_close(kind, handle);
    return gray;
}
