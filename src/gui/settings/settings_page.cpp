// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settings_page.h"

#include "gui/app_settings.h"
#include "gui/common/dialogs.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "storage/workspace_repository.h"

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

    // Letterhead.
    auto *letterBox = new QGroupBox(tr("District identity and letterhead for printed reports"),
                                    content);
    auto *form = new QFormLayout(letterBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto line = [&](const QString &name, const QString &label, const QString &placeholder) {
        auto *edit = new QLineEdit(letterBox);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
        return edit;
    };
    m_districtName = line(QStringLiteral("districtNameLineEdit"), tr("District name:"),
                          tr("e.g. Kabupaten Bengkalis"));
    m_government = line(QStringLiteral("governmentLineEdit"), tr("Government:"),
                        tr("e.g. Pemerintah Kabupaten Bengkalis"));
    m_agency = line(QStringLiteral("agencyLineEdit"), tr("Agency:"),
                    tr("e.g. Badan Perencanaan Pembangunan Daerah"));
    m_address = line(QStringLiteral("addressLineEdit"), tr("Address:"),
                     tr("Street, town, postal code"));
    m_contact = line(QStringLiteral("contactLineEdit"), tr("Phone, e-mail, website:"), QString());
    m_city = line(QStringLiteral("cityLineEdit"), tr("Place of signing:"), tr("e.g. Bengkalis"));
    m_signatoryTitle = line(QStringLiteral("signatoryTitleLineEdit"), tr("Signed by (position):"),
                            tr("e.g. Kepala Bappeda Kabupaten Bengkalis"));
    m_signatoryName = line(QStringLiteral("signatoryNameLineEdit"), tr("Signed by (name):"),
                           QString());
    m_signatoryNip = line(QStringLiteral("signatoryNipLineEdit"), tr("NIP:"), tr("18 digits"));

    auto *logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(letterBox);
    m_logoPreview->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logoPreview->setFixedSize(96, 96);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto *chooseLogo = new QPushButton(tr("Choose logo…"), letterBox);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    auto *removeLogo = new QPushButton(tr("Remove logo"), letterBox);
    removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo:"), logoRow);
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
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = Dialogs::openFileName(this, tr("Choose the district's logo"),
                                                   QDir::homePath(),
                                                   tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
        if (!path.isEmpty())
            loadLogo(path);
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsPage::saveLetterhead);
    connect(&m_session, &WorkspaceSession::workspaceChanged, this, &SettingsPage::reload);
    reload();
}

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
            m_loaded = m_session.workspace().letterhead();
        } catch (const storage::StorageError &error) {
            m_statusLabel->setText(error.message());
            return;
        }
    }
    m_districtName->setText(qs(m_loaded.districtName));
    m_government->setText(qs(m_loaded.government));
    m_agency->setText(qs(m_loaded.agency));
    m_address->setText(qs(m_loaded.address));
    m_contact->setText(qs(m_loaded.contact));
    m_city->setText(qs(m_loaded.city));
    m_signatoryTitle->setText(qs(m_loaded.signatoryTitle));
    m_signatoryName->setText(qs(m_loaded.signatoryName));
    m_signatoryNip->setText(qs(m_loaded.signatoryNip));
    m_logo = m_loaded.logoPng;
    showLogo();
}

core::Letterhead SettingsPage::letterheadFromForm() const
{
    core::Letterhead letterhead = m_loaded;
    letterhead.districtName = ss(m_districtName->text().trimmed());
    letterhead.government = ss(m_government->text().trimmed());
    letterhead.agency = ss(m_agency->text().trimmed());
    letterhead.address = ss(m_address->text().trimmed());
    letterhead.contact = ss(m_contact->text().trimmed());
    letterhead.city = ss(m_city->text().trimmed());
    letterhead.signatoryTitle = ss(m_signatoryTitle->text().trimmed());
    letterhead.signatoryName = ss(m_signatoryName->text().trimmed());
    letterhead.signatoryNip = ss(m_signatoryNip->text().trimmed());
    letterhead.logoPng = m_logo;
    // The district code follows the workspace's district region when there is one.
    if (letterhead.districtCode.empty() && m_session.isOpen()) {
        if (const auto district = m_session.regions().district())
            letterhead.districtCode = district->code.toString();
    }
    return letterhead;
}

bool SettingsPage::saveLetterhead()
{
    if (!m_session.isOpen())
        return false;
    const core::Letterhead letterhead = letterheadFromForm();
    QStringList problems;
    for (const auto problem : core::validate(letterhead)) {
        switch (problem) {
        case core::LetterheadProblem::EmptyDistrictName:
            problems << tr("The district name is required.");
            break;
        case core::LetterheadProblem::NipMalformed:
            problems << tr("The NIP must have 18 digits.");
            break;
        case core::LetterheadProblem::LogoTooLarge:
            problems << tr("The logo is larger than 1 MB; choose a smaller image.");
            break;
        }
    }
    if (!problems.isEmpty()) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_statusLabel->setText(problems.join(QLatin1Char(' ')));
        return false;
    }
    try {
        m_session.workspace().saveLetterhead(letterhead);
    } catch (const storage::StorageError &error) {
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_statusLabel->setText(error.message());
        return false;
    }
    m_loaded = letterhead;
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setText(tr("Letterhead saved."));
    m_session.notifyContentChanged();
    return true;
}

bool SettingsPage::hasUnsavedChanges() const
{
    if (!m_session.isOpen())
        return false;
    core::Letterhead form = letterheadFromForm();
    form.districtCode = m_loaded.districtCode; // filled in from the regions, not typed
    return form != m_loaded;
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
        m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
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
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("No logo"));
        return;
    }
    QPixmap pixmap;
    pixmap.loadFromData(m_logo.data(), static_cast<uint>(m_logo.size()), "PNG");
    m_logoPreview->setPixmap(pixmap.scaled(m_logoPreview->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation));
}

} // namespace konvergensi::gui
