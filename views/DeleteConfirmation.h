#pragma once

#include "Preference.h"

#include <QCoreApplication>

class QWidget;

// Asks before a preference is deleted, naming its key, showing its value and
// saying whose it is. The caller then calls PreferenceModel::remove(id); the
// row goes away once the server has answered 204.
//
//     if (DeleteConfirmation::confirm(this, model->preferenceAt(row), owner, me))
//         model->remove(id);
class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)

public:
    // owner: the user whose preferences are open; signedIn: the account in
    // use. It is "your own" preference when the two are the same user (or
    // the preference's user_id is the signed-in account's id).
    static bool confirm(QWidget *parent, const Preference &preference, const UserInfo &owner,
        const UserInfo &signedIn);

    // The question's text, e.g. "Delete the preference “theme” of Bob Rossi
    // (bob, id 3)?" followed by its value, compact and elided.
    static QString question(
        const Preference &preference, const UserInfo &owner, const UserInfo &signedIn);
    // "your own" or "of Bob Rossi (bob, id 3)".
    static QString whose(const UserInfo &owner, bool isSignedInUser);
    static bool isOwn(
        const Preference &preference, const UserInfo &owner, const UserInfo &signedIn);

    static constexpr int MaxValueLength = 300;
};
