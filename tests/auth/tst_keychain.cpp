// KeychainStore against the real Secret Service (gnome-keyring inside the
// dbus-run-session of scripts/test).
#include "KeychainStore.h"
#include "TokenSet.h"

#include "AuthTestSupport.h"

#include <QSignalSpy>
#include <QTest>

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void readMissing();
    void entriesAreSeparate();
    void deleteMissing();
    void requestOutlivingStore();

private:
    static KeychainResult run(KeychainRequest *request);
    KeychainStore m_store;
};

KeychainResult TestKeychain::run(KeychainRequest *request)
{
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    if (!spy.wait(15000))
        return {};
    return spy.at(0).at(0).value<KeychainResult>();
}

void TestKeychain::initTestCase()
{
    if (!AuthTest::hasSessionBus())
        PREF_SKIP_WITHOUT_KEYCHAIN("DBUS_SESSION_BUS_ADDRESS is not set: run inside "
                                   "dbus-run-session with an unlocked gnome-keyring (scripts/test "
                                   "does)");
    m_store.setServiceName(AuthTest::uniqueServiceName("keychain"));
    const KeychainResult probe = run(m_store.read(QStringLiteral("probe")));
    if (probe.status == KeychainResult::Status::Unavailable)
        PREF_SKIP_WITHOUT_KEYCHAIN(
            qPrintable(QStringLiteral("No usable Secret Service: %1").arg(probe.message)));
}

void TestKeychain::roundTrip()
{
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("access-1");
    tokens.refreshToken = QStringLiteral("refresh-1");
    tokens.expiresAt = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
    const QString key = KeychainStore::entryKey(
        QUrl(QStringLiteral("https://c.example.org")), QStringLiteral("support"));
    QCOMPARE(run(m_store.write(key, tokens.toSecret())).status, KeychainResult::Status::Ok);

    const KeychainResult read = run(m_store.read(key));
    QCOMPARE(read.status, KeychainResult::Status::Ok);
    const auto back = TokenSet::fromSecret(read.secret);
    QVERIFY(back);
    QCOMPARE(back->accessToken, tokens.accessToken);
    QCOMPARE(back->refreshToken, tokens.refreshToken);
    QCOMPARE(back->expiresAt, tokens.expiresAt);

    // Overwrite (rotation), then delete.
    tokens.refreshToken = QStringLiteral("refresh-2");
    QCOMPARE(run(m_store.write(key, tokens.toSecret())).status, KeychainResult::Status::Ok);
    QCOMPARE(TokenSet::fromSecret(run(m_store.read(key)).secret)->refreshToken,
        QStringLiteral("refresh-2"));
    QCOMPARE(run(m_store.remove(key)).status, KeychainResult::Status::Ok);
    QCOMPARE(run(m_store.read(key)).status, KeychainResult::Status::NotFound);
}

void TestKeychain::readMissing()
{
    QCOMPARE(run(m_store.read(QStringLiteral("nobody@https://nowhere.example"))).status,
        KeychainResult::Status::NotFound);
}

void TestKeychain::entriesAreSeparate()
{
    const QUrl a(QStringLiteral("https://a.example.org"));
    const QUrl b(QStringLiteral("https://b.example.org"));
    const QString keyA = KeychainStore::entryKey(a, QStringLiteral("support"));
    const QString keyB = KeychainStore::entryKey(b, QStringLiteral("support"));
    const QString keyC = KeychainStore::entryKey(a, QStringLiteral("alice"));
    QVERIFY(keyA != keyB && keyA != keyC);
    QCOMPARE(run(m_store.write(keyA, "A")).status, KeychainResult::Status::Ok);
    QCOMPARE(run(m_store.write(keyB, "B")).status, KeychainResult::Status::Ok);
    QCOMPARE(run(m_store.write(keyC, "C")).status, KeychainResult::Status::Ok);
    QCOMPARE(run(m_store.read(keyA)).secret, QByteArray("A"));
    QCOMPARE(run(m_store.read(keyB)).secret, QByteArray("B"));
    QCOMPARE(run(m_store.read(keyC)).secret, QByteArray("C"));
    for (const QString &key : {keyA, keyB, keyC})
        QCOMPARE(run(m_store.remove(key)).status, KeychainResult::Status::Ok);
}

void TestKeychain::deleteMissing()
{
    const KeychainResult result =
        run(m_store.remove(QStringLiteral("nobody@https://nowhere.example")));
    QVERIFY(result.status != KeychainResult::Status::Unavailable);
}

void TestKeychain::requestOutlivingStore()
{
    // The store goes away while its request runs: no crash, no answer.
    auto *store = new KeychainStore;
    store->setServiceName(m_store.serviceName());
    KeychainRequest *request = store->write(QStringLiteral("short-lived"), "x");
    QSignalSpy spy(request, &KeychainRequest::finished);
    request->start();
    delete store;
    QTest::qWait(500);
    QCOMPARE(spy.size(), 0);
    run(m_store.remove(QStringLiteral("short-lived")));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
