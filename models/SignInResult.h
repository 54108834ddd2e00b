#pragma once

#include "Preference.h"
#include "ProfileStore.h"
#include "TokenSet.h"

#include <QMetaType>

// What a RestoreOperation or a SignInAttempt hands over when it worked:
// everything SignInController commits to the app's client and session at once.
struct SignInResult
{
    Profile profile; // its userId is the user's
    UserInfo user;
    TokenSet tokens;
    bool sessionOnly = false; // the tokens are not kept in the keychain
    bool remember = false; // store the profile and make it the current one
};
Q_DECLARE_METATYPE(SignInResult)
