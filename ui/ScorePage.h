#pragma once

#include "core/catalog/Questionnaire.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace ab::ui {

class ScoreChart;

// The score of the open inspection: the total on the catalog's scale, the
// counts, the deductions and non-compliant items by severity, and the chart
// of compliance by section. Rendered from the Score it was given, so a
// language switch never reads the file.
class ScorePage final : public QWidget {
    Q_OBJECT
public:
    explicit ScorePage(QWidget *parent = nullptr);

    void setScore(const std::optional<catalog::Score> &score); // nullopt clears
    const std::optional<catalog::Score> &score() const { return m_score; }
    // "43.0 / 100" as shown, or empty.
    QString totalText() const;
    ScoreChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    std::optional<catalog::Score> m_score;
    QLabel *m_heading = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_deductions = nullptr;
    QLabel *m_severity = nullptr;
    QLabel *m_chartHeading = nullptr;
    ScoreChart *m_chart = nullptr;
    QLabel *m_legend = nullptr;
};

} // namespace ab::ui
