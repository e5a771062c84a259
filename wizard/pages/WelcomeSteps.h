#pragma once

#include <QPixmap>
#include <QWidget>

class QLabel;

// The first page's picture of what MailFix does, in three drawn steps: it checks the mail server as the
// mail program would, says in plain words what goes wrong, and shows the fix in the user's own program.
// The pictures are drawn (Qt Gui only), the words are labels, so they wrap, translate and can be read aloud.
class WelcomeSteps : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Check, Explain, Fix };

    explicit WelcomeSteps(QWidget *parent = nullptr);
    // Sets the texts again in the language installed now.
    void retranslate();
    // The drawn picture of one step, `size` device-independent pixels square, sharp at devicePixelRatio.
    [[nodiscard]] static QPixmap picture(Step step, int size, qreal devicePixelRatio);

private:
    QLabel *m_pictures[3] = {};
    QLabel *m_texts[3] = {};
};
