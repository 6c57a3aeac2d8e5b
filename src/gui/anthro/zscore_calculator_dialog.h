// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/anthro/zscores.h"

#include <QDate>
#include <QDialog>

#include <memory>

namespace Ui {
class ZScoreCalculatorDialog;
}

namespace konvergensi::gui {

/// The WHO z-scores of one child, typed in: sex, birth and measurement dates, weight,
/// length/height and how it was measured, oedema. Shows the z-scores with the categories of
/// the Indonesian standard (Permenkes No. 2 Tahun 2020), and the child's point on the WHO
/// curves (-3 to +3 SD) of length/height-for-age and weight-for-length/height. Everything is
/// computed by core::anthro as the fields change; nothing is stored. The form is
/// ui/zscore_calculator_dialog.ui; the charts and the results are drawn here.
class ZScoreCalculatorDialog : public QDialog
{
    Q_OBJECT

public:
    /// `today` is the first measurement date (and the last date the fields accept).
    explicit ZScoreCalculatorDialog(const QDate &today, QWidget *parent = nullptr);
    ~ZScoreCalculatorDialog() override;

    /// The child as the fields give it, and its z-scores.
    const core::anthro::ChildMeasurement &child() const { return m_child; }
    const core::anthro::ZScores &scores() const { return m_scores; }

private:
    void recompute();
    void showResults();
    void updateHeightChart();
    void updateWeightChart();

    std::unique_ptr<Ui::ZScoreCalculatorDialog> m_ui;

    core::anthro::ChildMeasurement m_child;
    core::anthro::ZScores m_scores;
    bool m_datesValid = true;
};

} // namespace konvergensi::gui
