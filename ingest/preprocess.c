/* Preparing a page for OCR with leptonica: gray, resolution, orientation, skew, binarisation, clean-up.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"

#include <math.h>
#include <tesseract/capi.h>

#define TARGET_DPI 300
#define MIN_DPI 250
#define MIN_OSD_CONFIDENCE 2.0f  /* tesseract's own threshold for a trustworthy orientation */
#define MIN_SKEW 0.1f            /* degrees: below this deskewing only blurs */
#define FRAME_DARK 72  /* a scanner lid's frame and a copier's edge band are darker; paper in a shadow is not */
#define FRAME_MAX_MM 20 /* no frame is wider: a longer dark run from the edge is the page's own (a photo) */
#define FRAME_SOFT_MM 1 /* the frame's soft inner edge, whitened with it so no line of it is left as ink */
#define LETTER_MIN_MM 1 /* a printed letter (a banner's smallest white text) is at least this tall */
#define LETTER_MAX_MM 12 /* and no letter is taller or wider */
#define BANNER_MIN_LETTERS 3 /* a word: fewer light islands may be a frame's worn patches */

static void note(at_prep_report *report, const char *step)
{
    if (report->steps->len)
        g_string_append_c(report->steps, ',');
    g_string_append(report->steps, step);
}

/* Replace *pix by `next` when the step produced one. */
static void take(PIX **pix, PIX *next)
{
    if (next && next != *pix) {
        pixDestroy(pix);
        *pix = next;
    }
}

/* Is the page plainly upright? leptonica's ascender/descender statistics answer in milliseconds;
 * tesseract's OSD takes about 0.7 s a page, so it is asked only when this is unsure. The thresholds
 * are leptonica's own defaults for makeOrientDecision (up/down confidence 8, ratio 2.5). */
static bool plainly_upright(PIX *gray)
{
    PIX *binary = pixConvertTo1(gray, 128);
    l_float32 up = 0, left = 0;
    bool upright = binary && pixOrientDetect(binary, &up, &left, 0, 0) == 0 && up >= 8.0f &&
                   fabsf(up) >= 2.5f * fabsf(left);
    pixDestroy(&binary);
    return upright;
}

/* Turn the page upright as tesseract's orientation detection says (0, 90, 180 or 270). */
static int orient(PIX **pix, int dpi, TessBaseAPI *osd)
{
    if (plainly_upright(*pix))
        return 0;
    TessBaseAPISetImage2(osd, *pix);
    TessBaseAPISetSourceResolution(osd, dpi);
    int degrees = 0;
    float confidence = 0, script_confidence = 0;
    const char *script = NULL;
    bool ok = TessBaseAPIDetectOrientationScript(osd, &degrees, &confidence, &script, &script_confidence);
    TessBaseAPIClear(osd);
    if (!ok || confidence < MIN_OSD_CONFIDENCE || degrees == 0)
        return 0;
    /* tesseract reports how far the text is turned clockwise (90: lines run top to bottom);
     * pixRotateOrth turns clockwise, so the remaining quarter turns set it upright. */
    take(pix, pixRotateOrth(*pix, (4 - degrees / 90) % 4));
    return degrees;
}

/* Dark pixels from (x, y) in steps of (dx, dy): how many, or -1 when they run on to `cap`. */
static int dark_run(const l_uint32 *data, int wpl, int x, int y, int dx, int dy, int cap)
{
    for (int n = 0; n < cap; n++, x += dx, y += dy)
        if (GET_DATA_BYTE(data + y * wpl, x) >= FRAME_DARK)
            return n;
    return -1;
}

/* Whiten each line's dark run from one edge (`edge` 0..3: left, right, top, bottom), with the soft
 * edge after it; true when there was any. */
static bool whiten_edge(PIX *gray, int edge, int cap, int soft)
{
    const int w = pixGetWidth(gray), h = pixGetHeight(gray), wpl = pixGetWpl(gray);
    l_uint32 *data = pixGetData(gray);
    const bool rows = edge < 2, far = edge % 2;
    const int dx = rows ? (far ? -1 : 1) : 0, dy = rows ? 0 : (far ? -1 : 1);
    bool any = false;
    for (int k = 0; k < (rows ? h : w); k++) {
        int x = rows ? (far ? w - 1 : 0) : k, y = rows ? k : (far ? h - 1 : 0);
        int n = dark_run(data, wpl, x, y, dx, dy, cap);
        for (int i = 0, end = n > 0 ? n + soft : 0; i < end; i++)
            SET_DATA_BYTE(data + (y + i * dy) * wpl, x + i * dx, 255);
        any |= n > 0;
    }
    return any;
}

/* How many light islands of a letter's size the dark area `dark` encloses: a printed banner's white
 * text, which a lid's frame or a copier's band never has. */
static int letters_inside(PIX *dark, int dpi)
{
    PIX *holes = pixHolesByFilling(dark, 4);
    BOXA *boxes = holes ? pixConnCompBB(holes, 8) : NULL;
    const int lo = (int)(dpi * LETTER_MIN_MM / 25.4), hi = (int)(dpi * LETTER_MAX_MM / 25.4);
    int n = 0;
    for (int i = 0; boxes && i < boxaGetCount(boxes); i++) {
        l_int32 w = 0, h = 0;
        boxaGetBoxGeometry(boxes, i, NULL, NULL, &w, &h);
        n += h >= lo && h <= hi && w <= hi;
    }
    boxaDestroy(&boxes);
    pixDestroy(&holes);
    return n;
}

/* Put back into `out`, from `gray`, each dark area joined to the page's edge within `depth` that
 * encloses white letters: a letterhead's banner or a template's sidebar, printed, not a frame. */
static void keep_banners(PIX *out, PIX *gray, int depth, int dpi)
{
    const int w = pixGetWidth(gray), h = pixGetHeight(gray);
    PIX *dark = pixThresholdToBinary(gray, FRAME_DARK), *zone = pixCreate(w, h, 1), *seed = pixCreate(w, h, 1);
    PIX *edged = NULL;
    PIXA *areas = NULL;
    BOXA *boxes = NULL;
    if (dark && zone && seed) {
        pixSetAll(zone);
        pixClearInRect(zone, &(BOX){ depth, depth, w - 2 * depth, h - 2 * depth, 0 });
        pixAnd(dark, dark, zone);
        pixSetOrClearBorder(seed, 1, 1, 1, 1, PIX_SET);
        edged = pixSeedfillBinary(NULL, seed, dark, 8);
    }
    boxes = edged ? pixConnComp(edged, &areas, 8) : NULL;
    for (int i = 0; boxes && areas && i < boxaGetCount(boxes); i++) {
        l_int32 x = 0, y = 0, bw = 0, bh = 0;
        boxaGetBoxGeometry(boxes, i, &x, &y, &bw, &bh);
        PIX *area = pixaGetPix(areas, i, L_CLONE);
        if (area && letters_inside(area, dpi) >= BANNER_MIN_LETTERS)
            pixRasterop(out, x, y, bw, bh, PIX_SRC, gray, x, y);
        pixDestroy(&area);
    }
    boxaDestroy(&boxes);
    pixaDestroy(&areas);
    pixDestroy(&edged);
    pixDestroy(&seed);
    pixDestroy(&zone);
    pixDestroy(&dark);
}

/* `gray` without the dark frame a scanner's lid or a copier leaves along the page's edges (which
 * binarises into specks and a black outline that hide the page's layout from tesseract), or NULL
 * when it has none. */
static PIX *without_frame(PIX *gray, int dpi)
{
    const int w = pixGetWidth(gray), h = pixGetHeight(gray);
    const int cap = MIN((int)(dpi * FRAME_MAX_MM / 25.4), MIN(w, h) / 4), soft = (int)(dpi * FRAME_SOFT_MM / 25.4);
    if (cap + soft < 1 || cap + soft >= MIN(w, h) / 2)
        return NULL;
    PIX *out = pixCopy(NULL, gray);
    bool any = false;
    for (int edge = 0; out && edge < 4; edge++)
        any |= whiten_edge(out, edge, cap, soft);
    if (any)
        keep_banners(out, gray, cap + soft, dpi);
    if (!any)
        pixDestroy(&out);
    return out;
}

/* Put back into `clean` the specks of `all` that sit just above a letter kept in `clean`, within
 * ~0.5 mm of its top and over its columns: a worn copy thins the dots of ä, ö and i to the size of
 * dust ('Cykelvänlig' read 'Cykelvanhg'). Only over a letter: a speck beside one is noise that would
 * change its shape ('l' read 't'), and dust alone on the paper still goes. */
static void keep_dots_over_letters(PIX *clean, PIX *all, int dpi)
{
    const int gap = MAX(2, dpi / 50);
    PIX *specks = pixSubtract(NULL, all, clean);
    PIX *over = specks ? pixCreateTemplate(clean) : NULL;
    for (int dy = 1; over && dy <= gap; dy++) /* the band above each letter: its ink moved up */
        pixRasterop(over, 0, 0, pixGetWidth(clean), pixGetHeight(clean) - dy, PIX_PAINT, clean, 0, dy);
    PIX *seeds = over ? pixAnd(NULL, over, specks) : NULL;
    PIX *dots = seeds ? pixSeedfillBinary(NULL, seeds, specks, 8) : NULL;
    if (dots)
        pixOr(clean, clean, dots);
    pixDestroy(&dots);
    pixDestroy(&seeds);
    pixDestroy(&over);
    pixDestroy(&specks);
}

PIX *at_preprocess(PIX *page, int dpi, unsigned steps, void *osd, PIX **gray_out, at_prep_report *report,
                   at_error *err)
{
    (void)err;
    PIX *pix = pixClone(page);
    report->dpi = dpi > 0 ? dpi : TARGET_DPI;
    report->scale = 1;
    report->deskewed = 0;
    if ((steps & AT_PRE_GRAY) || pixGetDepth(pix) != 8) {
        /* Everything after works on 8-bit gray; colour and 1 bpp scans are converted. */
        take(&pix, pixConvertTo8(pix, 0));
        if (steps & AT_PRE_GRAY)
            note(report, "gray");
    }
    if ((steps & AT_PRE_UPSAMPLE) && report->dpi < MIN_DPI) {
        float f = (float)TARGET_DPI / (float)report->dpi;
        take(&pix, pixScaleGrayLI(pix, f, f));
        report->scale = f;
        char buf[48];
        snprintf(buf, sizeof buf, "upsample:%d->%d", report->dpi, TARGET_DPI);
        note(report, buf);
        report->dpi = TARGET_DPI;
    }
    if (steps & AT_PRE_CLEAN) {
        PIX *unframed = without_frame(pix, report->dpi);
        if (unframed) {
            take(&pix, unframed);
            note(report, "frame");
        }
    }
    if ((steps & AT_PRE_ORIENT) && osd) {
        report->rotation = orient(&pix, report->dpi, osd);
        if (report->rotation) {
            char buf[32];
            snprintf(buf, sizeof buf, "rotate:%d", report->rotation);
            note(report, buf);
        }
    }
    if (steps & AT_PRE_DESKEW) {
        l_float32 angle = 0, conf = 0;
        PIX *deskewed = pixFindSkewAndDeskew(pix, 0, &angle, &conf);
        report->skew = angle;
        /* Leptonica returns a clone of the page when its confidence is too low to turn it. */
        if (deskewed && deskewed != pix && fabsf(angle) >= MIN_SKEW) {
            take(&pix, deskewed);
            report->deskewed = angle;
            char buf[48] = "deskew:"; /* written into ALTO: '.' under any locale */
            g_ascii_formatd(buf + 7, sizeof buf - 7, "%.2f", angle);
            note(report, buf);
        } else {
            pixDestroy(&deskewed);
        }
    }
    PIX *binary = NULL;
    if (steps & AT_PRE_BINARIZE) {
        /* Sauvola over windows of about a text line, tiled so large pages stay in bounded memory. */
        int window = MAX(7, report->dpi / 12);
        int tiles = MAX(1, pixGetWidth(pix) / 1000);
        if (pixSauvolaBinarizeTiled(pix, window, 0.34f, tiles, tiles, NULL, &binary) == 0 && binary)
            note(report, "sauvola");
    }
    if (!binary) /* Otsu-like global threshold when Sauvola is off or failed */
        binary = pixConvertTo1(pix, 160);
    if (steps & AT_PRE_CLEAN) {
        /* Photocopy borders touch the edge; specks are smaller than any letter's dot. */
        PIX *no_border = pixRemoveBorderConnComps(binary, 8);
        int speck = MAX(2, report->dpi / 100);
        PIX *clean = no_border ? pixSelectBySize(no_border, speck, speck, 8, L_SELECT_IF_EITHER,
                                                  L_SELECT_IF_GT, NULL)
                               : NULL;
        if (clean) {
            l_int32 before = 0, after = 0;
            pixCountPixels(no_border, &before, NULL);
            pixCountPixels(clean, &after, NULL);
            report->specks = (double)(before - after) / ((double)pixGetWidth(clean) * pixGetHeight(clean));
            keep_dots_over_letters(clean, no_border, report->dpi);
            take(&binary, clean);
            char buf[48] = "clean:";
            g_ascii_formatd(buf + 6, sizeof buf - 8, "%.4f", 100 * report->specks);
            g_strlcat(buf, "%", sizeof buf);
            note(report, buf);
        }
        pixDestroy(&no_border);
    }
    if (gray_out)
        *gray_out = pix;
    else
        pixDestroy(&pix);
    return binary;
}
