#include "PrefctlProcess.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

PrefctlResult runPrefctl(const QString &program, const QStringList &arguments, const QString &token,
    const QByteArray &input, const QString &dataHome)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PREFCTL_TOKEN"));
    if (!token.isEmpty())
        env.insert(QStringLiteral("PREFCTL_TOKEN"), token);
    env.insert(QStringLiteral("PREFCTL_TIMEOUT"), QStringLiteral("20"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    if (!dataHome.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    // prefserver runs in this process: keep its event loop turning.
    if (finished.isEmpty())
        finished.wait(60000);
    PrefctlResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
