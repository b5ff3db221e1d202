/* Raster pages (TIFF, PNG, JPEG …) read with leptonica, libtiff and libpng alone: the part of reading
 * sources that the image module (review pages) shares with the OCR module, without poppler or tesseract.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

bool at_is_pdf(const char *path)
{
    FILE *f = fopen(path, "rb");
    char magic[5] = { 0 };
    bool pdf = f && fread(magic, 1, 5, f) == 5 && memcmp(magic, "%PDF-", 5) == 0;
    if (f)
        fclose(f);
    return pdf;
}

int at_check_size(const char *path, int w, int h, at_error *err)
{
    if (w <= 0 || h <= 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "image has no pixels");
    if (w > AT_MAX_SIDE || h > AT_MAX_SIDE || (long long)w * h > AT_MAX_PIXELS)
        return at_error_set(err, AT_ELIMIT, AT_STAGE_CORE, path,
                            "image too large (%d x %d px; at most %d px a side and %d megapixels)", w, h,
                            AT_MAX_SIDE, AT_MAX_PIXELS / 1000000);
    return 0;
}

int at_raster_open(const char *path, int *n_pages, at_error *err)
{
    GStatBuf st;
    if (g_stat(path, &st) != 0)
        return at_error_set(err, AT_EIO, AT_STAGE_CORE, path, "cannot open: %s", g_strerror(errno));
    if (st.st_size == 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "empty file");
    l_int32 format, w, h, bps, spp, cmap;
    if (pixReadHeader(path, &format, &w, &h, &bps, &spp, &cmap) != 0)
        return at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "not an image or PDF arkivtext can read");
    int rc = at_check_size(path, w, h, err);
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

static int png_bits(const char *path)
{
    l_int32 format, w, h, bps = 8, spp, cmap;
    return pixReadHeader(path, &format, &w, &h, &bps, &spp, &cmap) == 0 ? bps : 8;
}

PIX *at_raster_read(const char *path, int source_page, at_error *err)
{
    /* Leptonica decodes any raster format it knows (TIFF pages one at a time), PNG aside: see png.c. */
    char why[256] = "";
    PIX *pix = source_page > 1 ? pixReadTiff(path, source_page - 1)
               : at_png_is(path) ? at_png_read(path, png_bits(path), why, sizeof why)
                                 : pixRead(path);
    if (!pix) {
        at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "cannot decode page %d (truncated or corrupt image%s%s)",
                     source_page, *why ? ": " : "", why);
        return NULL;
    }
    if (at_check_size(path, pixGetWidth(pix), pixGetHeight(pix), err) < 0)
        pixDestroy(&pix);
    return pix;
}

PIX *at_gray_page(PIX *pix, const char *path, int source_page, at_error *err)
{
    PIX *gray = NULL;
    if (pixGetDepth(pix) == 8 && !pixGetColormap(pix)) /* already gray: no second full-size copy */
        gray = pixClone(pix);
    else if (!(gray = pixConvertTo8(pix, 0)))
        at_error_set(err, AT_ENOMEM, AT_STAGE_CORE, path, "cannot convert page %d to gray", source_page);
    pixDestroy(&pix);
    return gray;
}

PIX *at_raster_read_gray(const char *path, int source_page, at_error *err)
{
    int n_pages = 0;
    if (at_raster_open(path, &n_pages, err) < 0)
        return NULL;
    if (source_page < 1 || source_page > n_pages) {
        at_error_set(err, AT_EFORMAT, AT_STAGE_CORE, path, "has no page %d", source_page);
        return NULL;
    }
    PIX *pix = at_raster_read(path, source_page, err);
    return pix ? at_gray_page(pix, path, source_page, err) : NULL;
}
