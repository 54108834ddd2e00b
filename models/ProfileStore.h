#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

// A remembered sign-in: which community, which account, which OAuth client.
// Nothing secret: the tokens live in the keychain under id().
struct Profile
{
    QUrl communityUrl;
    QString account; // the username
    QString clientId = QStringLiteral("prefeditor");
    qint64 userId = 0;
    QString lastOpenedUser; // the user whose preferences were open last ("me" or an id)

    bool isValid() const { return communityUrl.isValid() && !account.isEmpty(); }
    QString id() const; // KeychainStore::entryKey(communityUrl, account)
    QString displayName() const; // "support on community.example.org"
};

// The remembered profiles and the current one, in QSettings.
class ProfileStore
{
public:
    // settings: not owned; null uses the application's default QSettings.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();
    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Profiles for one community, the current one first.
    QList<Profile> profilesFor(const QUrl &communityUrl) const;

    std::optional<Profile> currentProfile() const;
    QString currentProfileId() const;
    void setCurrentProfile(const QString &id);

    // Adds the profile, or replaces the one with the same id().
    void saveProfile(const Profile &profile);
    void removeProfile(const QString &id);
    void setLastOpenedUser(const QString &id, const QString &user);

private:
    void writeAll(const QList<Profile> &profiles);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};
