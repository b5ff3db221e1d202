/* TAP test of at_page_render on TIFF pages (review pages' images): 8-bit gray and 1-bit G4 pages of a
 * two-page TIFF at 300 dpi drawn at 150 dpi, read row by row at half size; the dark block of the page asked
 * for lands where it stands on that page, the other page's block does not show.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: test_render
 */
#include "arkivtext/arkivtext.h"

#include <glib/gstdio.h>
#include <leptonica/allheaders.h>
#include <stdlib.h>
#include "tests/tap.h"

enum { W = 600, H = 800 };

/* A white page with a black block in the top left (page 1) or the bottom right (page 2). */
static PIX *page(int n, bool bitonal)
{
    PIX *pix = pixCreate(W, H, 8);
    pixSetAllArbitrary(pix, 255);
    BOX *block = n == 1 ? boxCreate(60, 80, 180, 240) : boxCreate(W - 240, H - 320, 180, 240);
    pixClearInRect(pix, block);
    boxDestroy(&block);
    pixSetResolution(pix, 300, 300);
    if (!bitonal)
        return pix;
    PIX *one = pixThresholdToBinary(pix, 128);
    pixSetResolution(one, 300, 300);
    pixDestroy(&pix);
    return one;
}

/* The gray value of the rendered page at (x, y) of the 150 dpi image, or -1. */
static int render_at(const char *tif, int n, int x, int y, int *w, int *h)
{
    at_page_view view = { 0 };
    view.width = W, view.height = H, view.dpi = 300, view.source_page = n;
    unsigned char *jpeg = NULL;
    size_t len = 0;
    at_error err = AT_ERROR_INIT;
    if (at_page_render(tif, &view, 150, 90, &jpeg, &len, w, h, &err) < 0) {
        printf("# %s\n", err.message);
        return -1;
    }
    PIX *pix = pixReadMem(jpeg, len);
    l_uint32 v = 0;
    int out = pix && pixGetPixel(pix, x, y, &v) == 0 ? (int)v : -1;
    pixDestroy(&pix);
    free(jpeg);
    return out;
}

static void check(const char *what, bool bitonal)
{
    const char *tif = bitonal ? "g4.tif" : "gray.tif";
    for (int n = 1; n <= 2; n++) {
        PIX *p = page(n, bitonal);
        pixWriteTiff(tif, p, bitonal ? IFF_TIFF_G4 : IFF_TIFF_ZIP, n == 1 ? "w" : "a");
        pixDestroy(&p);
    }
    int w = 0, h = 0;
    int top = render_at(tif, 2, 75, 100, &w, &h), bottom = render_at(tif, 2, W / 2 - 75, H / 2 - 100, &w, &h);
    ok(w == W / 2 && h == H / 2, "%s: page 2 drawn at 150 dpi (%d x %d)", what, w, h);
    ok(bottom >= 0 && bottom < 64 && top > 192, "%s: its block is dark (%d), page 1's place white (%d)", what, bottom,
       top);
    int one = render_at(tif, 1, 75, 100, &w, &h);
    ok(one >= 0 && one < 64, "%s: page 1's block is dark on page 1 (%d)", what, one);
}

int main(void)
{
    char *dir = g_dir_make_tmp("test-render-XXXXXX", NULL);
    if (!dir || g_chdir(dir) != 0)
        return 3;
    check("8-bit gray TIFF", false);
    check("1-bit G4 TIFF", true);
    g_unlink("gray.tif");
    g_unlink("g4.tif");
    g_chdir("/");
    g_rmdir(dir);
    g_free(dir);
    return tap_done();
}
