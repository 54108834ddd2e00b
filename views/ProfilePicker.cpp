#include "ProfilePicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ProfilePicker::ProfilePicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("profilePicker"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("rememberedProfilesCombo"));
    m_combo->setAccessibleName(tr("Remembered sign-ins"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(tr("&Remembered sign-ins:"), this);
    label->setBuddy(m_combo);
    // Alt+U belongs to "Username and password" of the sign-in dialog.
    m_continueButton = new QPushButton(tr("Cont&inue"), this);
    m_continueButton->setObjectName(QStringLiteral("continueProfileButton"));
    m_continueButton->setAccessibleName(tr("Continue with the remembered sign-in"));
    m_continueButton->setAutoDefault(false);
    m_forgetButton = new QPushButton(tr("&Forget"), this);
    m_forgetButton->setObjectName(QStringLiteral("forgetProfileButton"));
    m_forgetButton->setAccessibleName(tr("Forget the remembered sign-in"));
    m_forgetButton->setAutoDefault(false);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_continueButton);
    layout->addWidget(m_forgetButton);

    connect(m_combo, &QComboBox::activated, this, [this] {
        updateButtons();
        emit chosen(chosenProfile().value_or(Profile()));
    });
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (const auto profile = chosenProfile())
            emit continueRequested(*profile);
    });
    connect(m_forgetButton, &QPushButton::clicked, this, [this] {
        if (const auto profile = chosenProfile())
            emit forgetRequested(*profile);
    });
    hide();
}

void ProfilePicker::setProfiles(const QList<Profile> &profiles, const QString &selectedId)
{
    m_profiles = profiles;
    m_combo->clear();
    for (const Profile &profile : profiles) {
        m_combo->addItem(
            tr("%1 — %2").arg(profile.account, profile.communityUrl.toString()), profile.id());
    }
    m_combo->addItem(tr("New sign-in…"), QString());
    setVisible(!profiles.isEmpty());
    select(selectedId);
}

void ProfilePicker::select(const QString &profileId)
{
    const int index = profileId.isEmpty() ? -1 : m_combo->findData(profileId);
    m_combo->setCurrentIndex(index >= 0 ? index : m_combo->count() - 1);
    updateButtons();
}

std::optional<Profile> ProfilePicker::chosenProfile() const
{
    const int index = m_combo->currentIndex();
    if (index < 0 || index >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(index);
}

void ProfilePicker::setActiveProfileId(const QString &id)
{
    m_activeId = id;
    updateButtons();
}

void ProfilePicker::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ProfilePicker::updateButtons()
{
    const auto profile = chosenProfile();
    m_combo->setEnabled(!m_busy);
    m_continueButton->setEnabled(!m_busy && profile.has_value());
    m_forgetButton->setEnabled(!m_busy && profile && profile->id() != m_activeId);
    m_forgetButton->setToolTip(profile && profile->id() == m_activeId
            ? tr("You are signed in with this one; sign out first to forget it.")
            : QString());
}
