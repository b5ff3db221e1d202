/* A page drawn again from its source file for people to look at (review pages, corrected access copies):
 * the geometry OCR gave it, at a chosen resolution, as JPEG. In the image module (raster pages) and in the
 * OCR module (PDF pages, through poppler).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <math.h>
#include <string.h>

/* The angle preprocessing turned the page by: "deskew:ANGLE" among its steps ('.' under any locale). */
static double deskew_angle(const char *steps)
{
    const char *s = steps ? strstr(steps, "deskew:") : NULL;
    return s ? g_ascii_strtod(s + 7, NULL) : 0;
}

static void replace(PIX **pix, PIX *next)
{
    if (next) {
        pixDestroy(pix);
        *pix = next;
    }
}

/* Scaled to w x h without leptonica's sharpening, which holds a float copy of the page (4 bytes a pixel). */
static PIX *scale_to(PIX *pix, int w, int h)
{
    if (pixGetWidth(pix) == w && pixGetHeight(pix) == h)
        return pixClone(pix);
    return pixScaleGeneral(pix, (l_float32)w / (l_float32)pixGetWidth(pix), (l_float32)h / (l_float32)pixGetHeight(pix),
                           0.0f, 0);
}

int at_page_render_from(at_gray_reader read_gray, const char *path, const at_page_view *view, int dpi, int quality,
                        unsigned char **jpeg, size_t *len, int *width, int *height, at_error *err)
{
    *jpeg = NULL;
    *len = 0;
    if (!view || view->width <= 0 || view->height <= 0 || view->dpi <= 0 || dpi <= 0)
        return at_error_set(err, AT_EINVAL, AT_STAGE_CORE, path, "page %d has no image to render",
                            view ? view->source_page : 0);
    int w = MAX(1, (int)lround((double)view->width * dpi / view->dpi));
    int h = MAX(1, (int)lround((double)view->height * dpi / view->dpi));
    /* A TIFF is read at a whole fraction of its size on the way (no full-size page in memory), else whole. */
    PIX *pix = at_tiff_read_reduced(path, view->source_page, view->dpi / dpi);
    if (!pix && !(pix = read_gray(path, view->source_page, err)))
        return -1;
    /* Scaled first (fewer pixels to turn), to the size that is w x h once upright. */
    bool across = view->rotation % 180 == 90;
    replace(&pix, scale_to(pix, across ? h : w, across ? w : h));
    at_prep_report geometry = { .scale = 1, .rotation = view->rotation, .deskewed = deskew_angle(view->steps) };
    replace(&pix, at_page_geometry(pix, &geometry));
    if (pixGetWidth(pix) != w || pixGetHeight(pix) != h)
        replace(&pix, scale_to(pix, w, h));
    l_uint8 *data = NULL;
    size_t n = 0;
    int rc = 0;
    /* Baseline, not progressive: a progressive encoder holds the whole page's coefficients (4.4 MB). */
    if (pixWriteMemJpeg(&data, &n, pix, quality > 0 && quality <= 100 ? quality : 75, 0) != 0 || !data)
        rc = at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, path, "cannot encode page %d", view->source_page);
    else {
        *jpeg = g_memdup2(data, n);
        *len = n;
        *width = pixGetWidth(pix);
        *height = pixGetHeight(pix);
    }
    lept_free(data);
    pixDestroy(&pix);
    return rc;
}
