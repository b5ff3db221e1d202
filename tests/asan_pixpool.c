/* Leptonica's image buffers from a pool, in AddressSanitizer builds only (meson.build links this file
 * into the OCR and image modules and the test programs when b_sanitize holds "address"; the
 * product and the plain build never contain it). It exists for CI time.
 *
 * Under ASan every block of 128 kB or more is mapped fresh from the kernel and unmapped when it leaves
 * the quarantine. Leptonica makes hundreds of such image buffers per page (one 300 dpi scan OCR'd: 567
 * mmaps, 690 MB, half the run's page faults), and the sanitized CI run spent most of its CPU on them.
 * Buffers of that size that leptonica frees are kept here, per exact size, and handed out again.
 *
 * The check this weakens: a pooled buffer skips ASan's quarantine. While it waits here it is poisoned,
 * so a read or write after pixDestroy is still reported (as use-after-poison); once it is handed out to
 * a new image of the same size, a stale pointer into it reaches the new image unreported, as it would
 * after the quarantine had moved on. Smaller blocks, and every other allocation, keep ASan's full checks.
 *
 * Leptonica holds one memory manager per process, so the pool is process-wide state behind a mutex
 * (tesseract's threads, `run -j N`). Buffers stay ordinary malloc blocks, their size read back with
 * malloc_usable_size (the requested size under ASan): a buffer allocated before the manager was
 * installed, or pooled by the other module's copy of this file (the last constructor installs its own),
 * is freed correctly. The slots are static, so LeakSanitizer finds pooled buffers reachable at exit.
 */
#include <leptonica/allheaders.h>
#include <malloc.h>
#include <pthread.h>
#include <sanitizer/asan_interface.h>
#include <stdbool.h>
#include <stdlib.h>

/* ASan's size-class allocator serves smaller blocks cheaply: only larger ones are worth pooling. */
#define POOLED_MIN_BYTES ((size_t)128 << 10)
/* Beyond this many pooled bytes, freed buffers are really freed. */
#define POOL_CAP_BYTES ((size_t)256 << 20)
#define POOL_SLOTS (POOL_CAP_BYTES / POOLED_MIN_BYTES)

static struct {
    pthread_mutex_t lock;
    size_t bytes, count;
    struct {
        void *block;
        size_t size;
    } slot[POOL_SLOTS];
} pool = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* The pooled buffer of exactly `size` bytes freed last (still poisoned), or NULL. */
static void *pool_take(size_t size)
{
    void *block = NULL;
    pthread_mutex_lock(&pool.lock);
    for (size_t i = pool.count; i-- > 0;)
        if (pool.slot[i].size == size) {
            block = pool.slot[i].block;
            pool.slot[i] = pool.slot[--pool.count];
            pool.bytes -= size;
            break;
        }
    pthread_mutex_unlock(&pool.lock);
    return block;
}

/* Keeps `block`, poisoned, unless the pool is full: true when kept. Poisoned under the lock, so that
 * no other thread can take it before it is. */
static bool pool_keep(void *block, size_t size)
{
    bool kept = false;
    pthread_mutex_lock(&pool.lock);
    if (pool.count < POOL_SLOTS && pool.bytes + size <= POOL_CAP_BYTES) {
        ASAN_POISON_MEMORY_REGION(block, size);
        pool.slot[pool.count].block = block;
        pool.slot[pool.count++].size = size;
        pool.bytes += size;
        kept = true;
    }
    pthread_mutex_unlock(&pool.lock);
    return kept;
}

static void *pixdata_alloc(size_t size)
{
    void *block = size >= POOLED_MIN_BYTES ? pool_take(size) : NULL;
    if (!block)
        return malloc(size);
    ASAN_UNPOISON_MEMORY_REGION(block, size);
    return block;
}

static void pixdata_release(void *block)
{
    if (!block)
        return;
    size_t size = malloc_usable_size(block);
    if (size < POOLED_MIN_BYTES || !pool_keep(block, size))
        free(block);
}

__attribute__((constructor)) static void install_pixdata_pool(void)
{
    setPixMemoryManager(pixdata_alloc, pixdata_release);
}
