/* A TIFF page decoded at a fraction of its size, row by row (review pages are drawn at 150 dpi, and a
 * 300 dpi A4 page decoded whole is 8.7 MB): each block of factor x factor pixels becomes their mean.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <tiffio.h>

typedef struct {
    uint16_t bits, samples;
    bool white_is_zero;
} tiff_layout;

/* The layouts read here: 1-bit and 8-bit gray, 8-bit RGB with its samples together, in strips. */
static bool layout_of(TIFF *t, tiff_layout *l)
{
    uint16_t photometric = 0, planar = PLANARCONFIG_CONTIG;
    TIFFGetFieldDefaulted(t, TIFFTAG_BITSPERSAMPLE, &l->bits);
    TIFFGetFieldDefaulted(t, TIFFTAG_SAMPLESPERPIXEL, &l->samples);
    TIFFGetFieldDefaulted(t, TIFFTAG_PLANARCONFIG, &planar);
    if (TIFFIsTiled(t) || !TIFFGetField(t, TIFFTAG_PHOTOMETRIC, &photometric))
        return false;
    l->white_is_zero = photometric == PHOTOMETRIC_MINISWHITE;
    if (l->samples == 1)
        return (l->bits == 1 || l->bits == 8) && (l->white_is_zero || photometric == PHOTOMETRIC_MINISBLACK);
    return l->samples == 3 && l->bits == 8 && planar == PLANARCONFIG_CONTIG && photometric == PHOTOMETRIC_RGB;
}

/* Pixel x of a scanline as gray, 0 black to 255 white. */
static unsigned gray_at(const unsigned char *row, uint32_t x, const tiff_layout *l)
{
    unsigned v;
    if (l->bits == 1)
        v = (row[x >> 3] >> (7 - (x & 7))) & 1 ? 255 : 0;
    else if (l->samples == 3)
        v = (row[3 * x] * 299u + row[3 * x + 1] * 587u + row[3 * x + 2] * 114u) / 1000u;
    else
        v = row[x];
    return l->white_is_zero ? 255 - v : v;
}

/* The rows of `t` summed block by block into `pix` (w / factor x h / factor); false on a read error. */
static bool shrink_rows(TIFF *t, const tiff_layout *l, uint32_t w, uint32_t h, int factor, PIX *pix)
{
    uint32_t wd = w / (uint32_t)factor, hd = h / (uint32_t)factor, area = (uint32_t)(factor * factor);
    unsigned char *row = _TIFFmalloc(TIFFScanlineSize(t));
    uint32_t *sum = g_new0(uint32_t, wd);
    bool ok = row != NULL;
    for (uint32_t y = 0; ok && y < hd * (uint32_t)factor; y++) {
        ok = TIFFReadScanline(t, row, y, 0) >= 0;
        for (uint32_t x = 0; ok && x < wd * (uint32_t)factor; x++)
            sum[x / (uint32_t)factor] += gray_at(row, x, l);
        if (ok && (y + 1) % (uint32_t)factor == 0) {
            l_uint32 *line = pixGetData(pix) + (size_t)(y / (uint32_t)factor) * (size_t)pixGetWpl(pix);
            for (uint32_t x = 0; x < wd; x++)
                SET_DATA_BYTE(line, x, sum[x] / area);
            memset(sum, 0, sizeof *sum * wd);
        }
    }
    g_free(sum);
    _TIFFfree(row);
    return ok;
}

/* libtiff's complaints stay with this reader: NULL is the answer, and the full decoder says why. */
static int quiet(TIFF *t, void *data, const char *module, const char *fmt, va_list ap)
{
    (void)t, (void)data, (void)module, (void)fmt, (void)ap;
    return 1;
}

PIX *at_tiff_read_reduced(const char *path, int page, int factor)
{
    TIFFOpenOptions *o = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(o, quiet, NULL);
    TIFFOpenOptionsSetWarningHandlerExtR(o, quiet, NULL);
    TIFF *t = TIFFOpenExt(path, "r", o);
    TIFFOpenOptionsFree(o);
    if (!t)
        return NULL;
    uint32_t w = 0, h = 0;
    tiff_layout l;
    PIX *pix = NULL;
    if (factor >= 2 && page >= 1 && TIFFSetDirectory(t, (tdir_t)(page - 1)) && TIFFGetField(t, TIFFTAG_IMAGEWIDTH, &w) &&
        TIFFGetField(t, TIFFTAG_IMAGELENGTH, &h) && w / (uint32_t)factor > 0 && h / (uint32_t)factor > 0 &&
        w <= AT_MAX_SIDE && h <= AT_MAX_SIDE && (uint64_t)w * h <= AT_MAX_PIXELS && layout_of(t, &l) &&
        (pix = pixCreate((l_int32)(w / (uint32_t)factor), (l_int32)(h / (uint32_t)factor), 8)) &&
        !shrink_rows(t, &l, w, h, factor, pix))
        pixDestroy(&pix);
    TIFFClose(t);
    return pix;
}
