// The test control API under /_control/, served only with
// --enable-test-control: faults, the request log, tokens, approval, clock,
// and what the simulated latency and workers hold up.
#pragma once

#include "HttpMessage.h"

class FaultInjector;
class OAuthEndpoints;
class PrefStore;
class RequestScheduler;
class Router;
class ServerClock;
class TokenStore;

class ControlEndpoints
{
public:
    ControlEndpoints(PrefStore &store, TokenStore &tokens, FaultInjector &faults,
        OAuthEndpoints &oauth, ServerClock &clock, const RequestScheduler &scheduler);

    void registerRoutes(Router &router);

private:
    HttpReply addFault(const HttpRequestData &request);
    HttpReply listFaults() const;
    HttpReply clearFaults();
    HttpReply requestLog() const;
    HttpReply clearRequestLog();
    HttpReply mintToken(const HttpRequestData &request);
    HttpReply expireTokens();
    HttpReply approve(const HttpRequestData &request);
    HttpReply advanceClock(const HttpRequestData &request);
    HttpReply clock() const;
    HttpReply concurrency() const;

    PrefStore &m_store;
    TokenStore &m_tokens;
    FaultInjector &m_faults;
    OAuthEndpoints &m_oauth;
    ServerClock &m_clock;
    const RequestScheduler &m_scheduler;
};
