// Runs the real prefctl binary for the end-to-end tests, while this
// process's event loop keeps turning (the test's prefserver runs here).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct PrefctlResult
{
    int exitCode = -1; // -1 when it did not start or did not exit normally
    QByteArray out;
    QByteArray err;
};

// program is prefctl's path; token goes into PREFCTL_TOKEN (none when
// empty); input, when not null, is written to its standard input; dataHome,
// when not empty, is its XDG_DATA_HOME (where the journal goes). The transfer
// timeout is 20 s and the locale C.UTF-8.
PrefctlResult runPrefctl(const QString &program, const QStringList &arguments, const QString &token,
    const QByteArray &input = {}, const QString &dataHome = {});
