// TLS fails closed: an https server with a self-signed certificate is
// refused with a clear error, and the password never leaves the client.
#include "ApiClient.h"
#include "ApiJob.h"
#include "KeychainStore.h"
#include "ProfileStore.h"
#include "SignInController.h"

#include "AuthTestSupport.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void apiClientRefusesSelfSigned();
    void signInRefusesSelfSigned();

private:
    QUrl baseUrl() const;

    QTemporaryDir m_dir;
    QSslServer m_server;
    QByteArray m_received;
    QNetworkAccessManager m_nam;
};

void TestTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed: cannot make a self-signed certificate");
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl,
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
            QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QFile certFile(cert);
    QFile keyFile(key);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: "
                              "application/json\r\nContent-Length: 2\r\n\r\n{}");
            });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

QUrl TestTls::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void TestTls::apiClientRefusesSelfSigned()
{
    ApiClient api(&m_nam);
    api.setBaseUrl(baseUrl());
    ApiJob *job = api.get(api.url(QStringLiteral("/api/v2/user/me/")));
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy ok(job, &ApiJob::succeeded);
    job->start();
    QVERIFY(failed.wait(15000));
    QCOMPARE(ok.size(), 0);
    const auto error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.kind(), ApiError::Kind::Tls);
    qInfo() << "user sees:" << error.toUserString();
    QVERIFY(!error.toUserString().isEmpty());
    QVERIFY(m_received.isEmpty());
}

void TestTls::signInRefusesSelfSigned()
{
    ApiClient api(&m_nam);
    KeychainStore keychain;
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SignInController controller(&api, &keychain, &profiles);
    QSignalSpy failed(&controller, &SignInController::signInFailed);
    QSignalSpy signedIn(&controller, &SignInController::signedIn);
    controller.signInWithPassword(baseUrl(), QStringLiteral("prefeditor"),
        QStringLiteral("support"), QStringLiteral("tls-password-canary"));
    QVERIFY(failed.wait(15000));
    QCOMPARE(signedIn.size(), 0);
    const QString message = failed.at(0).at(0).toString();
    qInfo() << "user sees:" << message;
    QVERIFY2(message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
            message.contains(QStringLiteral("TLS"), Qt::CaseInsensitive) ||
            message.contains(QStringLiteral("secure"), Qt::CaseInsensitive),
        qPrintable(message));
    QVERIFY(!m_received.contains("tls-password-canary"));
    QVERIFY(m_received.isEmpty());
    QVERIFY(!controller.isSignedIn());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
