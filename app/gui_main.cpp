#include "ui/MainWindow.h"
#include <QApplication>
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    ab::ui::MainWindow w;
    w.show();
    return app.exec();
}
