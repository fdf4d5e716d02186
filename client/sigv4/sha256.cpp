#include "sha256.h"

#include <algorithm>
#include <atomic>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define CP_HAVE_X86 1
#endif

namespace cp::crypto {
namespace {

alignas(16) constexpr std::uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t kInitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                            0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

inline std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

void compressPortable(std::uint32_t state[8], const std::uint8_t *data, std::size_t blocks)
{
    for (; blocks > 0; --blocks, data += 64) {
        std::uint32_t w[64];
        for (int i = 0; i < 16; ++i) {
            w[i] = (std::uint32_t(data[4 * i]) << 24) | (std::uint32_t(data[4 * i + 1]) << 16) |
                   (std::uint32_t(data[4 * i + 2]) << 8) | std::uint32_t(data[4 * i + 3]);
        }
        for (int i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; ++i) {
            const std::uint32_t t1 =
                h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
            const std::uint32_t t2 =
                (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef CP_HAVE_X86
__attribute__((target("sha,sse4.1,ssse3"))) void
compressShaNi(std::uint32_t state[8], const std::uint8_t *data, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // The instructions want the state as ABEF and CDGH.
    __m128i tmp =
        _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0xB1);
    __m128i cdgh =
        _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(tmp, cdgh, 8);
    cdgh = _mm_blend_epi16(cdgh, tmp, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefSaved = abef;
        const __m128i cdghSaved = cdgh;
        __m128i w[4];
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i &slot = w[group & 3];
            if (group < 4) {
                slot = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * group)),
                    byteSwap);
            } else {
                // W[t..t+3] from W[t-16..t-1]: msg1 adds sigma0, alignr brings W[t-7], msg2 sigma1.
                const __m128i previous = w[(group - 1) & 3];
                __m128i next = _mm_sha256msg1_epu32(slot, w[(group - 3) & 3]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(previous, w[(group - 2) & 3], 4));
                slot = _mm_sha256msg2_epu32(next, previous);
            }
            __m128i msg = _mm_add_epi32(
                slot, _mm_load_si128(reinterpret_cast<const __m128i *>(K + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, msg);
        }
        abef = _mm_add_epi32(abef, abefSaved);
        cdgh = _mm_add_epi32(cdgh, cdghSaved);
    }

    tmp = _mm_shuffle_epi32(abef, 0x1B);
    cdgh = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_blend_epi16(tmp, cdgh, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), _mm_alignr_epi8(cdgh, tmp, 8));
}

bool detectShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    return ssse3 && sse41 && (ebx & (1u << 29));
}
#endif

using CompressFn = void (*)(std::uint32_t *, const std::uint8_t *, std::size_t);

CompressFn selectCompress()
{
#ifdef CP_HAVE_X86
    if (detectShaExtensions())
        return compressShaNi;
#endif
    return compressPortable;
}

// Atomic only so the test seam can switch it; relaxed loads cost a plain load.
std::atomic<CompressFn> compressFn{selectCompress()};

inline void compress(std::uint32_t *state, const std::uint8_t *data, std::size_t blocks)
{
    compressFn.load(std::memory_order_relaxed)(state, data, blocks);
}

} // namespace

Sha256::Sha256()
{
    std::memcpy(m_state, kInitialState, sizeof m_state);
}

void Sha256::update(const void *data, std::size_t size)
{
    const auto *bytes = static_cast<const std::uint8_t *>(data);
    m_total += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, sizeof m_buffer - m_buffered);
        std::memcpy(m_buffer + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < sizeof m_buffer)
            return;
        compress(m_state, m_buffer, 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(m_state, bytes, size / 64);
        bytes += size & ~std::size_t(63);
        size &= 63;
    }
    if (size > 0) {
        std::memcpy(m_buffer, bytes, size);
        m_buffered = size;
    }
}

void Sha256::finish(std::uint8_t out[kSha256Size])
{
    const std::uint64_t bits = m_total * 8;
    m_buffer[m_buffered++] = 0x80;
    if (m_buffered > 56) {
        std::memset(m_buffer + m_buffered, 0, 64 - m_buffered);
        compress(m_state, m_buffer, 1);
        m_buffered = 0;
    }
    std::memset(m_buffer + m_buffered, 0, 56 - m_buffered);
    for (int i = 0; i < 8; ++i)
        m_buffer[56 + i] = std::uint8_t(bits >> (56 - 8 * i));
    compress(m_state, m_buffer, 1);
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = std::uint8_t(m_state[i] >> 24);
        out[4 * i + 1] = std::uint8_t(m_state[i] >> 16);
        out[4 * i + 2] = std::uint8_t(m_state[i] >> 8);
        out[4 * i + 3] = std::uint8_t(m_state[i]);
    }
}

void Sha256::hash(const void *data, std::size_t size, std::uint8_t out[kSha256Size])
{
    Sha256 sha;
    sha.update(data, size);
    sha.finish(out);
}

bool Sha256::usesShaExtensions()
{
    return compressFn.load(std::memory_order_relaxed) != compressPortable;
}

void Sha256::forcePortableForTesting(bool force)
{
    compressFn.store(force ? compressPortable : selectCompress(), std::memory_order_relaxed);
}

HmacSha256::HmacSha256(const void *key, std::size_t keySize)
{
    std::uint8_t block[64] = {};
    if (keySize > sizeof block)
        Sha256::hash(key, keySize, block);
    else
        std::memcpy(block, key, keySize);
    std::uint8_t pad[64];
    for (int i = 0; i < 64; ++i)
        pad[i] = block[i] ^ 0x36;
    m_inner.update(pad, sizeof pad);
    for (int i = 0; i < 64; ++i)
        pad[i] = block[i] ^ 0x5c;
    m_outer.update(pad, sizeof pad);
}

void HmacSha256::mac(const void *data, std::size_t size, std::uint8_t out[kSha256Size]) const
{
    Sha256 inner = m_inner;
    inner.update(data, size);
    std::uint8_t innerDigest[kSha256Size];
    inner.finish(innerDigest);
    Sha256 outer = m_outer;
    outer.update(innerDigest, sizeof innerDigest);
    outer.finish(out);
}

void HmacSha256::mac(const void *key, std::size_t keySize, const void *data, std::size_t size,
                     std::uint8_t out[kSha256Size])
{
    HmacSha256(key, keySize).mac(data, size, out);
}

void toHex(const std::uint8_t *data, std::size_t size, char *out)
{
    static constexpr char digits[] = "0123456789abcdef";
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 0xf];
    }
}

} // namespace cp::crypto
