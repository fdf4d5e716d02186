// SigV4 signing of a typical REST-JSON request, with the derived key cached (the
// steady state) and derived afresh (the first request of a day or of new keys), plus
// SHA-256 and HMAC alone for scale. Repeated so that a median is reported.
#include "sigv4/sha256.h"
#include "sigv4/sigv4.h"

#include <benchmark/benchmark.h>

using namespace cp::sigv4;

namespace {

constexpr std::int64_t kEpochSeconds = 1700000000;

RequestToSign searchRequest()
{
    RequestToSign request;
    request.method = "POST";
    request.rawPath = "/domains/my-domain/profiles/search";
    request.headers = {{"host", "profile.us-east-1.amazonaws.com"},
                       {"content-type", "application/json"}};
    request.body = R"({"KeyName":"_email","Values":["jose.garcia@example.com"],"MaxResults":20,)"
                   R"("LogicalOperator":"AND"})";
    return request;
}

SigningCredentials credentials()
{
    return {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", {}};
}

SigningOptions options()
{
    SigningOptions out;
    out.region = "us-east-1";
    out.service = "profile";
    out.epochSeconds = kEpochSeconds;
    return out;
}

void BM_SignCachedKey(benchmark::State &state)
{
    const RequestToSign request = searchRequest();
    const SigningCredentials creds = credentials();
    const SigningOptions opts = options();
    Signer signer;
    signer.signHeaders(request, creds, opts); // fills the key cache
    for (auto _ : state) {
        SignedRequest signedRequest = signer.signHeaders(request, creds, opts);
        benchmark::DoNotOptimize(signedRequest);
    }
}

// A new date every iteration: each signing misses the cache, derives the key through
// the four HMACs and evicts an older entry, as at a day's first request.
void BM_SignDeriveKey(benchmark::State &state)
{
    const RequestToSign request = searchRequest();
    const SigningCredentials creds = credentials();
    SigningOptions opts = options();
    Signer signer;
    for (auto _ : state) {
        opts.epochSeconds += 86400;
        SignedRequest signedRequest = signer.signHeaders(request, creds, opts);
        benchmark::DoNotOptimize(signedRequest);
    }
}

void BM_Sha256_64Bytes(benchmark::State &state)
{
    const QByteArray data(64, 'x');
    std::uint8_t digest[cp::crypto::kSha256Size];
    for (auto _ : state) {
        cp::crypto::Sha256::hash(data.constData(), std::size_t(data.size()), digest);
        benchmark::DoNotOptimize(digest);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * data.size());
}

// Key setup included, as in one step of the key derivation.
void BM_HmacSha256_200Bytes(benchmark::State &state)
{
    const QByteArray key(32, 'k');
    const QByteArray data(200, 'x');
    std::uint8_t digest[cp::crypto::kSha256Size];
    for (auto _ : state) {
        cp::crypto::HmacSha256::mac(key.constData(), std::size_t(key.size()), data.constData(),
                                    std::size_t(data.size()), digest);
        benchmark::DoNotOptimize(digest);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * data.size());
}

void configure(benchmark::internal::Benchmark *b)
{
    b->Repetitions(10)->ReportAggregatesOnly(true)->Unit(benchmark::kNanosecond);
}

} // namespace

BENCHMARK(BM_SignCachedKey)->Apply(configure);
BENCHMARK(BM_SignDeriveKey)->Apply(configure);
BENCHMARK(BM_Sha256_64Bytes)->Apply(configure);
BENCHMARK(BM_HmacSha256_200Bytes)->Apply(configure);

BENCHMARK_MAIN();
