#include "cli/CliContext.h"

int main(int argc, char **argv)
{
    return ab::cli::run(argc, argv);
}
