#pragma once

#include "PreferenceModel.h"

#include <QAbstractItemModelTester>

class ApiClient;

// A PreferenceModel that a QAbstractItemModelTester watches from before its
// first change for as long as it lives (the tester reports through QtTest).
class TestedPreferenceModel : public PreferenceModel
{
public:
    explicit TestedPreferenceModel(ApiClient *client);

    // Reloads and waits for loadFinished; false when it does not come within
    // ten seconds.
    bool reloadAndWait();

private:
    QAbstractItemModelTester m_tester;
};
