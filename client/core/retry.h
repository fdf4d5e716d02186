#pragma once

#include "error.h"

#include <algorithm>
#include <chrono>
#include <functional>

namespace cp::client {

// The AWS SDKs' "standard" retry mode: a few attempts, exponential backoff with full
// jitter capped at 20 s, and a token bucket that stops retry storms when an endpoint
// is failing for everyone.
class RetryPolicy
{
public:
    int maxAttempts = 3;
    std::chrono::milliseconds maxBackoff{20000};
    int quotaCapacity = 500;
    int retryCost = 5;
    int timeoutRetryCost = 10;
    std::function<double()> random; // [0, 1); the default is a real random source

    RetryPolicy();

    static bool isRetryable(const ServiceError &error);
    static bool isThrottling(const QString &errorType);
    static bool isClockSkewError(const QString &errorType);

    // Takes the retry's cost from the quota; 0 when the quota cannot pay for it.
    int acquire(const ServiceError &error);
    // After a successful answer: refunds what the call's retries took, or adds one.
    void release(int acquired);
    int availableTokens() const { return std::max(0, quotaCapacity - m_spent); }

    // Delay before attempt number `attempt + 1` (attempt counts from 1).
    std::chrono::milliseconds backoff(int attempt) const;

private:
    // Tokens taken and not yet given back: the quota follows quotaCapacity when it changes.
    int m_spent = 0;
};

} // namespace cp::client
