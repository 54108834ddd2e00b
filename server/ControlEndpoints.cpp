#include "ControlEndpoints.h"

#include "FaultInjector.h"
#include "HttpHelpers.h"
#include "OAuthEndpoints.h"
#include "PrefStore.h"
#include "RequestScheduler.h"
#include "Router.h"
#include "ServerClock.h"
#include "StrictJson.h"
#include "TokenStore.h"

#include <algorithm>
#include <limits>

using namespace HttpHelpers;

namespace {

bool jsonObject(const HttpRequestData &request, Json *body, HttpReply *error)
{
    StrictJson::Result parsed =
        StrictJson::parse(request.body.trimmed().isEmpty() ? QByteArray("{}") : request.body);
    if (!parsed.ok || !parsed.value.is_object()) {
        *error =
            detailReply(400, parsed.ok ? QStringLiteral("Expected a JSON object.") : parsed.error);
        return false;
    }
    *body = std::move(parsed.value);
    return true;
}

// body[name] as a string (numbers are accepted and written out), or fallback.
QString stringField(const Json &body, const char *name, const QString &fallback = QString())
{
    const auto it = body.find(name);
    if (it == body.end() || it->is_null())
        return fallback;
    return it->is_string() ? fromStd(it->get<std::string>()) : fromStd(it->dump());
}

int intField(const Json &body, const char *name, int fallback)
{
    const auto it = body.find(name);
    if (it == body.end() || !it->is_number_integer())
        return fallback;
    return int(std::clamp<qint64>(it->get<qint64>(), -1, std::numeric_limits<int>::max()));
}

Json faultJson(const Fault &fault)
{
    return Json {{"path", toStd(fault.path)},
        {"method", fault.method.isEmpty() ? Json(nullptr) : Json(fault.method.toStdString())},
        {"count", fault.count}, {"kind", toStd(Fault::kindName(fault.kind))},
        {"status", fault.status},
        {"retry_after",
            fault.retryAfter.isEmpty() ? Json(nullptr) : Json(fault.retryAfter.toStdString())},
        {"delay_ms", fault.delayMs},
        {"location", fault.location.isEmpty() ? Json(nullptr) : Json(toStd(fault.location))},
        {"apply", fault.applyFirst}};
}

} // namespace

ControlEndpoints::ControlEndpoints(PrefStore &store, TokenStore &tokens, FaultInjector &faults,
    OAuthEndpoints &oauth, ServerClock &clock, const RequestScheduler &scheduler)
    : m_store(store)
    , m_tokens(tokens)
    , m_faults(faults)
    , m_oauth(oauth)
    , m_clock(clock)
    , m_scheduler(scheduler)
{ }

void ControlEndpoints::registerRoutes(Router &router)
{
    // Registered with and without the trailing slash.
    for (const QString &slash : {QString(), QStringLiteral("/")}) {
        const auto route = [&](const char *path, const QByteArray &method,
                               Router::Handler handler) {
            router.addRoute(QLatin1String(path) + slash, method, std::move(handler));
        };
        route("/_control/faults", "POST",
            [this](const HttpRequestData &r, const QStringList &) { return addFault(r); });
        route("/_control/faults", "GET",
            [this](const HttpRequestData &, const QStringList &) { return listFaults(); });
        route("/_control/faults", "DELETE",
            [this](const HttpRequestData &, const QStringList &) { return clearFaults(); });
        route("/_control/requests", "GET",
            [this](const HttpRequestData &, const QStringList &) { return requestLog(); });
        route("/_control/requests", "DELETE",
            [this](const HttpRequestData &, const QStringList &) { return clearRequestLog(); });
        route("/_control/token", "POST",
            [this](const HttpRequestData &r, const QStringList &) { return mintToken(r); });
        route("/_control/expire_tokens", "POST",
            [this](const HttpRequestData &, const QStringList &) { return expireTokens(); });
        route("/_control/approve", "POST",
            [this](const HttpRequestData &r, const QStringList &) { return approve(r); });
        route("/_control/clock", "POST",
            [this](const HttpRequestData &r, const QStringList &) { return advanceClock(r); });
        route("/_control/clock", "GET",
            [this](const HttpRequestData &, const QStringList &) { return clock(); });
        route("/_control/concurrency", "GET",
            [this](const HttpRequestData &, const QStringList &) { return concurrency(); });
    }
}

HttpReply ControlEndpoints::addFault(const HttpRequestData &request)
{
    Json body;
    HttpReply error;
    if (!jsonObject(request, &body, &error))
        return error;
    Fault fault;
    fault.path = stringField(body, "path");
    fault.method = stringField(body, "method").toUpper().toLatin1();
    fault.count = intField(body, "count", 1);
    const std::optional<Fault::Kind> kind = Fault::kindFromName(stringField(body, "kind"));
    fault.status = intField(body, "status", 0);
    fault.retryAfter = stringField(body, "retry_after").toLatin1();
    fault.delayMs = intField(body, "delay_ms", 0);
    fault.location = stringField(body, "location");
    const Json apply = body.value("apply", Json(false));
    fault.applyFirst = apply.is_boolean() && apply.get<bool>();
    if (fault.path.isEmpty() || !(fault.path.startsWith(u'/') || fault.path == QLatin1String("*")))
        return fieldErrorReply(
            QStringLiteral("path"), QStringLiteral("A path starting with \"/\", or \"*\"."));
    if (!kind)
        return fieldErrorReply(QStringLiteral("kind"),
            QStringLiteral("One of status, drop, malformed, html, redirect, delay."));
    fault.kind = *kind;
    if (fault.count < 1)
        return fieldErrorReply(QStringLiteral("count"), QStringLiteral("At least 1."));
    if (fault.status != 0 && (fault.status < 100 || fault.status > 599))
        return fieldErrorReply(QStringLiteral("status"), QStringLiteral("An HTTP status code."));
    if (fault.delayMs < 0 || fault.delayMs > 600000)
        return fieldErrorReply(QStringLiteral("delay_ms"), QStringLiteral("Between 0 and 600000."));
    if (!apply.is_boolean() && !apply.is_null())
        return fieldErrorReply(QStringLiteral("apply"), QStringLiteral("true or false."));
    if (fault.kind == Fault::Kind::Redirect && fault.location.isEmpty())
        return fieldErrorReply(
            QStringLiteral("location"), QStringLiteral("Required for a redirect."));
    if (fault.kind == Fault::Kind::Delay && fault.delayMs == 0)
        fault.delayMs = 1000;
    m_faults.addFault(fault);
    return jsonReply(201, faultJson(fault));
}

HttpReply ControlEndpoints::listFaults() const
{
    Json faults = Json::array();
    for (const Fault &fault : m_faults.faults())
        faults.push_back(faultJson(fault));
    return jsonReply(200, faults);
}

HttpReply ControlEndpoints::clearFaults()
{
    m_faults.clearFaults();
    return emptyReply(204);
}

HttpReply ControlEndpoints::requestLog() const
{
    Json log = Json::array();
    for (const RecordedRequest &entry : m_faults.requestLog()) {
        Json headers = Json::object();
        for (const auto &[name, value] : entry.headers) {
            const std::string key = QString::fromLatin1(name).toLower().toStdString();
            const std::string text = QString::fromUtf8(value).toStdString();
            headers[key] =
                headers.contains(key) ? headers[key].get<std::string>() + ", " + text : text;
        }
        log.push_back(Json {{"method", entry.method.toStdString()}, {"path", toStd(entry.path)},
            {"query", toStd(entry.query)}, {"headers", headers},
            {"body", QString::fromUtf8(entry.body).toStdString()}});
    }
    return jsonReply(200, log);
}

HttpReply ControlEndpoints::clearRequestLog()
{
    m_faults.clearRequestLog();
    return emptyReply(204);
}

HttpReply ControlEndpoints::mintToken(const HttpRequestData &request)
{
    Json body;
    HttpReply error;
    if (!jsonObject(request, &body, &error))
        return error;
    const UserRecord *user = m_store.userByName(stringField(body, "username"));
    if (!user)
        return fieldErrorReply(QStringLiteral("username"), QStringLiteral("Unknown user."));
    const QString kind = stringField(body, "kind", QStringLiteral("opaque"));
    const int expiresIn = intField(body, "expires_in", m_tokens.defaultLifetime());
    QString token;
    if (kind == QLatin1String("jwt"))
        token = m_tokens.issueJwt(user->id, expiresIn);
    else if (kind == QLatin1String("opaque"))
        token = m_tokens.issueAccessToken(user->id, expiresIn);
    else
        return fieldErrorReply(QStringLiteral("kind"), QStringLiteral("Either opaque or jwt."));
    return jsonReply(200,
        Json {{"access_token", toStd(token)}, {"token_type", "Bearer"}, {"expires_in", expiresIn}});
}

HttpReply ControlEndpoints::expireTokens()
{
    return jsonReply(200, Json {{"expired", m_tokens.expireAllAccessTokens()}});
}

HttpReply ControlEndpoints::approve(const HttpRequestData &request)
{
    Json body;
    HttpReply error;
    if (!jsonObject(request, &body, &error))
        return error;
    const QString username = stringField(body, "username");
    if (!username.isEmpty() && !m_store.userByName(username))
        return fieldErrorReply(QStringLiteral("username"), QStringLiteral("Unknown user."));
    m_oauth.setAutoApproveUser(username);
    return jsonReply(
        200, Json {{"username", username.isEmpty() ? Json(nullptr) : Json(toStd(username))}});
}

HttpReply ControlEndpoints::advanceClock(const HttpRequestData &request)
{
    Json body;
    HttpReply error;
    if (!jsonObject(request, &body, &error))
        return error;
    // Up to about 10 years at once; time never runs back.
    constexpr qint64 kMaxAdvanceMs = 10LL * 366 * 24 * 3600 * 1000;
    const auto it = body.find("advance_ms");
    if (it == body.end() || !it->is_number_integer() || it->get<qint64>() < 0 ||
        it->get<qint64>() > kMaxAdvanceMs)
        return fieldErrorReply(QStringLiteral("advance_ms"),
            QStringLiteral("An integer between 0 and %1.").arg(kMaxAdvanceMs));
    m_clock.advance(it->get<qint64>());
    return clock();
}

HttpReply ControlEndpoints::clock() const
{
    return jsonReply(200,
        Json {{"now", toStd(isoTimestamp(m_clock.nowMs()))}, {"offset_ms", m_clock.offsetMs()}});
}

HttpReply ControlEndpoints::concurrency() const
{
    const RequestScheduler::Counts counts = m_scheduler.counts();
    return jsonReply(200,
        Json {{"latency_ms", m_scheduler.latencyMs()}, {"workers", m_scheduler.workers()},
            {"processing_ms", m_scheduler.processingMs()}, {"in_flight", counts.inFlight},
            {"waiting", counts.waiting}, {"busy_workers", counts.busyWorkers},
            {"peak_in_flight", counts.peakInFlight},
            {"peak_busy_workers", counts.peakBusyWorkers}});
}
