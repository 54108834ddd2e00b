#include "TestedPreferenceModel.h"

#include <QSignalSpy>

TestedPreferenceModel::TestedPreferenceModel(ApiClient *client)
    : PreferenceModel(client)
    , m_tester(this, QAbstractItemModelTester::FailureReportingMode::QtTest)
{ }

bool TestedPreferenceModel::reloadAndWait()
{
    QSignalSpy finished(this, &PreferenceModel::loadFinished);
    reload();
    return finished.wait(10000);
}
