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
 * (tesseract's threads, `run -j N`). A released buffer's size is read back from ASan's allocator
 * (malloc_usable_size) or from the arena buffer's head: a buffer allocated before the manager was
 * installed, or carved by the other module's copy of this file (the last constructor installs its own),
 * is released correctly. Arena buffers are not malloc blocks: LeakSanitizer does not count them (image
 * data; a leaked PIX, a malloc block, is still reported), and a second release of one is reported here.
 */
#include <leptonica/allheaders.h>
#include <malloc.h>
#include <pthread.h>
#include <sanitizer/asan_interface.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

/* ASan's allocator knows its blocks (sanitizer/allocator_interface.h, which GCC 12 does not install). */
int __sanitizer_get_ownership(const volatile void *p);

/* ASan's size-class allocator serves smaller blocks cheaply: only larger ones are worth pooling. */
#define POOLED_MIN_BYTES ((size_t)128 << 10)
/* Beyond this many pooled bytes, freed buffers are really freed. */
#define POOL_CAP_BYTES ((size_t)256 << 20)
#define POOL_SLOTS (POOL_CAP_BYTES / POOLED_MIN_BYTES)

/* New buffers are carved from one arena of transparent huge pages: a fresh ASan mapping faults in
 * every 4 kB page, often twice (leptonica reads a row's pad bits before writing them: the zero page,
 * then a copy and a TLB flush on each CPU), and on this machine the faults were a third of an OCR's CPU.
 * Each buffer sits between poisoned redzones of a page, as an ASan mapping does; its size is written
 * just before it, with a check word. Arena space is not reused but by the pool: a buffer the pool cannot
 * keep stays poisoned, its pages given back to the kernel. */
#define ARENA_BYTES ((size_t)1 << 30)
#define REDZONE ((size_t)4 << 10)
#define ARENA_MAGIC ((size_t)0x61727469706f6f6cULL)

static struct {
    pthread_mutex_t lock;
    unsigned char *arena, *arena_end, *arena_free; /* NULL when the arena could not be mapped */
    bool arena_tried;
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

/* A new buffer of `size` bytes from the arena, poisoned, or NULL when it is full. */
static void *arena_carve(size_t size)
{
    size_t span = REDZONE + ((size + REDZONE - 1) / REDZONE) * REDZONE + REDZONE;
    void *block = NULL;
    pthread_mutex_lock(&pool.lock);
    if (!pool.arena_tried) {
        pool.arena_tried = true;
        void *arena = mmap(NULL, ARENA_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                           -1, 0);
        if (arena != MAP_FAILED) {
            madvise(arena, ARENA_BYTES, MADV_HUGEPAGE);
            pool.arena = pool.arena_free = arena;
            pool.arena_end = pool.arena + ARENA_BYTES;
        }
    }
    if (pool.arena && (size_t)(pool.arena_end - pool.arena_free) >= span) {
        block = pool.arena_free + REDZONE;
        ((size_t *)block)[-1] = size;
        ((size_t *)block)[-2] = size ^ ARENA_MAGIC;
        ASAN_POISON_MEMORY_REGION(pool.arena_free, span);
        pool.arena_free += span;
    }
    pthread_mutex_unlock(&pool.lock);
    return block;
}

/* The size written before a buffer from an arena (this module's or the other's copy of this file), in
 * its poisoned redzone; 0 when `block` is none (an ASan block, live or freed, whose header is there). */
__attribute__((no_sanitize("address"))) static size_t arena_size(const void *block)
{
    const size_t *head = block;
    return head[-2] == (head[-1] ^ ARENA_MAGIC) ? head[-1] : 0;
}

static void *pixdata_alloc(size_t size)
{
    void *block = size >= POOLED_MIN_BYTES ? pool_take(size) : NULL;
    if (!block && size >= POOLED_MIN_BYTES)
        block = arena_carve(size);
    if (!block)
        return malloc(size);
    ASAN_UNPOISON_MEMORY_REGION(block, size);
    return block;
}

static void pixdata_release(void *block)
{
    if (!block)
        return;
    size_t size = __sanitizer_get_ownership(block) ? malloc_usable_size(block) : arena_size(block);
    if (size < POOLED_MIN_BYTES) { /* small, or not ours: ASan's free checks it */
        free(block);
        return;
    }
    /* A pooled buffer is poisoned: released again, it would be handed out twice. */
    if (__asan_address_is_poisoned(block))
        __asan_report_error(__builtin_return_address(0), __builtin_frame_address(0), __builtin_frame_address(0),
                            block, 1, 1);
    if (pool_keep(block, size))
        return;
    if (__sanitizer_get_ownership(block)) {
        free(block);
    } else {
        ASAN_POISON_MEMORY_REGION(block, size);
        madvise(block, size / REDZONE * REDZONE, MADV_DONTNEED);
    }
}

__attribute__((constructor)) static void install_pixdata_pool(void)
{
    setPixMemoryManager(pixdata_alloc, pixdata_release);
}
