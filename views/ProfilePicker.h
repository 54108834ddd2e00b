#pragma once

#include "ProfileStore.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;

// "Remembered sign-ins" in the sign-in dialog: the remembered profiles
// ("alice — https://community.example.org") and "New sign-in…", with
// Continue (sign in from the stored profile) and Forget. Only a view: the
// dialog does the work. Hidden while there is no profile.
class ProfilePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePicker(QWidget *parent = nullptr);

    // Lists the profiles and selects selectedId ("New sign-in…" when absent).
    void setProfiles(const QList<Profile> &profiles, const QString &selectedId);
    // Selects a listed profile, or "New sign-in…"; no signal.
    void select(const QString &profileId);
    // The chosen profile; none for "New sign-in…".
    std::optional<Profile> chosenProfile() const;
    bool isEmpty() const { return m_profiles.isEmpty(); }
    // The profile that cannot be forgotten here (the one signed in).
    void setActiveProfileId(const QString &id);
    void setBusy(bool busy);

signals:
    // The user picked a profile, or "New sign-in…" (an invalid profile).
    void chosen(const Profile &profile);
    void continueRequested(const Profile &profile);
    void forgetRequested(const Profile &profile);

private:
    void updateButtons();

    QList<Profile> m_profiles;
    QString m_activeId;
    bool m_busy = false;
    QComboBox *m_combo = nullptr;
    QPushButton *m_continueButton = nullptr;
    QPushButton *m_forgetButton = nullptr;
};
