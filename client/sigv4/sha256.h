#pragma once

#include <cstddef>
#include <cstdint>

namespace cp::crypto {

// SHA-256 and HMAC-SHA-256, hand-rolled because signing sits on every request of
// the client and the local endpoint: Qt's hashing costs several microseconds a
// call, this path uses the CPU's SHA extensions when present (checked once at
// run time) and a portable implementation otherwise.
inline constexpr std::size_t kSha256Size = 32;

class Sha256
{
public:
    Sha256();
    void update(const void *data, std::size_t size);
    void finish(std::uint8_t out[kSha256Size]);

    static void hash(const void *data, std::size_t size, std::uint8_t out[kSha256Size]);
    // False while forcePortableForTesting(true) is in effect.
    static bool usesShaExtensions();

    // For tests only: route every hash through the portable compression function
    // (true) or back to the one picked for this CPU (false), so both paths can be
    // checked on one machine. Not meant to be flipped while other threads hash.
    static void forcePortableForTesting(bool force);

private:
    friend class HmacSha256;
    std::uint32_t m_state[8];
    std::uint8_t m_buffer[64];
    std::size_t m_buffered = 0;
    std::uint64_t m_total = 0;
};

// HMAC keyed once: the inner and outer pad states are computed up front, so a MAC
// under a cached key costs only the message's blocks plus one outer block.
class HmacSha256
{
public:
    HmacSha256(const void *key, std::size_t keySize);
    void mac(const void *data, std::size_t size, std::uint8_t out[kSha256Size]) const;

    static void mac(const void *key, std::size_t keySize, const void *data, std::size_t size,
                    std::uint8_t out[kSha256Size]);

private:
    Sha256 m_inner;
    Sha256 m_outer;
};

// Lower-case hexadecimal of a digest; out must hold 2 * size characters.
void toHex(const std::uint8_t *data, std::size_t size, char *out);

} // namespace cp::crypto
