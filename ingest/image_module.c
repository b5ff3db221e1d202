/* The image module's entry (ingest/module.h): raster pages drawn again without poppler or tesseract.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "ingest/ingest_private.h"
#include "ingest/module.h"

static int page_render(const char *path, const at_page_view *view, int dpi, int quality, unsigned char **jpeg,
                       size_t *len, int *width, int *height, at_error *err)
{
    return at_page_render_from(at_raster_read_gray, path, view, dpi, quality, jpeg, len, width, height, err);
}

/* The loader in libarkivtext (loader.c) calls it once. */
AT_EXPORT const at_image_module_fns *at_image_module_table(int abi)
{
    static const at_image_module_fns fns = { at_is_pdf, page_render };
    return abi == AT_IMAGE_MODULE_ABI ? &fns : NULL;
}
