#include "MainWindowFixture.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferenceModel.h"

#include <QSettings>
#include <QTest>

namespace MainWindowFixture {

void clearSharedState()
{
    QSettings().clear();
    MessageBox::setNextAnswers({});
    MessageBox::clearAskedQuestions();
}

void showActive(MainWindow &window)
{
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void waitForLoad(const MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(window.currentUser().id != 0, 10000);
    const PreferenceModel *model = window.preferenceModel();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->expectedCount() >= 0, 10000);
}

} // namespace MainWindowFixture
