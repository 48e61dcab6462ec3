#include "ui/MainWindow.h"
namespace ab::ui {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
}
