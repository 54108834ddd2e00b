// Issue 12: names and keys come from the server. A crafted one such as
// "<b>Bob</b><img src=x>" must show as those characters, never as markup:
// rich text could fake the "Preferences of X" cue that tells staff whose
// data they are editing.
#include "AccountStatus.h"
#include "ApiClient.h"
#include "JsonMerge.h"
#include "MergeDialog.h"
#include "Preference.h"
#include "PreferenceEditorDialog.h"
#include "PreferenceModel.h"
#include "UserBanner.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTest>

namespace {

const QString Crafted = QStringLiteral("<b>Bob</b><img src=x>");

UserInfo craftedUser()
{
    UserInfo user;
    user.id = 3;
    user.username = Crafted;
    user.realName = QStringLiteral("<i>Real</i> ") + Crafted;
    return user;
}

// The one label under parent whose text shows the crafted name.
QLabel *labelShowing(QWidget *parent, const QString &text)
{
    QLabel *found = nullptr;
    const auto labels = parent->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(text)) {
            if (found)
                return nullptr; // ambiguous
            found = label;
        }
    }
    return found;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void serverNamesArePlainTextInTheBanner();
    void serverNamesArePlainTextInTheStatus();
    void serverNamesArePlainTextInTheEditorDialog();
    void serverNamesArePlainTextInTheMergeDialog();
};

void TestPlainText::serverNamesArePlainTextInTheBanner()
{
    UserBanner banner;
    UserInfo me;
    me.id = 1;
    me.username = QStringLiteral("admin");
    banner.setUsers(me, craftedUser());
    QLabel *label = labelShowing(&banner, Crafted);
    QVERIFY(label);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QVERIFY(label->text().contains(QStringLiteral("<img src=x>")));
}

void TestPlainText::serverNamesArePlainTextInTheStatus()
{
    AccountStatus status;
    status.setAccount(craftedUser(), QUrl(QStringLiteral("https://community.example.org")));
    auto *label = status.findChild<QLabel *>(QStringLiteral("statusAccount"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(Crafted), qPrintable(label->text()));
    QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TestPlainText::serverNamesArePlainTextInTheEditorDialog()
{
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    PreferenceModel model(&client);
    Preference preference;
    preference.id = 7;
    preference.key = Crafted;
    preference.value = JsonValue::fromString(QStringLiteral("v"));
    PreferenceEditorDialog dialog(&model, preference);
    dialog.setOwner(craftedUser(), false);
    auto *owner = dialog.findChild<QLabel *>(QStringLiteral("ownerLabel"));
    QVERIFY(owner);
    QVERIFY2(owner->text().contains(Crafted), qPrintable(owner->text()));
    QCOMPARE(owner->textFormat(), Qt::PlainText);
    // Every label that shows the crafted key or name does so as plain text.
    const auto labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("<b>Bob</b>")))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

void TestPlainText::serverNamesArePlainTextInTheMergeDialog()
{
    MergeDialog::Versions versions;
    versions.baseKey = Crafted;
    versions.owner = Crafted;
    versions.base = JsonValue::fromInteger(1);
    versions.mine = JsonValue::fromInteger(2);
    versions.theirs = JsonValue::fromInteger(3);
    MergeDialog dialog(versions, JsonMerge::merge(versions.base, versions.mine, versions.theirs));
    auto *heading = dialog.findChild<QLabel *>(QStringLiteral("mergeHeading"));
    QVERIFY(heading);
    QVERIFY2(heading->text().contains(QStringLiteral("<b>Bob</b>")), qPrintable(heading->text()));
    QCOMPARE(heading->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
