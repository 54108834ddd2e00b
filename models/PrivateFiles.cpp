#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

bool PrivateFiles::makeDirectory(const QString &directory, QString *error)
{
    QDir dir(directory);
    if (!dir.exists()) {
        // The application's own directory is made 0700 too (XDG asks so).
        const QString parent = QFileInfo(directory).path();
        const bool madeParent = !QDir(parent).exists();
        if (!dir.mkpath(QStringLiteral("."))) {
            if (error)
                *error = QStringLiteral("cannot create the directory %1").arg(directory);
            return false;
        }
        if (madeParent)
            QFile::setPermissions(parent, DirectoryMode);
    }
    if (!QFile::setPermissions(directory, DirectoryMode)) {
        if (error)
            *error = QStringLiteral("cannot make the directory %1 private").arg(directory);
        return false;
    }
    return true;
}
