/* The page image kept for access copies (PDF/A): the upright, deskewed page OCR read, encoded.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <math.h>

#define DEFAULT_JPEG_QUALITY 50
/* A scan counts as colour when this share of its pixels is clearly coloured (a small logo on an
 * A4 page is about 0.1 %); gray scans of colour-free paper stay gray and half the size. */
#define MIN_COLOUR_SHARE 0.0005f
/* Share of a gray page's pixels at its commonest level from which lossless (PNG-predicted Flate)
 * is tried: on rendered development pages it beat JPEG at 0.889 and above (clean text, tables,
 * 200 dpi pages; but for one skewed page) and lost at 0.884 and below (skewed, noisy,
 * photocopied pages). */
#define LOSSLESS_SHARE 0.885f
/* Bytes a pixel below which the lossless encoding is kept without trying JPEG: at quality 50 no
 * development page whose paper is one level went below 0.042, so the JPEG would only cost time. */
#define CLEARLY_SMALL 0.04
#define PNG_ZLIB_LEVEL 6

static bool has_colour(PIX *source)
{
    if (pixGetDepth(source) != 32 && !pixGetColormap(source))
        return false;
    PIX *rgb = pixGetDepth(source) == 32 ? pixClone(source) : pixConvertTo32(source);
    l_float32 considered = 0, colour = 0;
    bool yes = rgb && pixColorFraction(rgb, 20, 248, 40, 4, &considered, &colour) == 0 &&
               considered * colour >= MIN_COLOUR_SHARE;
    pixDestroy(&rgb);
    return yes;
}

/* `pix` (any depth, as scanned) turned upright and deskewed as preprocessing turned the page — the
 * same leptonica calls, so it covers the paper the word boxes refer to — but not scaled: the image
 * keeps the scan's resolution (an upsampled page would only grow the file, not show more). */
PIX *at_page_geometry(PIX *pix, const at_prep_report *r)
{
    PIX *out = pixClone(pix);
    PIX *next = NULL;
    if (r->rotation && (next = pixRotateOrth(out, (4 - r->rotation / 90) % 4))) {
        pixDestroy(&out);
        out = next;
    }
    const double deg2rad = 3.1415926535 / 180.; /* as pixDeskewGeneral has it */
    if (r->deskewed != 0 &&
        (next = pixRotate(out, (float)(deg2rad * r->deskewed), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0))) {
        pixDestroy(&out);
        out = next;
    }
    return out;
}

static bool geometry_changed(const at_prep_report *r)
{
    return r->rotation != 0 || r->deskewed != 0;
}

/* Does `image` span the same paper as `page` (the gray page OCR read, `scale` times the scan)? */
static bool same_paper(PIX *image, PIX *page, float scale)
{
    double slack = scale + 1; /* rounding of the scaled sides */
    return fabs(pixGetWidth(image) * scale - pixGetWidth(page)) <= slack &&
           fabs(pixGetHeight(image) * scale - pixGetHeight(page)) <= slack;
}

/* An encoded image: which encoding, its size, its bytes (g_malloc'd). */
typedef struct {
    at_image_encoding encoding;
    int width, height;
    unsigned char *data;
    size_t len;
} encoded;

/* CCITT G4 with leptonica's PDF helper. */
static encoded g4(PIX *pix)
{
    encoded e = { AT_IMAGE_G4, pixGetWidth(pix), pixGetHeight(pix), NULL, 0 };
    L_COMP_DATA *cid = NULL;
    if (pixGenerateCIData(pix, L_G4_ENCODE, 0, 0, &cid) == 0 && cid) {
        e.data = g_memdup2(cid->datacomp, cid->nbytescomp);
        e.len = cid->nbytescomp;
    }
    l_CIDataDestroy(&cid);
    return e;
}

static uint32_t be32(const l_uint8 *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* The zlib stream of a PNG of 8-bit gray (its IDAT chunks joined), which PDF takes as Flate with
 * the PNG predictors: each row filtered against the one above, as PNG encoders do, compresses
 * text pages far better than the raw samples. */
static encoded png(PIX *gray)
{
    encoded e = { AT_IMAGE_FLATE, pixGetWidth(gray), pixGetHeight(gray), NULL, 0 };
    l_uint8 *data = NULL;
    size_t len = 0;
    /* The level travels in the pix, which may be OCR's page: set back to the default after. */
    pixSetZlibCompression(gray, PNG_ZLIB_LEVEL);
    int rc = pixWriteMemPng(&data, &len, gray, 0);
    pixSetSpecial(gray, 0);
    if (rc != 0 || !data)
        return e;
    /* IHDR first: 8-bit gray, not interlaced, or nothing. */
    bool plain = len > 33 && !memcmp(data + 12, "IHDR", 4) && data[24] == 8 && data[25] == 0 && data[28] == 0;
    GByteArray *idat = g_byte_array_new();
    for (size_t at = 8; plain && at + 12 <= len;) {
        size_t n = be32(data + at);
        if (n > len - at - 12)
            break;
        if (!memcmp(data + at + 4, "IDAT", 4))
            g_byte_array_append(idat, data + at + 8, (guint)n);
        at += n + 12;
    }
    lept_free(data);
    e.len = idat->len;
    e.data = g_byte_array_free(idat, FALSE);
    if (!e.len)
        g_clear_pointer(&e.data, g_free);
    return e;
}

static encoded jpeg(PIX *pix, int quality)
{
    encoded e = { AT_IMAGE_JPEG, pixGetWidth(pix), pixGetHeight(pix), NULL, 0 };
    l_uint8 *data = NULL;
    /* Progressive: about 12 % smaller than baseline at the same quality. */
    if (pixWriteMemJpeg(&data, &e.len, pix, quality, 1) == 0 && data)
        e.data = g_memdup2(data, e.len);
    lept_free(data);
    return e;
}

/* Is most of the page one exact gray level (paper of a clean, rendered page)? Only such pages
 * compress losslessly to less than JPEG; on scans, whose paper is never one level, the try would
 * only cost time. */
static bool mostly_one_level(PIX *gray)
{
    NUMA *histogram = pixGetGrayHistogram(gray, 4);
    l_float32 total = 0, top = 0, v;
    for (int i = 0; histogram && i < numaGetCount(histogram); i++) {
        numaGetFValue(histogram, i, &v);
        total += v;
        top = MAX(top, v);
    }
    numaDestroy(&histogram);
    return total > 0 && top >= LOSSLESS_SHARE * total;
}

/* A gray page as JPEG, or lossless when that is smaller (clean, rendered pages). Colour pages are
 * always JPEG: lossless RGB is rarely smaller and costs twice the time. */
static encoded continuous_tone(PIX *pix, int quality)
{
    if (pixGetDepth(pix) != 8 || !mostly_one_level(pix))
        return jpeg(pix, quality);
    encoded lossless = png(pix);
    double pixels = (double)pixGetWidth(pix) * pixGetHeight(pix);
    if (lossless.data && (double)lossless.len <= CLEARLY_SMALL * pixels)
        return lossless;
    encoded lossy = jpeg(pix, quality);
    bool keep_lossless = lossless.data && (!lossy.data || lossless.len <= lossy.len);
    g_free(keep_lossless ? lossy.data : lossless.data);
    return keep_lossless ? lossless : lossy;
}

/* The scan at its resolution, upright and deskewed: in colour (`depth` 32) or gray (8); or NULL. */
static PIX *shown_page(PIX *source, PIX *gray, const at_prep_report *report, int depth)
{
    if (depth == 8 && report->scale == 1)
        return pixClone(gray); /* the page OCR read is this one already */
    PIX *converted = pixGetDepth(source) == depth && !pixGetColormap(source) ? pixClone(source)
                     : depth == 32                                          ? pixConvertTo32(source)
                                                                            : pixConvertTo8(source, 0);
    PIX *shown = converted ? at_page_geometry(converted, report) : NULL;
    pixDestroy(&converted);
    if (shown && !same_paper(shown, gray, report->scale))
        pixDestroy(&shown); /* never a picture the word boxes do not fit */
    return shown;
}

/* A bitonal scan stays bitonal at its resolution: its own bits when untouched, else the page turned
 * in gray (smooth edges) and thresholded. */
static encoded bitonal(PIX *source, PIX *gray, const at_prep_report *report)
{
    encoded e = { AT_IMAGE_NONE, 0, 0, NULL, 0 };
    PIX *bits = NULL;
    if (!geometry_changed(report)) {
        bits = pixClone(source);
    } else {
        PIX *turned = shown_page(source, gray, report, 8);
        bits = turned ? pixConvertTo1(turned, 128) : NULL;
        pixDestroy(&turned);
    }
    if (bits)
        e = g4(bits);
    pixDestroy(&bits);
    return e;
}

int at_page_image_make(PIX *source, PIX *gray, const at_prep_report *report, int quality, at_doc *doc,
                       size_t page, at_error *err)
{
    quality = quality > 0 && quality <= 100 ? quality : DEFAULT_JPEG_QUALITY;
    encoded e = { AT_IMAGE_NONE, 0, 0, NULL, 0 };
    int components = 1;
    if (pixGetDepth(source) == 1) {
        e = bitonal(source, gray, report);
    } else {
        PIX *shown = has_colour(source) ? shown_page(source, gray, report, 32) : NULL;
        components = shown ? 3 : 1;
        if (!shown)
            shown = shown_page(source, gray, report, 8);
        if (shown)
            e = continuous_tone(shown, quality);
        pixDestroy(&shown);
    }
    if (!e.data)
        return at_error_set(err, AT_EDEPEND, AT_STAGE_CORE, NULL, "cannot encode the page image");
    /* The scan's resolution: the page's before any upsampling. */
    at_page_image image = { e.encoding, e.width, e.height, (int)lround(report->dpi / report->scale), components,
                            e.data, e.len };
    at_doc_set_page_image(doc, page, &image);
    g_free(e.data);
    return 0;
}
