#include <iostream>

#include "cli/command.hpp"

int main(int argc, char** argv) {
  return duban::cli::run(argc, argv, std::cout, std::cerr);
}
