/* PNG pages through libpng's simplified API: its errors and warnings come back as a message instead of
 * being printed on stderr, as leptonica's reader lets libpng do ("libpng error: Read Error").
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <png.h>
#include <stdio.h>
#include <string.h>

bool at_png_is(const char *path)
{
    static const unsigned char signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    unsigned char head[8];
    FILE *f = fopen(path, "rb");
    bool png = f && fread(head, 1, sizeof head, f) == sizeof head && memcmp(head, signature, sizeof head) == 0;
    if (f)
        fclose(f);
    return png;
}

static guint32 be32(const unsigned char *p)
{
    return (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3];
}

/* The resolution of a pHYs chunk in pixels per inch, 0 when there is none (it must come before IDAT). */
static int png_ppi(const char *path)
{
    FILE *f = fopen(path, "rb");
    int ppi = 0;
    unsigned char head[9];
    if (!f || fseek(f, 8, SEEK_SET) != 0) {
        if (f)
            fclose(f);
        return 0;
    }
    while (fread(head, 1, 8, f) == 8 && memcmp(head + 4, "IDAT", 4) != 0 && memcmp(head + 4, "IEND", 4) != 0) {
        guint32 len = be32(head);
        if (memcmp(head + 4, "pHYs", 4) == 0) {
            if (len == 9 && fread(head, 1, 9, f) == 9 && head[8] == 1) /* unit 1: pixels per metre */
                ppi = (int)(be32(head) * 0.0254 + 0.5);
            break;
        }
        if (fseek(f, (long)len + 4, SEEK_CUR) != 0)
            break;
    }
    fclose(f);
    return ppi;
}

PIX *at_png_read(const char *path, int bits, char *why, size_t why_len)
{
    png_image image = { .version = PNG_IMAGE_VERSION };
    if (!png_image_begin_read_from_file(&image, path)) {
        g_strlcpy(why, image.message, why_len);
        return NULL;
    }
    bool colour = image.format & PNG_FORMAT_FLAG_COLOR;
    image.format = colour ? PNG_FORMAT_RGBA : PNG_FORMAT_GRAY;
    PIX *pix = pixCreate((l_int32)image.width, (l_int32)image.height, colour ? 32 : 8);
    if (!pix) {
        png_image_free(&image);
        g_strlcpy(why, "out of memory", why_len);
        return NULL;
    }
    /* Rows of bytes as the file has them, into leptonica's 32-bit words (most significant byte first). */
    if (!png_image_finish_read(&image, NULL, pixGetData(pix), pixGetWpl(pix) * 4, NULL)) {
        g_strlcpy(why, image.message, why_len);
        pixDestroy(&pix);
        return NULL;
    }
    pixEndianByteSwap(pix);
    if (colour)
        pixSetSpp(pix, 3);
    if (bits == 1 && !colour) { /* a bilevel scan stays bilevel, as leptonica would have read it */
        PIX *binary = pixThresholdToBinary(pix, 128);
        pixDestroy(&pix);
        pix = binary;
    }
    int ppi = png_ppi(path);
    if (pix)
        pixSetResolution(pix, ppi, ppi);
    return pix;
}
