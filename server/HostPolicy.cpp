#include "HostPolicy.h"

#include "ServerOptions.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrefServer", text);
}

bool isAnyAddress(const QHostAddress &host)
{
    return host == QHostAddress::Any || host == QHostAddress::AnyIPv4 ||
        host == QHostAddress::AnyIPv6;
}

// "host:port", "[v6]:port" or "host" (port 80) into lower-case host and port.
bool splitHost(const QByteArray &value, QString *host, int *port)
{
    QByteArray name = value.trimmed().toLower();
    QByteArray portText;
    if (name.startsWith('[')) {
        const qsizetype close = name.indexOf(']');
        if (close < 0)
            return false;
        const QByteArray rest = name.mid(close + 1);
        name = name.mid(1, close - 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(':'))
                return false;
            portText = rest.mid(1);
        }
    } else if (const qsizetype colon = name.lastIndexOf(':'); colon >= 0) {
        portText = name.mid(colon + 1);
        name = name.left(colon);
    }
    if (name.isEmpty())
        return false;
    bool ok = true;
    *port = portText.isNull() ? 80 : portText.toInt(&ok);
    *host = QString::fromLatin1(name);
    return ok && *port > 0 && *port <= 65535;
}

} // namespace

QString HostPolicy::checkOptions(const ServerOptions &options)
{
    const QHostAddress &host = options.host;
    if (!host.isLoopback()) {
        if (options.enableTestControl)
            return tr("Refusing to listen on %1 with the test control API: anyone who can "
                      "reach the port could mint tokens and read the request log. Use a "
                      "loopback address such as 127.0.0.1 or ::1.")
                .arg(host.toString());
        if (!options.insecureListenAnywhere)
            return tr("Refusing to listen on %1, which is not a loopback address: anyone on "
                      "the network could sign in with the demo accounts. Use 127.0.0.1 or "
                      "::1, or pass --insecure-listen-anywhere if you mean it.")
                .arg(host.toString());
    }
    const QUrl &url = options.publicUrl;
    if (!url.isEmpty()) {
        const bool origin = url.isValid() &&
            (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) &&
            !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery() &&
            !url.hasFragment() && (url.path().isEmpty() || url.path() == QLatin1String("/"));
        if (!origin)
            return tr("The public URL \"%1\" is not an http or https origin such as "
                      "http://internal-host:8000 (no path, query or user).")
                .arg(url.toString());
    }
    return QString();
}

HostPolicy::HostPolicy(const ServerOptions &options, quint16 port)
    : m_options(options)
    , m_port(port)
{ }

bool HostPolicy::allows(const QByteArray &hostHeader) const
{
    QString host;
    int port = 0;
    if (!splitHost(hostHeader, &host, &port))
        return false;
    const QUrl &publicUrl = m_options.publicUrl;
    if (!publicUrl.isEmpty() && host == publicUrl.host().toLower() &&
        port == publicUrl.port(publicUrl.scheme() == QLatin1String("https") ? 443 : 80))
        return true;
    if (port != m_port)
        return false;
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
        host == QLatin1String("::1"))
        return true;
    // The address listened on, e.g. 127.0.0.2, or a LAN address with
    // --insecure-listen-anywhere.
    const QHostAddress address(host);
    return !address.isNull() && !isAnyAddress(m_options.host) && address == m_options.host;
}
