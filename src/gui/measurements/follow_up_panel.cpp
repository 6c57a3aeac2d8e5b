// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/measurements/follow_up_panel.h"

#include "gui/case_audit/audit_case_dialog.h"
#include "gui/common/colours.h"
#include "gui/common/dialogs.h"
#include "gui/common/passphrase_dialog.h"
#include "gui/language.h"
#include "gui/measurements/child_identity.h"
#include "gui/measurements/measurement_models.h"
#include "gui/workspace/workspace_session.h"
#include "qtsupport/text.h"
#include "storage/regions/region_repository.h"
#include "storage/storage_error.h"
#include "usecases/case_audit/case_audit_refused.h"
#include "usecases/measurements/measurement_words.h"

#include <QBrush>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace konvergensi::gui::measurements {

namespace cm = core::measurements;
namespace uc = usecases::measurements;

namespace {

QString zDisplay(double z, int flag)
{
    if (core::anthro::isMissing(z))
        return QStringLiteral("—");
    return flag == 1 ? FollowUpTableModel::tr("%1 (flagged)").arg(decimalText(z, 2))
                     : decimalText(z, 2);
}

} // namespace

// --- the model ------------------------------------------------------------------------------

void FollowUpTableModel::setChildren(std::vector<uc::ChildToFollowUp> children,
                                     std::map<QString, QString> desaNames)
{
    beginResetModel();
    m_rows = std::move(children);
    m_desaNames = std::move(desaNames);
    endResetModel();
}

int FollowUpTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const uc::ChildToFollowUp &entry = m_rows[static_cast<std::size_t>(index.row())];
    const storage::MeasuredChild &child = entry.child;
    if (role == KeyRole)
        return child.childId;
    if (role == SortRole) {
        switch (index.column()) {
        case AgeColumn:
            return child.ageDays;
        case WeightColumn:
            return core::anthro::isMissing(child.weight) ? -1.0 : child.weight;
        case PreviousWeightColumn:
            return entry.previous ? entry.previous->weight : -1.0;
        case ZlenColumn:
            return core::anthro::isMissing(child.judgement.zlen) ? 99.0 : child.judgement.zlen;
        case ZwflColumn:
            return core::anthro::isMissing(child.judgement.zwfl) ? 99.0 : child.judgement.zwfl;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const int column = index.column();
        return column == AgeColumn || (column >= WeightColumn && column <= ZwflColumn)
                   ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == ZlenColumn && entry.reasons.severelyStunted)
            || (index.column() == ZwflColumn && entry.reasons.severelyWasted)
            || (index.column() == WeightColumn && entry.reasons.noWeightGain))
            return QBrush(colours::danger);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == PreviousWeightColumn && entry.previous)
            return tr("Weighed %1 in the round %2.")
                .arg(decimalText(entry.previous->weight, 1), uc::roundText(entry.previous->period));
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DesaColumn: {
        const auto it = m_desaNames.find(child.villageCode);
        return it == m_desaNames.end() ? child.villageCode : it->second;
    }
    case PosyanduColumn:
        return child.posyandu;
    case InitialsColumn:
        return child.invented ? tr("%1 (invented)").arg(child.initials) : child.initials;
    case SexColumn:
        return child.sex == 1 ? tr("M") : child.sex == 2 ? tr("F") : QStringLiteral("—");
    case AgeColumn:
        return tr("%n month(s)", nullptr, child.ageMonths);
    case WeightColumn:
        return decimalText(child.weight, 1);
    case PreviousWeightColumn:
        return entry.previous ? decimalText(entry.previous->weight, 1) : QStringLiteral("—");
    case ZlenColumn:
        return zDisplay(child.judgement.zlen, child.judgement.flen);
    case ZwflColumn:
        return zDisplay(child.judgement.zwfl, child.judgement.fwfl);
    case ReasonsColumn:
        return uc::reasonsText(entry.reasons);
    default:
        return {};
    }
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case DesaColumn:
        return tr("Desa");
    case PosyanduColumn:
        return tr("Posyandu");
    case InitialsColumn:
        return tr("Initials");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case WeightColumn:
        return tr("Weight (kg)");
    case PreviousWeightColumn:
        return role == Qt::ToolTipRole ? tr("The weight of the child's last earlier round.")
                                       : tr("Before (kg)");
    case ZlenColumn:
        return role == Qt::ToolTipRole ? tr("Length/height-for-age, WHO z-score")
                                       : tr("z length/height");
    case ZwflColumn:
        return role == Qt::ToolTipRole ? tr("Weight-for-length/height, WHO z-score")
                                       : tr("z weight/height");
    case ReasonsColumn:
        return tr("Why");
    default:
        return {};
    }
}

// --- the panel ------------------------------------------------------------------------------

FollowUpPanel::FollowUpPanel(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new FollowUpTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("followUpPanel"));
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("followUpLabel"));
    m_label->setWordWrap(true);
    layout->addWidget(m_label);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FollowUpTableModel::ZlenColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < FollowUpTableModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpTableModel::ReasonsColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    auto *rule = new QLabel(tr("Listed: severely stunted (length/height-for-age below −3 SD), "
                               "severely wasted (weight-for-length/height below −3 SD), and "
                               "children not heavier than at their last round."),
                            this);
    rule->setWordWrap(true);
    buttons->addWidget(rule, 1);
    m_identityButton = new QPushButton(tr("Show &identity…"), this);
    m_identityButton->setObjectName(QStringLiteral("followUpIdentityButton"));
    buttons->addWidget(m_identityButton);
    m_auditButton = new QPushButton(tr("Open &audit case…"), this);
    m_auditButton->setObjectName(QStringLiteral("newAuditCaseButton"));
    m_auditButton->setToolTip(tr("Starts a stunting case audit case for this child, with the "
                                 "measurement as its finding."));
    buttons->addWidget(m_auditButton);
    m_exportButton = new QPushButton(tr("E&xport list…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportFollowUpButton"));
    m_exportButton->setToolTip(tr("Writes the children listed as XLSX or CSV; identities only "
                                  "when you ask for them."));
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpPanel::updateButtons);
    connect(m_identityButton, &QPushButton::clicked, this, &FollowUpPanel::showIdentity);
    connect(m_exportButton, &QPushButton::clicked, this, &FollowUpPanel::exportList);
    connect(m_auditButton, &QPushButton::clicked, this, [this] { openAuditCase(); });
    setArea(nullptr);
}

void FollowUpPanel::setRound(const QString &period,
                             const std::vector<storage::MeasuredChild> &children)
{
    m_period = period;
    m_all.clear();
    m_desaNames.clear();
    if (!period.isEmpty() && m_session.isOpen()) {
        m_all = uc::childrenToFollowUp(m_session.database(), period, children);
        for (const core::Region &region : storage::RegionRepository(m_session.database()).all())
            m_desaNames[qs(region.code.toString())] = qs(region.name);
    }
}

void FollowUpPanel::setArea(const cm::AreaSummary *area)
{
    std::vector<uc::ChildToFollowUp> shown;
    if (area) {
        for (const uc::ChildToFollowUp &entry : m_all) {
            if (uc::childInArea(entry.child, *area))
                shown.push_back(entry);
        }
    }
    const QVariant current = m_view->currentIndex().isValid() ? m_view->currentIndex().data(KeyRole)
                                                              : QVariant();
    const int count = static_cast<int>(shown.size());
    m_model->setChildren(std::move(shown), m_desaNames);
    if (current.isValid())
        selectChild(current.toLongLong());
    m_label->setText(
        area ? tr("%n child(ren) of %1 %2 to follow up after the round %3.", nullptr, count)
                   .arg(uc::levelText(area->level), qs(area->name), uc::roundText(m_period))
             : tr("Choose an area to list its children to follow up."));
    updateButtons();
}

bool FollowUpPanel::selectChild(qint64 childId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(KeyRole).toLongLong() == childId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

const uc::ChildToFollowUp *FollowUpPanel::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return nullptr;
    const int row = m_proxy->mapToSource(index).row();
    return row >= 0 && row < m_model->rowCount()
               ? &m_model->children()[static_cast<std::size_t>(row)]
               : nullptr;
}

void FollowUpPanel::updateButtons()
{
    const bool chosen = current() != nullptr;
    m_identityButton->setEnabled(chosen);
    m_auditButton->setEnabled(chosen);
    m_exportButton->setEnabled(m_model->rowCount() > 0);
}

void FollowUpPanel::showIdentity()
{
    if (const uc::ChildToFollowUp *entry = current())
        showChildIdentity(this, m_session, entry->child.childId, entry->child.initials);
}

void FollowUpPanel::exportList()
{
    if (m_model->rowCount() == 0)
        return;
    const std::vector<uc::ChildToFollowUp> children = m_model->children();
    exportChildList(
        this, m_session, QStringLiteral("measurements-follow-up"),
        [this](bool withIdentity) {
            return withIdentity ? tr("follow-up-with-identities-%1").arg(m_period)
                                : tr("follow-up-%1").arg(m_period);
        },
        {QStringLiteral("xlsx"), QStringLiteral("csv")},
        [&children](storage::Database &db, bool withIdentity, const QString &path,
                    usecases::Progress &progress) {
            uc::writeFollowUpList(db, children, withIdentity, path, progress);
        });
}

AuditCaseDialog *FollowUpPanel::openAuditCase()
{
    const uc::ChildToFollowUp *entry = current();
    if (!entry || !m_session.isOpen())
        return nullptr;
    if (m_caseDialog) {
        m_caseDialog->raise();
        m_caseDialog->activateWindow();
        return m_caseDialog;
    }
    if (!Dialogs::question(this, tr("Open audit case"),
                           tr("A stunting case audit case for %1 is started with the child's "
                              "identity (name, NIK, birth date, parents): personal data, and "
                              "the look is recorded in the audit log. Go on?")
                               .arg(entry->child.initials)))
        return nullptr;
    if (!ensureIdentitiesUnlocked(this, m_session.database()))
        return nullptr;
    uc::CaseFromChild draft;
    try {
        draft = uc::auditCaseFromChild(m_session.database(), *entry, LanguageSetup::current());
        if (draft.auditCase.roundId == 0) {
            const QString semester = draft.semester == 1 ? QStringLiteral("I")
                                                         : QStringLiteral("II");
            if (!Dialogs::question(this, tr("Open audit case"),
                                   tr("The case audit has no round for %1 semester %2 yet. "
                                      "Start that round now?")
                                       .arg(draft.year)
                                       .arg(semester)))
                return nullptr;
            draft.auditCase.roundId = uc::auditRoundFor(m_session.database(), draft.year,
                                                        draft.semester, true);
            m_session.notifyChanged(usecases::Topic::CaseAudit);
        }
    } catch (const storage::StorageError &error) {
        Dialogs::error(this, tr("Open audit case"), error.message());
        return nullptr;
    } catch (const usecases::case_audit::Refused &refused) {
        Dialogs::error(this, tr("Open audit case"), refused.message());
        return nullptr;
    }
    auto *dialog = new AuditCaseDialog(m_session, draft.auditCase, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_caseDialog = dialog;
    dialog->open();
    return dialog;
}

} // namespace konvergensi::gui::measurements
