// The loopback redirect listener of the browser sign-in (RFC 8252).
#include "LoopbackRedirectListener.h"

#include "AuthTestSupport.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace std::chrono_literals;

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private slots:
    void redirectUriIsLoopback();
    void notReachableFromOtherInterfaces();
    void answersOneCallbackThenCloses();
    void wrongStateIsRefused();
    void otherPathsGet404();
    void accessDenied();
    void timesOut();

private:
    static int get(const QUrl &url, QString *body = nullptr);
};

int TestLoopbackListener::get(const QUrl &url, QString *body)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(waitForReply(nam.get(QNetworkRequest(url))));
    if (body)
        *body = QString::fromUtf8(reply->readAll());
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestLoopbackListener::redirectUriIsLoopback()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(QStringLiteral("s")));
    const QUrl uri = listener.redirectUri();
    QCOMPARE(uri.scheme(), QStringLiteral("http"));
    QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(uri.path(), QStringLiteral("/callback"));
    QVERIFY(uri.port() > 0);
    QCOMPARE(quint16(uri.port()), listener.port());

    LoopbackRedirectListener other;
    QVERIFY(other.listen(QStringLiteral("s")));
    QVERIFY(other.port() != listener.port());
}

void TestLoopbackListener::notReachableFromOtherInterfaces()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(QStringLiteral("s")));
    QHostAddress external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol) {
            external = address;
            break;
        }
    }
    if (external.isNull())
        QSKIP("This machine has no non-loopback IPv4 address to try");
    QTcpSocket socket;
    socket.connectToHost(external, listener.port());
    QVERIFY(!socket.waitForConnected(3000));
}

void TestLoopbackListener::answersOneCallbackThenCloses()
{
    LoopbackRedirectListener listener;
    QSignalSpy codes(&listener, &LoopbackRedirectListener::codeReceived);
    QSignalSpy failures(&listener, &LoopbackRedirectListener::failed);
    QVERIFY(listener.listen(QStringLiteral("the-state")));
    QUrl url = listener.redirectUri();
    url.setQuery(QStringLiteral("code=abc%2B1&state=the-state"));
    QString page;
    QCOMPARE(get(url, &page), 200);
    QVERIFY2(
        page.contains(QStringLiteral("You can close this tab and return to Preference Editor")),
        qPrintable(page));
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("abc+1"));
    QCOMPARE(failures.size(), 0);
    QVERIFY(!listener.isListening());
    // Nobody else gets an answer now.
    QCOMPARE(get(url), 0);
    QCOMPARE(codes.size(), 1);
}

void TestLoopbackListener::wrongStateIsRefused()
{
    LoopbackRedirectListener listener;
    QSignalSpy codes(&listener, &LoopbackRedirectListener::codeReceived);
    QVERIFY(listener.listen(QStringLiteral("right")));
    QUrl url = listener.redirectUri();
    url.setQuery(QStringLiteral("code=stolen&state=wrong"));
    QCOMPARE(get(url), 400);
    url.setQuery(QStringLiteral("code=stolen"));
    QCOMPARE(get(url), 400);
    QCOMPARE(codes.size(), 0);
    QVERIFY(listener.isListening());
    url.setQuery(QStringLiteral("code=good&state=right"));
    QCOMPARE(get(url), 200);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.at(0).at(0).toString(), QStringLiteral("good"));
}

void TestLoopbackListener::otherPathsGet404()
{
    LoopbackRedirectListener listener;
    QSignalSpy codes(&listener, &LoopbackRedirectListener::codeReceived);
    QVERIFY(listener.listen(QStringLiteral("s")));
    QUrl url = listener.redirectUri();
    url.setPath(QStringLiteral("/favicon.ico"));
    QCOMPARE(get(url), 404);
    QVERIFY(listener.isListening());
    QCOMPARE(codes.size(), 0);
}

void TestLoopbackListener::accessDenied()
{
    LoopbackRedirectListener listener;
    QSignalSpy codes(&listener, &LoopbackRedirectListener::codeReceived);
    QSignalSpy failures(&listener, &LoopbackRedirectListener::failed);
    QVERIFY(listener.listen(QStringLiteral("s")));
    QUrl url = listener.redirectUri();
    url.setQuery(QStringLiteral("error=access_denied&state=s"));
    QString page;
    QCOMPARE(get(url, &page), 200);
    QVERIFY(page.contains(QStringLiteral("close this tab")));
    QCOMPARE(codes.size(), 0);
    QCOMPARE(failures.size(), 1);
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::timesOut()
{
    LoopbackRedirectListener listener;
    listener.setTimeout(200ms);
    QSignalSpy failures(&listener, &LoopbackRedirectListener::failed);
    QVERIFY(listener.listen(QStringLiteral("s")));
    QVERIFY(failures.wait(5000));
    QVERIFY(!listener.isListening());
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
