#pragma once

#include "core/catalog/Questionnaire.h"

#include <QList>
#include <QWidget>

namespace ab::ui {

// Compliance by section as horizontal bars on 0..scale, painted: one bar per
// section with its title (current language) and value; "–" for a section
// with nothing scored yet. Focusable, and its accessible description reads
// the values out.
class ScoreChart final : public QWidget {
    Q_OBJECT
public:
    explicit ScoreChart(QWidget *parent = nullptr);

    void setSections(const QList<catalog::SectionScore> &sections, double scale);
    const QList<catalog::SectionScore> &sections() const { return m_sections; }
    // "43.0" or "–"
    static QString valueText(const catalog::SectionScore &section);
    static QColor colourFor(double fraction);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;
    int titleWidth() const;
    void describe();

    QList<catalog::SectionScore> m_sections;
    double m_scale = 100;
};

} // namespace ab::ui
