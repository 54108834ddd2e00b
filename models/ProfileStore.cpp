#include "ProfileStore.h"

#include "CommunityUrl.h"
#include "KeychainStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace {

const QString GroupKey = QStringLiteral("signin");
const QString ArrayKey = QStringLiteral("profiles");
const QString CurrentKey = QStringLiteral("signin/currentProfile");

} // namespace

QString Profile::id() const
{
    return KeychainStore::entryKey(communityUrl, account);
}

QString Profile::displayName() const
{
    return QCoreApplication::translate("Profile", "%1 on %2")
        .arg(account, communityUrl.authority() + communityUrl.path());
}

ProfileStore::ProfileStore(QSettings *settings)
    : m_ownSettings(settings ? nullptr : new QSettings)
    , m_settings(settings ? settings : m_ownSettings.get())
{ }

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(GroupKey);
    const int count = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.communityUrl =
            CommunityUrl::validate(QUrl(m_settings->value(QStringLiteral("url")).toString()));
        profile.account = m_settings->value(QStringLiteral("account")).toString();
        profile.clientId =
            m_settings->value(QStringLiteral("clientId"), QStringLiteral("prefeditor")).toString();
        profile.userId = m_settings->value(QStringLiteral("userId")).toLongLong();
        profile.lastOpenedUser = m_settings->value(QStringLiteral("lastOpenedUser")).toString();
        if (profile.isValid())
            result.append(profile);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    for (const Profile &profile : profiles()) {
        if (profile.id() == id)
            return profile;
    }
    return std::nullopt;
}

QList<Profile> ProfileStore::profilesFor(const QUrl &communityUrl) const
{
    const QString key = CommunityUrl::toKey(communityUrl);
    const QString current = currentProfileId();
    QList<Profile> result;
    for (const Profile &profile : profiles()) {
        if (CommunityUrl::toKey(profile.communityUrl) != key)
            continue;
        if (profile.id() == current)
            result.prepend(profile);
        else
            result.append(profile);
    }
    return result;
}

std::optional<Profile> ProfileStore::currentProfile() const
{
    return profile(currentProfileId());
}

QString ProfileStore::currentProfileId() const
{
    return m_settings->value(CurrentKey).toString();
}

void ProfileStore::setCurrentProfile(const QString &id)
{
    m_settings->setValue(CurrentKey, id);
    m_settings->sync();
}

void ProfileStore::saveProfile(const Profile &profile)
{
    QList<Profile> all = profiles();
    bool replaced = false;
    for (Profile &existing : all) {
        if (existing.id() == profile.id()) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    writeAll(all);
}

void ProfileStore::removeProfile(const QString &id)
{
    QList<Profile> all = profiles();
    all.removeIf([&id](const Profile &profile) { return profile.id() == id; });
    writeAll(all);
    if (currentProfileId() == id)
        m_settings->remove(CurrentKey);
    m_settings->sync();
}

void ProfileStore::setLastOpenedUser(const QString &id, const QString &user)
{
    if (auto existing = profile(id)) {
        existing->lastOpenedUser = user;
        saveProfile(*existing);
    }
}

void ProfileStore::writeAll(const QList<Profile> &profiles)
{
    m_settings->beginGroup(GroupKey);
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("url"), CommunityUrl::toKey(profile.communityUrl));
        m_settings->setValue(QStringLiteral("account"), profile.account);
        m_settings->setValue(QStringLiteral("clientId"), profile.clientId);
        m_settings->setValue(QStringLiteral("userId"), profile.userId);
        m_settings->setValue(QStringLiteral("lastOpenedUser"), profile.lastOpenedUser);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}
