#include "PrefServer.h"

#include "ApiContext.h"
#include "ControlEndpoints.h"
#include "DemoData.h"
#include "GatedTcpServer.h"
#include "HostPolicy.h"
#include "HttpHelpers.h"
#include "OAuthEndpoints.h"
#include "PrefStore.h"
#include "PreferenceEndpoints.h"
#include "RequestScheduler.h"
#include "Router.h"
#include "ServerClock.h"
#include "ServerLogging.h"
#include "TokenStore.h"
#include "UserEndpoints.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>

using namespace HttpHelpers;

struct PrefServer::Private
{
    Private(const ServerOptions &options, std::function<void()> persist)
        : tokens(options.tokenLifetimeSeconds, clock)
        , scheduler(options.latencyMs, options.workers, options.processingMs)
        , context(store, tokens, options, std::move(persist))
        , users(context)
        , preferences(context)
        , oauth(store, tokens)
        , control(store, tokens, faults, oauth, clock, scheduler)
    {
        store.setClock(&clock);
    }

    ServerClock clock;
    PrefStore store;
    TokenStore tokens;
    FaultInjector faults;
    RequestScheduler scheduler;
    ApiContext context;
    UserEndpoints users;
    PreferenceEndpoints preferences;
    OAuthEndpoints oauth;
    ControlEndpoints control;
    Router router;
    std::unique_ptr<HostPolicy> hostPolicy; // once listening
    RequestObserver observer;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isControlPath(const QString &path)
{
    return path == QLatin1String("/_control") || path.startsWith(QLatin1String("/_control/"));
}

} // namespace

PrefServer::PrefServer(const ServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_d(std::make_unique<Private>(m_options, [this] { persist(); }))
{
    m_options.pageSize = std::max(1, m_options.pageSize);
    m_options.maxPageSize = std::max(m_options.pageSize, m_options.maxPageSize);
    m_d->oauth.registerRoutes(m_d->router);
    m_d->users.registerRoutes(m_d->router);
    m_d->preferences.registerRoutes(m_d->router);
    if (m_options.enableTestControl)
        m_d->control.registerRoutes(m_d->router);
}

PrefServer::~PrefServer() = default;

QString PrefServer::version()
{
    return QStringLiteral(PREFSERVER_VERSION);
}

QString PrefServer::checkOptions(const ServerOptions &options)
{
    return HostPolicy::checkOptions(options);
}

bool PrefServer::start(QString *errorMessage)
{
    QString error = checkOptions(m_options);
    if (!error.isEmpty()) {
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    const bool haveFile = !m_options.dataFile.isEmpty() && QFileInfo::exists(m_options.dataFile);
    if (haveFile) {
        if (!m_d->store.load(m_options.dataFile, &error)) {
            if (errorMessage)
                *errorMessage = QCoreApplication::translate("PrefServer", "Cannot load %1: %2")
                                    .arg(m_options.dataFile, error);
            return false;
        }
    } else if (m_options.demo) {
        DemoData::populate(m_d->store);
    }
    if (!m_options.dataFile.isEmpty() && !haveFile &&
        !m_d->store.save(m_options.dataFile, &error)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("PrefServer", "Cannot write %1: %2")
                                .arg(m_options.dataFile, error);
        return false;
    }

    auto *tcpServer = new GatedTcpServer(kMaxBodySize, this);
    if (!tcpServer->listen(m_options.host, m_options.port)) {
        if (errorMessage)
            *errorMessage =
                QCoreApplication::translate("PrefServer", "Cannot listen on %1 port %2: %3")
                    .arg(m_options.host.toString())
                    .arg(m_options.port)
                    .arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    m_port = tcpServer->serverPort();
    m_d->hostPolicy = std::make_unique<HostPolicy>(m_options, m_port);
    qCInfo(lcPrefServer, "listening on %s", qPrintable(baseUrl().toString()));
    return true;
}

QUrl PrefServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress &host = m_options.host;
    const bool any = host == QHostAddress::Any || host == QHostAddress::AnyIPv4;
    url.setHost(any                         ? QStringLiteral("127.0.0.1")
            : host == QHostAddress::AnyIPv6 ? QStringLiteral("::1")
                                            : host.toString());
    url.setPort(m_port);
    return url;
}

QString PrefServer::issueAccessToken(const QString &username, int lifetimeSeconds)
{
    const UserRecord *user = m_d->store.userByName(username);
    return user ? m_d->tokens.issueAccessToken(user->id, lifetimeSeconds) : QString();
}

QString PrefServer::issueJwtAccessToken(const QString &username, int lifetimeSeconds)
{
    const UserRecord *user = m_d->store.userByName(username);
    return user ? m_d->tokens.issueJwt(user->id, lifetimeSeconds) : QString();
}

void PrefServer::expireAllAccessTokens()
{
    m_d->tokens.expireAllAccessTokens();
}

void PrefServer::advanceClock(qint64 milliseconds)
{
    m_d->clock.advance(milliseconds);
}

qint64 PrefServer::nowMs() const
{
    return m_d->clock.nowMs();
}

void PrefServer::setAutoApproveUser(const QString &username)
{
    m_d->oauth.setAutoApproveUser(username);
}

QList<RecordedRequest> PrefServer::requestLog() const
{
    return m_d->faults.requestLog();
}

void PrefServer::clearRequestLog()
{
    m_d->faults.clearRequestLog();
}

void PrefServer::setRequestObserver(RequestObserver observer)
{
    m_d->observer = std::move(observer);
}

RequestScheduler::Counts PrefServer::concurrency() const
{
    return m_d->scheduler.counts();
}

void PrefServer::addFault(const Fault &fault)
{
    m_d->faults.addFault(fault);
}

void PrefServer::clearFaults()
{
    m_d->faults.clearFaults();
}

HttpRequestData PrefServer::copyRequest(const QHttpServerRequest &request) const
{
    HttpRequestData data;
    data.method = methodName(request.method());
    const QUrl url = request.url();
    data.path = url.path();
    data.query = url.query(QUrl::FullyEncoded);
    data.headers = request.headers();
    data.body = request.body();
    const QByteArray host = data.header("host");
    if (!m_options.publicUrl.isEmpty())
        data.origin = m_options.publicUrl.adjusted(QUrl::RemovePath).toString();
    else
        data.origin = host.isEmpty() ? baseUrl().toString()
                                     : QStringLiteral("http://") + QString::fromLatin1(host);
    return data;
}

bool PrefServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequestData data = copyRequest(request);
    const QPointer<QTcpSocket> guard(socket);
    if (isControlPath(data.path))
        respond(guard, data);
    else
        m_d->scheduler.admit([this, guard, data] { respond(guard, data); });
    return true;
}

void PrefServer::respond(const QPointer<QTcpSocket> &socket, const HttpRequestData &data)
{
    if (const std::optional<HttpReply> refusal = checkHost(data)) {
        write(socket, data, *refusal);
        return;
    }
    if (m_d->observer)
        m_d->observer(data);
    std::optional<Fault> fault;
    // Faults and the log exist only with test control; control requests are not logged.
    if (m_options.enableTestControl && !isControlPath(data.path)) {
        m_d->faults.record(data);
        fault = m_d->faults.takeFault(data.method, data.path);
    }
    if (!fault) {
        answer(socket, data);
        return;
    }
    // With applyFirst, the request takes effect now and only its answer is faulted.
    std::optional<HttpReply> processed;
    if (fault->applyFirst)
        processed = process(data);
    if (fault->delayMs > 0) {
        qCDebug(lcPrefServerHttp, "%s %s: delaying %d ms", data.method.constData(),
            qPrintable(data.path), fault->delayMs);
        QTimer::singleShot(fault->delayMs, this, [this, socket, data, fault = *fault, processed] {
            applyFault(socket, data, fault, processed);
        });
    } else {
        applyFault(socket, data, *fault, processed);
    }
}

void PrefServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(socket, copyRequest(request), notFoundReply());
}

std::optional<HttpReply> PrefServer::checkHost(const HttpRequestData &request) const
{
    const QByteArray host = request.header("host");
    if (host.isEmpty()) {
        qCDebug(lcPrefServerHttp, "%s %s -> 400 (no Host header)", request.method.constData(),
            qPrintable(request.path));
        return detailReply(400, QStringLiteral("Missing Host header."));
    }
    if (m_d->hostPolicy && m_d->hostPolicy->allows(host))
        return std::nullopt;
    qCDebug(lcPrefServerHttp, "%s %s -> 400 (Host %s refused)", request.method.constData(),
        qPrintable(request.path), host.left(100).constData());
    return detailReply(400,
        QStringLiteral("Invalid Host header \"%1\"; this server answers only to %2.")
            .arg(QString::fromLatin1(host.left(100)), baseUrl().authority()));
}

HttpReply PrefServer::process(const HttpRequestData &request)
{
    QElapsedTimer timer;
    timer.start();
    const HttpReply reply = dispatch(request);
    // The path only: queries may carry search terms, and never log tokens.
    qCDebug(lcPrefServerHttp, "%s %s -> %d (%lld ms)", request.method.constData(),
        qPrintable(request.path), reply.status, timer.elapsed());
    return reply;
}

HttpReply PrefServer::dispatch(const HttpRequestData &request)
{
    if (request.body.size() > kMaxBodySize)
        return detailReply(
            413, QStringLiteral("Request body too large (at most %1 bytes).").arg(kMaxBodySize));
    try {
        return m_d->router.dispatch(request);
    } catch (const std::exception &error) {
        qCWarning(lcPrefServerHttp, "%s %s failed: %s", request.method.constData(),
            qPrintable(request.path), error.what());
        return detailReply(500, QStringLiteral("A server error occurred."));
    }
}

void PrefServer::answer(const QPointer<QTcpSocket> &socket, const HttpRequestData &request)
{
    write(socket, request, process(request));
}

void PrefServer::applyFault(const QPointer<QTcpSocket> &socket, const HttpRequestData &request,
    const Fault &fault, const std::optional<HttpReply> &processed)
{
    switch (fault.kind) {
    case Fault::Kind::Delay:
        if (processed)
            write(socket, request, *processed);
        else
            answer(socket, request);
        return;
    case Fault::Kind::Drop:
        qCDebug(lcPrefServerHttp, "%s %s -> connection dropped (fault%s)",
            request.method.constData(), qPrintable(request.path),
            processed ? " after processing" : "");
        deliver(request, [this, socket] {
            // Queued: closing emits disconnected(), which deletes the parser's request.
            QTimer::singleShot(0, this, [socket] {
                if (socket)
                    socket->abort();
            });
        });
        return;
    default:
        break;
    }
    const HttpReply reply = FaultInjector::faultReply(fault);
    qCDebug(lcPrefServerHttp, "%s %s -> %d (fault: %s)", request.method.constData(),
        qPrintable(request.path), reply.status, qPrintable(Fault::kindName(fault.kind)));
    write(socket, request, reply);
}

void PrefServer::write(
    const QPointer<QTcpSocket> &socket, const HttpRequestData &request, const HttpReply &reply)
{
    deliver(request, [this, socket, request, reply] {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        const bool close = request.header("connection").toLower().contains("close");
        socket->write(serialize(reply, request.method == "HEAD", close));
        if (close) {
            QTimer::singleShot(0, this, [socket] {
                if (socket)
                    socket->disconnectFromHost();
            });
        }
    });
}

void PrefServer::deliver(const HttpRequestData &request, std::function<void()> send)
{
    if (isControlPath(request.path))
        send();
    else
        m_d->scheduler.answer(std::move(send));
}

void PrefServer::persist()
{
    if (m_options.dataFile.isEmpty())
        return;
    QString error;
    if (!m_d->store.save(m_options.dataFile, &error))
        qCWarning(
            lcPrefServer, "cannot save %s: %s", qPrintable(m_options.dataFile), qPrintable(error));
}
