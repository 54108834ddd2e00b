#include "DeleteConfirmation.h"

#include "MessageBox.h"

bool DeleteConfirmation::isOwn(
    const Preference &preference, const UserInfo &owner, const UserInfo &signedIn)
{
    if (signedIn.id != 0 && (owner.id == signedIn.id || preference.userId == signedIn.id))
        return true;
    return owner.id == 0 && owner.username.isEmpty(); // "me": nobody else was opened
}

QString DeleteConfirmation::whose(const UserInfo &owner, bool isSignedInUser)
{
    if (isSignedInUser)
        return tr("your own");
    return tr("of %1 (%2, id %3)").arg(owner.displayName(), owner.username).arg(owner.id);
}

QString DeleteConfirmation::question(
    const Preference &preference, const UserInfo &owner, const UserInfo &signedIn)
{
    const bool own = isOwn(preference, owner, signedIn);
    QString value = preference.value.toCompactString();
    if (value.size() > MaxValueLength)
        value = value.left(MaxValueLength) + QChar(0x2026);
    const QString head = own
        ? tr("Delete your own preference \u201c%1\u201d?").arg(preference.key)
        : tr("Delete the preference \u201c%1\u201d %2?").arg(preference.key, whose(owner, false));
    return head + QStringLiteral("\n\n") + tr("Value: %1").arg(value);
}

bool DeleteConfirmation::confirm(
    QWidget *parent, const Preference &preference, const UserInfo &owner, const UserInfo &signedIn)
{
    const auto answer = MessageBox::question(parent, tr("Delete Preference?"),
        question(preference, owner, signedIn), QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel,
        tr("The preference is deleted on the server at once. This cannot be undone."),
        {{QMessageBox::Yes, tr("&Delete")}}); // says what it does
    return answer == QMessageBox::Yes;
}
