// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settings_page.h"

#include "gui/app_settings.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/common/reload_when_shown.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/storage_error.h"
#include "ui_settings_letterhead_form.h"
#include "usecases/settings/letterhead.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace konvergensi::gui {

namespace {
constexpr int kLogoMaxSide = 400;
}

SettingsPage::SettingsPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    // Language.
    auto *languageBox = new QGroupBox(tr("Interface language"), content);
    auto *languageForm = new QFormLayout(languageBox);
    m_languageCombo = new QComboBox(languageBox);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("Default (Bahasa Indonesia)"), QStringLiteral("auto"));
    // Each language is named in itself, so anyone can find their own.
    m_languageCombo->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(AppSettings::language()));
    languageForm->addRow(tr("Language:"), m_languageCombo);
    layout->addWidget(languageBox);

    // Letterhead: the Designer form.
    m_form = std::make_unique<Ui::LetterheadForm>();
    auto *letterBox = new QGroupBox(content);
    m_form->setupUi(letterBox);
    layout->addWidget(letterBox);

    auto *saveRow = new QHBoxLayout;
    m_statusLabel = new QLabel(content);
    m_statusLabel->setObjectName(QStringLiteral("settingsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_saveButton = new QPushButton(tr("Save letterhead"), content);
    m_saveButton->setObjectName(QStringLiteral("saveLetterheadButton"));
    saveRow->addWidget(m_statusLabel, 1);
    saveRow->addWidget(m_saveButton);
    layout->addLayout(saveRow);
    layout->addStretch(1);

    connect(m_languageCombo, &QComboBox::activated, this, [this] {
        const QString code = m_languageCombo->currentData().toString();
        if (code == AppSettings::language())
            return;
        AppSettings::setLanguage(code);
        Q_EMIT languageChosen(code);
    });
    connect(m_form->chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Choose the district's logo"),
                                                   QDir::homePath(),
                                                   tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
        if (!path.isEmpty())
            loadLogo(path);
    });
    connect(m_form->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::saveLetterhead);
    // Reloads when the letterhead or the district changed elsewhere (when next shown), unless
    // the page holds typed edits (another user's change must not wipe them; saving then
    // stores what was typed).
    ReloadWhenShown::attach(this, m_session, usecases::Topic::Settings | usecases::Topic::Regions,
                            [this] {
                                if (!hasUnsavedChanges())
                                    reload();
                            });
    reload();
}

SettingsPage::~SettingsPage() = default;

QLineEdit *SettingsPage::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

void SettingsPage::reload()
{
    m_statusLabel->clear();
    setEnabled(true);
    if (!m_session.isOpen()) {
        m_loaded = {};
    } else {
        try {
            m_loaded = usecases::settings::letterhead(m_session.database());
        } catch (const storage::StorageError &error) {
            m_statusLabel->setText(error.message());
            return;
        }
    }
    m_form->districtNameLineEdit->setText(qs(m_loaded.districtName));
    m_form->governmentLineEdit->setText(qs(m_loaded.government));
    m_form->agencyLineEdit->setText(qs(m_loaded.agency));
    m_form->addressLineEdit->setText(qs(m_loaded.address));
    m_form->contactLineEdit->setText(qs(m_loaded.contact));
    m_form->cityLineEdit->setText(qs(m_loaded.city));
    m_form->signatoryTitleLineEdit->setText(qs(m_loaded.signatoryTitle));
    m_form->signatoryNameLineEdit->setText(qs(m_loaded.signatoryName));
    m_form->signatoryNipLineEdit->setText(qs(m_loaded.signatoryNip));
    m_logo = m_loaded.logoPng;
    showLogo();
}

core::Letterhead SettingsPage::letterheadFromForm() const
{
    core::Letterhead letterhead = m_loaded;
    letterhead.districtName = ss(m_form->districtNameLineEdit->text().trimmed());
    letterhead.government = ss(m_form->governmentLineEdit->text().trimmed());
    letterhead.agency = ss(m_form->agencyLineEdit->text().trimmed());
    letterhead.address = ss(m_form->addressLineEdit->text().trimmed());
    letterhead.contact = ss(m_form->contactLineEdit->text().trimmed());
    letterhead.city = ss(m_form->cityLineEdit->text().trimmed());
    letterhead.signatoryTitle = ss(m_form->signatoryTitleLineEdit->text().trimmed());
    letterhead.signatoryName = ss(m_form->signatoryNameLineEdit->text().trimmed());
    letterhead.signatoryNip = ss(m_form->signatoryNipLineEdit->text().trimmed());
    letterhead.logoPng = m_logo;
    return letterhead;
}

bool SettingsPage::saveLetterhead()
{
    if (!m_session.isOpen())
        return false;
    try {
        m_loaded = usecases::settings::saveLetterhead(m_session.database(), letterheadFromForm());
    } catch (const usecases::settings::LetterheadRefused &refused) {
        m_statusLabel->setStyleSheet(colours::textStyle(colours::error));
        m_statusLabel->setText(refused.message());
        return false;
    } catch (const storage::StorageError &error) {
        m_statusLabel->setStyleSheet(colours::textStyle(colours::error));
        m_statusLabel->setText(error.message());
        return false;
    }
    m_session.notifyChanged(usecases::Topic::Settings); // reloads this page too
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Letterhead saved."));
    return true;
}

bool SettingsPage::hasUnsavedChanges() const
{
    if (!m_session.isOpen())
        return false;
    return usecases::settings::differs(letterheadFromForm(), m_loaded);
}

QString SettingsPage::unsavedWorkTitle() const
{
    return tr("Settings: the letterhead");
}

bool SettingsPage::loadLogo(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        m_statusLabel->setStyleSheet(colours::textStyle(colours::error));
        m_statusLabel->setText(
            tr("%1 is not an image that can be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (image.width() > kLogoMaxSide || image.height() > kLogoMaxSide)
        image = image.scaled(kLogoMaxSide, kLogoMaxSide, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    m_logo.assign(png.begin(), png.end());
    showLogo();
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Logo loaded; save the letterhead to keep it."));
    return true;
}

void SettingsPage::showLogo()
{
    if (m_logo.empty()) {
        m_form->logoPreviewLabel->setPixmap({});
        m_form->logoPreviewLabel->setText(tr("No logo"));
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(m_logo.data(), static_cast<uint>(m_logo.size()), "PNG");
    m_form->logoPreviewLabel->setPixmap(
        pixmap.scaled(m_form->logoPreviewLabel->size() - QSize(8, 8), Qt::KeepAspectRatio,
                      Qt::SmoothTransformation));
}

} // namespace konvergensi::gui
