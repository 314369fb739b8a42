// What the Embedded Swift kernel needs from C beyond wasi-libc (which gives malloc, strtod,
// fmod, round, memcpy and the like): randomness for Hashable's seed, and __multi3, which the
// toolchain's compiler-rt lacks for wasm32. Nothing here can reach the outside world: the
// kernel imports nothing from its host.
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

// Double(String) calls this, as the Swift runtime's C stubs define it natively (glibc's strtod
// there, musl's from wasi-libc here: both correctly rounded). A result out of range is a
// failure (nil), as natively.
const char *_swift_stdlib_strtod_clocale(const char *text, double *result) {
    char *end;
    errno = 0;
    double value = strtod(text, &end);
    *result = value;
    if (errno == ERANGE && (value == HUGE_VAL || value == -HUGE_VAL || value == 0.0)) return NULL;
    return end;
}

// Swift seeds its hashing from here. The kernel's output never depends on hash order (the
// renderers sort or keep source order), so a fixed seed is enough and keeps runs repeatable.
void arc4random_buf(void *buffer, size_t count) {
    uint8_t *bytes = buffer;
    uint32_t state = 0x9E3779B9u;
    for (size_t i = 0; i < count; i++) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = (uint8_t)state;
    }
}

// 128-bit multiplication (the low 128 bits), which Swift's Double printing uses.
typedef unsigned __int128 u128;
__int128 __multi3(__int128 a, __int128 b) {
    u128 x = (u128)a, y = (u128)b;
    uint64_t x0 = (uint64_t)x, x1 = (uint64_t)(x >> 64);
    uint64_t y0 = (uint64_t)y, y1 = (uint64_t)(y >> 64);
    uint64_t a0 = x0 & 0xFFFFFFFFu, a1 = x0 >> 32, b0 = y0 & 0xFFFFFFFFu, b1 = y0 >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t middle = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    uint64_t low = (p00 & 0xFFFFFFFFu) | (middle << 32);
    uint64_t high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32);
    high += x0 * y1 + x1 * y0;
    return (__int128)(((u128)high << 64) | low);
}

// wasi-libc's strtod reads through a string-backed FILE, which links in the rest of stdio and,
// through it, the WASI calls that write, seek and close files. None is ever called on a string,
// but each would be an import the host must give. These two stand-ins cut that chain: strtod's
// only printing (a diagnostic through fputs) goes nowhere, and nothing registers stdio for
// flushing at exit. The build checks that the kernel imports nothing.
struct _IO_FILE;
int fputs(const char *text, struct _IO_FILE *file) {
    (void)text;
    (void)file;
    return -1;
}
void __stdio_exit_needed(void) {}
