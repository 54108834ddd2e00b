#pragma once

#include <QFileDevice>
#include <QString>

// Files that only their owner may read: the drafts and the change journal.
namespace PrivateFiles {

constexpr QFileDevice::Permissions DirectoryMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner; // 0700
constexpr QFileDevice::Permissions FileMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner; // 0600

// Creates directory if needed, and its parent when that is missing too
// (e.g. ~/.local/share/prefeditor), both 0700; makes directory 0700 if it
// was not. False, with *error, when it cannot.
bool makeDirectory(const QString &directory, QString *error = nullptr);

} // namespace PrivateFiles
